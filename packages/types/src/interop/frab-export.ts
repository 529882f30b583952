/**
 * Export an edition as a frab `schedule.json` (the c3voc community schema), so recording pipelines and
 * conference apps can consume it. See docs/interop/frab-export.md.
 */
import { withSafeUrls } from "../helpers/links";
import { LINK_LABELS } from "../model/links";
import type { Edition, Link, Session } from "../model/types";
import { dayKey } from "../time/instant";
import { offsetMinutesAt, offsetMsAt, wallClockAt, type ZoneId } from "../time/zone";
import { isoWithOffset, offsetText } from "./shared";
import { uuidV5 } from "./uuid";

/** The frab `schedule.json` document this exporter writes (the subset of the c3voc schema it fills). */
export interface FrabSchedule {
  readonly $schema: string;
  readonly generator: { readonly name: string; readonly url: string };
  readonly schedule: {
    readonly version: string;
    readonly base_url?: string;
    readonly conference: {
      readonly acronym: string;
      readonly title: string;
      readonly description?: string;
      readonly start: string;
      readonly end: string;
      readonly daysCount: number;
      readonly timeslot_duration: string;
      readonly time_zone_name: string;
      readonly url?: string;
      readonly rooms: readonly { readonly name: string; readonly guid: string }[];
      readonly tracks: readonly { readonly name: string }[];
      readonly days: readonly FrabDay[];
    };
  };
}

/** One day of a frab schedule. */
export interface FrabDay {
  readonly index: number;
  readonly date: string;
  readonly day_start: string;
  readonly day_end: string;
  readonly rooms: Readonly<Record<string, readonly FrabEvent[]>>;
}

/** One event (session) of a frab schedule. */
export interface FrabEvent {
  readonly guid: string;
  readonly id: number;
  readonly date: string;
  readonly start: string;
  readonly end?: string;
  readonly duration: string;
  readonly room: string;
  readonly slug: string;
  readonly url: string;
  readonly title: string;
  readonly subtitle: string;
  readonly track: string | null;
  readonly type: string;
  readonly language: string | null;
  readonly abstract: string | null;
  readonly description: string | null;
  readonly persons: readonly {
    readonly guid: string;
    readonly name: string;
    /** A host's role (`moderator`, `chair`, `host`); speakers have none. Not in the c3voc schema, which allows it. */
    readonly role?: string;
    readonly biography: string | null;
    readonly avatar?: string;
    readonly url?: string;
    readonly links: readonly { readonly url: string; readonly title: string }[];
  }[];
  readonly links: readonly { readonly url: string; readonly title: string; readonly type?: string }[];
}

/** Options for {@link editionToFrab}. */
export interface FrabExportOptions {
  /** Room name for sessions without one. Default: the venue's room, else "Main room". */
  readonly defaultRoom?: string;
  /** Schedule version string. Default: "1.0". */
  readonly version?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** The c3voc acronym pattern wants `^[a-z0-9_-][a-z0-9_]{3,}`: "ES-FoMo" 2025 → "es_fomo_2025". */
export function frabAcronym(shortName: string, year: number): string {
  const base =
    shortName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "") || "workshop";
  // A short name that already ends with the year (an acronym imported from our own export) keeps one year.
  return base.endsWith(`_${year}`) ? base : `${base}_${year}`;
}

const FRAB_LINK_TYPE: Partial<Record<Link["kind"], string>> = {
  slides: "slides",
  paper: "paper",
  pdf: "paper",
  arxiv: "paper",
  openreview: "paper",
  video: "media",
  poster: "media",
};

/** Sessions starting before this hour, the day after the edition's dates end, belong to the night before. */
const OVERNIGHT_UNTIL_HOUR = 6;

/** The calendar date before `YYYY-MM-DD`. */
function previousDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Namespace for UUIDs: the website, or a stable placeholder built from the short name. */
function uuidBase(edition: Edition): string {
  return edition.website ?? `https://workshop-kit.invalid/${encodeURIComponent(edition.shortName)}`;
}

/**
 * `2025-04-06T00:00:00+13:00`: a frab day bound, the wall-clock `time` of `date` in `zone` with the offset in force
 * at that wall-clock time. The offset is read at the instant the wall clock gives (two steps), not at the same
 * digits read as UTC, which on a DST day is the other side of the change (Auckland, 6 April 2025: +12 for +13).
 */
export function frabDayBound(date: string, time: string, zone: ZoneId): string {
  const wall = Date.parse(`${date}T${time}Z`);
  const at = wall - offsetMsAt(wall - offsetMsAt(wall, zone), zone);
  return `${date}T${time}${offsetText(offsetMinutesAt(at, zone))}`;
}

