import type { Meta, StoryObj } from "@storybook/react-vite";
import { ImportantDates } from "@workshop-kit/react";
import { expect, userEvent, within } from "storybook/test";
import { edition2024, edition2025 } from "./content";
import { DeadlinePassing, nextFrames } from "./deadline-passing";
import { editionArg, headingLevelArg } from "./fixtures";
import { factsEdition } from "./programme-facts";

const meta = {
  title: "Components/ImportantDates",
  component: ImportantDates,
  tags: ["autodocs"],
  args: { edition: edition2025 },
  // Every story's edition control is a menu of fixtures, not a JSON editor of a whole edition.
  argTypes: { edition: editionArg },
  parameters: {
    clock: { now: "2025-05-25T12:00:00Z" },
    docs: {
      description: {
        component:
          "Every deadline of an edition, then the workshop itself, as a list: passed dates struck through, the " +
          "next one marked, each with its exact time and zone. Move the Clock tool to walk through the season.",
      },
    },
  },
} satisfies Meta<typeof ImportantDates>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Pick an edition, a heading level and the title; the Clock tool moves through the dates. */
export const Playground: Story = {
  args: { headingLevel: 2, title: "Important dates", calendar: true, showHistory: true, workshopLabel: "Workshop" },
  argTypes: {
    edition: editionArg,
    headingLevel: headingLevelArg,
    title: { control: "text" },
    workshopLabel: { control: "text" },
  },
  // justClosedMs only shows while a deadline has just passed; the Playground clock has none.
  parameters: { controlsCheck: { skip: ["closingSoonMs", "showHistory", "justClosedMs"] } },
};

/** ES-FoMo 2025, two days before submission closes: submission is next. */
export const ImportantDates2025: Story = {
  name: "ES-FoMo 2025, submission next",
  play: async ({ canvasElement }) => {
    const next = canvasElement.querySelector('[data-state="next"]');
    await expect(next).toHaveTextContent("Paper submission deadline");
  },
};

/** ES-FoMo 2025 after camera-ready: three dates passed, the workshop next. */
export const ImportantDates2025BeforeWorkshop: Story = {
  name: "ES-FoMo 2025, workshop next",
  parameters: { clock: { now: "2025-07-10T12:00:00Z" } },
};

/** ES-FoMo 2024 (AoE; submission moved earlier), during notification week. */
export const ImportantDates2024: Story = {
  name: "ES-FoMo 2024 (AoE), notification week",
  args: { edition: edition2024 },
  parameters: { clock: { now: "2024-06-20T12:00:00Z" } },
};

/** After the workshop: every date has passed, nothing is marked next. */
export const AllPast: Story = {
  name: "All dates passed",
  parameters: { clock: { now: "2025-08-01T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-state="next"]')).toBeNull();
  },
};

/** No deadlines announced yet: only the workshop itself. */
export const NoDeadlines: Story = {
  name: "No deadlines announced",
  args: { edition: { ...edition2025, deadlines: [] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("list")).toBeInTheDocument();
  },
};

/** ImportantDates with a date-only, a to-be-announced (listed last) and a submissions-open date. */
export const AsAnnounced: Story = {
  name: "As announced: date-only, to be announced, submissions open",
  args: { edition: factsEdition },
  parameters: { clock: { now: "2026-05-01T12:00:00Z" } },
};

/**
 * The submission deadline passing while the reader looks at the list: the card says "Closed", its corner tag too,
 * and the acceptance date is marked next (accented border, "(Next)" for screen readers) but stays a line; its card
 * would push everything below down under the reader's eyes, so it opens once the list is out of view.
 */
export const DeadlinePassingInView: Story = {
  name: "Deadline passing in view",
  render: (args) => (
    <DeadlinePassing>
      <ImportantDates {...args} />
    </DeadlinePassing>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("timer")).toHaveTextContent(/Closes in 10 sec/);
    await nextFrames();
    await userEvent.click(canvas.getByRole("button", { name: "Let the deadline pass" }));
    const [closed, acceptance] = canvasElement.querySelectorAll<HTMLElement>("[data-slot=item]") as unknown as [
      HTMLElement,
      HTMLElement,
    ];
    await expect(closed).toHaveTextContent(/^Closed: Paper submission deadline Closed less than a minute ago/);
    await expect(canvas.getAllByRole("timer")).toHaveLength(1);
    await expect(acceptance).toHaveAttribute("data-state", "next");
    await expect(acceptance).toHaveTextContent(/\(Next\)$/);
  },
};
