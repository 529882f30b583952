/**
 * Import frab/pretalx schedules (`schedule.json`, and `schedule.xml` through {@link importFrabXml}).
 *
 * Days → rooms → events with a start (`date` with offset, or the day's date plus `start`) and a `duration`
 * (`HH:MM`); persons, links and tracks. See docs/interop/frab-json.md and docs/interop/frab-xml.md.
 */
import type { EditionInput, HOST_ROLES } from "../model/schema";
import { dayKey, parseDateTime } from "../time/instant";
import { formatOffset, isValidZone, offsetMinutesAt, type ZoneId } from "../time/zone";
import {
  guessKind,
  hoistSingleRoom,
  IdPool,
  ImportError,
  type ImportResult,
  isArray,
  isNonEmptyString,
  isRecord,
  isString,
  type LinksInput,
  linkKeyForLabel,
  type Mutable,
  Notes,
  need,
  PeopleBuilder,
  type PersonInput,
  parseJsonText,
  personLinkKey,
  putLink,
  requireZone,
  richText,
  roleForKind,
  type SessionInput,
  safeUrl,
  sessionLinkKey,
  writeInstant,
  zoneForOffset,
} from "./shared";
import { child, childrenNamed, parseXml, type XmlElement, XmlError } from "./xml";

/** Options for the frab importers. */
export interface FrabImportOptions {
  /** The edition's IANA zone. Default: the file's `time_zone_name`, else a zone for the events' UTC offset. */
  readonly timeZone?: string;
}

/** How paths into the source are written in notes and errors (JSON paths, or XML element paths). */
interface PathStyle {
  readonly conference: (field: string) => string;
  readonly day: (i: number) => string;
  readonly event: (day: number, room: string, j: number) => string;
  readonly field: (base: string, name: string) => string;
}

const JSON_PATHS: PathStyle = {
  conference: (f) => `schedule.conference${f ? `.${f}` : ""}`,
  day: (i) => `schedule.conference.days[${i}]`,
  event: (d, room, j) => `schedule.conference.days[${d}].rooms[${JSON.stringify(room)}][${j}]`,
  field: (base, name) => `${base}.${name}`,
};

const XML_PATHS: PathStyle = {
  conference: (f) => `schedule/conference${f ? `/${f}` : ""}`,
  day: (i) => `schedule/day[${i + 1}]`,
  event: (d, room, j) => `schedule/day[${d + 1}]/room[@name=${JSON.stringify(room)}]/event[${j + 1}]`,
  field: (base, name) => `${base}/${name}`,
};

/** Import a frab/pretalx `schedule.json` (text or parsed data). Throws {@link ImportError} if unreadable. */
export function importFrabJson(input: string | unknown, options: FrabImportOptions = {}): ImportResult {
  const data = typeof input === "string" ? parseJsonText(input, "a frab/pretalx schedule.json") : input;
  return importFrabData(data, options, JSON_PATHS);
}

/** Import a frab/Pentabarf `schedule.xml`. Throws {@link ImportError} if unreadable. */
export function importFrabXml(text: string, options: FrabImportOptions = {}): ImportResult {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    if (e instanceof XmlError) throw new ImportError(`line ${e.line}`, e.message.replace(/^XML error at [^:]+: /, ""));
    throw e;
  }
  if (root.name !== "schedule") {
    throw new ImportError(root.name, `expected a <schedule> root element, received <${root.name}>`);
  }
  return importFrabData(scheduleFromXml(root), options, XML_PATHS);
}

// --- XML → the JSON shape ------------------------------------------------------------------------------

const XML_LISTS: Readonly<Record<string, string>> = { persons: "person", links: "link", attachments: "attachment" };

