import { readFileSync } from "node:fs";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { assertEdition, type Deadline, instantFromEpoch, parseEdition, timeRemaining } from "@workshop-kit/types";
import fc from "fast-check";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClockProvider } from "../clock/clock";
import { expectNoAxeViolations } from "../test/axe";
import { TimeZoneProvider } from "../time-zone/time-zone";
import { countdownKey, DeadlineCountdown } from "./deadline-countdown";

/** Synthetic, shaped like ES-FoMo 2025: a submission deadline extended twice, in UTC. */
const edition = assertEdition({
  name: "Workshop on Efficient Systems for Foundation Models",
  shortName: "ES-FoMo III",
  year: 2025,
  timeZone: "America/Vancouver",
  dates: { start: "2025-07-18" },
  website: "https://es-fomo.com",
  deadlines: [
    {
      id: "submission",
      label: "Paper submission deadline",
      kind: "submission",
      due: "2025-05-27T23:59",
      zone: "UTC",
      history: [
        { due: "2025-05-19T23:59", reason: "Extended to 26 May (no reason published)" },
        { due: "2025-05-26T23:59", reason: "One-day extension for US Memorial Day" },
      ],
    },
    {
      id: "notification",
      label: "Acceptance notification",
      kind: "notification",
      due: "2025-06-09T23:59",
      zone: "AoE",
    },
    { id: "camera-ready", label: "Camera-ready deadline", kind: "camera-ready", due: "2025-07-03T23:59", zone: "UTC" },
  ],
});
const submission = edition.deadlines[0] as Deadline;
const notification = edition.deadlines[1] as Deadline;
const DUE = Date.UTC(2025, 4, 27, 23, 59);

function at(now: string | number, ui: React.ReactNode) {
  return render(<ClockProvider now={now}>{ui}</ClockProvider>);
}

describe("given the ES-FoMo 2025 submission deadline, two days ahead", () => {
  it("reads as one sentence inside a timer whose live region is off", () => {
    at("2025-05-25T12:00:00Z", <DeadlineCountdown deadline={submission} />);
    const timer = screen.getByRole("timer");
    expect(timer).toHaveAttribute("aria-live", "off");
    expect(timer).toHaveTextContent(
      "Paper submission deadline Closes in 2 days 11 hours, on May 27, 2025, 11:59 PM UTC",
    );
    expect(timer.closest(".wk-deadline-countdown")).toHaveAttribute("data-state", "upcoming");
    // Read as a sentence, laid out on two lines: the template's words are visually hidden, so the ticking time has a
    // line of its own and never pushes the date sideways (the stylesheet puts it on its own line).
    expect(within(timer).getByText(", on")).toHaveClass("wk-visually-hidden");
    expect(within(timer).getByText(/^Closes in/)).toHaveAttribute("data-slot", "remaining");
    expect(within(timer).getByText("May 27, 2025, 11:59 PM UTC")).toHaveAttribute(
      "datetime",
      "2025-05-27T23:59:00.000Z",
    );
  });

  it("shows the earlier dates struck through with the reasons, without repeating the date in force", () => {
    const { container } = at("2025-05-25T12:00:00Z", <DeadlineCountdown deadline={submission} />);
    const struck = [...container.querySelectorAll("del")].map((d) => d.textContent);
    expect(struck).toEqual(["May 19, 2025, 11:59 PM UTC", "May 26, 2025, 11:59 PM UTC"]);
    expect(screen.getByText(/one-day extension for US Memorial Day/i)).toBeInTheDocument();
    const history = container.querySelector("[data-slot=history]");
    expect(history).toHaveTextContent(/^Extended; earlier dates:\s*May 19, 2025, 11:59 PM UTC/);
    // The new date is the due line's; the history names only the dates it replaces.
    expect(history).not.toHaveTextContent("May 27");
    expect(container.textContent?.match(/May 27, 2025, 11:59 PM UTC/g)).toHaveLength(1);
  });

  it("hides the history when showHistory is false", () => {
    const { container } = at("2025-05-25T12:00:00Z", <DeadlineCountdown deadline={submission} showHistory={false} />);
    expect(container.querySelector("del")).toBeNull();
  });

  it("renders the label as a heading only when asked", () => {
    const { unmount } = at("2025-05-25T12:00:00Z", <DeadlineCountdown deadline={submission} />);
    expect(screen.queryByRole("heading")).toBeNull();
    unmount();
    at("2025-05-25T12:00:00Z", <DeadlineCountdown deadline={submission} headingLevel={3} label="Submit by" />);
    expect(screen.getByRole("heading", { level: 3, name: "Submit by" })).toBeInTheDocument();
  });

  it("has no axe violations", async () => {
    const { container } = at("2025-05-25T12:00:00Z", <DeadlineCountdown deadline={submission} />);
    await expectNoAxeViolations(container);
  });

  it("shows the reader's own time when the reader's zone differs", () => {
    render(
      <TimeZoneProvider readerTimeZone="Europe/Berlin">
        <ClockProvider now="2025-05-25T12:00:00Z">
          <DeadlineCountdown deadline={submission} />
        </ClockProvider>
      </TimeZoneProvider>,
    );
    expect(screen.getByText(/your time:/)).toHaveTextContent("your time: May 28, 1:59 AM CEST (UTC+2)");
  });

  it("says the time is the same for a reader at the same offset, and shows no line when turned off", () => {
    const { unmount } = render(
      <TimeZoneProvider readerTimeZone="Europe/London">
        <ClockProvider now="2025-12-01T12:00:00Z">
          <DeadlineCountdown
            deadline={{
              ...submission,
              due: instantFromEpoch(Date.UTC(2025, 11, 27, 23, 59), "UTC"),
            }}
          />
        </ClockProvider>
      </TimeZoneProvider>,
    );
    expect(screen.queryByText(/your time:/)).toBeNull();
    expect(screen.getByText("the same in your time zone")).toBeVisible();
    unmount();
    render(
      <TimeZoneProvider readerTimeZone="Europe/Berlin">
        <ClockProvider now="2025-05-25T12:00:00Z">
          <DeadlineCountdown deadline={submission} showReaderTime={false} />
        </ClockProvider>
      </TimeZoneProvider>,
    );
    expect(screen.queryByText(/your time/)).toBeNull();
    expect(screen.queryByText(/the same in your time zone/)).toBeNull();
  });
});

