"use client";

/**
 * `ImportantDates`: every deadline of an edition and the workshop day, in date order (dates to be announced
 * last), each with its status; the next one carries its live countdown. Server output is the plain list (no status)
 * unless a `ClockProvider` gives `now` or `serverNow`.
 */
import { CLOSING_SOON_MS, type Deadline, type Edition, type FormatOptions, workshopWindow } from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, type ReactNode, useId, useMemo, useRef } from "react";
import { useClockSelector } from "../clock/clock";
import { useCalendarDownload } from "../internal/add-to-calendar";
import { withClass } from "../internal/class-name";
import type { HeadingLevel } from "../internal/heading";
import { pendingProps, useHydrated } from "../internal/use-hydrated";
import { useSteadyWhileSeen } from "../internal/while-seen";
import { text } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { useDisplayTimeZone } from "../time-zone/time-zone";
import { DEADLINE_MESSAGES, DeadlineCountdown, DeadlineHistory, DueTime } from "./deadline-countdown";

/** Props of {@link ImportantDates}. */
export interface ImportantDatesProps extends Omit<ComponentPropsWithoutRef<"section">, "children" | "title"> {
  /** The edition whose deadlines and workshop day are listed. Required. */
  edition: Edition;
  /** Level of the list's heading. Default `2`. */
  headingLevel?: HeadingLevel;
  /**
   * The heading text. Default: the `importantDates` message, "Important dates".
   * @default the importantDates message
   */
  title?: ReactNode;
  /**
   * Show one "Add all dates to calendar" button (one `.ics` file, an alarm a day before each; dates to be announced
   * are left out). Default `true`.
   */
  calendar?: boolean;
  /** Closing-soon window of the next deadline's countdown. Default 24 hours. */
  closingSoonMs?: number;
  /**
   * How long a deadline that has passed keeps its card ("Closed 2 hours ago", announced once to screen readers when
   * it passes while the page is open) beside the next date's countdown, instead of the card jumping straight to the
   * next date. `0`: no such card. Default 24 hours.
   */
  justClosedMs?: number;
  /** Show earlier dates struck through, with the reasons they moved. Default `true`. */
  showHistory?: boolean;
  /**
   * Label of the workshop day (added unless a deadline of kind `workshop` exists). Default: the `workshop` message,
   * "Workshop".
   * @default the workshop message
   */
  workshopLabel?: string;
  /**
   * Words to replace, or a whole catalogue (`@workshop-kit/react/messages/de`), whose locale then formats the dates
   * too. Laid over the provider's messages. Default: the provider's, else English.
   * @default the provider's messages
   */
  messages?: MessagesOverride;
}

interface DateItem {
  readonly deadline: Deadline;
  /** The due instant, by which items are sorted; `Infinity` when to be announced (listed last). */
  readonly startMs: number;
  /** When the item stops being "next": the due instant, or the end of the workshop; `Infinity` when to be announced. */
  readonly endMs: number;
  /** The workshop day added by {@link importantDateItems}, not one of the edition's deadlines. */
  readonly added?: true;
}

