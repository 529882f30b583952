"use client";

/**
 * `DeadlineCountdown`: one deadline, exact and honest about its extensions, live after hydration and quiet
 * for screen readers.
 *
 * The server (and the first client render) shows only the absolute date in the zone it was announced in, so
 * nothing can mismatch; the time remaining, the reader's own time and the status appear after hydration.
 */
import {
  CLOSING_SOON_MS,
  type Deadline,
  deadlineStatus,
  type Edition,
  type FormatOptions,
  formatDateTimeZone,
  formatDuration,
  type Instant,
  zoneLabel,
} from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, type ReactNode, useEffect, useRef, useState } from "react";
import { useClockSelector } from "../clock/clock";
import { addToCalendar } from "../internal/add-to-calendar";
import { withClass } from "../internal/class-name";
import type { HeadingLevel } from "../internal/heading";
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
   * What to show once the deadline has passed; receives "3 days". Default `Closed 3 days ago`.
   * @default "Closed {ago} ago" ("{ago} ago" for a notification)
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
  /** Show an "Add to calendar" button that downloads an `.ics` file with an alarm a day before. Default `true`. */
  calendar?: boolean;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A deadline whose date is known. */
type DatedDeadline = Deadline & { readonly due: Instant };

/**
 * A deadline counting down, with its absolute date, extensions and an `.ics` download. A deadline to be announced
 * (`due: null`) shows its label and "to be announced".
 */
export function DeadlineCountdown(props: DeadlineCountdownProps) {
  const { deadline } = props;
  if (deadline.due === null) {
    const {
      deadline: _deadline,
      edition: _edition,
      closingSoonMs: _closingSoonMs,
      showSeconds: _showSeconds,
      passedText: _passedText,
      showReaderTime: _showReaderTime,
      showHistory: _showHistory,
      calendar: _calendar,
      label = deadline.label,
      headingLevel,
      className,
      ...rest
    } = props;
    const Label = headingLevel ? (`h${headingLevel}` as "h2") : "p";
    return (
      <div
        {...rest}
        className={withClass("wk-deadline-countdown", className)}
        data-state="tba"
        data-kind={deadline.kind}
      >
        <Label data-slot="label">{label}</Label> <p data-slot="when">To be announced</p>
      </div>
    );
  }
  return <DatedDeadlineCountdown {...props} deadline={deadline as DatedDeadline} />;
}

function DatedDeadlineCountdown({
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
}: DeadlineCountdownProps & { deadline: DatedDeadline }) {
  const { due, kind } = deadline;
  const dueMs = due.epochMs;
  const display = useDisplayTimeZone(due.zone);
  const opts: FormatOptions = display; // its `locale` and `hour12` are all the formatters read
  const [paused, setPaused] = useState(false);
  const seconds = useClockSelector(
    (now) => showSeconds !== "never" && now !== null && now < dueMs && (showSeconds === "always" || dueMs - now < HOUR),
    MINUTE,
    !paused && showSeconds !== "never",
  );
  const key = useClockSelector(
    (now) => (now === null ? "" : countdownKey(dueMs, now, closingSoonMs, seconds, display.locale)),
    seconds ? 1000 : MINUTE,
    !paused,
  );
  const [state, text = ""] = key ? key.split("\n") : [];
  const closing = kind !== "notification" && kind !== "workshop";
  const announcement = useThresholdAnnouncement(state, closingSoonMs, display.locale, closing, kind === "workshop");
  const Label = headingLevel ? (`h${headingLevel}` as "h2") : "p";
  const lead =
    state === "passed"
      ? passedText
        ? passedText(text)
        : `${closing ? "Closed " : ""}${text} ago`
      : state
        ? `${closing ? "Closes in" : "In"} ${text}`
        : null;
  const pausable = seconds && state !== undefined && state !== "passed";
  // Once shown, the pause button stays (inert) when the deadline passes, so keyboard focus on it is not lost.
  const [hadPause, setHadPause] = useState(false);
  if (pausable && !hadPause) setHadPause(true);
  const reader = showReaderTime ? display.readerZone : null;
  const readerLabel = reader && zoneLabel(reader, dueMs);

  return (
    <div
      {...rest}
      className={withClass("wk-deadline-countdown", className)}
      data-state={state ?? "unknown"}
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
          <DueTime instant={due} options={opts} />
        </p>
      </div>
      {readerLabel && readerLabel.offsetMinutes !== zoneLabel(due.zone, dueMs).offsetMinutes ? (
        <p data-slot="reader-time">
          your time:{" "}
          <time dateTime={due.iso}>
            {formatDateTimeZone(dueMs, reader as string, {
              locale: opts.locale,
              hour12: opts.hour12,
              year: false,
              month: "short",
            })}
          </time>
        </p>
      ) : null}
      {showHistory ? <DeadlineHistory deadline={deadline} options={opts} /> : null}
      {pausable || hadPause || calendar ? (
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
          {calendar ? (
            <button
              type="button"
              className="wk-button"
              data-slot="calendar"
              onClick={() =>
                addToCalendar((c, stampMs) => c.downloadDeadlines(stampMs, edition, [deadline], deadline.label))
              }
            >
              Add to calendar<span className="wk-visually-hidden">: {deadline.label}</span>
            </button>
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
 * a deadline "closes", a notification date "is less than 1 day away", a workshop "has started".
 */
function useThresholdAnnouncement(
  state: string | undefined,
  closingSoonMs: number,
  locale: string,
  closing: boolean,
  workshop: boolean,
): string {
  const [message, setMessage] = useState("");
  const previous = useRef(state);
  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (!was || was === state) return;
    if (state === "passed") setMessage(workshop ? "has started." : "has passed.");
    else if (state === "closing-soon") {
      // Two units, so a 90-minute window is not announced as "less than 1 hour".
      const window = formatDuration(closingSoonMs, { locale, maxUnits: 2 });
      setMessage(closing ? `closes in less than ${window}.` : `is less than ${window} away.`);
    }
  }, [state, closingSoonMs, locale, closing, workshop]);
  return message;
}

/** "May 27, 2025, 11:59 PM UTC", "June 3, 2024, 11:59 PM AoE (UTC−12)", "July 3, 2025, 11:59 PM PT (UTC−7)". */
export function formatDue(instant: Instant, options: FormatOptions = {}): string {
  return formatDateTimeZone(instant.epochMs, instant.zone, options);
}

/** The absolute due date in its announced zone, in a `<time dateTime>`. */
export function DueTime({ instant, options }: { instant: Instant; options?: FormatOptions }) {
  return (
    <time dateTime={instant.iso} data-slot="due">
      {formatDue(instant, options)}
    </time>
  );
}

/** "Extended to __May 27__; earlier dates: ~~May 19~~ — reason, ~~May 26~~ — reason". Nothing if it never moved. */
export function DeadlineHistory({ deadline, options }: { deadline: Deadline; options?: FormatOptions }) {
  const { history, due } = deadline;
  const first = history[0];
  if (!first || !due) return null;
  return (
    <div data-slot="history">
      {due.epochMs > first.due.epochMs ? "Extended" : "Moved"} to{" "}
      <ins>
        <DueTime instant={due} options={options} />
      </ins>
      ; earlier {history.length > 1 ? "dates" : "date"}:
      <ul>
        {history.map((h, i) => (
          // By position: a date can recur in the history (moved away, then back, then extended again).
          // biome-ignore lint/suspicious/noArrayIndexKey: the history is fixed data, never reordered
          <li key={i}>
            <del>
              <DueTime instant={h.due} options={options} />
            </del>
            {h.reason ? <span data-slot="reason"> — {h.reason}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
