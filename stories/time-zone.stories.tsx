import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  ImportantDates,
  LocalTime,
  ScheduleTable,
  SpeakerCard,
  TimeZoneProvider,
  TimeZoneToggle,
} from "@workshop-kit/react";
import { instantFromEpoch } from "@workshop-kit/types";
import { expect, userEvent, within } from "storybook/test";
import { edition2025 } from "./content";

const opening = instantFromEpoch(Date.UTC(2025, 6, 18, 15, 30), "America/Vancouver");
const evening = instantFromEpoch(Date.UTC(2025, 6, 19, 3, 0), "America/Vancouver");

/** A page fragment: two times, a date and the toggle, all sharing the provider's one zone choice. */
function Demo() {
  return (
    <div>
      <p>
        Opening remarks: <LocalTime instant={opening} withZone />
      </p>
      <p>
        Reception: <LocalTime instant={evening} withZone />
      </p>
      <p>
        Day: <LocalTime instant={opening} show="date" />
      </p>
      <TimeZoneToggle eventZone="America/Vancouver" referenceMs={opening.epochMs} />
    </div>
  );
}

const meta = {
  title: "Companions/TimeZoneProvider",
  component: TimeZoneProvider,
  tags: ["autodocs"],
  // Stories never remember a choice: one story's switch must not carry over into the next.
  args: { children: <Demo />, remember: false },
  argTypes: { children: { control: false } },
  parameters: {
    docs: {
      guide: "time-zone.md",
      description: {
        component:
          "One zone choice for a page: `LocalTime`, `TimeZoneToggle`, ScheduleTable and every other time share " +
          "it. The event's zone on the server; the reader's zone after hydration when they ask for it.",
      },
    },
  },
} satisfies Meta<typeof TimeZoneProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The reader's zone, the starting choice and the locale, from menus. */
export const Playground: Story = {
  args: { readerTimeZone: "Pacific/Auckland", defaultTimeZone: "event", locale: "en-US", hour12: true },
  argTypes: {
    readerTimeZone: {
      control: { type: "select" },
      options: ["Pacific/Auckland", "Europe/Berlin", "Asia/Kolkata", "UTC"],
    },
    defaultTimeZone: { control: { type: "inline-radio" }, options: ["event", "reader"] },
    locale: { control: { type: "select" }, options: ["en-US", "en-GB", "de-DE", "ja-JP", "ar-EG"] },
  },
  // Where the choice is kept (the page's store and localStorage, or this provider only) shows nothing by itself.
  parameters: { controlsCheck: { skip: ["remember"] } },
  render: (args) => (
    <TimeZoneProvider key={`${args.readerTimeZone}|${args.defaultTimeZone}`} remember={false} {...args} />
  ),
};

/** Times in the event's zone, as on the server. */
export const EventZone: Story = { name: "Event zone" };

/** A reader in Auckland who chose their own zone: the reception falls on another day there, and says which. */
export const ReaderInAuckland: Story = {
  name: "Reader already in their zone (Auckland)",
  args: { readerTimeZone: "Pacific/Auckland", defaultTimeZone: "reader" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole("button", { name: /show times in my time zone/i });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(canvas.getByText(/Opening remarks/)).toHaveTextContent("3:30 AM");
    await expect(canvas.getByText(/Opening remarks/)).toHaveTextContent("Sat, Jul 19, 3:30");
    await expect(canvas.getByText(/Opening remarks/)).not.toHaveTextContent("+1 day");
  },
};

/** Test: a reader in Auckland switches to their zone with the toggle. */
export const ReaderSwitches: Story = {
  name: "Test: reader switches to their zone",
  tags: ["test-only"],
  args: { readerTimeZone: "Pacific/Auckland" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole("button", { name: /show times in my time zone/i });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(canvas.getByText(/Opening remarks/)).toHaveTextContent("3:30 AM");
  },
};

/** A page as a reader in `zone` sees it once they chose their own zone: dates, programme and a speaker's talk. */
function ReaderPage() {
  const speaker = edition2025.people.find((p) => edition2025.sessions.some((s) => s.speakerIds.includes(p.id)));
  return (
    <div>
      <ImportantDates edition={edition2025} headingLevel={2} calendar={false} />
      <ScheduleTable edition={edition2025} headingLevel={3} showCalendarLinks={false} />
      {speaker ? <SpeakerCard person={speaker} edition={edition2025} headingLevel={3} /> : null}
    </div>
  );
}

/**
 * A reader in Auckland: the programme is re-headed by their date (Saturday), with the event's Friday on a quiet
 * line; the deadlines, the programme and the speaker's talk all in New Zealand time, none with "+1 day".
 */
export const ReaderPageAuckland: Story = {
  name: "Reader in Auckland (page)",
  args: { readerTimeZone: "Pacific/Auckland", defaultTimeZone: "reader", children: <ReaderPage /> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("button", { name: /New Zealand Time/ });
    await expect(canvas.getByRole("heading", { name: /^Saturday, July 19, 2025 — your time, UTC\+12$/ })).toBeVisible();
    await expect(canvas.getByText(/^Event's time: Fri, Jul 18/)).toBeVisible();
    await expect(canvasElement).not.toHaveTextContent("+1 day");
  },
};

/** A reader in Kolkata: the event's one day is an evening and a morning there, so two days, each headed. */
export const ReaderPageKolkata: Story = {
  name: "Reader in Kolkata (page)",
  args: { readerTimeZone: "Asia/Calcutta", defaultTimeZone: "reader", children: <ReaderPage /> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Asia/Calcutta is the old id: the reader sees the zone's name, never the id.
    await canvas.findByRole("button", { name: /India Standard Time/ });
    await expect(canvas.getByRole("heading", { name: /^Friday, July 18, 2025 — your time, UTC\+5:30$/ })).toBeVisible();
    await expect(
      canvas.getByRole("heading", { name: /^Saturday, July 19, 2025 — your time, UTC\+5:30$/ }),
    ).toBeVisible();
  },
};

/** A reader in Los Angeles at a Vancouver event: the same offset, so the page is the event's, with no toggle. */
export const ReaderPageLosAngeles: Story = {
  name: "Reader in Los Angeles (page)",
  args: { readerTimeZone: "US/Pacific", defaultTimeZone: "reader", children: <ReaderPage /> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("heading", { name: "Friday, July 18, 2025" })).toBeVisible();
    await expect(canvas.queryByRole("button", { name: /my time zone/ })).toBeNull();
    await expect(canvas.queryByText(/^Event's time/)).toBeNull();
  },
};