/** The dates of an edition, in order, as a semantic list with live status. */
export function ImportantDates({
  edition,
  headingLevel = 2,
  title,
  calendar = true,
  closingSoonMs = CLOSING_SOON_MS,
  justClosedMs = CLOSING_SOON_MS,
  showHistory = true,
  workshopLabel,
  messages,
  className,
  ...rest
}: ImportantDatesProps) {
  const headingId = useId();
  const display = useDisplayTimeZone(edition.timeZone);
  const m = resolveMessages(DEADLINE_MESSAGES, display.messages, messages);
  const opts: FormatOptions = { locale: messages?.locale ?? display.locale, hour12: display.hour12 };
  const workshopName = workshopLabel ?? m.workshop;
  const items = useMemo(() => importantDateItems(edition, workshopName), [edition, workshopName]);
  // The countdown of the next date: the same words, and "Started 3 days ago" for the workshop.
  const countdownMessages = useMemo(() => ({ ...messages, dateAgo: m.startedAgo }), [messages, m]);
  // -2: not known yet (server, hydration); -1: everything has passed; else the index of the next item.
  // A date to be announced is never "next": it has nothing to count down to.
  const next = useClockSelector(
    (now) => (now === null ? -2 : items.findIndex((it) => it.deadline.due && it.endMs > now)),
    60_000,
  );
  // The next item has begun (the workshop, while it runs): its badge says so instead of "Next".
  const begun = useClockSelector((now) => {
    const due = now === null || next < 0 ? null : items[next]?.deadline.due;
    return !!due && now !== null && due.epochMs <= now;
  }, 60_000);
  // The deadline that passed last keeps its card for `justClosedMs` (-1: none): at the due instant it says "Closed",
  // stays mounted and announces the passing once, rather than vanishing into the list. The workshop's own card ends
  // with the workshop.
  const justClosed = useClockSelector((now) => {
    if (now === null) return -1;
    const last = items.findLastIndex((it) => it.deadline.due && it.endMs <= now);
    const item = items[last];
    return item && item.deadline.kind !== "workshop" && now - item.endMs < justClosedMs ? last : -1;
  }, 60_000);
  // Which dates have a card (the next, the one just closed) is the list's layout. While the reader looks at the list
  // it stays: a deadline passing in view says "Closed" in its card at once, but the next date's card (taller than its
  // line) opens only once the list is out of view, where it moves nothing the reader sees.
  const listRef = useRef<HTMLElement>(null);
  const [cardNext = -2, cardClosed = -1] = useSteadyWhileSeen(`${next} ${justClosed}`, listRef).split(" ").map(Number);
  // Found by flag, not by id: an edition may well have a deadline with the id "workshop-day".
  const workshop = items.find((it) => it.added);
  const H = `h${headingLevel}` as "h2";
  const hydrated = useHydrated();
  const [calendarNotice, download] = useCalendarDownload();

  return (
    <section {...rest} ref={listRef} className={withClass("wk-important-dates", className)} aria-labelledby={headingId}>
      <H id={headingId} data-slot="title">
        {title ?? m.importantDates}
      </H>
      <ol data-slot="list">
        {items.map(({ deadline, added }, i) => {
          const state = !deadline.due
            ? "tba"
            : next === -2
              ? undefined
              : next === -1 || i < next
                ? "passed"
                : i === next
                  ? "next"
                  : "upcoming";
          const card = i === cardNext || i === cardClosed;
          // The tag in the card's corner: "Next" (or "Now on"); on a card held while the reader watches it pass,
          // what it has become, in the same place.
          const corner =
            i !== cardNext || state === undefined
              ? null
              : state === "next"
                ? { state: begun ? "now" : "next", word: begun ? m.statusNow : m.statusNext }
                : state === "passed"
                  ? { state, word: m[PASSED_WORD[deadline.kind] ?? "statusClosed"] }
                  : null;
          return (
            // Keys that cannot collide, whatever the deadline ids.
            <li
              key={added ? "added" : `d:${deadline.id}`}
              data-slot="item"
              data-state={state}
              data-kind={deadline.kind}
            >
              {corner ? (
                <>
                  <span data-slot="status" data-state={corner.state} data-corner="">
                    {corner.word}
                    <span className="wk-visually-hidden">{m.colon}</span>
                  </span>{" "}
                </>
              ) : null}
              {card ? (
                <DeadlineCountdown
                  deadline={deadline}
                  edition={edition}
                  calendar={false}
                  closingSoonMs={closingSoonMs}
                  showHistory={showHistory}
                  messages={deadline.kind === "workshop" ? countdownMessages : messages}
                />
              ) : (
                <>
                  {/* <bdi>, not a span with dir="auto": isolated without an attribute that a renderer hydrating
                      over another state's span (the standalone script's Preact) would leave behind as dir="". */}
                  <bdi data-slot="label">{deadline.label}</bdi>
                  {m.colon}
                  <DueTime instant={deadline.due} dateOnly={deadline.dateOnly} options={opts} m={m} />
                  {state === "passed" ? (
                    <>
                      {" "}
                      <span data-slot="status" data-state="passed">
                        {m[PASSED_WORD[deadline.kind] ?? "statusClosed"]}
                      </span>
                    </>
                  ) : state === "upcoming" ? (
                    <span className="wk-visually-hidden">{text(m.paren, { text: m.stateUpcoming })}</span>
                  ) : state === "next" ? (
                    // Next, while its card waits for the reader to look away: its border says so, and its words.
                    <span className="wk-visually-hidden">{text(m.paren, { text: m.statusNext })}</span>
                  ) : null}
                  {showHistory ? <DeadlineHistory deadline={deadline} options={opts} m={m} /> : null}
                </>
              )}
            </li>
          );
        })}
      </ol>
      {/* Nothing to add to a calendar once every date has passed (an archive page). */}
      {calendar && items.length && next !== -1 ? (
        <p data-slot="actions">
          {/* On the server to hold its place, invisible until it works: nothing dead without JavaScript. */}
          <button
            type="button"
            className="wk-button"
            data-slot="calendar"
            {...pendingProps(hydrated)}
            onClick={() =>
              download((c, stampMs) =>
                c.downloadDeadlines(
                  stampMs,
                  edition,
                  edition.deadlines.filter((d) => d.due),
                  "important dates",
                  workshop && { startMs: workshop.startMs, endMs: workshop.endMs },
                ),
              )
            }
          >
            {m.addAllDates}
          </button>{" "}
          <span aria-live="polite" data-slot="calendar-notice">
            {calendarNotice && text(m.calendarDownloaded, { file: calendarNotice })}
          </span>
        </p>
      ) : null}
    </section>
  );
}

const WORKSHOP_ID = "workshop-day";

/** The message naming a date that has passed, by kind; deadlines that close say "Closed" (`statusClosed`). */
const PASSED_WORD: Partial<Record<Deadline["kind"], "statusOpened" | "statusPassed" | "statusEnded">> = {
  "submissions-open": "statusOpened",
  notification: "statusPassed",
  workshop: "statusEnded",
};

/** The edition's deadlines plus the workshop day (its window from `workshopWindow`), by date. */
export function importantDateItems(edition: Edition, workshopLabel = "Workshop"): DateItem[] {
  // A workshop date from the data stays "next" while the workshop runs, like the added one.
  const items: DateItem[] = edition.deadlines.map((d) => {
    const startMs = d.due ? d.due.epochMs : Number.POSITIVE_INFINITY;
    return {
      deadline: d,
      startMs,
      endMs: d.kind === "workshop" && d.due ? workshopWindow(edition, d.due).endMs : startMs,
    };
  });
  if (!edition.deadlines.some((d) => d.kind === "workshop")) {
    const { start, endMs } = workshopWindow(edition);
    items.push({
      deadline: {
        id: WORKSHOP_ID,
        label: workshopLabel,
        kind: "workshop",
        due: start,
        dateOnly: false,
        history: [],
        note: null,
      },
      startMs: start.epochMs,
      endMs,
      added: true,
    });
  }
  // Stable, and dates to be announced (Infinity, where a subtraction would give NaN) keep their order at the end.
  return items.sort((a, b) => (a.startMs === b.startMs ? 0 : a.startMs < b.startMs ? -1 : 1));
}
