"use client";

/**
 * `ImportantDates`: every deadline of an edition and the workshop day, in date order, each with its status;
 * the next one carries its live countdown. Server output is the plain list (no status) unless a
 * `ClockProvider` gives `now` or `serverNow`.
 */
import {
  CLOSING_SOON_MS,
  type Deadline,
  type Edition,
  type FormatOptions,
  type Instant,
  instantFromEpoch,
  sessionEndMs,
  startOfDate,
} from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, type ReactNode, useId, useMemo } from "react";
import { useClockSelector } from "../clock/clock";
import { withClass } from "../internal/class-name";
import type { HeadingLevel } from "../internal/heading";
import { useDisplayTimeZone } from "../time-zone/time-zone";
import { addToCalendar, DeadlineCountdown, DeadlineHistory, DueTime } from "./deadline-countdown";

/** Props of {@link ImportantDates}. */
export interface ImportantDatesProps extends Omit<ComponentPropsWithoutRef<"section">, "children" | "title"> {
  /** The edition whose deadlines and workshop day are listed. Required. */
  edition: Edition;
  /** Level of the list's heading. Default `2`. */
  headingLevel?: HeadingLevel;
  /** The heading text. Default `"Important dates"`. */
  title?: ReactNode;
  /** Show one "Add all dates to calendar" button (one `.ics` file, an alarm a day before each). Default `true`. */
  calendar?: boolean;
  /** Closing-soon window of the next deadline's countdown. Default 24 hours. */
  closingSoonMs?: number;
  /** Show earlier dates struck through, with the reasons they moved. Default `true`. */
  showHistory?: boolean;
  /** Label of the workshop day (added unless a deadline of kind `workshop` exists). Default `"Workshop"`. */
  workshopLabel?: string;
}

interface DateItem {
  /** Deadlines to be announced (`due: null`) are not listed yet. */
  readonly deadline: Deadline & { readonly due: Instant };
  /** When the item stops being "next": the due instant, or the end of the workshop. */
  readonly endMs: number;
  /** The workshop day added by {@link importantDateItems}, not one of the edition's deadlines. */
  readonly added?: true;
}

/** The dates of an edition, in order, as a semantic list with live status. */
export function ImportantDates({
  edition,
  headingLevel = 2,
  title = "Important dates",
  calendar = true,
  closingSoonMs = CLOSING_SOON_MS,
  showHistory = true,
  workshopLabel = "Workshop",
  className,
  ...rest
}: ImportantDatesProps) {
  const headingId = useId();
  const items = useMemo(() => importantDateItems(edition, workshopLabel), [edition, workshopLabel]);
  const opts: FormatOptions = useDisplayTimeZone(edition.timeZone); // its `locale` and `hour12` are all we read
  // -2: not known yet (server, hydration); -1: everything has passed; else the index of the next item.
  const next = useClockSelector((now) => (now === null ? -2 : items.findIndex((it) => it.endMs > now)), 60_000);
  // Found by flag, not by id: an edition may well have a deadline with the id "workshop-day".
  const workshop = items.find((it) => it.added);
  const H = `h${headingLevel}` as "h2";

  return (
    <section {...rest} className={withClass("wk-important-dates", className)} aria-labelledby={headingId}>
      <H id={headingId} data-slot="title">
        {title}
      </H>
      <ol data-slot="list">
        {items.map(({ deadline, added }, i) => {
          const state = next === -2 ? undefined : next === -1 || i < next ? "passed" : i === next ? "next" : "upcoming";
          return (
            // Keys that cannot collide, whatever the deadline ids.
            <li
              key={added ? "added" : `d:${deadline.id}`}
              data-slot="item"
              data-state={state}
              data-kind={deadline.kind}
            >
              {state === "next" ? (
                <DeadlineCountdown
                  deadline={deadline}
                  edition={edition}
                  calendar={false}
                  closingSoonMs={closingSoonMs}
                  showHistory={showHistory}
                  {...(deadline.kind === "workshop" ? { passedText: (ago: string) => `Started ${ago} ago` } : {})}
                />
              ) : (
                <>
                  <span data-slot="label">{deadline.label}</span>: <DueTime instant={deadline.due} options={opts} />
                  {state ? <span className="wk-visually-hidden"> ({state})</span> : null}
                  {showHistory ? <DeadlineHistory deadline={deadline} options={opts} /> : null}
                </>
              )}
            </li>
          );
        })}
      </ol>
      {calendar && items.length ? (
        <button
          type="button"
          className="wk-button"
          data-slot="calendar"
          onClick={() =>
            addToCalendar(
              edition,
              edition.deadlines,
              "important dates",
              workshop
                ? [
                    {
                      uid: `workshop.${edition.year}@${hostOf(edition.website)}`,
                      startMs: workshop.deadline.due.epochMs,
                      endMs: workshop.endMs,
                      summary: `${edition.shortName} ${edition.year}`,
                    },
                  ]
                : [],
            )
          }
        >
          Add all dates to calendar
        </button>
      ) : null}
    </section>
  );
}

const WORKSHOP_ID = "workshop-day";

/** The edition's deadlines plus the workshop day (first session, else the start of `dates.start`), by date. */
export function importantDateItems(edition: Edition, workshopLabel = "Workshop"): DateItem[] {
  const { sessions, timeZone, dates } = edition;
  const last = sessions.reduce((end, s) => Math.max(end, sessionEndMs(s)), 0);
  // The workshop lasts until its last session ends; without sessions, until the day after `dates.end` begins
  // (not 24 h later: DST). A workshop date from the data stays "next" while it runs, like the added one.
  const workshopEnd = (startMs: number) =>
    Math.max(startMs, last > startMs ? last : startOfDate(nextDay(dates.end.iso), timeZone));
  const dated = edition.deadlines.filter((d): d is Deadline & { due: Instant } => d.due !== null);
  const items: DateItem[] = dated.map((d) => ({
    deadline: d,
    endMs: d.kind === "workshop" ? workshopEnd(d.due.epochMs) : d.due.epochMs,
  }));
  if (!edition.deadlines.some((d) => d.kind === "workshop")) {
    const start: Instant = sessions[0]?.start ?? instantFromEpoch(startOfDate(dates.start.iso, timeZone), timeZone);
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
      endMs: workshopEnd(start.epochMs),
      added: true,
    });
  }
  return items.sort((a, b) => a.deadline.due.epochMs - b.deadline.due.epochMs);
}

/** `YYYY-MM-DD` of the day after `iso`. */
function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The host of the edition's website for calendar UIDs; a placeholder when there is none or it does not parse. */
function hostOf(website: string | null): string {
  try {
    if (website) return new URL(website).hostname;
  } catch {
    // a hand-made edition with a bad website: keep the placeholder rather than throw on click
  }
  return "workshop-kit.invalid";
}