/** Convert a `<schedule>` element into the `schedule.json` shape, so one mapper serves both. */
function scheduleFromXml(root: XmlElement): unknown {
  const conferenceEl = child(root, "conference");
  const conference: Record<string, unknown> = {};
  for (const c of conferenceEl?.children ?? []) conference[c.name] = c.text.trim();
  if (!conferenceEl) conference.__missing = true;
  conference.days = childrenNamed(root, "day").map((day) => {
    const rooms: Record<string, unknown[]> = {};
    for (const room of childrenNamed(day, "room")) {
      const name = room.attributes.name ?? "";
      const list = rooms[name] ?? [];
      rooms[name] = list;
      for (const ev of childrenNamed(room, "event")) list.push(eventFromXml(ev));
    }
    return {
      index: day.attributes.index === undefined ? undefined : Number(day.attributes.index),
      date: day.attributes.date,
      day_start: day.attributes.start,
      day_end: day.attributes.end,
      rooms,
    };
  });
  const version = child(root, "version")?.text.trim();
  const out: Record<string, unknown> = { version, conference: conferenceEl ? conference : undefined };
  const baseUrl = conference.base_url;
  if (baseUrl) out.base_url = baseUrl;
  delete conference.base_url;
  delete conference.__missing;
  return { schedule: out };
}

function eventFromXml(el: XmlElement): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(el.attributes)) event[k] = k === "id" ? Number(val) : val;
  for (const c of el.children) {
    const itemName = XML_LISTS[c.name];
    if (itemName) {
      event[c.name] = childrenNamed(c, itemName).map((item) =>
        c.name === "persons"
          ? {
              ...item.attributes,
              id: item.attributes.id ? Number(item.attributes.id) : undefined,
              name: item.text.trim(),
            }
          : { url: item.attributes.href, title: item.text.trim() || undefined, type: item.attributes.type },
      );
    } else if (c.children.length) {
      const nested: Record<string, string> = {};
      for (const g of c.children) nested[g.name] = g.text.trim();
      event[c.name] = nested;
    } else {
      event[c.name] = c.text.trim();
    }
  }
  return event;
}

// --- The mapper -----------------------------------------------------------------------------------------

/** Fields that are identifiers or derived from mapped fields: used, or safe to leave, never noted. */
const EVENT_USED = new Set([
  "id",
  "guid",
  "code",
  "date",
  "start",
  "end",
  "duration",
  "room",
  "slug",
  "title",
  "track",
  "type",
  "abstract",
  "description",
  "persons",
  "links",
  "attachments",
  "url",
]);
const PERSON_USED = new Set([
  "id",
  "guid",
  "code",
  "name",
  "public_name",
  "biography",
  "avatar",
  "url",
  "links",
  "role",
]);
const CONFERENCE_USED = new Set([
  "acronym",
  "title",
  "start",
  "end",
  "daysCount",
  "days",
  "timeslot_duration",
  "time_zone_name",
  "url",
  "description",
  "rooms",
  "tracks",
]);

const DURATION = /^(\d+):(\d{2})(?::(\d{2}))?$/;

function durationMs(text: string): number | null {
  const m = DURATION.exec(text.trim());
  if (!m) return null;
  const [, a, b, c] = m;
  // HH:MM, or H:MM:SS when there are three parts.
  return c === undefined
    ? (Number(a) * 60 + Number(b)) * 60000
    : (Number(a) * 3600 + Number(b) * 60 + Number(c)) * 1000;
}

interface RawEvent {
  readonly path: string;
  readonly room: string;
  readonly day: Record<string, unknown>;
  readonly event: Record<string, unknown>;
}