describe("given a deadline closing in three hours", () => {
  it("is closing soon and counts hours and minutes without seconds", () => {
    at("2025-05-27T21:00:00Z", <DeadlineCountdown deadline={submission} />);
    expect(screen.getByRole("timer")).toHaveTextContent("Closes in 2 hr 59 min, on May 27");
    expect(screen.getByRole("timer").parentElement).toHaveAttribute("data-state", "closing-soon");
  });

  it("offers Pause while it counts minutes, not only in the last hour, so the button never appears under a reader", () => {
    at("2025-05-27T21:00:00Z", <DeadlineCountdown deadline={submission} />);
    const pause = screen.getByRole("button", { name: "Pause countdown: Paper submission deadline" });
    act(() => pause.click());
    expect(screen.getByRole("timer")).toHaveTextContent("Closes in 2 hr 59 min (paused)");
  });

  it("honours a custom closing-soon window", () => {
    at("2025-05-27T21:00:00Z", <DeadlineCountdown deadline={submission} closingSoonMs={3_600_000} />);
    expect(screen.getByRole("timer").parentElement).toHaveAttribute("data-state", "upcoming");
  });
});

describe("given less than the smallest unit shown left", () => {
  it("says 'less than a minute', never '0 min', when seconds are off", () => {
    at(DUE - 59_000, <DeadlineCountdown deadline={submission} showSeconds="never" />);
    expect(screen.getByRole("timer")).toHaveTextContent("Closes in less than a minute, on May 27");
    expect(screen.getByRole("timer")).not.toHaveTextContent(/\b0 min/);
    expect(screen.getByRole("timer").parentElement).toHaveAttribute("data-state", "closing-soon");
  });

  it("says '1 sec', never '0 sec', in the last second with seconds (a line that never takes two on a phone)", () => {
    at(DUE - 999, <DeadlineCountdown deadline={submission} />);
    expect(screen.getByRole("timer")).toHaveTextContent(/^Paper submission deadline Closes in 1 sec, on May 27/);
    expect(screen.getByRole("timer").parentElement).toHaveAttribute("data-state", "closing-soon");
  });
});

