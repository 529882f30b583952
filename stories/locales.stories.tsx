import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  CallForPapers,
  DeadlineCountdown,
  EventDetails,
  ImportantDates,
  type Messages,
  ScheduleTable,
  SpeakerGrid,
  TimeZoneProvider,
  TimeZoneToggle,
} from "@workshop-kit/react";
import { ar } from "@workshop-kit/react/messages/ar";
import { de } from "@workshop-kit/react/messages/de";
import { ja } from "@workshop-kit/react/messages/ja";
import type { Edition } from "@workshop-kit/types";
import { expect, within } from "storybook/test";
import { messagesFor } from "../.storybook/locales";
import { LOCALES } from "../.storybook/modes";
import { edition2025 } from "./content";

/**
 * A whole workshop page in one language: one `TimeZoneProvider messages={catalogue}` sets the words, the dates and
 * numbers, and the page takes the catalogue's `dir` and `lang`. The edition's own text (titles, names, notes) stays
 * as the organisers wrote it.
 */
function LocalizedPage({ messages, edition }: { messages: Messages; edition: Edition }) {
  const first = edition.sessions[0];
  const deadline = edition.deadlines.find((d) => d.kind === "submission") ?? edition.deadlines[0];
  return (
    <div dir={messages.dir} lang={messages.locale}>
      <TimeZoneProvider messages={messages}>
        <h1>{edition.name}</h1>
        <EventDetails edition={edition} messages={messages} />
        {first ? <TimeZoneToggle eventZone={edition.timeZone} referenceMs={first.start.epochMs} /> : null}
        {deadline ? <DeadlineCountdown deadline={deadline} edition={edition} headingLevel={2} /> : null}
        <ImportantDates edition={edition} headingLevel={2} />
        <CallForPapers
          edition={edition}
          headingLevel={2}
          messages={messages}
          sections={["submission", "formats", "review"]}
        />
        <ScheduleTable edition={edition} headingLevel={2} filters={["kind"]} speakerHref={(id) => `#speaker-${id}`} />
        <SpeakerGrid
          people={edition.people}
          edition={edition}
          groupBy="role"
          headingLevel={2}
          variant="compact"
          messages={messages}
        />
      </TimeZoneProvider>
    </div>
  );
}

const CATALOGUES = Object.fromEntries(LOCALES.map((l) => [l, messagesFor(l)]));

const meta = {
  title: "Page recipes/Locales",
  component: LocalizedPage,
  args: { messages: de, edition: edition2025 },
  argTypes: {
    messages: { options: Object.keys(CATALOGUES), mapping: CATALOGUES, control: { type: "select" } },
    edition: { control: false },
  },
  parameters: { layout: "padded", clock: { now: "2025-05-25T12:00:00Z" } },
} satisfies Meta<typeof LocalizedPage>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Pick any catalogue: every word, date and number of the page follows. */
export const Playground: Story = {};

/** Deutsch: "Noch 2 Tage, 11 Stunden (27. Mai 2025 …)", "Programm, 18. Juli." — no English glue, no "Juli..". */
export const German: Story = {
  args: { messages: de },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Wichtige Termine" })).toBeInTheDocument();
    await expect(canvasElement.textContent).not.toContain("..");
  },
};

/** 日本語: full-width punctuation, "締切まで2日11時間". */
export const Japanese: Story = {
  args: { messages: ja },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "重要な日程" })).toBeInTheDocument();
  },
};

/** العربية: right to left, mirrored layout; times keep their order inside each range. */
export const Arabic: Story = {
  args: { messages: ar },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('[dir="rtl"]')).not.toBeNull();
    await expect(canvas.getByRole("heading", { name: "مواعيد مهمة" })).toBeInTheDocument();
  },
};
