"use client";

/**
 * `DeadlineCountdown`: one deadline, exact and honest about its extensions, live after hydration and quiet
 * for screen readers. A deadline announced as a date only shows that date (no time, no zone); one to be announced
 * says so and never counts down.
 *
 * The server (and the first client render) shows only the absolute date in the zone it was announced in, so
 * nothing can mismatch; the time remaining, the reader's own time and the status appear after hydration.
 */
import {
  CLOSING_SOON_MS,
  type Deadline,
  type DeadlineKind,
  deadlineStatus,
  type Edition,
  type FormatOptions,
  formatDate,
  formatDateTimeZone,
  formatDuration,
  type Instant,
  zoneLabel,
} from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, type ReactNode, useEffect, useRef, useState } from "react";
import { useClockSelector } from "../clock/clock";
import { useCalendarDownload } from "../internal/add-to-calendar";
import { withClass } from "../internal/class-name";
import { DateOnly } from "../internal/date-only";
import type { HeadingLevel } from "../internal/heading";
import { PENDING_STYLE, useHydrated } from "../internal/use-hydrated";
import { useDisplayTimeZone } from "../time-zone/time-zone";

/** Props of {@link DeadlineCountdown}. */
export interface DeadlineCountdownProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The deadline to count down to. Required. */
  deadline: Deadline;
  /**
   * The edition the deadline belongs to: names the calendar event and gives it a stable UID. Default: none.
   * @default undefined
   */
  edition?: Edition;
  /** How long before the deadline it counts as closing soon (`data-state="closing-soon"`). Default 24 hours. */
  closingSoonMs?: number;
  /**
   * Seconds in the time remaining: `"auto"` only in the last hour, `"always"`, or `"never"`. Whenever seconds
   * are shown, a Pause button stops the display from updating. Default `"auto"`.
   */
  showSeconds?: "auto" | "always" | "never";
  /**
   * What to show once the deadline has passed; receives "3 days". Default by kind: `Closed 3 days ago` for
   * deadlines that close, `Opened 3 days ago` for `submissions-open`, `3 days ago` for dates (notification, workshop).
   * @default "Closed {ago} ago" ("Opened {ago} ago" for submissions-open, "{ago} ago" for a notification or workshop)
   */
  passedText?: (ago: string) => ReactNode;
  /** The label. Default `deadline.label`. */
  label?: ReactNode;
  /**
   * Render the label as a heading of this level. Default: plain text, no heading.
   * @default undefined (plain text, no heading)
   */
  headingLevel?: HeadingLevel;
  /** After hydration, add the same instant in the reader's zone when it differs. Default `true`. */
  showReaderTime?: boolean;
  /** Show earlier dates struck through, with the reasons they moved. Default `true`. */
  showHistory?: boolean;
  /**
   * Show an "Add to calendar" button that downloads an `.ics` file with an alarm a day before (never for a deadline
   * to be announced). Default `true`.
   */
  calendar?: boolean;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** How a kind of date is worded: counting down, once passed, and when announced live. */
interface Wording {
  readonly before: string;
  readonly after: string;
  readonly soon: (window: string) => string;
  readonly passed: string;
}
const CLOSES: Wording = {
  before: "Closes in ",
  after: "Closed ",
  soon: (w) => `closes in less than ${w}.`,
  passed: "has passed.",
};
const DATE: Wording = { before: "In ", after: "", soon: (w) => `is less than ${w} away.`, passed: "has passed." };
const WORDING: Partial<Record<DeadlineKind, Wording>> = {
  "submissions-open": {
    before: "Opens in ",
    after: "Opened ",
    soon: (w) => `opens in less than ${w}.`,
    passed: "has opened.",
  },
  notification: DATE,
  workshop: { ...DATE, passed: "has started." },
};

