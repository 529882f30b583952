/**
 * `EventDetails`: when and where an edition takes place — dates (tentative ones say so), venue, room, map, online
 * links (virtual page, livestream) and contact — as one description list. Server-safe: the only client child is
 * the tentative-date note, which settles against the shared clock after hydration (or give `now`).
 */
import {
  type CalendarDate,
  type Edition,
  formatDate,
  type Link,
  type LinkKind,
  safeHref,
  startOfDate,
  type Venue,
} from "@workshop-kit/types";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { withClass } from "../internal/class-name";
import { enCommon, enEvent } from "../messages/en";
import { text } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { TentativeNote } from "./tentative-note";

/** Props of {@link EventDetails}. */
export interface EventDetailsProps extends Omit<ComponentPropsWithoutRef<"dl">, "children"> {
  /** The edition whose dates, venue, links and contact are shown. */
  edition: Edition;
  /**
   * The current time (epoch ms) for the tentative-date note: with it, the server decides (the note is shown only
   * before the first day begins) and the component ships no client JavaScript. Default: the shared clock
   * (`ClockProvider`) decides after hydration; the server and hydration show the note whenever dates are tentative.
   */
  now?: number;
  /**
   * BCP 47 locale of the dates. Default: the locale of `messages`, else `"en-US"`.
   * @default messages?.locale ?? "en-US"
   */
  locale?: string;
  /**
   * Which rows to show, in this order. Default `["when", "where", "room", "online", "contact"]` (each only when the
   * edition has something to say there; "where" says "To be announced" when the venue is empty).
   */
  rows?: readonly EventDetailsRow[];
  /**
   * Labels of the rows. Default: the `when`, `where`, `room`, `online` and `contact` messages ("When", "Where", "Room",
   * "Online", "Contact").
   * @default the messages of the same names
   */
  labels?: Partial<Readonly<Record<EventDetailsRow, string>>>;
  /**
   * The words: a whole catalogue (`@workshop-kit/react/messages/de`), whose locale then formats the dates too, or
   * messages to replace. A server component reads no provider, so pass them here. Default: English.
   * @default English
   */
  messages?: MessagesOverride;
}

type EventMessages = typeof enCommon & typeof enEvent;
const EVENT_MESSAGES: EventMessages = /* @__PURE__ */ Object.assign({}, enCommon, enEvent);

/** A row of {@link EventDetails}. */
export type EventDetailsRow = "when" | "where" | "room" | "online" | "contact";

const ROWS: readonly EventDetailsRow[] = ["when", "where", "room", "online", "contact"];
/** Link kinds shown in the "online" row, in this order; "map" goes with "where". */
const ONLINE: readonly LinkKind[] = ["virtual", "livestream"];

/** When, where, room, online links and contact of an edition, as a `<dl>`. */
export function EventDetails({
  edition,
  now,
  messages,
  locale = messages?.locale ?? "en-US",
  rows = ROWS,
  labels,
  className,
  ...rest
}: EventDetailsProps) {
  const m = resolveMessages(EVENT_MESSAGES, messages);
  const { dates, venue } = edition;
  const label = { when: m.when, where: m.where, room: m.room, online: m.online, contact: m.contact, ...labels };
  const cells: Record<EventDetailsRow, ReactNode> = {
    when: <When edition={edition} now={now} locale={locale} m={m} />,
    where: <Where venue={venue} map={linkOf(edition.links, "map")} m={m} />,
    room: venue.room,
    online: online(edition.links, m),
    contact: edition.contactEmail ? <a href={`mailto:${edition.contactEmail}`}>{edition.contactEmail}</a> : null,
  };
  return (
    <dl
      {...rest}
      className={withClass("wk-event-details", className)}
      data-tentative={dates.tentative ? "" : undefined}
    >
      {rows.map((row) =>
        cells[row] ? (
          <div key={row} data-slot={row}>
            <dt>{label[row]}</dt>
            <dd>{cells[row]}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

function When({
  edition,
  now,
  locale,
  m,
}: {
  edition: Edition;
  now: number | undefined;
  locale: string;
  m: EventMessages;
}) {
  const { start, end, tentative } = edition.dates;
  const oneDay = start.iso === end.iso;
  const note = <span data-slot="tentative">{oneDay ? m.dateTbc : m.datesTbc}</span>;
  const startsAtMs = startOfDate(start.iso, edition.timeZone);
  return (
    <>
      <time dateTime={start.iso}>{day(start, locale)}</time>
      {oneDay ? null : (
        <>
          {m.range}
          <time dateTime={end.iso}>{day(end, locale)}</time>
        </>
      )}
      {!tentative ? null : now === undefined ? (
        <TentativeNote startsAtMs={startsAtMs}>{note}</TentativeNote>
      ) : now < startsAtMs ? (
        note
      ) : null}
    </>
  );
}

function Where({ venue, map, m }: { venue: Venue; map: Link | undefined; m: EventMessages }) {
  const place = [venue.building, venue.address, venue.city, venue.country].filter(Boolean).join(m.listSeparator);
  const conference = venue.conferenceShort ?? venue.conference;
  const href = safeHref(map?.href);
  return (
    <>
      {place || m.tbaAlone}
      {conference ? <span data-slot="conference">{text(m.atConference, { conference })}</span> : null}
      {href ? (
        <>
          {m.separator}
          <a href={href} data-slot="map">
            {m.map}
          </a>
        </>
      ) : null}
    </>
  );
}

function online(links: readonly Link[], m: EventMessages): ReactNode {
  const shown = ONLINE.flatMap((kind) => {
    const link = linkOf(links, kind);
    const href = safeHref(link?.href);
    return link && href ? [{ ...link, href }] : [];
  });
  if (shown.length === 0) return null;
  return shown.map((l, i) => (
    <span key={l.kind}>
      {i > 0 ? m.separator : null}
      <a href={l.href} data-kind={l.kind}>
        {l.label}
      </a>
    </span>
  ));
}

function linkOf(links: readonly Link[], kind: LinkKind): Link | undefined {
  return links.find((l) => l.kind === kind);
}

/** "Friday, July 18, 2025": a calendar date is the event's own, formatted without any zone conversion. */
function day(d: CalendarDate, locale: string): string {
  return formatDate(Date.UTC(d.year, d.month - 1, d.day), "UTC", { style: "full", locale });
}