function importFrabData(data: unknown, options: FrabImportOptions, paths: PathStyle): ImportResult {
  const notes = new Notes();
  const root = need(data, "", "an object with a schedule", isRecord);
  const schedule = need(root.schedule, "schedule", "an object", isRecord);
  const conference = need(schedule.conference, paths.conference(""), "the conference object", isRecord);
  const title = need(conference.title, paths.conference("title"), "the conference title (a string)", isNonEmptyString);
  const days = need(conference.days, paths.conference("days"), "a list of days", isArray);
  const baseUrl = safeUrl(schedule.base_url) ?? undefined;

  // Collect events first: the zone may have to come from their offsets.
  const raw: RawEvent[] = [];
  days.forEach((d, i) => {
    const dayPath = paths.day(i);
    const day = need(d, dayPath, "a day object", isRecord);
    const rooms = need(day.rooms, paths.field(dayPath, "rooms"), "rooms (an object of room name → events)", isRecord);
    for (const [room, list] of Object.entries(rooms)) {
      const events = need(list, `${dayPath}.rooms[${JSON.stringify(room)}]`, "a list of events", isArray);
      events.forEach((e, j) => {
        const path = paths.event(i, room, j);
        raw.push({ path, room, day, event: need(e, path, "an event object", isRecord) });
      });
    }
  });

  // --- Zone
  let zone: ZoneId | null = null;
  if (options.timeZone !== undefined) {
    zone = requireZone(options.timeZone, "Europe/Berlin");
  } else if (isString(conference.time_zone_name) && isValidZone(conference.time_zone_name)) {
    zone = conference.time_zone_name;
  } else {
    if (conference.time_zone_name !== undefined) {
      notes.add(
        paths.conference("time_zone_name"),
        "not a known IANA zone; used the events' UTC offset instead",
        conference.time_zone_name,
      );
    }
    const firstDated = raw
      .map((r) => r.event.date)
      .find((d): d is string => isString(d) && /[+-]\d{2}:?\d{2}$|Z$/.test(d));
    if (firstDated) {
      const r = parseDateTime(firstDated, "UTC");
      if (r.ok) {
        const local = Date.parse(firstDated.replace(/([+-]\d{2}:?\d{2}|Z)$/, "Z"));
        const offset = Math.round((local - r.instant.epochMs) / 60000);
        zone = zoneForOffset(offset);
        if (zone) {
          notes.add(
            paths.conference("time_zone_name"),
            `the file names no time zone; used ${zone} for the events' offset ${formatOffset(offset)}. Pass the real zone (e.g. --time-zone Europe/Berlin) so daylight-saving changes are right`,
          );
        }
      }
    }
  }
  if (!zone) {
    throw new ImportError(
      paths.conference("time_zone_name"),
      "missing: the file names no time zone and its events have no UTC offsets; pass the zone (--time-zone Europe/Berlin)",
    );
  }
  const z: ZoneId = zone;
  noteOffsetContradiction(
    raw,
    z,
    options.timeZone !== undefined ? "timeZone" : paths.conference("time_zone_name"),
    notes,
  );

  // --- Conference-level fields
  for (const [k, val] of Object.entries(conference)) {
    if (!CONFERENCE_USED.has(k)) notes.unmapped(paths.conference(k), val);
  }
  for (const [k, val] of Object.entries(schedule)) {
    if (k !== "conference" && k !== "version" && k !== "base_url") notes.unmapped(`schedule.${k}`, val);
  }
  noteExtras(conference.rooms, paths.conference("rooms"), new Set(["name", "guid", "slug"]), notes);
  noteExtras(conference.tracks, paths.conference("tracks"), new Set(["name", "slug"]), notes);

  const website = safeUrl(conference.url, baseUrl);

  // --- Sessions and people
  const people = new PeopleBuilder();
  const ids = new IdPool("session");
  const sessions: Mutable<SessionInput>[] = [];
  const epochs: number[] = [];
  const rooms = new Set<string>();
  for (const { path, room, day, event } of raw) {
    const title = isNonEmptyString(event.title) ? event.title.trim() : null;
    if (!title) {
      throw new ImportError(
        paths.field(path, "title"),
        `missing required field: expected the event title, received ${JSON.stringify(event.title ?? null)}`,
      );
    }
    const startMs = eventStart(event, day, z, path, paths);
    const endMs = eventEnd(event, startMs, z, path, paths, notes);
    epochs.push(startMs);
    const roomName = (isNonEmptyString(event.room) ? event.room : room).trim();
    if (roomName) rooms.add(roomName);
    const track = isNonEmptyString(event.track) ? event.track.trim() : undefined;
    const type = isString(event.type) ? event.type : undefined;
    let kind = guessKind([type, track], title);
    if (!kind) {
      kind = "other";
      notes.add(
        paths.field(path, "type"),
        `no matching session kind for type ${JSON.stringify(type ?? "")}; imported as "other"`,
        type ?? null,
      );
    }
    const session: Mutable<SessionInput> = {
      id: ids.take(isNonEmptyString(event.slug) ? event.slug : title),
      title,
      kind,
      start: writeInstant(startMs, z),
      ...(endMs !== null ? { end: writeInstant(endMs, z) } : {}),
      ...(roomName ? { room: roomName } : {}),
      ...(track ? { track } : {}),
    };
    const description = [
      richText(event.abstract, paths.field(path, "abstract"), notes),
      richText(event.description, paths.field(path, "description"), notes),
    ]
      .filter(Boolean)
      .join("\n\n");
    if (description) session.description = description;
    session.links = sessionLinks(event, path, paths, baseUrl, website, notes);
    if (Object.keys(session.links).length === 0) delete session.links;

    const persons =
      event.persons === undefined
        ? []
        : need(event.persons, paths.field(path, "persons"), "a list of persons", isArray);
    const speakerIds: string[] = [];
    const hosts: { id: string; role: HostRole }[] = [];
    persons.forEach((p, k) => {
      const pPath = `${paths.field(path, "persons")}[${k}]`;
      const person = need(p, pPath, "a person object", isRecord);
      const name = [person.name, person.public_name].find(isNonEmptyString)?.trim();
      if (!name) throw new ImportError(`${pPath}.name`, "missing required field: expected the person's name");
      const key = String(person.guid ?? person.code ?? (person.id !== undefined ? `id:${person.id}` : `name:${name}`));
      const { person: out, created } = people.get(key, name);
      const hostRole = hostRoleOf(person.role);
      if (hostRole) {
        // A moderator or chair runs the session without speaking in it: a host, not a speaker.
        PeopleBuilder.addRole(out, hostRole === "moderator" ? "moderator" : "organiser");
        if (!hosts.some((h) => h.id === out.id)) hosts.push({ id: out.id, role: hostRole });
      } else {
        PeopleBuilder.addRole(out, roleForKind(kind));
        if (!speakerIds.includes(out.id)) speakerIds.push(out.id);
      }
      if (created) fillPerson(out, person, pPath, baseUrl, notes);
    });
    if (speakerIds.length) session.speakers = speakerIds;
    if (hosts.length) session.hosts = hosts;

    noteUnused(event, EVENT_USED, (k) => paths.field(path, k), notes);
    sessions.push(session);
  }

  const venueRoom = hoistSingleRoom(rooms, sessions);

  // A frab day runs from day_start to day_end and may end after midnight (04:00): an event at 01:00 belongs to the
  // day it is listed under, so the conference's dates come from the days' own dates, not from the events' instants.
  const dayDates = days
    .map((d) => (isRecord(d) && isString(d.date) && /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? d.date : null))
    .filter((d): d is string => d !== null)
    .sort();
  const firstDay = dayDates[0] ?? (epochs.length ? dayKey(Math.min(...epochs), z) : null);
  const lastDay = dayDates[dayDates.length - 1] ?? (epochs.length ? dayKey(Math.max(...epochs), z) : null);
  const startDate = calendarDate(conference.start, z) ?? firstDay;
  if (!startDate)
    throw new ImportError(paths.conference("start"), "missing required field: expected the first day (YYYY-MM-DD)");
  const declaredEnd = calendarDate(conference.end, z);
  let endDate = declaredEnd ?? (lastDay !== null && lastDay > startDate ? lastDay : startDate);
  // A date-time end ("2020-12-31T03:59+01:00") is the last day's day_end: it cannot push the end past that day.
  const endIsDateTime = isString(conference.end) && !/^\d{4}-\d{2}-\d{2}$/.test(conference.end.trim());
  if (endIsDateTime && lastDay !== null && endDate > lastDay && lastDay >= startDate) endDate = lastDay;
  const acronym = isNonEmptyString(conference.acronym)
    ? shortNameOf(conference.acronym.trim(), title, Number(startDate.slice(0, 4)))
    : title;
  const edition: Mutable<EditionInput> = {
    name: title.trim(),
    shortName: acronym,
    year: Number(startDate.slice(0, 4)),
    timeZone: z,
    dates: { start: startDate, ...(endDate !== startDate ? { end: endDate } : {}) },
  };
  const description = richText(conference.description, paths.conference("description"), notes);
  if (description) edition.description = description;
  if (venueRoom !== undefined) edition.venue = { room: venueRoom };
  if (website) edition.website = website;
  else notes.unmapped(paths.conference("url"), conference.url, "not an http(s) URL");
  const peopleList = people.finish();
  if (peopleList.length) edition.people = peopleList;
  if (sessions.length) edition.sessions = sessions;
  return { edition, unmapped: notes.list };
}