describe("given a deadline that moved away from a date and back to it", () => {
  it("lists every earlier date, each once, without a duplicate-key warning", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const back = submission.history[0];
    if (!back) throw new Error("the fixture has no history");
    const deadline: Deadline = {
      ...submission,
      history: [
        ...submission.history,
        { due: back.due, dateOnly: false, reason: "Moved back by mistake, then extended" },
      ],
    };
    const { container } = at("2025-05-25T12:00:00Z", <DeadlineCountdown deadline={deadline} />);
    expect([...container.querySelectorAll("del")].map((d) => d.textContent)).toEqual([
      "May 19, 2025, 11:59 PM UTC",
      "May 26, 2025, 11:59 PM UTC",
      "May 19, 2025, 11:59 PM UTC",
    ]);
    expect(screen.getByText(/Moved back by mistake/)).toBeInTheDocument();
    expect(error.mock.calls.map((c) => String(c[0])).filter((m) => /same key/.test(m))).toEqual([]);
    error.mockRestore();
  });
});

describe("given a deadline that has passed", () => {
  it("says how long ago it closed", () => {
    at("2025-05-30T23:59:00Z", <DeadlineCountdown deadline={submission} />);
    expect(screen.getByRole("timer")).toHaveTextContent("Closed 3 days ago, on May 27, 2025, 11:59 PM UTC");
    expect(screen.getByRole("timer").parentElement).toHaveAttribute("data-state", "passed");
  });

  it("uses the host's passed text", () => {
    at(
      "2025-05-30T23:59:00Z",
      <DeadlineCountdown deadline={submission} passedText={(ago) => `Submissions closed (${ago})`} />,
    );
    expect(screen.getByRole("timer")).toHaveTextContent("Submissions closed (3 days)");
  });

  it("does not say 'closed' of a notification date", () => {
    at("2025-06-12T12:00:00Z", <DeadlineCountdown deadline={notification} />);
    expect(screen.getByRole("timer")).toHaveTextContent(
      "Acceptance notification 2 days ago, on June 9, 2025, 11:59 PM AoE",
    );
  });
});

/** Deadlines as workshops announce them: a date only, to be announced, the day submissions open. */
const announced = assertEdition({
  name: "Test Workshop",
  shortName: "TW",
  year: 2026,
  timeZone: "Europe/Vienna",
  dates: { start: "2026-07-18" },
  deadlines: [
    { id: "open", label: "Submissions open", kind: "submissions-open", due: "2026-02-01", zone: "AoE" },
    {
      id: "notification",
      label: "Notification",
      kind: "notification",
      due: "2026-03-05",
      zone: "AoE",
      history: [{ due: "2026-03-01" }],
    },
    { id: "camera", label: "Camera-ready", kind: "camera-ready", due: "TBA" },
  ],
});
const [opens, dateOnly, tba] = announced.deadlines as [Deadline, Deadline, Deadline];

