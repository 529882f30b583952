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
  type Instant,
  zoneLabel,
} from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, type ReactNode, useEffect, useRef, useState } from "react";
import { useClockSelector } from "../clock/clock";
import { useCalendarDownload } from "../internal/add-to-calendar";
import { withClass } from "../internal/class-name";
import { DateOnly } from "../internal/date-only";
import type { HeadingLevel } from "../internal/heading";
import { pendingProps, useHydrated } from "../internal/use-hydrated";
import { enCommon, enDeadlines } from "../messages/en";
import { ago, duration, fill, plural, text } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
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
   * Seconds in the time remaining: `"auto"` only in the last hour, `"always"`, or `"never"`. Whatever it shows,
   * while it counts down a Pause button stops the display from updating. Default `"auto"`.
   */
  showSeconds?: "auto" | "always" | "never";
  /**
   * What to show once the deadline has passed; receives "3 days". Default by kind, from the messages: `Closed 3 days
   * ago` (`closedAgo`) for deadlines that close, `Opened 3 days ago` (`openedAgo`) for `submissions-open`, `3 days
   * ago` (`dateAgo`) for dates (notification, workshop).
   * @default the closedAgo, openedAgo or dateAgo message
   */
  passedText?: (ago: string) => ReactNode;
  /** The label. Default `deadline.label`. */
  label?: ReactNode;
  /**
   * Render the label as a heading of this level. Default: plain text, no heading.
   * @default undefined (plain text, no heading)
   */
  headingLevel?: HeadingLevel;
  /**
   * A line under the date with the same instant in the reader's zone ("your time: May 28, 11:59 AM NZST"), or "the
   * same in your time zone" where it is the same time; its place is held (invisible) until the reader's zone is
   * known, so the card does not grow after hydration. Not for a date-only deadline. Default `true`.
   * @default true
   */
  showReaderTime?: boolean;
  /** Show earlier dates struck through, with the reasons they moved. Default `true`. */
  showHistory?: boolean;
  /**
   * Show an "Add to calendar" button that downloads an `.ics` file with an alarm a day before (never for a deadline
   * to be announced). Default `true`.
   */
  calendar?: boolean;
  /**
   * Words to replace, or a whole catalogue (`@workshop-kit/react/messages/de`), whose locale then formats the dates
   * too. Laid over the provider's messages. Default: the provider's, else English.
   * @default the provider's messages
   */
  messages?: MessagesOverride;
}