const OFFSET_AT_END = /([+-])(\d{2}):?(\d{2})$|Z$/;

/** The UTC offset written at the end of a date-time (`+01:00` → 60, `Z` → 0), or `null` when it has none. */
function writtenOffset(text: string): number | null {
  const m = OFFSET_AT_END.exec(text.trim());
  if (!m) return null;
  if (m[0] === "Z") return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -minutes : minutes;
}

/**
 * A file whose declared zone disagrees with its own offsets (time_zone_name UTC, dates at +01:00) is a
 * contradiction the importer cannot settle: the instants are kept as written, but every time is shown in the
 * zone's wall clock, off from the file's digits. One warning names both, at the first event that disagrees.
 */
function noteOffsetContradiction(raw: readonly RawEvent[], zone: ZoneId, zonePath: string, notes: Notes): void {
  const disagree: { path: string; date: string; written: number; expected: number }[] = [];
  for (const { path, event } of raw) {
    if (!isString(event.date)) continue;
    const written = writtenOffset(event.date);
    const r = written === null ? null : parseDateTime(event.date, zone);
    if (written === null || !r?.ok) continue;
    const expected = offsetMinutesAt(r.instant.epochMs, zone);
    if (expected !== written) disagree.push({ path, date: event.date, written, expected });
  }
  const first = disagree[0];
  if (!first) return;
  notes.add(
    zonePath,
    `warning: the zone ${zone} (${formatOffset(first.expected)} on that date) contradicts the file's own offset ` +
      `${formatOffset(first.written)} at ${first.path}.date (${disagree.length} event(s) disagree); the instants are ` +
      `kept as written, so every time shows ${zone}'s wall clock, not the file's digits. Pass the real zone ` +
      "(timeZone, --time-zone) to settle it",
    first.date,
  );
}