describe("given deadlines as workshops announce them", () => {
  it("shows a date-only deadline as the date alone, without time or zone", () => {
    at("2026-02-20T12:00:00Z", <DeadlineCountdown deadline={dateOnly} />);
    const timer = screen.getByRole("timer");
    expect(within(timer).getByText("March 5, 2026")).toHaveAttribute("dateTime", "2026-03-05");
    expect(timer).not.toHaveTextContent(/AoE|AM|PM|UTC/);
    expect(timer).toHaveTextContent(/^Notification In \d+ days/);
    expect(screen.getByText("March 1, 2026", { selector: "del time" })).toHaveAttribute("dateTime", "2026-03-01");
  });

  it("shows no reader's time for a date-only deadline", () => {
    at(
      "2026-02-20T12:00:00Z",
      <TimeZoneProvider readerTimeZone="Asia/Tokyo">
        <DeadlineCountdown deadline={dateOnly} />
      </TimeZoneProvider>,
    );
    expect(screen.queryByText(/your time/)).toBeNull();
  });

  it("says 'To be announced' and never counts down a deadline without a date", () => {
    const { container } = at("2026-02-20T12:00:00Z", <DeadlineCountdown deadline={tba} />);
    expect(screen.getByRole("timer")).toHaveTextContent("Camera-ready To be announced");
    expect(screen.getByRole("timer")).not.toHaveTextContent(/Closes|Closed|ago/);
    expect(container.firstElementChild).toHaveAttribute("data-state", "tba");
    expect(screen.queryByRole("button", { name: /calendar/i })).toBeNull();
  });

  it("words the day submissions open 'Opens in…' before it and 'Opened' after, never 'Closed'", () => {
    const { unmount } = at("2026-01-30T12:00:00Z", <DeadlineCountdown deadline={opens} />);
    // Date-only: it passes when February 1 ends in AoE (February 2, 12:00 UTC).
    expect(screen.getByRole("timer")).toHaveTextContent(/^Submissions open Opens in 3 days, on February 1, 2026$/);
    unmount();
    at("2026-03-05T12:00:00Z", <DeadlineCountdown deadline={opens} />);
    expect(screen.getByRole("timer")).toHaveTextContent(/^Submissions open Opened 31 days ago/);
    expect(screen.getByRole("timer")).not.toHaveTextContent("Closed");
  });

  it("has no axe violations", async () => {
    const { container } = at(
      "2026-02-20T12:00:00Z",
      <>
        <DeadlineCountdown deadline={dateOnly} />
        <DeadlineCountdown deadline={tba} />
      </>,
    );
    await expectNoAxeViolations(container);
  });
});

describe("given the last hour, with the live clock", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(DUE - 30 * 60_000 + 20_500);
  });
  afterEach(() => vi.useRealTimers());

  it("shows seconds and a pause control that stops the display updating", () => {
    render(<DeadlineCountdown deadline={submission} />);
    const timer = screen.getByRole("timer");
    expect(timer).toHaveTextContent("Closes in 29 min 39 sec");
    act(() => vi.advanceTimersByTime(501));
    expect(timer).toHaveTextContent("Closes in 29 min 38 sec");
    const pause = screen.getByRole("button", { name: "Pause countdown: Paper submission deadline" });
    expect(pause).toHaveAttribute("aria-pressed", "false");
    act(() => pause.click());
    expect(pause).toHaveAttribute("aria-pressed", "true");
    expect(timer).toHaveTextContent("(paused)");
    const frozen = timer.textContent;
    act(() => vi.advanceTimersByTime(10_000));
    expect(timer.textContent).toBe(frozen);
    act(() => pause.click());
    expect(pause).toHaveAttribute("aria-pressed", "false");
    expect(timer).toHaveTextContent("Closes in 29 min 28 sec");
  });

  it("keeps the pause button's name when pressed and shows its state in words (On/Off)", () => {
    render(<DeadlineCountdown deadline={submission} />);
    const pause = screen.getByRole("button", { name: "Pause countdown: Paper submission deadline" });
    expect(pause).toHaveTextContent(/Off$/);
    act(() => pause.click());
    expect(pause).toHaveAccessibleName("Pause countdown: Paper submission deadline");
    expect(pause).toHaveTextContent(/On$/);
  });

  it("names each pause button after its deadline, so two on one page can be told apart", () => {
    render(
      <>
        <DeadlineCountdown deadline={submission} />
        <DeadlineCountdown deadline={{ ...submission, id: "abstract", label: "Abstract deadline" }} />
      </>,
    );
    expect(screen.getByRole("button", { name: "Pause countdown: Paper submission deadline" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Pause countdown: Abstract deadline" })).toBeInTheDocument();
  });

  it("never shows seconds when told not to", () => {
    render(<DeadlineCountdown deadline={submission} showSeconds="never" />);
    expect(screen.getByRole("timer")).toHaveTextContent("Closes in 29 min, on");
    // It still updates every minute, so it can still be paused.
    expect(screen.getByRole("button", { name: /pause/i })).toHaveAttribute("aria-pressed", "false");
  });

  it("keeps a focused pause button (inert) when the deadline passes, so keyboard focus is not lost", () => {
    render(<DeadlineCountdown deadline={submission} calendar={false} />);
    const pause = screen.getByRole("button", { name: "Pause countdown: Paper submission deadline" });
    act(() => pause.focus());
    act(() => vi.advanceTimersByTime(31 * 60_000));
    expect(screen.getByRole("timer")).toHaveTextContent(/ago/);
    expect(pause).toBeInTheDocument();
    expect(pause).toHaveFocus();
    expect(pause).toHaveAttribute("aria-disabled", "true");
    act(() => pause.click());
    expect(pause).toHaveAttribute("aria-pressed", "false");
  });

  it("announces crossing the deadline once, never per tick", () => {
    render(<DeadlineCountdown deadline={submission} />);
    const status = screen.getByRole("status");
    expect(status).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(10 * 60_000));
    expect(status).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(20 * 60_000));
    expect(status).toHaveTextContent("Paper submission deadline has passed.");
    act(() => vi.advanceTimersByTime(5 * 60_000));
    expect(status).toHaveTextContent("Paper submission deadline has passed.");
  });
});

