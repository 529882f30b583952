/**
 * `StaticScheduleTable`: the programme's tables for React Server Components and static pages. The same markup as
 * ScheduleTable's server rendering (it renders through the same module) and no client JavaScript of its own: no
 * directive, no hooks, no handlers. What it leaves out needs the browser: the zone switch, filters, now/next,
 * the deep-link highlight and the calendar downloads.
 */
import { type Edition, isValidZone } from "@workshop-kit/types";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { withClass } from "../internal/class-name";
import type { HeadingLevel } from "../internal/heading";
import { allDays, daysContext, type PaperHref, renderDays, renderRevisions } from "./schedule-days";
import { ScheduleJumpList } from "./schedule-jump-list";

/** Props of {@link StaticScheduleTable}. */
export interface StaticScheduleTableProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /**
   * The parsed edition: its sessions, people (for speaker names) and zone. Required. Treat it as immutable: the
   * layout and markup are kept with `edition.sessions`, so pass new arrays/objects when the data change.
   */
  edition: Edition;
  /** Level of each day's heading (the date). Default `3`. */
  headingLevel?: HeadingLevel;
  /** Title at the start of each table's caption; the zone follows ("… All times PT (UTC−7)"). Default `"Programme"`. */
  caption?: string;
  /**
   * Link each speaker to their card: return a link within the site (`#speaker-${id}`, `/people/ada`) or a safe
   * absolute URL, by `linkHref` (the one relative-link rule); anything else is dropped. Default: not linked.
   * @default undefined (speakers not linked)
   */
  speakerHref?: (personId: string) => string | null | undefined;
  /**
   * Link a session to its paper's entry in a PaperList: a template (`"#paper-{id}"`, `{id}` is the paper's id, as
   * PaperList's `id="{idPrefix}paper-{id}"`) or a function of the paper and its session. Sessions that present one
   * paper with an id (their own `paper`, or the one paper whose `sessionId` names them) get a "Paper" link. Default:
   * no paper links.
   */
  paperHref?: PaperHref;
  /**
   * Zone to show the times in: an IANA name, `"UTC"` or `"AoE"`. The days stay the event's; a time that falls on
   * another day there shows "+1 day"/"−1 day". A zone this library does not accept falls back to the default.
   * Default: the event's zone (`edition.timeZone`).
   */
  timeZone?: string;
  /** BCP 47 locale of dates and times. Default `"en-US"`. */
  locale?: string;
  /**
   * 12- or 24-hour clock. Default: the locale's own.
   * @default the locale's own
   */
  hour12?: boolean;
  /** Shown when there are no sessions. Default `"Programme to be announced"`. */
  emptyMessage?: ReactNode;
  /**
   * Links to each day above the tables (ScheduleJumpList), for programmes of two days or more: plain links, so they
   * work before hydration and without JavaScript. Default `false`.
   */
  jumpList?: boolean;
}

/** The programme as static tables: one per day, with a caption naming the zone the times are in. */
export function StaticScheduleTable({
  edition,
  headingLevel = 3,
  caption = "Programme",
  speakerHref,
  paperHref,
  timeZone,
  locale = "en-US",
  hour12,
  emptyMessage = "Programme to be announced",
  jumpList = false,
  className,
  ...rest
}: StaticScheduleTableProps) {
  const eventZone = edition.timeZone;
  const zone = timeZone && isValidZone(timeZone) ? timeZone : eventZone;
  const ctx = daysContext(edition, zone, { locale, hour12 }, speakerHref, null, null, null, { paperHref });
  return (
    <div
      {...rest}
      className={withClass("wk-schedule-table", className)}
      data-converted={zone !== eventZone ? "" : undefined}
    >
      {edition.sessions.length === 0 ? <p data-slot="empty">{emptyMessage}</p> : null}
      {renderRevisions(edition, locale)}
      {jumpList ? <ScheduleJumpList edition={edition} locale={locale} /> : null}
      {renderDays(allDays(edition.sessions, eventZone), ctx, headingLevel, caption)}
    </div>
  );
}