/**
 * The short name behind a frab acronym. Our own export writes `es_fomo_2025` for "ES-FoMo" in 2025 (the c3voc
 * pattern allows no capitals or spaces): when the title contains the words that acronym was made from, they are
 * the short name again, so a round trip neither mangles it nor grows a second year. Any other acronym is kept.
 */
function shortNameOf(acronym: string, title: string, year: number): string {
  if (!acronym.endsWith(`_${year}`)) return acronym;
  const base = acronym.slice(0, -`_${year}`.length);
  const slug = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "");
  const words = title.split(/\s+/).filter(Boolean);
  const candidates: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      candidates.push(
        words
          .slice(i, j)
          .join(" ")
          .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""),
      );
    }
  }
  // Short names usually leave the year to `year` ("DDD Melbourne"); one that included it ("DDD Melbourne 2025")
  // comes back without it, which exports the same again.
  return candidates.find((c) => slug(c) === base) ?? acronym;
}

type HostRole = (typeof HOST_ROLES)[number];

/** A frab person's `role` that makes them a session host (`moderator`, `chair`, `host`), or `null` (speaker). */
function hostRoleOf(role: unknown): HostRole | null {
  if (!isString(role)) return null;
  if (/moderat/i.test(role)) return "moderator";
  if (/chair/i.test(role)) return "chair";
  if (/^\s*host\s*$/i.test(role)) return "host";
  return null;
}