/** A deadline counting down, with its absolute date, extensions and an `.ics` download. */
export function DeadlineCountdown({
  deadline,
  edition,
  closingSoonMs = CLOSING_SOON_MS,
  showSeconds = "auto",
  passedText,
  label = deadline.label,
  headingLevel,
  showReaderTime = true,
  showHistory = true,
  calendar = true,
  className,
  ...rest
}: DeadlineCountdownProps) {
  const { due, kind, dateOnly } = deadline;
  // A deadline to be announced (`due: null`) never counts down: no clock subscription, no timer text.
  const dueMs = due ? due.epochMs : null;
  const display = useDisplayTimeZone(due?.zone ?? edition?.timeZone ?? "UTC");
  const opts: FormatOptions = display; // its `locale` and `hour12` are all the formatters read
  const [paused, setPaused] = useState(false);
  const seconds = useClockSelector(
    (now) =>
      showSeconds !== "never" &&
      now !== null &&
      dueMs !== null &&
      now < dueMs &&
      (showSeconds === "always" || dueMs - now < HOUR),
    MINUTE,
    !paused && showSeconds !== "never" && dueMs !== null,
  );
  const key = useClockSelector(
    (now) => (now === null || dueMs === null ? "" : countdownKey(dueMs, now, closingSoonMs, seconds, display.locale)),
    seconds ? 1000 : MINUTE,
    !paused && dueMs !== null,
  );
  const [state, text = ""] = key ? key.split("\n") : [];
  const wording = WORDING[kind] ?? CLOSES;
  const announcement = useThresholdAnnouncement(state, closingSoonMs, display.locale, wording);
  const Label = headingLevel ? (`h${headingLevel}` as "h2") : "p";
  const lead =
    state === "passed"
      ? passedText
        ? passedText(text)
        : `${wording.after}${text} ago`
      : state
        ? `${wording.before}${text}`
        : null;
  const pausable = seconds && state !== undefined && state !== "passed";
  // Once shown, the pause button stays (inert) when the deadline passes, so keyboard focus on it is not lost.
  const [hadPause, setHadPause] = useState(false);
  if (pausable && !hadPause) setHadPause(true);
  // A date-only deadline has no time to convert: the reader's time would only add zone noise.
  const reader = showReaderTime && due && !dateOnly ? display.readerZone : null;
  const readerLabel = reader && due && zoneLabel(reader, due.epochMs);
  const hydrated = useHydrated();
  // A date that has passed has no place in a calendar any more.
  const offerCalendar = calendar && due !== null && state !== "passed";
  const [calendarNotice, download] = useCalendarDownload();

  return (
    <div
      {...rest}
      className={withClass("wk-deadline-countdown", className)}
      data-state={due ? (state ?? "unknown") : "tba"}
      data-kind={kind}
      data-paused={pausable && paused ? "" : undefined}
    >
      <div role="timer" aria-live="off" data-slot="timer">
        <Label data-slot="label">{label}</Label>{" "}
        <p data-slot="when">
          {lead === null ? null : (
            <>
              <span data-slot="remaining">
                {lead}
                {pausable && paused ? " (paused)" : null}
              </span>
              , on{" "}
            </>
          )}
          <DueTime instant={due} dateOnly={dateOnly} options={opts} />
        </p>
      </div>
      {due && readerLabel && readerLabel.offsetMinutes !== zoneLabel(due.zone, due.epochMs).offsetMinutes ? (
        <p data-slot="reader-time">
          your time:{" "}
          <time dateTime={due.iso}>
            {formatDateTimeZone(due.epochMs, reader as string, {
              locale: opts.locale,
              hour12: opts.hour12,
              year: false,
              month: "short",
            })}
          </time>
        </p>
      ) : null}
      {showHistory ? <DeadlineHistory deadline={deadline} options={opts} /> : null}
      {pausable || hadPause || offerCalendar ? (
        <p data-slot="actions">
          {pausable || hadPause ? (
            <button
              type="button"
              className="wk-button"
              data-slot="pause"
              aria-pressed={paused}
              aria-disabled={pausable ? undefined : true}
              onClick={() => pausable && setPaused(!paused)}
            >
              Pause countdown<span className="wk-visually-hidden">: {deadline.label}</span>
              {/* One accessible name in both states (aria-pressed tells the state); eyes get it in words. */}
              <span className="wk-toggle-state" aria-hidden="true">
                {paused ? "On" : "Off"}
              </span>
            </button>
          ) : null}{" "}
          {offerCalendar ? (
            // Rendered on the server to hold its place, invisible until it works (nothing dead without JavaScript).
            <button
              type="button"
              className="wk-button"
              data-slot="calendar"
              style={hydrated ? undefined : PENDING_STYLE}
              onClick={() =>
                download((c, stampMs) => c.downloadDeadlines(stampMs, edition, [deadline], deadline.label))
              }
            >
              Add to calendar<span className="wk-visually-hidden">: {deadline.label}</span>
            </button>
          ) : null}{" "}
          {offerCalendar ? (
            <span aria-live="polite" data-slot="calendar-notice">
              {calendarNotice}
            </span>
          ) : null}
        </p>
      ) : null}
      <div role="status" className="wk-visually-hidden" data-slot="announcement">
        {announcement ? (
          <>
            {label} {announcement}
          </>
        ) : null}
      </div>
    </div>
  );
}

