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
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { SCHEDULE_MESSAGES } from "./labels";
import {
  allDays,
  daysContext,
  type PaperHref,
  type RenderSessionPart,
  renderDays,
  renderRevisions,
  type SpeakerHref,
} from "./schedule-days";
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
  /**
   * Title at the start of each table's caption; the zone follows ("… All times PT (UTC−7)"). Default: the
   * `programme` message, "Programme".
   * @default the programme message
   */
  caption?: string;
  /**
   * Link each speaker to their card: a template (`"#speaker-{id}"`, `"/people/{id}/"`; `{id}` is the person's id, and
   * a string survives an Astro island or a server-to-client boundary) or a function of the id. A link within the
   * site is used as given, anything else only if it is a safe URL (`linkHref`, the one relative-link rule).
   * Default: not linked.
   * @default undefined (speakers not linked)
   */
  speakerHref?: SpeakerHref | null;
  /**
   * Link a session to its paper's entry in a PaperList: a template (`"#paper-{id}"`, `{id}` is the paper's id, as
   * PaperList's `id="{idPrefix}paper-{id}"`) or a function of the paper and its session. Sessions that present one
   * paper with an id (their own `paper`, or the one paper whose `sessionId` names them) get a "Paper" link. Default:
   * no paper links.
   */
  paperHref?: PaperHref;
  /**
   * Change a part of each session's cell — its title (add a "Best paper" badge), speakers, paper or links (add a
   * venue-specific link) — without rebuilding the row: called with the part's name, its built content (`null` when
   * the session has none) and the session; return what goes inside the part instead (`null` leaves it out). The
   * row, its time header, its id and the table around it stay the library's. See docs/customising.md.
   * @default undefined (the built parts)
   */
  renderPart?: RenderSessionPart;
  /**
   * Zone to show the times in: an IANA name, `"UTC"` or `"AoE"`. The days stay the event's; a time that falls on
   * another day there shows "+1 day"/"−1 day". A zone this library does not accept falls back to the default.
   * Default: the event's zone (`edition.timeZone`).
   */
  timeZone?: string;
  /**
   * BCP 47 locale of dates and times. Default: the locale of `messages`, else `"en-US"`.
   * @default messages?.locale ?? "en-US"
   */
  locale?: string;
  /**
   * 12- or 24-hour clock. Default: the locale's own.
   * @default the locale's own
   */
  hour12?: boolean;
  /**
   * Shown when there are no sessions. Default: the `programmeTba` message, "Programme to be announced".
   * @default the programmeTba message
   */
  emptyMessage?: ReactNode;
  /**
   * Links to each day above the tables (ScheduleJumpList), for programmes of two days or more: plain links, so they
   * work before hydration and without JavaScript. Default `false`.
   */
  jumpList?: boolean;
  /**
   * The words: a whole catalogue (`@workshop-kit/react/messages/de`) or messages to replace. A server component
   * reads no provider, so pass them here. Default: English.
   * @default English
   */
  messages?: MessagesOverride;
}

/** The programme as static tables: one per day, with a caption naming the zone the times are in. */
export function StaticScheduleTable({
  edition,
  headingLevel = 3,
  caption,
  speakerHref,
  paperHref,
  renderPart,
  timeZone,
  messages,
  locale = messages?.locale ?? "en-US",
  hour12,
  emptyMessage,
  jumpList = false,
  className,
  ...rest
}: StaticScheduleTableProps) {
  const eventZone = edition.timeZone;
  const zone = timeZone && isValidZone(timeZone) ? timeZone : eventZone;
  const m = resolveMessages(SCHEDULE_MESSAGES, messages);
  const ctx = daysContext(edition, zone, { locale, hour12 }, speakerHref, null, null, null, {
    paperHref,
    renderPart: renderPart ?? null,
    m,
  });
  return (
    <div
      {...rest}
      className={withClass("wk-schedule-table", className)}
      data-converted={zone !== eventZone ? "" : undefined}
    >
      {edition.sessions.length === 0 ? <p data-slot="empty">{emptyMessage ?? m.programmeTba}</p> : null}
      {renderRevisions(edition, locale, m)}
      {jumpList ? <ScheduleJumpList edition={edition} locale={locale} timeZone={zone} messages={m} /> : null}
      {renderDays(allDays(edition.sessions, zone), ctx, headingLevel, caption ?? m.programme)}
    </div>
  );
}