describe("given a deadline 24 hours away, with the live clock", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(DUE - 24 * 3_600_000 - 90_000);
  });
  afterEach(() => vi.useRealTimers());

  it("announces closing soon once when the threshold is crossed, not on page load", () => {
    render(<DeadlineCountdown deadline={submission} />);
    const status = screen.getByRole("status");
    expect(status).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(screen.getByRole("timer").parentElement).toHaveAttribute("data-state", "closing-soon");
    expect(status).toHaveTextContent("Paper submission deadline closes in less than 1 day.");
    act(() => vi.advanceTimersByTime(3_600_000));
    expect(status).toHaveTextContent("Paper submission deadline closes in less than 1 day.");
  });

  it("words the announcement for a notification date, which does not close", () => {
    render(<DeadlineCountdown deadline={{ ...notification, due: submission.due }} />);
    act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(screen.getByRole("status")).toHaveTextContent("Acceptance notification is less than 1 day away.");
    expect(screen.getByRole("status")).not.toHaveTextContent(/closes/);
  });

  it("announces a custom window in two units, not rounded down to one", () => {
    vi.setSystemTime(DUE - 90 * 60_000 - 90_000);
    render(<DeadlineCountdown deadline={submission} closingSoonMs={90 * 60_000} />);
    act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Paper submission deadline closes in less than 1 hour 30 minutes.",
    );
  });

  it("says a workshop has started, not passed, when its start is crossed", () => {
    vi.setSystemTime(DUE - 90_000);
    render(<DeadlineCountdown deadline={{ ...submission, kind: "workshop", label: "Workshop" }} />);
    act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(screen.getByRole("status")).toHaveTextContent("Workshop has started.");
  });

  it("does not announce a state found on page load", () => {
    vi.setSystemTime(DUE - 3_600_000 * 2);
    render(<DeadlineCountdown deadline={submission} />);
    act(() => vi.advanceTimersByTime(5 * 60_000));
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
  });
});

describe("given the calendar button", () => {
  it("downloads an .ics with the deadline, an alarm a day before and the clock's stamp", async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blobs.push(b as Blob);
      return "blob:test";
    });
    const revoke = vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2025, 4, 20, 9, 0));
    at("2025-05-20T09:00:00Z", <DeadlineCountdown deadline={submission} edition={edition} />);
    await userEvent.click(screen.getByRole("button", { name: "Add to calendar: Paper submission deadline" }));
    vi.useRealTimers();
    // The .ics writer loads on click (a lazy import), so the download follows a moment later.
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const text = await (blobs[0] as Blob).text();
    expect(text).toContain("BEGIN:VEVENT");
    expect(text).toContain("DTSTART:20250527T235900Z");
    expect(text).toContain("DTSTAMP:20250520T090000Z");
    expect(text).toContain("BEGIN:VALARM");
    expect(text).toContain("TRIGGER:-PT1440M");
    expect(text).toContain("SUMMARY:ES-FoMo III: Paper submission deadline");
    create.mockRestore();
    revoke.mockRestore();
    click.mockRestore();
  });

  it("is absent when calendar is false", () => {
    at("2025-05-20T09:00:00Z", <DeadlineCountdown deadline={submission} calendar={false} />);
    expect(screen.queryByRole("button", { name: /calendar/i })).toBeNull();
  });
});

