"use client";

/**
 * `SubmissionCallout`: the call for papers in one line, for the top of a page — "Submit by May 27, 11:59 PM AoE" and
 * the submit link while the call is open, "Closes in 58 min" in its last day, "Submissions closed" after, nothing once
 * the workshop has begun. It reads the shared clock at minute granularity; the server renders the state at the
 * `ClockProvider`'s `now`/`serverNow`, or — with no time known — the deadline alone (true in every phase, no link).
 */
import {
  CLOSING_SOON_MS,
  type Deadline,
  type Edition,
  type FormatOptions,
  formatDate,
  formatDateTimeZone,
  formatDuration,
  safeHref,
  submissionDeadline,
  workshopWindow,
} from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, useEffect, useRef, useState } from "react";
import { useClockSelector } from "../clock/clock";
import { withClass } from "../internal/class-name";
import { enCallForPapers, enCommon } from "../messages/en";
import { fill, text } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { useDisplayTimeZone } from "../time-zone/time-zone";

/** Props of {@link SubmissionCallout}. */
export interface SubmissionCalloutProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The edition whose call for papers is summed up. Required. */
  edition: Edition;
  /**
   * How long before the deadline the call counts as closing soon (`data-state="closing-soon"`: the time left, "closes
   * in 58 min", in the live colour). The time left is shown whenever the call is open. Default 24 hours.
   */
  closingSoonMs?: number;
  /**
   * Keep saying "Submissions closed" until the workshop begins; `false`: render nothing once closed. Default `true`.
   */
  showClosed?: boolean;
  /**
   * Words to replace (`submitBy`, `submissionsClosedOn`…), or a whole catalogue. Laid over the provider's messages.
   * Default: the provider's, else English.
   * @default the provider's messages
   */
  messages?: MessagesOverride;
}

const MESSAGES: typeof enCommon & typeof enCallForPapers = /* @__PURE__ */ Object.assign({}, enCommon, enCallForPapers);

/** Under a minute left: the key says so with this mark, the words come from the messages. */
const UNDER_A_MINUTE = "<1";

/** Where the call stands: `unknown` (no time yet), `not-yet-open`, `open`, `closing-soon`, `closed`, `over`. */
export type SubmissionCalloutState = "unknown" | "not-yet-open" | "open" | "closing-soon" | "closed" | "over";

/** `"closing-soon\n58 min"`: the state and the time left at `now`, a primitive for the shared clock's selector. */
export function submissionCalloutKey(
  due: number | null,
  opens: number | null,
  overMs: number,
  now: number | null,
  closingSoonMs: number,
  locale: string,
): string {
  if (now === null) return "unknown";
  if (now >= overMs) return "over";
  if (opens !== null && now < opens) return "not-yet-open";
  if (due === null) return "open";
  if (now >= due) return "closed";
  const left = due - now;
  return `${left > closingSoonMs ? "open" : "closing-soon"}\n${timeLeft(left, locale)}`;
}

/** "3 days 4 hours", "58 min"; under a minute, {@link UNDER_A_MINUTE}. */
function timeLeft(ms: number, locale: string): string {
  return ms < 60_000 ? UNDER_A_MINUTE : formatDuration(ms, { locale, maxUnits: 2, smallestUnit: "minute" });
}

/**
 * The longest the time left is likely to read in this locale: its place is held for it, so the line never takes
 * one line at the build ("closes in 3 hours") and two in the reader's browser ("closes in less than a minute").
 */
function longestTimeLeft(locale: string, lessThanMinute: string): string {
  const HOUR = 3_600_000;
  return [
    lessThanMinute,
    ...[23 * HOUR + 59 * 60_000, 6 * 24 * HOUR + 23 * HOUR, 29 * 24 * HOUR + 23 * HOUR].map((ms) =>
      timeLeft(ms, locale),
    ),
  ].reduce((a, b) => (b.length > a.length ? b : a));
}

