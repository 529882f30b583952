/**
 * `ScheduleJumpList`: links to each day of the programme, so a long programme (a congress: a week, a 188,000 px page
 * on a phone) is one tap from any day. Plain links to the day sections' ids (`dayAnchor`): it works without
 * JavaScript, in a server component and in print-outs' link lists alike. ScheduleTable and StaticScheduleTable
 * render it above the days with `jumpList`; a host can also place it elsewhere (a sidebar, a sticky bar).
 */
import { type Edition, formatDate } from "@workshop-kit/types";
import type { ComponentPropsWithoutRef } from "react";
import { withClass } from "../internal/class-name";
import { plural, text } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { SCHEDULE_MESSAGES } from "./labels";
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
  /**
   * BCP 47 locale of the dates and counts. Default: the locale of `messages`, else `"en-US"`.
   * @default messages?.locale ?? "en-US"
   */
  locale?: string;
  /**
   * Words to replace (`jumpList`, the landmark's name; `jumpListCount`, what follows a day's date; `sessions`), or a
   * whole catalogue (`@workshop-kit/react/messages/de`). No provider is read: it renders in server components too.
   * Default: English.
   */
  messages?: MessagesOverride;
}

/** A list of links to the programme's days ("Mon, Jul 10 · 40 sessions"); nothing for a programme of one day. */
export function ScheduleJumpList({
  edition,
  timeZone,
  messages,
  locale = messages?.locale ?? "en-US",
  className,
  ...rest
}: ScheduleJumpListProps) {
  const m = resolveMessages(SCHEDULE_MESSAGES, messages);
  const zone = timeZone ?? edition.timeZone;
  const days = allDays(edition.sessions, zone);
  if (days.length < 2) return null;
  return (
    <nav aria-label={m.jumpList} {...rest} className={withClass("wk-schedule-jump-list", className)}>
      <ul>
        {days.map(({ date, firstStartMs, sessions }) => (
          <li key={date}>
            <a href={`#${dayAnchor(date)}`}>
              {formatDate(firstStartMs, zone, { locale, style: "medium" })}
              <span data-slot="count">
                {text(m.jumpListCount, { sessions: plural(m.sessions, sessions.length, locale) })}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
