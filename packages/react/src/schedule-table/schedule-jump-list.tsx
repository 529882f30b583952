/**
 * `ScheduleJumpList`: links to each day of the programme, so a long programme (a congress: a week, a 188,000 px page
 * on a phone) is one tap from any day. Plain links to the day sections' ids (`dayAnchor`): it works without
 * JavaScript, in a server component and in print-outs' link lists alike. ScheduleTable and StaticScheduleTable
 * render it above the days with `jumpList`; a host can also place it elsewhere (a sidebar, a sticky bar).
 */
import { type Edition, formatDate } from "@workshop-kit/types";
import type { ComponentPropsWithoutRef } from "react";
import { withClass } from "../internal/class-name";
import { allDays, dayAnchor } from "./schedule-days";

/** Props of {@link ScheduleJumpList}. */
export interface ScheduleJumpListProps extends Omit<ComponentPropsWithoutRef<"nav">, "children"> {
  /** The parsed edition whose days are listed (grouped by `timeZone`, as the schedule's tables are). Required. */
  edition: Edition;
  /**
   * The zone whose dates make the days, as the tables beside it use: ScheduleTable passes its display zone, so
   * each link points at the day section the table rendered. Default: the event's zone (`edition.timeZone`).
   */
  timeZone?: string;
  /** BCP 47 locale of the dates. Default `"en-US"`. */
  locale?: string;
  /** The navigation landmark's accessible name. Default `"Days of the programme"`. */
  label?: string;
}

/** A list of links to the programme's days ("Mon, Jul 10 · 40 sessions"); nothing for a programme of one day. */
export function ScheduleJumpList({
  edition,
  timeZone,
  locale = "en-US",
  label = "Days of the programme",
  className,
  ...rest
}: ScheduleJumpListProps) {
  const zone = timeZone ?? edition.timeZone;
  const days = allDays(edition.sessions, zone);
  if (days.length < 2) return null;
  return (
    <nav aria-label={label} {...rest} className={withClass("wk-schedule-jump-list", className)}>
      <ul>
        {days.map(({ date, firstStartMs, sessions }) => (
          <li key={date}>
            <a href={`#${dayAnchor(date)}`}>
              {formatDate(firstStartMs, zone, { locale, style: "medium" })}
              <span data-slot="count">{` · ${sessions.length} ${sessions.length === 1 ? "session" : "sessions"}`}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