/** The edition as a frab `schedule.json` object. Stable: the same edition always gives the same GUIDs. */
export function editionToFrab(input: Edition, options: FrabExportOptions = {}): FrabSchedule {
  const edition = withSafeUrls(input); // every URL passes the safe-URL rule, even in an Edition built in code
  const zone = edition.timeZone;
  const defaultRoom = options.defaultRoom ?? edition.venue.room ?? "Main room";
  const base = uuidBase(edition);
  const people = new Map(edition.people.map((p) => [p.id, p]));
  const roomOf = (s: Session) => s.room ?? defaultRoom;
  const roomNames = [...new Set(edition.sessions.map(roomOf))];
  const dates: string[] = [];
  for (
    let d = new Date(`${edition.dates.start.iso}T00:00:00Z`);
    d.toISOString().slice(0, 10) <= edition.dates.end.iso;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    dates.push(d.toISOString().slice(0, 10));
  }
  // The frab day of each session: its date, except that a session in the small hours of a date the edition does not
  // list belongs to the night before when that one is listed, as at an overnight conference whose days end at 04:00
  // (the day's day_end then runs past midnight). Sessions outside the dates still get a day, so nothing is lost.
  const dayOf = new Map<Session, string>();
  for (const s of edition.sessions) {
    let k = dayKey(s.start.epochMs, zone);
    if (!dates.includes(k) && wallClockAt(s.start.epochMs, zone).hour < OVERNIGHT_UNTIL_HOUR) {
      const before = previousDate(k);
      if (dates.includes(before)) k = before;
    }
    dayOf.set(s, k);
    if (!dates.includes(k)) dates.push(k);
  }
  dates.sort();
  const dayBound = (date: string, time: string) => frabDayBound(date, time, zone);
  let nextId = 1;
  const days: FrabDay[] = dates.map((date, i) => {
    const rooms: Record<string, FrabEvent[]> = {};
    for (const room of roomNames) rooms[room] = [];
    const daySessions = edition.sessions.filter((s) => dayOf.get(s) === date);
    for (const s of daySessions) {
      const durationMin = s.end ? Math.round((s.end.epochMs - s.start.epochMs) / 60000) : 0;
      const w = wallClockAt(s.start.epochMs, zone);
      const abstract = s.description.join("\n\n");
      const guid = uuidV5(`${base}#session-${s.id}`);
      (rooms[roomOf(s)] as FrabEvent[]).push({
        guid,
        id: nextId++,
        date: isoWithOffset(s.start.epochMs, zone),
        start: `${pad(w.hour)}:${pad(w.minute)}`,
        ...(s.end ? { end: isoWithOffset(s.end.epochMs, zone) } : {}),
        duration: `${pad(Math.floor(durationMin / 60))}:${pad(durationMin % 60)}`,
        room: roomOf(s),
        slug: s.id,
        url: edition.website ? `${edition.website.replace(/\/$/, "")}/#${s.id}` : `urn:uuid:${guid}`,
        title: s.title ?? "TBA",
        subtitle: "",
        track: s.track,
        type: s.kind,
        language: null,
        abstract: abstract || null,
        description: null,
        // Speakers, then hosts with their role (moderator, chair, host), which the importer reads back as hosts.
        persons: [
          ...s.speakerIds.map((id) => ({ id, role: undefined })),
          ...s.hosts.map((h) => ({ id: h.personId, role: h.role })),
        ].flatMap(({ id, role }) => {
          const p = people.get(id);
          if (!p) return [];
          const home = p.links.find((l) => l.kind === "homepage" || l.kind === "website");
          return [
            {
              guid: uuidV5(`${base}#person-${p.id}`),
              name: p.name,
              ...(role ? { role } : {}),
              biography: p.bio.join("\n\n") || null,
              ...(p.photo ? { avatar: p.photo.src } : {}),
              ...(home ? { url: home.href } : {}),
              links: p.links.filter((l) => l.kind !== "email").map((l) => ({ url: l.href, title: l.label })),
            },
          ];
        }),
        links: s.links
          .filter((l) => l.kind !== "email")
          .map((l) => ({
            url: l.href,
            title: LINK_LABELS[l.kind],
            ...(FRAB_LINK_TYPE[l.kind] ? { type: FRAB_LINK_TYPE[l.kind] } : { type: "web" }),
          })),
      });
    }
    // The day ends at 23:59, or later when its last session runs past midnight.
    const dayEnd = dayBound(date, "23:59:00");
    const lastMs = Math.max(...daySessions.map((s) => (s.end ?? s.start).epochMs));
    const day_end = daySessions.length && lastMs > Date.parse(dayEnd) ? isoWithOffset(lastMs, zone) : dayEnd;
    return { index: i + 1, date, day_start: dayBound(date, "00:00:00"), day_end, rooms };
  });
  const tracks = [...new Set(edition.sessions.map((s) => s.track).filter((t): t is string => !!t))];
  return {
    $schema: "https://c3voc.de/schedule/schema.json",
    generator: { name: "workshop-kit", url: "https://github.com/workshop-kit/workshop-kit" },
    schedule: {
      version: options.version ?? "1.0",
      ...(edition.website ? { base_url: edition.website } : {}),
      conference: {
        acronym: frabAcronym(edition.shortName, edition.year),
        title: edition.name,
        ...(edition.description.length ? { description: edition.description.join("\n\n") } : {}),
        start: edition.dates.start.iso,
        end: edition.dates.end.iso,
        daysCount: days.length,
        timeslot_duration: "00:05",
        time_zone_name: zone,
        ...(edition.website ? { url: edition.website } : {}),
        rooms: roomNames.map((name) => ({ name, guid: uuidV5(`${base}#room-${name}`) })),
        tracks: tracks.map((name) => ({ name })),
        days,
      },
    },
  };
}

/** {@link editionToFrab} as pretty-printed JSON text. */
export function editionToFrabJson(edition: Edition, options?: FrabExportOptions): string {
  return `${JSON.stringify(editionToFrab(edition, options), null, 2)}\n`;
}
