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
  /** BCP 47 locale of the dates. Default `"en-US"`. */
  locale?: string;
  /**
   * Which rows to show, in this order. Default `["when", "where", "room", "online", "contact"]` (each only when the
   * edition has something to say there; "where" says "To be announced" when the venue is empty).
   */
  rows?: readonly EventDetailsRow[];
  /** Labels of the rows. Default `{ when: "When", where: "Where", room: "Room", online: "Online", contact: "Contact" }`. */
  labels?: Partial<Readonly<Record<EventDetailsRow, string>>>;
}

/** A row of {@link EventDetails}. */
export type EventDetailsRow = "when" | "where" | "room" | "online" | "contact";

const ROWS: readonly EventDetailsRow[] = ["when", "where", "room", "online", "contact"];
const LABELS: Readonly<Record<EventDetailsRow, string>> = {
  when: "When",
  where: "Where",
  room: "Room",
  online: "Online",
  contact: "Contact",
};
/** Link kinds shown in the "online" row, in this order; "map" goes with "where". */
const ONLINE: readonly LinkKind[] = ["virtual", "livestream"];

/** When, where, room, online links and contact of an edition, as a `<dl>`. */
export function EventDetails({
  edition,
  now,
  locale = "en-US",
  rows = ROWS,
  labels,
  className,
  ...rest
}: EventDetailsProps) {
  const { dates, venue } = edition;
  const label = { ...LABELS, ...labels };
  const cells: Record<EventDetailsRow, ReactNode> = {
    when: <When edition={edition} now={now} locale={locale} />,
    where: <Where venue={venue} map={linkOf(edition.links, "map")} />,
    room: venue.room,
    online: online(edition.links),
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

function When({ edition, now, locale }: { edition: Edition; now: number | undefined; locale: string }) {
  const { start, end, tentative } = edition.dates;
  const oneDay = start.iso === end.iso;
  const note = <span data-slot="tentative">{oneDay ? " (date to be confirmed)" : " (dates to be confirmed)"}</span>;
  const startsAtMs = startOfDate(start.iso, edition.timeZone);
  return (
    <>
      <time dateTime={start.iso}>{day(start, locale)}</time>
      {oneDay ? null : (
        <>
          {" – "}
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

function Where({ venue, map }: { venue: Venue; map: Link | undefined }) {
  const place = [venue.building, venue.address, venue.city, venue.country].filter(Boolean).join(", ");
  const conference = venue.conferenceShort ?? venue.conference;
  const href = safeHref(map?.href);
  return (
    <>
      {place || "To be announced"}
      {conference ? <span data-slot="conference">{` (at ${conference})`}</span> : null}
      {href ? (
        <>
          {" · "}
          <a href={href} data-slot="map">
            Map
          </a>
        </>
      ) : null}
    </>
  );
}

function online(links: readonly Link[]): ReactNode {
  const shown = ONLINE.flatMap((kind) => {
    const link = linkOf(links, kind);
    const href = safeHref(link?.href);
    return link && href ? [{ ...link, href }] : [];
  });
  if (shown.length === 0) return null;
  return shown.map((l, i) => (
    <span key={l.kind}>
      {i > 0 ? " · " : null}
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