const ANSWERS = "not mapped: answers to organiser questions (contents not copied here; they may be private)";

function isEmptyAnswer(a: unknown): boolean {
  return a === undefined || a === null || a === "" || (isArray(a) && a.length === 0);
}

/**
 * Note every field of an event or person the mapper does not use; answers to organiser questions are counted,
 * never copied.
 */
function noteUnused(
  record: Record<string, unknown>,
  used: ReadonlySet<string>,
  at: (field: string) => string,
  notes: Notes,
): void {
  for (const [k, val] of Object.entries(record)) {
    if (used.has(k)) continue;
    if (k === "answers" && isArray(val)) {
      const answered = val.filter((a) => isRecord(a) && !isEmptyAnswer(a.answer));
      if (answered.length) notes.add(at(k), ANSWERS, `${answered.length} answer(s)`);
      continue;
    }
    notes.unmapped(at(k), val);
  }
}

function noteExtras(list: unknown, path: string, used: ReadonlySet<string>, notes: Notes): void {
  if (!isArray(list)) return;
  list.forEach((item, i) => {
    if (!isRecord(item)) return;
    for (const [k, val] of Object.entries(item)) if (!used.has(k)) notes.unmapped(`${path}[${i}].${k}`, val);
  });
}

function calendarDate(value: unknown, zone: ZoneId): string | null {
  if (!isString(value)) return null;
  const t = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const r = parseDateTime(t, zone);
  return r.ok ? dayKey(r.instant.epochMs, zone) : null;
}

