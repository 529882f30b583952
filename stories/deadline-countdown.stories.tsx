import type { Meta, StoryObj } from "@storybook/react-vite";
import { DeadlineCountdown, type DeadlineCountdownProps, TimeZoneProvider } from "@workshop-kit/react";
import type { Deadline, Instant } from "@workshop-kit/types";
import { useEffect, useRef } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { edition2024, edition2025 } from "./content";
import { factsEdition } from "./programme-facts";

function deadline(edition: typeof edition2025, kind: Deadline["kind"]): Deadline & { due: Instant } {
  const d = edition.deadlines.find((x) => x.kind === kind);
  if (!d?.due) throw new Error(`no dated ${kind} deadline in ${edition.shortName}`);
  return { ...d, due: d.due };
}

const submission2025 = deadline(edition2025, "submission");
const cameraReady2025 = deadline(edition2025, "camera-ready");
const submission2024 = deadline(edition2024, "submission");
const notification2025 = deadline(edition2025, "notification");

/** A deadline due three hours after the frozen clock. */
const inThreeHours: Deadline & { due: Instant } = {
  ...submission2025,
  history: [],
  label: "Late-breaking abstracts",
};

const meta = {
  title: "Components/DeadlineCountdown",
  component: DeadlineCountdown,
  tags: ["autodocs"],
  args: { deadline: submission2025, edition: edition2025 },
  parameters: {
    docs: {
      description: {
        component:
          "A deadline as an exact instant in its announced zone; the time left, the reader's time and the status appear after hydration. Freeze the clock from the toolbar or with `parameters.clock.now`.",
      },
    },
  },
} satisfies Meta<typeof DeadlineCountdown>;
export default meta;

type Story = StoryObj<typeof meta>;

const DEADLINES: Record<string, Deadline> = {
  "2025 submission (UTC, extended twice)": submission2025,
  "2025 camera-ready": cameraReady2025,
  "2025 notification": notification2025,
  "2024 submission (AoE)": submission2024,
};

/** Pick a deadline, then move the Clock tool to see each state (upcoming, closing soon, last minutes, passed). */
export const Playground: Story = {
  args: {
    deadline: submission2025,
    edition: edition2025,
    showSeconds: "auto",
    showReaderTime: true,
    showHistory: true,
    calendar: true,
    headingLevel: undefined,
    label: "",
  },
  argTypes: {
    deadline: { options: Object.keys(DEADLINES), mapping: DEADLINES, control: { type: "select" } },
    edition: { control: false },
    showSeconds: { control: { type: "inline-radio" }, options: ["auto", "always", "never"] },
    headingLevel: { options: [undefined, 2, 3, 4], control: { type: "select" } },
    label: { control: "text" },
    passedText: { control: false },
  },
  parameters: { clock: { now: "2025-05-25T12:00:00Z" }, controlsCheck: { skip: ["closingSoonMs", "showReaderTime"] } },
  render: ({ label, ...args }) => <DeadlineCountdown {...args} {...(label ? { label } : {})} />,
};

/** ES-FoMo 2025 submission deadline, extended twice (19 → 26 → 27 May, UTC), two days before it closes. */
export const SubmissionExtendedTwice: Story = {
  name: "Submission extended twice",
  parameters: { clock: { now: "2025-05-25T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("timer")).toHaveTextContent(
      "Closes in 2 days 11 hours, on May 27, 2025, 11:59 PM UTC",
    );
    await expect(canvasElement.querySelectorAll("del")).toHaveLength(2);
  },
};

/** The camera-ready deadline (3 July 2025, UTC), a week ahead, with a heading. */
export const CameraReady: Story = {
  args: { deadline: cameraReady2025, headingLevel: 3 },
  parameters: { clock: { now: "2025-06-26T09:00:00Z" } },
};

/** Closing in three hours: `data-state="closing-soon"`, hours and minutes. */
export const ClosingInThreeHours: Story = {
  name: "Closing in three hours",
  args: { deadline: inThreeHours },
  parameters: { clock: { now: "2025-05-27T20:59:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("timer")).toHaveTextContent("Closes in 3 hr");
  },
};

/** After the deadline: "Closed 3 days ago". */
export const Passed: Story = {
  name: "Passed",
  parameters: { clock: { now: "2025-05-30T23:59:00Z" } },
};

/** The same kind of deadline announced in AoE (2024), UTC (2025) and an IANA zone (notification shown in Vancouver time). */
export const AoEvsUTCvsIANA: Story = {
  name: "AoE, UTC and IANA zones",
  parameters: { clock: { now: "2024-05-30T12:00:00Z" } },
  render: () => (
    <div style={{ display: "grid", gap: "1rem" }}>
      <DeadlineCountdown deadline={submission2024} edition={edition2024} label="2024 submission (AoE)" />
      <DeadlineCountdown deadline={submission2025} edition={edition2025} label="2025 submission (UTC)" />
      <DeadlineCountdown
        deadline={{ ...notification2025, due: { ...notification2025.due, zone: "America/Vancouver" } }}
        label="2025 notification (IANA: America/Vancouver)"
      />
    </div>
  ),
};

/**
 * The reader's own time under the date: in Auckland, "your time: May 28, 11:59 AM UTC+12"; in the deadline's own
 * zone, "the same in your time zone". The line's place is held on the server, so the card does not grow either way.
 */
export const ReaderInAuckland: Story = {
  name: "Reader's time (Auckland)",
  parameters: { clock: { now: "2025-05-20T12:00:00Z" } },
  render: (args) => (
    <TimeZoneProvider readerTimeZone="Pacific/Auckland" remember={false}>
      <DeadlineCountdown {...args} />
    </TimeZoneProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/^your time:/)).toHaveTextContent("May 28, 11:59 AM");
  },
};

