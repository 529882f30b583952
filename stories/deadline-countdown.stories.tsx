import type { Meta, StoryObj } from "@storybook/react-vite";
import { DeadlineCountdown, ImportantDates } from "@workshop-kit/react";
import { type Deadline, instantFromEpoch } from "@workshop-kit/types";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { edition2024, edition2025 } from "./content";
import { factsEdition } from "./programme-facts";

function deadline(edition: typeof edition2025, kind: Deadline["kind"]): Deadline {
  const d = edition.deadlines.find((x) => x.kind === kind);
  if (!d) throw new Error(`no ${kind} deadline in ${edition.shortName}`);
  return d;
}

/** A dated deadline's due instant (the ES-FoMo files date every deadline). */
function dueMs(d: Deadline): number {
  if (!d.due) throw new Error(`${d.id} has no date`);
  return d.due.epochMs;
}

const submission2025 = deadline(edition2025, "submission");
const cameraReady2025 = deadline(edition2025, "camera-ready");
const submission2024 = deadline(edition2024, "submission");
const notification2025 = deadline(edition2025, "notification");

/** A deadline due three hours after the frozen clock. */
const inThreeHours: Deadline = {
  ...submission2025,
  history: [],
  label: "Late-breaking abstracts",
};

const meta = {
  title: "Components/DeadlineCountdown",
  component: DeadlineCountdown,
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

/** ES-FoMo 2025 submission deadline, extended twice (19 → 26 → 27 May, UTC), two days before it closes. */
export const SubmissionExtendedTwice: Story = {
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
  args: { deadline: inThreeHours },
  parameters: { clock: { now: "2025-05-27T20:59:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("timer")).toHaveTextContent("Closes in 3 hr");
  },
};

/** After the deadline: "Closed 3 days ago". */
export const Passed: Story = {
  parameters: { clock: { now: "2025-05-30T23:59:00Z" } },
};

/** The same kind of deadline announced in AoE (2024), UTC (2025) and an IANA zone (notification shown in Vancouver time). */
export const AoEvsUTCvsIANA: Story = {
  parameters: { clock: { now: "2024-05-30T12:00:00Z" } },
  render: () => (
    <div style={{ display: "grid", gap: "1rem" }}>
      <DeadlineCountdown deadline={submission2024} edition={edition2024} label="2024 submission (AoE)" />
      <DeadlineCountdown deadline={submission2025} edition={edition2025} label="2025 submission (UTC)" />
      <DeadlineCountdown
        deadline={{ ...notification2025, due: instantFromEpoch(dueMs(notification2025), "America/Vancouver") }}
        label="2025 notification (IANA: America/Vancouver)"
      />
    </div>
  ),
};

/** Seconds always shown, with the Pause control (WCAG 2.2.2) — live clock, so the interaction is real. */
export const SecondsWithPause: Story = {
  args: {
    deadline: {
      ...inThreeHours,
      due: instantFromEpoch(Date.UTC(2099, 0, 1), "UTC"),
    },
    showSeconds: "always",
    calendar: false,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pause = await canvas.findByRole("button", { name: /^Pause countdown ?: Late-breaking abstracts$/ });
    await expect(pause).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(pause);
    await expect(pause).toHaveAttribute("aria-pressed", "true");
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

/** The calendar button builds an `.ics` on click (the download itself is intercepted here). */
export const CalendarDownload: Story = {
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
      await waitFor(() => expect(blobs).toHaveLength(1)); // the .ics writer loads on click
      const text = await (blobs[0] as Blob).text();
      await expect(text).toContain("DTSTART:20250527T235900Z");
      await expect(text).toContain("TRIGGER:-PT1440M");
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = originalClick;
    }
  },
};

/** Dark theme, closing soon. */
export const DarkTheme: Story = {
  args: { deadline: inThreeHours },
  globals: { theme: "dark" },
  parameters: { clock: { now: "2025-05-27T20:59:00Z" } },
};

/** ImportantDates for ES-FoMo 2025, two days before submission closes. */
export const ImportantDates2025: StoryObj<typeof ImportantDates> = {
  render: () => <ImportantDates edition={edition2025} />,
  parameters: { clock: { now: "2025-05-25T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    const next = canvasElement.querySelector('[data-state="next"]');
    await expect(next).toHaveTextContent("Paper submission deadline");
  },
};

/** ImportantDates for ES-FoMo 2025 after camera-ready: three dates passed, the workshop next. */
export const ImportantDates2025BeforeWorkshop: StoryObj<typeof ImportantDates> = {
  render: () => <ImportantDates edition={edition2025} />,
  parameters: { clock: { now: "2025-07-10T12:00:00Z" } },
};

/** ImportantDates for ES-FoMo 2024 (AoE; submission moved earlier), during notification week. */
export const ImportantDates2024: StoryObj<typeof ImportantDates> = {
  render: () => <ImportantDates edition={edition2024} />,
  parameters: { clock: { now: "2024-06-20T12:00:00Z" } },
};

/** ImportantDates in the dark theme. */
export const ImportantDatesDark: StoryObj<typeof ImportantDates> = {
  render: () => <ImportantDates edition={edition2025} />,
  globals: { theme: "dark" },
  parameters: { clock: { now: "2025-06-15T12:00:00Z" } },
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

/** ImportantDates with a date-only, a to-be-announced (listed last) and a submissions-open date. */
export const ImportantDatesAsAnnounced: StoryObj<typeof ImportantDates> = {
  render: () => <ImportantDates edition={factsEdition} />,
  parameters: { clock: { now: "2026-05-01T12:00:00Z" } },
};