function eventStart(
  event: Record<string, unknown>,
  day: Record<string, unknown>,
  zone: ZoneId,
  path: string,
  paths: PathStyle,
): number {
  if (event.date !== undefined && event.date !== null && event.date !== "") {
    const at = paths.field(path, "date");
    const text = need(event.date, at, 'a date-time such as "2020-12-27T11:30:00+01:00"', isString);
    const r = parseDateTime(text, zone);
    if (!r.ok) throw new ImportError(at, r.error.message);
    return r.instant.epochMs;
  }
  // Older frab: the day's date plus "HH:MM"; times before the day's start belong to the next calendar day.
  const at = paths.field(path, "start");
  const start = need(
    event.start,
    at,
    'a start time "HH:MM" (or a date)',
    (v): v is string => isString(v) && /^\d{1,2}:\d{2}$/.test(v.trim()),
  );
  const date = need(
    day.date,
    path.replace(/(\.rooms\[|\/room\[).*$/, "") + (path.includes("/") ? "/@date" : ".date"),
    "the day's date (YYYY-MM-DD)",
    (v): v is string => isString(v) && /^\d{4}-\d{2}-\d{2}$/.test(v),
  );
  const [h, m] = start.trim().split(":").map(Number) as [number, number];
  const dayStart = isString(day.day_start) ? /T(\d{2}):(\d{2})/.exec(day.day_start) : null;
  const nextDay = dayStart ? h * 60 + m < Number(dayStart[1]) * 60 + Number(dayStart[2]) : false;
  const d = new Date(`${date}T00:00:00Z`);
  if (nextDay) d.setUTCDate(d.getUTCDate() + 1);
  const r = parseDateTime(
    `${d.toISOString().slice(0, 10)}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`,
    zone,
  );
  if (!r.ok) throw new ImportError(at, r.error.message);
  return r.instant.epochMs;
}

function eventEnd(
  event: Record<string, unknown>,
  startMs: number,
  zone: ZoneId,
  path: string,
  paths: PathStyle,
  notes: Notes,
): number | null {
  if (isNonEmptyString(event.end)) {
    const r = parseDateTime(event.end, zone);
    if (!r.ok) throw new ImportError(paths.field(path, "end"), r.error.message);
    if (r.instant.epochMs > startMs) return r.instant.epochMs;
    notes.add(paths.field(path, "end"), "the end is not after the start; imported without an end", event.end);
    return null;
  }
  const at = paths.field(path, "duration");
  const text = need(event.duration, at, 'a duration "HH:MM"', isString);
  const ms = durationMs(text);
  if (ms === null) throw new ImportError(at, `expected a duration like "00:30", received ${JSON.stringify(text)}`);
  return ms > 0 ? startMs + ms : null;
}

function sessionLinks(
  event: Record<string, unknown>,
  path: string,
  paths: PathStyle,
  baseUrl: string | undefined,
  website: string | null,
  notes: Notes,
): Partial<LinksInput> {
  const links: Partial<Record<keyof LinksInput, string>> = {};
  const url = safeUrl(event.url, baseUrl);
  // Our own export writes each session's url as the website's anchor for it (`…/#slug`): derived, not a link.
  const ownAnchor = website && isString(event.slug) ? `${website.replace(/\/$/, "")}/#${event.slug}` : null;
  if (url && url === ownAnchor) {
    // nothing lost: the session's id is the slug
  } else if (url) links.website = url;
  else if (event.url !== `urn:uuid:${String(event.guid)}`) {
    // (our own exporter writes the guid as a URN when the edition has no website: nothing lost)
    notes.unmapped(paths.field(path, "url"), event.url, "not an http(s) URL");
  }
  for (const field of ["links", "attachments"] as const) {
    const list = event[field];
    if (list === undefined || list === null) continue;
    const items = need(list, paths.field(path, field), "a list of links", isArray);
    for (const [i, item] of items.entries()) {
      const at = `${paths.field(path, field)}[${i}]`;
      if (!isRecord(item)) {
        notes.unmapped(at, item, "not a link object");
        continue;
      }
      const href = safeUrl(item.url ?? item.href, baseUrl);
      if (!href) {
        notes.unmapped(at, item.url ?? item.href, "not an http(s) URL");
        continue;
      }
      const key =
        linkKeyForLabel(item.title) ?? sessionLinkKey(href, [item.type, item.title].filter(isString).join(" "));
      if (!key || !putLink(links, key, href)) {
        notes.add(at, `not mapped: ${key ? `a second "${key}" link` : "no matching link kind"}`, href);
      }
    }
  }
  return links;
}

function fillPerson(
  out: Mutable<PersonInput>,
  person: Record<string, unknown>,
  path: string,
  baseUrl: string | undefined,
  notes: Notes,
): void {
  const bio = richText(person.biography, `${path}.biography`, notes);
  if (bio) out.bio = bio;
  const avatar = safeUrl(person.avatar, baseUrl);
  if (avatar) out.photo = { src: avatar, alt: `Portrait of ${out.name}` };
  else notes.unmapped(`${path}.avatar`, person.avatar, "not an http(s) URL");
  const links: Partial<Record<keyof LinksInput, string>> = {};
  const home = safeUrl(person.url, baseUrl);
  // A url that is also among the links with a title we know ("Website") takes that link's kind; else it is the
  // homepage. (Our own export writes the homepage or website as url and again in links.)
  const titled = (l: unknown) => isRecord(l) && safeUrl(l.url, baseUrl) === home && linkKeyForLabel(l.title) !== null;
  if (home && !(isArray(person.links) && person.links.some(titled))) links.homepage = home;
  if (isArray(person.links)) {
    for (const [i, l] of person.links.entries()) {
      const href = isRecord(l) ? safeUrl(l.url, baseUrl) : null;
      if (!href) {
        notes.unmapped(`${path}.links[${i}]`, l, "not an http(s) link");
        continue;
      }
      // The person's url is usually among their links too (our own export writes the homepage in both): once.
      if (Object.values(links).includes(href)) continue;
      const key =
        (isRecord(l) ? linkKeyForLabel(l.title) : null) ??
        personLinkKey(href) ??
        (links.homepage ? "website" : "homepage");
      if (!putLink(links, key, href)) notes.add(`${path}.links[${i}]`, `not mapped: a second "${key}" link`, href);
    }
  }
  if (Object.keys(links).length) out.links = links;
  noteUnused(person, PERSON_USED, (k) => `${path}.${k}`, notes);
}