/** The messages of DeadlineCountdown and ImportantDates. */
export type DeadlineMessages = typeof enCommon & typeof enDeadlines;
/** Their English messages: the defaults the provider's and the component's messages are laid over. */
export const DEADLINE_MESSAGES: DeadlineMessages = /* @__PURE__ */ Object.assign({}, enCommon, enDeadlines);

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** How a kind of date is worded: counting down, once passed, and when announced live (keys of the messages). */
interface Wording {
  readonly before: "closesIn" | "opensIn" | "dateIn";
  readonly after: "closedAgo" | "openedAgo" | "dateAgo";
  readonly soon: "soonCloses" | "soonOpens" | "soonDate";
  readonly passed: "passedCloses" | "passedOpens" | "passedWorkshop";
}
const CLOSES: Wording = { before: "closesIn", after: "closedAgo", soon: "soonCloses", passed: "passedCloses" };
const DATE: Wording = { before: "dateIn", after: "dateAgo", soon: "soonDate", passed: "passedCloses" };
const WORDING: Partial<Record<DeadlineKind, Wording>> = {
  "submissions-open": { before: "opensIn", after: "openedAgo", soon: "soonOpens", passed: "passedOpens" },
  notification: DATE,
  workshop: { ...DATE, passed: "passedWorkshop" },
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
  messages,
  className,
  ...rest
}: DeadlineCountdownProps) {
  const { due, kind, dateOnly } = deadline;
  // A deadline to be announced (`due: null`) never counts down: no clock subscription, no timer text.
  const dueMs = due ? due.epochMs : null;
  const display = useDisplayTimeZone(due?.zone ?? edition?.timeZone ?? "UTC");
  const m = resolveMessages(DEADLINE_MESSAGES, display.messages, messages);
  const locale = messages?.locale ?? display.locale;
  const opts: FormatOptions = { locale, hour12: display.hour12 };
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
    (now) => (now === null || dueMs === null ? "" : countdownKey(dueMs, now, closingSoonMs, seconds, locale, m)),
    seconds ? 1000 : MINUTE,
    !paused && dueMs !== null,
  );
  const [state, value = ""] = key ? key.split("\n") : [];
  const wording = WORDING[kind] ?? CLOSES;
  const announcement = useThresholdAnnouncement(state, closingSoonMs, locale, wording, m);
  const Label = headingLevel ? (`h${headingLevel}` as "h2") : "p";
  // A passed key carries the duration, then the relative wording ("3 days\n3 days ago").
  const [span = "", since = span] = value.split("\t");
  const lead =
    state === "passed"
      ? passedText
        ? passedText(span)
        : fill(m[wording.after], { ago: since })
      : state
        ? fill(m[wording.before], { time: span })
        : null;
  // A countdown that updates by itself can be paused (WCAG 2.2.2), whatever it shows: minutes or seconds. The button
  // is there for the whole countdown, not only its last hour, so it never appears under a reader who is watching.
  const pausable = state !== undefined && state !== "passed";
  // Once shown, the pause button stays (inert) when the deadline passes, so keyboard focus on it is not lost.
  // Shown from the first render (the server's, when it showed the button: a stale build read after the date keeps
  // its place), later ones noted in an effect, not during render: a render-phase update while hydrating makes React
  // 18 re-render with the client's clock instead of the server's (a text mismatch).
  const [hadPause, setHadPause] = useState(pausable);
  useEffect(() => {
    if (pausable) setHadPause(true);
  }, [pausable]);
  // Before the clock is known (a server without one, hydration), its place is held, invisible.
  const pauseHeld = state === undefined && dueMs !== null;
  // A date-only deadline has no time to convert: the reader's time would only add zone noise.
  const reader = showReaderTime && due && !dateOnly ? display.readerZone : null;
  const readerLabel = reader && due && zoneLabel(reader, due.epochMs);
  // The reader's line is there for every reader once their zone is known; until then its place is held.
  const held = showReaderTime && due !== null && !dateOnly && display.readerZone === null;
  const shortTime =
    due &&
    formatDateTimeZone(due.epochMs, reader ?? due.zone, {
      locale: opts.locale,
      hour12: opts.hour12,
      year: false,
      month: "short",
    });
  const hydrated = useHydrated();
  // A date that has passed has no place in a calendar any more.
  const offerCalendar = calendar && due !== null && state !== "passed";
  const [calendarNotice, download] = useCalendarDownload();
  // The due time is shown in another zone than announced (the reader switched): say what was announced instead.
  const converted =
    due !== null &&
    !dateOnly &&
    zoneLabel(display.zone, due.epochMs).offsetMinutes !== zoneLabel(due.zone, due.epochMs).offsetMinutes;

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
          {lead === null ? (
            <DueTime instant={due} dateOnly={dateOnly} options={opts} m={m} />
          ) : (
            ownLine(
              fill(m.countdown, {
                remaining: (
                  <span data-slot="remaining">{pausable && paused ? fill(m.paused, { text: lead }) : lead}</span>
                ),
                date: <DueTime instant={due} dateOnly={dateOnly} options={opts} m={m} />,
              }),
            )
          )}
        </p>
      </div>
      {due && converted ? (
        // Converted to the reader's choice: the zone it was announced in, quietly, for the record.
        <p data-slot="announced-time">
          {fill(m.announcedAs, {
            time: (
              <time dateTime={due.iso}>
                {formatDateTimeZone(due.epochMs, due.zone, {
                  locale: opts.locale,
                  hour12: opts.hour12,
                  year: false,
                  month: "short",
                })}
              </time>
            ),
          })}
        </p>
      ) : due && (readerLabel ? readerLabel.offsetMinutes !== zoneLabel(due.zone, due.epochMs).offsetMinutes : held) ? (
        // The reader's own time. Until their zone is known (the server, hydration), the line's place: invisible, the
        // same words in the deadline's zone, so the card does not grow under a reader who opened the page at #dates.
        <p data-slot="reader-time" {...pendingProps(!held)}>
          <span>{fill(m.yourTime, { time: <time dateTime={due.iso}>{shortTime}</time> })}</span>
        </p>
      ) : due && readerLabel ? (
        // The line keeps its place for a reader in the deadline's zone too, and says so.
        <p data-slot="reader-time" data-same="">
          <span>{m.yourTimeSame}</span>
        </p>
      ) : null}
      {showHistory ? <DeadlineHistory deadline={deadline} options={opts} m={m} /> : null}
      {pausable || hadPause || pauseHeld || offerCalendar ? (
        <p data-slot="actions">
          {pausable || hadPause || pauseHeld ? (
            <button
              type="button"
              className="wk-button"
              data-slot="pause"
              {...pendingProps(!pauseHeld)}
              aria-pressed={paused}
              aria-disabled={pausable || pauseHeld ? undefined : true}
              onClick={() => pausable && setPaused(!paused)}
            >
              {m.pauseCountdown}
              <span className="wk-visually-hidden">{m.colon + deadline.label}</span>
              {/* One accessible name in both states (aria-pressed tells the state); eyes get it in words. */}
              <span className="wk-toggle-state" aria-hidden="true">
                {paused ? m.on : m.off}
              </span>
            </button>
          ) : null}{" "}
          {offerCalendar ? (
            // Rendered on the server to hold its place, invisible until it works (nothing dead without JavaScript).
            <button
              type="button"
              className="wk-button"
              data-slot="calendar"
              {...pendingProps(hydrated)}
              onClick={() =>
                download((c, stampMs) => c.downloadDeadlines(stampMs, edition, [deadline], deadline.label))
              }
            >
              {m.addToCalendar}
              <span className="wk-visually-hidden">{m.colon + deadline.label}</span>
            </button>
          ) : null}{" "}
          {offerCalendar ? (
            <span aria-live="polite" data-slot="calendar-notice">
              {calendarNotice && text(m.calendarDownloaded, { file: calendarNotice })}
            </span>
          ) : null}
        </p>
      ) : null}
      <div role="status" className="wk-visually-hidden" data-slot="announcement">
        {announcement ? fill(announcement, { label }) : null}
      </div>
    </div>
  );
}