/** A reader in the deadline's own zone (here announced in London time, read in London): the line says so. */
export const ReaderInDeadlineZone: Story = {
  name: "Reader's time (same zone)",
  parameters: { clock: { now: "2025-05-20T12:00:00Z" } },
  render: (args) => (
    <TimeZoneProvider readerTimeZone="Europe/London" remember={false}>
      <DeadlineCountdown
        {...args}
        deadline={{ ...submission2025, due: { ...submission2025.due, zone: "Europe/London" } }}
      />
    </TimeZoneProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("the same in your time zone")).toBeVisible();
  },
};

/** The last minutes, clock frozen: seconds shown and the Pause control (WCAG 2.2.2), not yet pressed. */
export const LastMinutes: Story = {
  name: "Last minutes (frozen clock)",
  args: { deadline: inThreeHours, showSeconds: "always" },
  parameters: { clock: { now: "2025-05-27T23:55:30Z" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("timer")).toHaveTextContent(/Closes in 3 min 30 sec/);
    await expect(canvas.getByRole("button", { name: /^Pause countdown/ })).toHaveAttribute("aria-pressed", "false");
  },
};

/**
 * Test: seconds tick and Pause holds them, on the live clock (the deadline is three hours after the story loads,
 * never a far-off year).
 */
export const SecondsWithPause: Story = {
  name: "Test: Pause holds the live countdown",
  tags: ["test-only"],
  loaders: [async () => ({ dueMs: Date.now() + 3 * 3_600_000 })],
  args: { deadline: inThreeHours, showSeconds: "always", calendar: false },
  render: (args, { loaded }) => {
    const ms = (loaded as { dueMs: number }).dueMs;
    const due: Instant = { ...inThreeHours.due, epochMs: ms, iso: new Date(ms).toISOString() };
    return <DeadlineCountdown {...args} deadline={{ ...inThreeHours, due }} />;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pause = await canvas.findByRole("button", { name: /^Pause countdown/ });
    await expect(pause).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(pause);
    await expect(pause).toHaveAttribute("aria-pressed", "true");
    // One accessible name in both states; the visible state is in words beside it.
    await expect(pause).toHaveAccessibleName(/^Pause countdown/);
    const timer = canvas.getByRole("timer");
    await expect(timer).toHaveTextContent("(paused)");
    const held = timer.textContent;
    await new Promise((r) => setTimeout(r, 1500));
    await expect(timer.textContent).toBe(held);
    await userEvent.click(pause);
    await expect(pause).toHaveAttribute("aria-pressed", "false");
    await waitFor(() => expect(timer.textContent).not.toBe(held), { timeout: 2500 });
  },
};

/** Server markup, shown as is: what a reader sees before hydration (no time left yet, no status). */
function ServerMarkup(props: DeadlineCountdownProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const html = renderToStaticMarkup(<DeadlineCountdown {...props} />);
    const doc = new DOMParser().parseFromString(html, "text/html");
    ref.current?.replaceChildren(...Array.from(doc.body.childNodes));
  }, [props]);
  return <div ref={ref} />;
}

/** Before hydration: the server's HTML, which never depends on the server's clock (no "Closes in…" yet). */
export const BeforeHydration: Story = {
  name: "Before hydration (server HTML)",
  render: (args) => <ServerMarkup {...args} />,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector("time")).not.toBeNull());
    await expect(canvasElement).not.toHaveTextContent(/Closes in/);
  },
};

/** The calendar button builds an `.ics` on click (the download itself is intercepted here). */
export const CalendarDownload: Story = {
  name: "Test: calendar download",
  tags: ["test-only"],
  parameters: { clock: { now: "2025-05-20T09:00:00Z" } },
  play: async ({ canvasElement }) => {
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return "blob:story";
    };
    HTMLAnchorElement.prototype.click = () => {};
    try {
      await userEvent.click(within(canvasElement).getByRole("button", { name: /Add to calendar/ }));
      await waitFor(() => expect(blobs).toHaveLength(1), { timeout: 10_000 }); // the .ics writer loads on click
      const text = await (blobs[0] as Blob).text();
      await expect(text).toContain("DTSTART:20250527T235900Z");
      await expect(text).toContain("TRIGGER:-PT1440M");
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = originalClick;
    }
  },
};

const announced = (id: string) => factsEdition.deadlines.find((d) => d.id === id) as Deadline;

/** A date-only deadline ("Notification: June 12"): the day alone, no time, no zone; it moved once. */
export const DateOnly: Story = {
  args: { deadline: announced("notification"), edition: factsEdition },
  parameters: { clock: { now: "2026-06-01T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("timer")).toHaveTextContent(/on June 12, 2026$/);
  },
};

/** A deadline to be announced: said so, never counted down, no calendar button. */
export const ToBeAnnounced: Story = {
  args: { deadline: announced("camera"), edition: factsEdition },
  parameters: { clock: { now: "2026-06-01T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("timer")).toHaveTextContent("Camera-ready To be announced");
    await expect(within(canvasElement).queryByRole("button", { name: /calendar/i })).toBeNull();
  },
};

/** The day submissions open, before and after: "Opens in…", "Opened … ago", never "Closed". */
export const SubmissionsOpen: Story = {
  args: { deadline: announced("open"), edition: factsEdition },
  parameters: { clock: { now: "2026-03-29T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    // Date-only: April 1 ends in AoE on April 2, 12:00 UTC.
    await expect(within(canvasElement).getByRole("timer")).toHaveTextContent(/Opens in 4 days/);
  },
};