/**
 * `"closing-soon\n2 hr 14 min"`: the status and the text a countdown shows at `now`. A primitive, so the shared
 * clock re-renders a countdown only when this changes.
 */
export function countdownKey(dueMs: number, now: number, closingSoonMs: number, seconds: boolean, locale: string) {
  const status = deadlineStatus(dueMs, now, closingSoonMs);
  if (status === "passed") {
    const ago = now - dueMs;
    return `${status}\n${ago < MINUTE ? "less than a minute" : formatDuration(ago, { locale, maxUnits: 1 })}`;
  }
  const left = dueMs - now; // not passed, so positive
  // Under the smallest unit shown, say so: "0 min" would read as closed while it is still open.
  if (left < (seconds ? 1000 : MINUTE)) return `${status}\nless than a ${seconds ? "second" : "minute"}`;
  return `${status}\n${formatDuration(left, {
    locale,
    style: left >= DAY ? "long" : "short",
    smallestUnit: seconds ? "second" : "minute",
    maxUnits: seconds ? 3 : 2,
  })}`;
}

/**
 * One polite announcement per threshold crossing seen live (not the state found on page load), worded for the kind:
 * a deadline "closes", a notification date "is less than 1 day away", a workshop "has started", submissions "open".
 */
function useThresholdAnnouncement(
  state: string | undefined,
  closingSoonMs: number,
  locale: string,
  wording: Wording,
): string {
  const [message, setMessage] = useState("");
  const previous = useRef(state);
  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (!was || was === state) return;
    if (state === "passed") setMessage(wording.passed);
    else if (state === "closing-soon") {
      // Two units, so a 90-minute window is not announced as "less than 1 hour".
      setMessage(wording.soon(formatDuration(closingSoonMs, { locale, maxUnits: 2 })));
    }
  }, [state, closingSoonMs, locale, wording]);
  return message;
}

/**
 * "May 27, 2025, 11:59 PM UTC", "June 3, 2024, 11:59 PM AoE (UTC−12)", "July 3, 2025, 11:59 PM PT (UTC−7)"; with
 * `dateOnly`, the day alone ("March 5, 2026": a date-only `due` is the instant that day ends, so the day before it).
 */
export function formatDue(instant: Instant, options: FormatOptions = {}, dateOnly = false): string {
  if (dateOnly) return formatDate(instant.epochMs - 1, instant.zone, { ...options, style: "long" });
  return formatDateTimeZone(instant.epochMs, instant.zone, options);
}

/**
 * The absolute due date in its announced zone, in a `<time dateTime>` (a date-only deadline: the date alone, with a
 * `YYYY-MM-DD` dateTime); "To be announced" when there is no date yet.
 */
export function DueTime({
  instant,
  dateOnly = false,
  options,
}: {
  instant: Instant | null;
  dateOnly?: boolean;
  options?: FormatOptions;
}) {
  if (!instant) {
    return (
      <span data-slot="due" data-tba="">
        To be announced
      </span>
    );
  }
  return dateOnly ? (
    <DateOnly instant={instant} options={options} data-slot="due" />
  ) : (
    <time dateTime={instant.iso} data-slot="due">
      {formatDue(instant, options)}
    </time>
  );
}

/**
 * "Extended from: ~~May 19~~ — reason, ~~May 26~~ — reason". The date now in force is shown right beside it (the due
 * line), so the history names only the dates it replaces. Nothing if it never moved.
 */
export function DeadlineHistory({ deadline, options }: { deadline: Deadline; options?: FormatOptions }) {
  const { history, due } = deadline;
  const first = history[0];
  if (!first) return null;
  return (
    <div data-slot="history">
      {due
        ? `${due.epochMs > first.due.epochMs ? "Extended" : "Moved"} from:`
        : `Earlier ${history.length > 1 ? "dates" : "date"}:`}
      <ul>
        {history.map((h, i) => (
          // By position: a date can recur in the history (moved away, then back, then extended again).
          // biome-ignore lint/suspicious/noArrayIndexKey: the history is fixed data, never reordered
          <li key={i}>
            <del>
              <DueTime instant={h.due} dateOnly={h.dateOnly} options={options} />
            </del>
            {h.reason ? <span data-slot="reason"> — {h.reason}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