/**
 * The countdown sentence ("Closes in 29 min, on May 27, 11:59 PM AoE") with the template's own words (", on ") in
 * visually hidden spans: with the stylesheet the remaining time has a line of its own (`display: block`) and the
 * date the next, so a countdown that ticks to a shorter or longer text ("10 min" → "9 min", "In 1 hr" → "Started 2
 * hours ago") never moves the date beside it (CLS 0). Screen readers, and a page without the stylesheet, read the
 * whole sentence.
 */
function ownLine(sentence: ReactNode): ReactNode {
  if (!Array.isArray(sentence)) return sentence;
  return sentence.map((part, i) =>
    typeof part === "string" ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: a template's parts never reorder
      <span key={`t${i}`} className="wk-visually-hidden">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/**
 * `"closing-soon\n2 hr 14 min"`: the status and the text a countdown shows at `now`. A primitive, so the shared
 * clock re-renders a countdown only when this changes.
 */
export function countdownKey(
  dueMs: number,
  now: number,
  closingSoonMs: number,
  seconds: boolean,
  locale: string,
  m: Pick<DeadlineMessages, "lessThanMinute" | "lessThanMinuteAgo"> = DEADLINE_MESSAGES,
) {
  const status = deadlineStatus(dueMs, now, closingSoonMs);
  if (status === "passed") {
    // The duration (for a `passedText`), then the same in the past tense ("3 days ago", "vor 3 Tagen").
    const since = now - dueMs;
    return since < MINUTE
      ? `${status}\n${m.lessThanMinute}\t${m.lessThanMinuteAgo}`
      : `${status}\n${duration(since, locale, { maxUnits: 1 })}\t${ago(since, locale)}`;
  }
  const left = dueMs - now; // not passed, so positive
  // Under the smallest unit shown, say so: "0 min" would read as closed while it is still open.
  if (!seconds && left < MINUTE) return `${status}\n${m.lessThanMinute}`;
  // With seconds, the last one reads "1 sec" (as a countdown clock shows it) rather than "less than a second", a
  // longer line that took two on a phone for that one second (a layout shift under a reader watching).
  return `${status}\n${duration(seconds ? Math.max(left, 1000) : left, locale, {
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
  m: DeadlineMessages,
): string {
  const [message, setMessage] = useState("");
  const previous = useRef(state);
  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (!was || was === state) return;
    // The label stays a placeholder: the caller fills it with the (possibly rich) label.
    if (state === "passed") setMessage(m[wording.passed]);
    else if (state === "closing-soon") {
      // Two units, so a 90-minute window is not announced as "less than 1 hour".
      setMessage(text(m[wording.soon], { window: duration(closingSoonMs, locale), label: "{label}" }));
    }
  }, [state, closingSoonMs, locale, wording, m]);
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
 * The absolute due date in a `<time dateTime>`: in its announced zone, or in the page's chosen zone once the reader
 * switched (it follows the one choice on its own, like every other time on the page); a date-only
 * deadline: the date alone, with a `YYYY-MM-DD` dateTime; "To be announced" when there is no date yet.
 */
export function DueTime({
  instant,
  dateOnly = false,
  options,
  m = DEADLINE_MESSAGES,
}: {
  instant: Instant | null;
  dateOnly?: boolean;
  options?: FormatOptions;
  m?: DeadlineMessages;
}) {
  if (!instant) {
    return (
      <span data-slot="due" data-tba="">
        {m.tbaAlone}
      </span>
    );
  }
  return dateOnly ? (
    <DateOnly instant={instant} options={options} data-slot="due" />
  ) : (
    <DueDateTime instant={instant} />
  );
}

/** A due date and time in the page's zone choice ("event": the zone it was announced in); it reads the choice itself. */
function DueDateTime({ instant }: { instant: Instant }) {
  const display = useDisplayTimeZone(instant.zone);
  return (
    <time dateTime={instant.iso} data-slot="due" data-converted={display.converted ? "" : undefined}>
      {formatDateTimeZone(instant.epochMs, display.zone, display)}
    </time>
  );
}

/**
 * "Extended; earlier dates: ~~May 19~~ — reason, ~~May 26~~ — reason". The date now in force is shown right beside it
 * (the due line), so the history names only the dates it replaces. Nothing if it never moved.
 */
export function DeadlineHistory({
  deadline,
  options,
  m = DEADLINE_MESSAGES,
}: {
  deadline: Deadline;
  options?: FormatOptions;
  m?: DeadlineMessages;
}) {
  const { history, due } = deadline;
  const first = history[0];
  if (!first) return null;
  const locale = options?.locale ?? m.locale;
  const message = due ? (due.epochMs > first.due.epochMs ? m.historyExtended : m.historyMoved) : m.earlierDates;
  return (
    <div data-slot="history">
      {plural(message, history.length, locale)}
      <ul>
        {history.map((h, i) => (
          // By position: a date can recur in the history (moved away, then back, then extended again).
          // biome-ignore lint/suspicious/noArrayIndexKey: the history is fixed data, never reordered
          <li key={i}>
            <del>
              <DueTime instant={h.due} dateOnly={h.dateOnly} options={options} m={m} />
            </del>
            {h.reason ? <span data-slot="reason">{fill(m.reason, { reason: <bdi>{h.reason}</bdi> })}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