/** "May 27, 11:59 PM AoE (UTC−12)" (no year: the call is this year's); a date-only deadline: "May 27". */
function shortDue(deadline: Deadline, options: FormatOptions): string {
  const { due } = deadline;
  if (!due) return "to be announced";
  if (deadline.dateOnly) return formatDate(due.epochMs - 1, due.zone, { ...options, style: "short" });
  return formatDateTimeZone(due.epochMs, due.zone, { ...options, year: false, month: "short" });
}

/** A compact call to submit, worded for the phase of the call; nothing without a call or a submission deadline. */
export function SubmissionCallout({
  edition,
  closingSoonMs = CLOSING_SOON_MS,
  showClosed = true,
  messages,
  className,
  ...rest
}: SubmissionCalloutProps) {
  const deadline = submissionDeadline(edition.deadlines);
  const opening = edition.deadlines.find((d) => d.kind === "submissions-open" && d.due) ?? null;
  const display = useDisplayTimeZone(edition.timeZone);
  const m = resolveMessages(MESSAGES, display.messages, messages);
  const opts: FormatOptions = { locale: display.locale, hour12: display.hour12 };
  const due = deadline?.due?.epochMs ?? null;
  const opens = opening?.due?.epochMs ?? null;
  // Once the workshop has begun the call is not news: the day belongs to NowNext (seen in a screenshot of the
  // workshop's 10:30: "Submissions closed on May 27" above "Now: Orals Session 1").
  const overMs = workshopWindow(edition).start.epochMs;
  const key = useClockSelector(
    (now) => submissionCalloutKey(due, opens, overMs, now, closingSoonMs, display.locale),
    60_000,
  );
  const [state, left] = key.split("\n") as [SubmissionCalloutState, string | undefined];
  const announcement = useClosedAnnouncement(state, m.submissionsClosedAnnouncement);
  const cfp = edition.callForPapers;
  if (!deadline && !cfp) return null;
  if (state === "over" || (state === "closed" && !showClosed)) return null;
  const submitHref = safeHref(cfp?.submissionUrl);
  const open = state === "open" || state === "closing-soon";
  const when = deadline?.due ? <time dateTime={deadline.due.iso}>{shortDue(deadline, opts)}</time> : null;
  const extended = deadline?.due && deadline.history[0] && deadline.due.epochMs > deadline.history[0].due.epochMs;

  return (
    <div {...rest} className={withClass("wk-submission-callout", className)} data-state={state}>
      <p data-slot="text">
        {state === "not-yet-open" && opening?.due ? (
          fill(m.submissionsOpenOn, {
            date: <time dateTime={opening.due.iso}>{shortDue(opening, opts)}</time>,
          })
        ) : state === "closed" && when ? (
          fill(m.submissionsClosedOn, { date: when })
        ) : open && when ? (
          <>
            {fill(m.submitBy, { date: when })}
            {extended ? m.extendedNote : null}
            {left ? (
              // The time left, and (invisible, in the same grid cell) the longest it may read: its place.
              <span data-slot="left">
                <span>{text(m.closesInNote, { time: left === UNDER_A_MINUTE ? m.lessThanMinute : left })}</span>
                <span data-slot="left-place" aria-hidden="true">
                  {text(m.closesInNote, { time: longestTimeLeft(display.locale, m.lessThanMinute) })}
                </span>
              </span>
            ) : null}
          </>
        ) : open ? (
          m.submissionsAreOpen
        ) : when ? (
          fill(m.submissionDeadlineOn, { date: when })
        ) : (
          m.submissionDeadlineTba
        )}
      </p>
      {open && submitHref ? (
        <a className="wk-button" data-slot="submit" href={submitHref}>
          {cfp?.submissionPlatform ? text(m.submitOn, { platform: cfp.submissionPlatform }) : m.submitPaper}
        </a>
      ) : null}
      <div role="status" className="wk-visually-hidden" data-slot="announcement">
        {announcement}
      </div>
    </div>
  );
}

/** "Submissions closed." once, politely, when the call closes while the page is open (not for the state on load). */
function useClosedAnnouncement(state: SubmissionCalloutState, closed: string): string {
  const [message, setMessage] = useState("");
  const previous = useRef(state);
  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (state === "closed" && (was === "open" || was === "closing-soon")) setMessage(closed);
  }, [state, closed]);
  return message;
}