describe("given the server", () => {
  it("renders only the absolute date, with no remaining time and no state", () => {
    const html = renderToString(<DeadlineCountdown deadline={submission} />);
    expect(html).toContain('dateTime="2025-05-27T23:59:00.000Z"');
    expect(html).toContain("May 27, 2025, 11:59 PM UTC");
    expect(html).toContain('data-state="unknown"');
    expect(html).not.toMatch(/Closes in|Closed/);
    // The reader's line holds its place, invisible and inert, until the reader's zone is known.
    expect(html).toContain(
      '<p data-slot="reader-time" data-pending="" inert=""><span>your time: <time dateTime="2025-05-27T23:59:00.000Z">May 27, 11:59 PM UTC</time></span></p>',
    );
    // So does the Pause button, which the countdown will have once it counts.
    expect(html).toContain('data-slot="pause" data-pending="" inert=""');
  });

  it("renders the status when a ClockProvider freezes time", () => {
    const html = renderToString(
      <ClockProvider now="2025-05-25T12:00:00Z">
        <DeadlineCountdown deadline={submission} />
      </ClockProvider>,
    );
    expect(html).toContain('data-state="upcoming"');
    expect(html).toContain("Closes in 2 days 11 hours");
  });
});

// --- Properties ------------------------------------------------------------------------------------

/** Milliseconds a countdown text stands for ("2 days 11 hours", "2 hr 59 min", "29 min 40 sec"). */
function textMs(text: string): number {
  const units: Record<string, number> = {
    day: 86_400_000,
    hour: 3_600_000,
    hr: 3_600_000,
    min: 60_000,
    minute: 60_000,
    sec: 1000,
    second: 1000,
  };
  if (text.startsWith("less than")) return 0;
  let ms = 0;
  for (const [, n, unit] of text.matchAll(/(\d+) ([a-z]+?)s?\b/g))
    ms += Number(n) * (units[unit as string] ?? Number.NaN);
  return ms;
}

const DAY = 86_400_000;
const instantArb = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });

describe("properties of the countdown", () => {
  it("never shows negative or more time than is left (but a last '1 sec'), and never more as time advances", () => {
    fc.assert(
      fc.property(
        instantArb,
        fc.integer({ min: 0, max: 400 * DAY }),
        fc.integer({ min: 0, max: 400 * DAY }),
        fc.boolean(),
        (due, a, b, seconds) => {
          const earlier = due - Math.max(a, b);
          const later = due - Math.min(a, b);
          const kEarlier = countdownKey(due, earlier, DAY, seconds, "en-US");
          const kLater = countdownKey(due, later, DAY, seconds, "en-US");
          expect(kEarlier.split("\n")[1]).not.toContain("-");
          if (later < due) {
            const [, tEarlier = ""] = kEarlier.split("\n");
            const [, tLater = ""] = kLater.split("\n");
            expect(textMs(tLater)).toBeLessThanOrEqual(textMs(tEarlier));
            // Except the last second with seconds shown: it reads "1 sec" until the instant, never "0 sec".
            expect(textMs(tLater)).toBeLessThanOrEqual(Math.max(due - later, seconds ? 1000 : 0));
            expect(textMs(tLater)).toBeGreaterThanOrEqual(0);
          }
          expect(timeRemaining(due, later).totalMs).toBeLessThanOrEqual(timeRemaining(due, earlier).totalMs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is exactly zero, and passed, at the deadline and after", () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 30 * DAY }), (due, after) => {
        expect(timeRemaining(due, due).totalMs).toBe(0);
        expect(timeRemaining(due, due + after).totalMs).toBe(0);
        expect(countdownKey(due, due + after, DAY, true, "en-US").startsWith("passed\n")).toBe(true);
        expect(countdownKey(due, due - 1, DAY, true, "en-US").startsWith("closing-soon\n")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("renders the same state and text as the key, whatever the frozen instant", () => {
    fc.assert(
      fc.property(fc.integer({ min: -40 * DAY, max: 40 * DAY }), (offset) => {
        const now = DUE + offset;
        const { unmount } = at(now, <DeadlineCountdown deadline={submission} showHistory={false} calendar={false} />);
        const [state] = countdownKey(DUE, now, DAY, false, "en-US").split("\n");
        expect(screen.getByRole("timer").parentElement).toHaveAttribute("data-state", state);
        expect(screen.getByRole("timer").textContent).not.toMatch(/-\d/);
        unmount();
      }),
      { numRuns: 40 },
    );
  });

  it("puts AoE 23:59 on day D at D+1 11:59 UTC, for every D", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1971, 0, 1)), max: new Date(Date.UTC(2199, 11, 30)), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          const year = Number(day.slice(0, 4));
          const r = parseEdition({
            name: "Workshop",
            shortName: "W",
            year,
            timeZone: "UTC",
            dates: { start: `${year + 1}-01-01` },
            deadlines: [
              { id: "d", label: "Submission deadline", kind: "submission", due: `${day}T23:59`, zone: "AoE" },
            ],
          });
          if (!r.ok) throw new Error(JSON.stringify(r.issues));
          const deadline = r.edition.deadlines[0] as Deadline;
          const expected = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1, 11, 59);
          expect(deadline.due?.epochMs).toBe(expected);
          const html = renderToString(<DeadlineCountdown deadline={deadline} calendar={false} />);
          expect(html).toContain(`dateTime="${new Date(expected).toISOString()}"`);
          expect(html).toMatch(/11:59 PM AoE/);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** The 40 zones of the TZ test matrix: server hosts anywhere must print the same markup. */
export const TZ_MATRIX = [
  "UTC",
  "Etc/GMT+12",
  "Pacific/Pago_Pago",
  "Pacific/Honolulu",
  "Pacific/Marquesas",
  "America/Anchorage",
  "America/Los_Angeles",
  "America/Vancouver",
  "America/Denver",
  "America/Phoenix",
  "America/Chicago",
  "America/Mexico_City",
  "America/New_York",
  "America/Caracas",
  "America/Santiago",
  "America/Sao_Paulo",
  "America/St_Johns",
  "Atlantic/Azores",
  "Atlantic/Reykjavik",
  "Europe/London",
  "Europe/Lisbon",
  "Europe/Berlin",
  "Europe/Vienna",
  "Africa/Cairo",
  "Europe/Helsinki",
  "Europe/Moscow",
  "Asia/Tehran",
  "Asia/Dubai",
  "Asia/Kabul",
  "Asia/Karachi",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Dhaka",
  "Asia/Bangkok",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Adelaide",
  "Australia/Sydney",
  "Pacific/Auckland",
  "Pacific/Kiritimati",
] as const;

describe("given server hosts in any of the 40 TZ-matrix zones", () => {
  let previous: string | undefined;
  beforeEach(() => {
    previous = process.env.TZ;
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });

  it("prints the same instant and the same markup", () => {
    expect(TZ_MATRIX).toHaveLength(40);
    const reference = renderToString(<DeadlineCountdown deadline={submission} />);
    fc.assert(
      fc.property(fc.constantFrom(...TZ_MATRIX), fc.constantFrom(...edition.deadlines), (zone, deadline) => {
        process.env.TZ = zone;
        const html = renderToString(
          <ClockProvider now="2025-05-25T12:00:00Z">
            <DeadlineCountdown deadline={deadline} />
          </ClockProvider>,
        );
        process.env.TZ = "UTC";
        const utc = renderToString(
          <ClockProvider now="2025-05-25T12:00:00Z">
            <DeadlineCountdown deadline={deadline} />
          </ClockProvider>,
        );
        expect(html).toBe(utc);
        expect(html).toContain(`dateTime="${deadline.due?.iso}"`);
      }),
      { numRuns: 120 },
    );
    for (const zone of TZ_MATRIX) {
      process.env.TZ = zone;
      expect(renderToString(<DeadlineCountdown deadline={submission} />)).toBe(reference);
    }
  });
});

describe("given the stylesheet", () => {
  it("animates nothing unless the reader has no motion preference", () => {
    const css = readFileSync(new URL("./deadline-countdown.css", import.meta.url.replace(/\?.*$/, "")), "utf8");
    // Take out the no-preference blocks (one level of nested braces), then look for motion in what is left.
    const outside = css.replace(
      /@media \(prefers-reduced-motion: no-preference\)\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g,
      "",
    );
    expect(outside).not.toBe(css); // the block exists, so this check has something to take out
    expect(outside).not.toMatch(/\b(transition|animation)\s*:/);
  });
});
