import type { Meta, StoryObj } from "@storybook/react-vite";
import { CallForPapers, ImportantDates, ScheduleTable, SpeakerGrid } from "@workshop-kit/react";
import type { Edition } from "@workshop-kit/types";
import { expect, within } from "storybook/test";
import { EDITIONS } from "./fixtures";

/**
 * A whole workshop page assembled from the components, as a host would: one heading per section, each component
 * told its heading level, links between them (a speaker's talk links to its schedule row; the schedule links
 * speakers to their cards).
 */
function WorkshopPage({ edition }: { edition: Edition }) {
  return (
    <main>
      <header>
        <h1>{edition.name}</h1>
        <p>
          {edition.shortName} {edition.year}
          {edition.venue?.city ? ` · ${edition.venue.city}` : ""}
        </p>
      </header>
      <ImportantDates edition={edition} headingLevel={2} />
      <CallForPapers edition={edition} headingLevel={2} />
      <section aria-labelledby="programme">
        <h2 id="programme">Programme</h2>
        <ScheduleTable edition={edition} headingLevel={3} speakerHref={(id) => `#speaker-${id}`} />
      </section>
      <section aria-labelledby="speakers">
        <h2 id="speakers">People</h2>
        <SpeakerGrid
          people={edition.people}
          edition={edition}
          groupBy="role"
          headingLevel={3}
          idPrefix="speaker-"
          sessionHref={(id) => `#${id}`}
        />
      </section>
    </main>
  );
}

const meta = {
  title: "Page recipes/Workshop page",
  component: WorkshopPage,
  args: { edition: EDITIONS["ES-FoMo 2025"] as Edition },
  argTypes: { edition: { options: Object.keys(EDITIONS), mapping: EDITIONS, control: { type: "select" } } },
  parameters: { layout: "padded", clock: { now: "2025-05-25T12:00:00Z" } },
} satisfies Meta<typeof WorkshopPage>;
export default meta;

type Story = StoryObj<typeof meta>;

/** ES-FoMo 2025 two days before the submission deadline: the call is open, the programme published. */
export const BeforeTheDeadline: Story = {
  name: "ES-FoMo 2025, call open",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1 })).toHaveTextContent(
      /Efficient Systems for Foundation Models/,
    );
    await expect(canvas.getByRole("heading", { level: 2, name: "Programme" })).toBeInTheDocument();
  },
};

/** The same page during the workshop: the current session is marked, the call closed. */
export const DuringTheWorkshop: Story = {
  name: "ES-FoMo 2025, during the workshop",
  parameters: { clock: { now: "2025-07-18T17:35:00Z" } },
};

/** ES-FoMo 2024 in Vienna, a year later: an archive. */
export const Archive2024: Story = {
  name: "ES-FoMo 2024, archive",
  args: { edition: EDITIONS["ES-FoMo 2024"] as Edition },
  parameters: { clock: { now: "2025-01-10T12:00:00Z" } },
};
