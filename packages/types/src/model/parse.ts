/**
 * `parseEdition`: validate a content file and turn it into an {@link Edition}.
 *
 * Two passes: the valibot schema checks shape; then times are resolved in the right zone and records are
 * checked against each other. Every issue names the path, what was expected and what was received.
 */
import * as v from "valibot";
import {
  type CalendarDate,
  DATE_PATTERN,
  dayKey,
  type Instant,
  instantFromEpoch,
  parseCalendarDate,
  parseDateTime,
  startOfDate,
  TIME_PATTERN,
} from "../time/instant";
import { isValidZone, utcFromFields, type ZoneId } from "../time/zone";
import { didYouMean, IssueList, type ValidationIssue } from "./issues";
import { linksFromRecord } from "./links";
import { type EditionInput, EditionSchema } from "./schema";
import { splitParagraphs } from "./text";
import type {
  CallForPapers,
  Committee,
  Deadline,
  DeadlineChange,
  DeadlineKind,
  Edition,
  Image,
  Paper,
  Person,
  Revision,
  Session,
  SessionHost,
} from "./types";

/** The result of {@link parseEdition}. */
export type ParseResult =
  | { readonly ok: true; readonly edition: Edition; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Options of {@link parseEdition}. */
export interface ParseOptions {
  /** Warning codes to leave out (added to the file's own `validation.ignore`). Default: none. */
  readonly ignore?: readonly string[];
}

/** Short, readable rendering of a received value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "an invalid Date object" : `a Date object (${value.toISOString()})`;
  }
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  return typeof value;
}

type Key = string | number;

function pathText(keys: readonly Key[]): string {
  let out = "";
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

/** The schema found by following `keys` from `schema` (through optional, pipe, array and record), or `null`. */
function schemaAt(schema: unknown, keys: readonly Key[]): Record<string, unknown> | null {
  let node = schema as Record<string, unknown> | undefined;
  const unwrap = () => {
    while (node && (node.type === "optional" || node.type === "nullable")) node = node.wrapped as typeof node;
  };
  unwrap();
  for (const key of keys) {
    if (!node) return null;
    if (node.type === "union") {
      node = (node.options as Record<string, unknown>[]).find((o) => o.type === "array" || o.type === "strict_object");
      unwrap();
      if (!node) return null;
    }
    if (typeof key === "number") node = node.item as typeof node;
    else if (node.type === "record") node = node.value as typeof node;
    else node = (node.entries as Record<string, typeof node> | undefined)?.[key];
    unwrap();
  }
  return node ?? null;
}

/** Turn a valibot issue (inside `root`, found at `prefix`) into a {@link ValidationIssue}. */
function fromValibot(issue: v.BaseIssue<unknown>, root: unknown, prefix: readonly Key[]): ValidationIssue {
  const rel = (issue.path ?? []).map((item) => (item as { key: Key }).key);
  const path = pathText([...prefix, ...rel]);
  const input = issue.input;
  const base = { severity: "error" as const, path };
  if (input instanceof Date) {
    return {
      ...base,
      code: "date-not-string",
      message: `expected a date written as a string, received ${describeValue(input)}; quote the value so it stays exactly as written`,
      expected: "string",
      received: "Date",
    };
  }
  if (issue.type === "strict_object" && issue.kind === "schema" && issue.expected === "never") {
    const key = String(rel[rel.length - 1] ?? path);
    const record = schemaAt(root, rel.slice(0, -1));
    const fields = Object.keys((record?.entries as object | undefined) ?? {});
    const guess = didYouMean(key, fields);
    const where = pathText([...prefix, ...rel.slice(0, -1)]) || "the top level";
    return {
      ...base,
      code: "unknown-field",
      message: `unknown field "${key}": it is not a field of ${where}${guess ? `; did you mean "${guess}"?` : "."} Its fields are: ${fields.join(", ")}`,
      expected: guess ? `"${guess}"` : "a known field",
      received: describeValue(input),
    };
  }
  if (input === undefined && issue.kind === "schema") {
    return {
      ...base,
      code: "missing-field",
      message: `missing required field: expected ${issue.expected ?? "a value"}`,
      expected: issue.expected ?? null,
      received: "nothing",
    };
  }
  if (issue.type === "picklist" && typeof input === "string") {
    const options = (schemaAt(root, rel)?.options as readonly string[] | undefined) ?? [];
    const guess = didYouMean(input, options);
    return {
      ...base,
      code: "unknown-value",
      message: `expected one of ${options.map((o) => `"${o}"`).join(", ")}, received ${describeValue(input)}${guess ? `; did you mean "${guess}"?` : ""}`,
      expected: issue.expected ?? null,
      received: describeValue(input),
    };
  }
  let expected = issue.expected ?? null;
  let message: string;
  if (issue.message && !issue.message.startsWith("Invalid ")) {
    message = `${issue.message}, received ${describeValue(input)}`;
    expected = issue.message.replace(/^expected /, "");
  } else {
    message = `expected ${expected ?? "a valid value"}, received ${describeValue(input)}`;
  }
  if (message.includes('received ""') && issue.message.includes('received ""')) message = issue.message;
  return { ...base, code: "invalid-value", message, expected, received: describeValue(input) };
}

const DEADLINE_ORDER: DeadlineKind[] = ["abstract", "submission", "notification", "camera-ready", "workshop"];

function image(input: NonNullable<EditionInput["people"]>[number]["photo"]): Image | null {
  if (!input) return null;
  return { src: input.src, alt: input.alt, width: input.width ?? null, height: input.height ?? null };
}

function paper(input: NonNullable<EditionInput["papers"]>[number], sessionId: string | null = null): Paper {
  return {
    id: input.id ?? null,
    title: input.title,
    authors: input.authors ?? [],
    links: linksFromRecord(input.links),
    presentation: input.presentation ?? null,
    award: input.award ?? null,
    poster: input.poster?.trim() || null,
    sessionId: input.session ?? sessionId,
  };
}

type RawSession = NonNullable<EditionInput["sessions"]>[number];
type RawItem = NonNullable<RawSession["items"]>[number];

const TBA = /^(tba|tbd|to be announced)$/i;

type Data = Partial<v.InferOutput<typeof EditionSchema>>;

/** The id of the person `text` most likely means: a person's id, or their name written instead of it. */
function guessPerson(text: string, people: readonly { id: string; name: string }[]): string | null {
  const lower = text.trim().toLowerCase();
  const byName = people.find((p) => p.name.toLowerCase() === lower);
  if (byName) return byName.id;
  const id = didYouMean(
    text,
    people.map((p) => p.id),
  );
  if (id) return id;
  const name = didYouMean(
    text,
    people.map((p) => p.name),
  );
  return name ? (people.find((p) => p.name === name)?.id ?? null) : null;
}

/** Where a content file refers to a person by id. */
const PERSON_REF = /(\.speakers\[\d+\]|\.members\[\d+\]|\.hosts\[\d+\]\.id)$/;

/** `id` and `name` of every person record that has them, well-formed or not. */
function peopleOf(input: Record<string, unknown>): { id: string; name: string }[] {
  const list = Array.isArray(input.people) ? input.people : [];
  return list.flatMap((p: unknown) => {
    const r = p as { id?: unknown; name?: unknown } | null;
    return r && typeof r.id === "string" && typeof r.name === "string" ? [{ id: r.id, name: r.name }] : [];
  });
}

/** Top-level fields that hold a list of records: each record is checked on its own, and the good ones are kept. */
const LIST_FIELDS = new Set(["people", "sessions", "deadlines", "papers", "sponsors", "committees", "revisions"]);

/**
 * The shape pass, record by record: every well-formed record is kept, so the checks across records run in the same
 * pass as the shape checks and a file's problems are all listed in one run. The ids of malformed people and sessions
 * are remembered, so a reference to them is not reported as unknown as well.
 */
function readShape(input: Record<string, unknown>, options: ParseOptions) {
  const entries = EditionSchema.entries as unknown as Record<string, v.GenericSchema>;
  const out: Record<string, unknown> = {};
  const found: ValidationIssue[] = [];
  /** Ids of malformed people and sessions, with where they are (`people[2]`, `sessions[4].items[1]`). */
  const broken = { people: new Map<string, number>(), sessions: new Map<string, string>() };
  const fields = Object.keys(entries);
  for (const key of Object.keys(input)) {
    if (Object.hasOwn(entries, key)) continue;
    const guess = didYouMean(key, fields);
    found.push({
      severity: "error",
      code: "unknown-field",
      path: key,
      message: `unknown field "${key}": it is not a field of the top level${guess ? `; did you mean "${guess}"?` : "."} Its fields are: ${fields.join(", ")}`,
      expected: guess ? `"${guess}"` : "a known field",
      received: describeValue(input[key]),
    });
  }
  const idOf = (x: unknown) =>
    x && typeof x === "object" && typeof (x as { id?: unknown }).id === "string" ? (x as { id: string }).id : null;
  for (const [key, schema] of Object.entries(entries)) {
    const value = input[key];
    const item = LIST_FIELDS.has(key) ? (schemaAt(schema, [0]) as v.GenericSchema | null) : null;
    if (item && Array.isArray(value)) {
      // A sparse list: a malformed record leaves a hole, so every good one keeps its index (and its path), and
      // forEach/map in the checks skip the holes.
      const list: unknown[] = new Array(value.length);
      value.forEach((element, i) => {
        const r = v.safeParse(item, element, { abortEarly: false });
        if (r.success) {
          list[i] = r.output;
          return;
        }
        for (const x of r.issues) found.push(fromValibot(x, item, [key, i]));
        const id = idOf(element);
        if (id && key === "people" && !broken.people.has(id)) broken.people.set(id, i);
        if (id && key === "sessions") {
          if (!broken.sessions.has(id)) broken.sessions.set(id, `sessions[${i}]`);
          const items = (element as { items?: unknown }).items;
          (Array.isArray(items) ? items : []).forEach((it, j) => {
            const itemId = idOf(it);
            if (itemId && !broken.sessions.has(itemId)) broken.sessions.set(itemId, `sessions[${i}].items[${j}]`);
          });
        }
      });
      out[key] = list;
      continue;
    }
    const r = v.safeParse(schema, value, { abortEarly: false });
    if (r.success) {
      if (r.output !== undefined) out[key] = r.output;
    } else {
      for (const x of r.issues) found.push(fromValibot(x, schema, [key]));
    }
  }
  const data = out as Data;
  const issues = new IssueList([...(options.ignore ?? []), ...(data.validation?.ignore ?? [])]);
  const people = peopleOf(input);
  for (const i of found) {
    // A name written where an id belongs ("Tri Dao" for tri-dao) fails the id's shape: say which id it means.
    const wrote = i.received?.startsWith('"') ? (JSON.parse(i.received) as string) : null;
    const guess = wrote && PERSON_REF.test(i.path) ? guessPerson(wrote, people) : null;
    issues.add(guess ? { ...i, message: `${i.message}; did you mean "${guess}"?` } : i);
  }
  return { data, issues, broken };
}

/**
 * Validate a content file (already read from YAML or JSON) and build the typed {@link Edition}.
 * Never throws for bad input: every problem comes back as a {@link ValidationIssue}.
 */
export function parseEdition(input: unknown, options: ParseOptions = {}): ParseResult {
  if (typeof input !== "object" || input === null || Array.isArray(input) || input instanceof Date) {
    const message = `expected a mapping of fields (name:, year:, timeZone:, …), received ${describeValue(input)}`;
    return {
      ok: false,
      issues: [
        {
          severity: "error",
          code: "not-a-mapping",
          path: "",
          message,
          expected: "a mapping",
          received: describeValue(input),
        },
      ],
    };
  }
  const { data, issues, broken } = readShape(input as Record<string, unknown>, options);
  const knownPeople = (data.people ?? []).filter((p) => p !== undefined).map((p) => ({ id: p.id, name: p.name }));
  const unknownPerson = (pid: string) => {
    const guess = guessPerson(pid, knownPeople);
    return `unknown person id ${describeValue(pid)}; ${guess ? `did you mean "${guess}"? Otherwise ` : ""}add them under people: or fix the id`;
  };
  const error = (code: string, path: string, message: string, expected?: string, received?: string) =>
    issues.error(code, path, message, expected ?? null, received ?? null);
  const warn = (code: string, path: string, message: string) => issues.warn(code, path, message);
  (data.validation?.review ?? []).forEach((note, i) => {
    warn("review", `validation.review[${i}]`, `to re-check: ${note}`);
  });

  // --- Zone and dates ------------------------------------------------------------------------------
  // When the zone or the dates are unusable (reported already or here), the checks below still run, in UTC and
  // around 1 January, so every other problem is found in the same run; only warnings about dates are left out.
  const givenZone = data.timeZone;
  const zoneGiven = typeof givenZone === "string";
  const zoneOk = zoneGiven && givenZone !== "AoE" && isValidZone(givenZone);
  if (zoneGiven && !zoneOk) {
    error(
      "bad-zone",
      "timeZone",
      `expected an IANA time zone such as "America/Vancouver", received ${describeValue(data.timeZone)}`,
      "IANA time zone",
      describeValue(data.timeZone),
    );
  }
  const zone: ZoneId = zoneOk ? givenZone : "UTC";
  const yearOk = typeof data.year === "number";
  const given = data.dates;
  const givenStart = given ? parseCalendarDate(given.start) : null;
  if (given && !givenStart)
    error("bad-date", "dates.start", `expected a real date, received ${describeValue(given.start)}`);
  const givenEnd = given?.end === undefined ? givenStart : parseCalendarDate(given.end);
  if (given?.end !== undefined && !givenEnd) {
    error("bad-date", "dates.end", `expected a real date, received ${describeValue(given.end)}`);
  }
  if (givenStart && givenEnd && givenEnd.iso < givenStart.iso) {
    error("dates-order", "dates.end", `the workshop ends (${givenEnd.iso}) before it starts (${givenStart.iso})`);
  }
  const datesOk = givenStart !== null && givenEnd !== null && givenEnd.iso >= givenStart.iso;
  if (datesOk && yearOk && givenStart.year !== data.year && givenEnd.year !== data.year) {
    warn(
      "dates-other-year",
      "dates.start",
      `the workshop date ${givenStart.iso} is not in the edition's year ${data.year}; is it left over from another edition?`,
    );
  }
  const fallback = parseCalendarDate(`${String(yearOk ? data.year : 2000).padStart(4, "0")}-01-01`) as CalendarDate;
  const start: CalendarDate = datesOk ? givenStart : fallback;
  const end: CalendarDate = datesOk ? givenEnd : fallback;
  const checkDates = datesOk && zoneOk && yearOk;

  // A programme repeats the same few times (parallel rooms, one grid a day), and reading a time in a zone is the
  // costly step of a parse (Intl): each text is read once per zone and run, and each instant's date once per run.
  // Keyed by zone, then by the text itself: no key string is built per lookup.
  const readTimes = new Map<ZoneId, Map<string, ReturnType<typeof parseDateTime>>>();
  const time = (path: string, text: string, z: ZoneId): Instant | null => {
    let inZone = readTimes.get(z);
    if (!inZone) {
      inZone = new Map();
      readTimes.set(z, inZone);
    }
    let r = inZone.get(text);
    if (!r) {
      r = parseDateTime(text, z);
      inZone.set(text, r);
    }
    if (r.ok) return r.instant;
    error("bad-time", path, r.error.message, "an existing local time", describeValue(text));
    return null;
  };

  // --- People --------------------------------------------------------------------------------------
  const people: Person[] = [];
  // Malformed people count as defined: a reference to them is not unknown, and a second one is a duplicate.
  const personIds = new Map<string, number>(broken.people);
  (data.people ?? []).forEach((p, i) => {
    const at = `people[${i}]`;
    const prev = personIds.get(p.id);
    if (prev !== undefined) error("duplicate-id", `${at}.id`, `duplicate person id "${p.id}" (also people[${prev}])`);
    personIds.set(p.id, i);
    if (p.photo && p.photo.alt.trim() === "") {
      warn(
        "photo-without-alt",
        `${at}.photo.alt`,
        `the photo of ${p.name} has empty alt text; describe it (e.g. "Portrait of ${p.name}")`,
      );
    }
    const speaks = (p.roles ?? []).some((r) => r === "invited-speaker" || r === "keynote" || r === "panelist");
    if (speaks && !p.bio?.trim()) warn("person-without-bio", `${at}.bio`, `${p.name} has no bio`);
    people.push({
      id: p.id,
      name: p.name,
      affiliation: p.affiliation?.trim() || null,
      title: p.title?.trim() || null,
      roles: p.roles ?? [],
      photo: image(p.photo),
      bio: splitParagraphs(p.bio),
      links: linksFromRecord(p.links),
    });
  });

  // --- Sessions ------------------------------------------------------------------------------------
  // A time written as "08:30" is on the workshop's first day, or on `day: N` of a multi-day workshop,
  // so the date lives in one place (dates.start) and moving the workshop is a one-line change.
  const spanDays =
    Math.round(
      (utcFromFields(end.year, end.month, end.day) - utcFromFields(start.year, start.month, start.day)) / 86_400_000,
    ) + 1;
  const sessionTime = (path: string, text: string, dayNumber: number | undefined): Instant | null => {
    if (!TIME_PATTERN.test(text)) return time(path, text, zone);
    if (dayNumber === undefined && spanDays > 1) {
      error(
        "time-without-day",
        path,
        `"${text}" has no date and the workshop spans ${spanDays} days; add day: 1..${spanDays} or write the full date`,
      );
      return null;
    }
    const n = dayNumber ?? 1;
    if (n > spanDays) {
      error(
        "day-out-of-range",
        path.replace(/\.(start|end)$/, ".day"),
        `day ${n} is after the workshop's last day (it has ${spanDays})`,
      );
      return null;
    }
    // utcFromFields, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
    const d = new Date(utcFromFields(start.year, start.month, start.day + n - 1));
    const iso = d.toISOString().slice(0, 10);
    return time(path, `${iso}T${text}`, zone);
  };
  const days = new Map<number, string>();
  /** The date of `epochMs` in the edition's zone (`dayKey`), remembered. */
  const dayOf = (epochMs: number): string => {
    let day = days.get(epochMs);
    if (day === undefined) {
      day = dayKey(epochMs, zone);
      days.set(epochMs, day);
    }
    return day;
  };
  const sessions: Session[] = [];
  /** Where each session id was first defined (`sessions[3]`, `sessions[2].items[1]`). */
  const sessionAt = new Map<string, string>(broken.sessions);
  const rawAt = new Map<string, RawItem>();
  const rawSessions = data.sessions ?? [];
  const readSession = (s: RawItem, at: string, block: { session: Session; raw: RawSession } | null) => {
    const prev = sessionAt.get(s.id);
    if (prev !== undefined) error("duplicate-id", `${at}.id`, `duplicate session id "${s.id}" (also ${prev})`);
    else {
      sessionAt.set(s.id, at);
      rawAt.set(s.id, s);
    }
    // An item is on its block's day and in its block's room unless it says otherwise.
    const day = s.day ?? block?.raw.day;
    const startI = sessionTime(`${at}.start`, s.start, day);
    const endI = s.end === undefined ? null : sessionTime(`${at}.end`, s.end, day);
    if (startI && endI && endI.epochMs <= startI.epochMs) {
      error(
        "end-before-start",
        `${at}.end`,
        `expected the end to be after the start (${s.start}), received ${describeValue(s.end)}`,
      );
    }
    const speakerIds = Array.isArray(s.speakers) ? s.speakers : [];
    const knownPerson = (path: string, pid: string) => {
      if (personIds.has(pid)) return;
      error("unknown-person", path, unknownPerson(pid), "an id from people", describeValue(pid));
    };
    speakerIds.forEach((sid, j) => {
      knownPerson(`${at}.speakers[${j}]`, sid);
    });
    const hosts: SessionHost[] = (s.hosts ?? []).map((h, j) => {
      knownPerson(`${at}.hosts[${j}].id`, h.id);
      return { personId: h.id, role: h.role };
    });
    const affiliations: Record<string, string> = {};
    for (const [pid, aff] of Object.entries(s.affiliations ?? {})) {
      knownPerson(`${at}.affiliations.${pid}`, pid);
      Object.defineProperty(affiliations, pid, { value: aff, enumerable: true, writable: false, configurable: true });
    }
    if (!startI) return null;
    if (block) {
      const b = block.session;
      if (startI.epochMs < b.start.epochMs || (b.end && (endI ?? startI).epochMs > b.end.epochMs)) {
        error(
          "item-outside-block",
          `${at}.start`,
          `"${s.title}" is not within its block "${b.title ?? b.id}" (${block.raw.start}${block.raw.end ? `–${block.raw.end}` : ""}); items must lie within the block`,
        );
      }
    }
    const session: Session = {
      id: s.id,
      title: TBA.test(s.title) ? null : s.title,
      kind: s.kind,
      label: s.label?.trim() || null,
      blockId: block?.session.id ?? null,
      start: startI,
      end: endI,
      room: s.room?.trim() || block?.session.room || null,
      track: s.track?.trim() || block?.session.track || null,
      speakerIds,
      speakersTba: s.speakers === "TBA",
      hosts,
      affiliations,
      group: s.group?.trim() || null,
      description: splitParagraphs(s.description),
      paper: s.paper ? paper(s.paper, s.id) : null,
      links: linksFromRecord(s.links),
    };
    return session;
  };
  /** Top-level sessions, each with its items (already read), before sorting. */
  const tops: { session: Session; items: Session[] }[] = [];
  rawSessions.forEach((s, i) => {
    const at = `sessions[${i}]`;
    const session = readSession(s, at, null);
    const items: Session[] = [];
    (s.items ?? []).forEach((item, j) => {
      const read = session ? readSession(item, `${at}.items[${j}]`, { session, raw: s }) : null;
      if (read) items.push(read);
    });
    if (session) tops.push({ session, items });
  });
  // Code-unit order, not localeCompare: the order must not depend on the host's locale.
  const byTime = (a: Session, b: Session) =>
    a.start.epochMs - b.start.epochMs ||
    ((a.room ?? "") < (b.room ?? "") ? -1 : (a.room ?? "") > (b.room ?? "") ? 1 : 0);
  tops.sort((a, b) => byTime(a.session, b.session));
  for (const t of tops) sessions.push(t.session, ...t.items.sort(byTime));
  const pathOfSession = (s: Session) => sessionAt.get(s.id) ?? "sessions";
  const name = (s: Session) => `"${s.title ?? s.id}"`;

  // Per room (a missing room is the edition's own room), in start order: one pass, n log n.
  const byRoom = new Map<string, Session[]>();
  for (const s of sessions) {
    const key = s.room ?? "";
    const list = byRoom.get(key);
    if (list) list.push(s);
    else byRoom.set(key, [s]);
  }
  for (const list of byRoom.values()) {
    list.sort(
      (a, b) => a.start.epochMs - b.start.epochMs || (a.blockId === null ? -1 : 0) - (b.blockId === null ? -1 : 0),
    );
    // A start without an end is only allowed for the last item(s) of its day in its room: nothing may start later.
    // `nextStart[i]` is the first index after i that starts later than list[i]: from there only the session's own
    // items are skipped, so the check stays linear when many sessions share one start.
    const nextStart: number[] = new Array(list.length);
    for (let i = list.length - 1; i >= 0; i--) {
      const next = list[i + 1];
      nextStart[i] =
        next === undefined
          ? list.length
          : next.start.epochMs > (list[i] as Session).start.epochMs
            ? i + 1
            : (nextStart[i + 1] as number);
    }
    for (let i = 0; i < list.length; i++) {
      const s = list[i] as Session;
      if (s.end) continue;
      const day = dayOf(s.start.epochMs);
      let later: Session | undefined;
      for (let j = nextStart[i] as number; j < list.length; j++) {
        const o = list[j] as Session;
        if (dayOf(o.start.epochMs) !== day) break;
        if (o.blockId !== s.id) {
          later = o;
          break;
        }
      }
      if (later) {
        error(
          "missing-end",
          `${pathOfSession(s)}.end`,
          `${name(s)} has no end, but ${name(later)} follows it; only the last item of a day may omit its end`,
          "an end time",
          "nothing",
        );
      }
    }
    // Sessions in one room must not overlap. Items do not overlap their own block; two sessions that start together
    // are allowed when at most one of them has an end ("Closing remarks" and "Awards" at 17:00). Each session is
    // compared with the session before it that ends last (ignoring its own block), so the message names the session
    // it really runs into.
    const endOf = (s: Session) => s.end?.epochMs ?? s.start.epochMs;
    // The two earlier sessions that end last (one of them may be the current item's own block).
    let first: Session | null = null;
    let second: Session | null = null;
    for (const y of list) {
      const x = first && first.id === y.blockId ? second : first;
      const together = x !== null && y.start.epochMs === x.start.epochMs && !(x.end && y.end);
      if (x && y.start.epochMs < endOf(x) && !together) {
        error(
          "session-overlap",
          `${pathOfSession(y)}.start`,
          `${name(y)} starts before ${name(x)} (${pathOfSession(x)}) ends in the same room${y.room ? ` (${y.room})` : ""}`,
          "no overlap in one room",
          describeValue(rawAt.get(y.id)?.start),
        );
      }
      if (!first || endOf(y) > endOf(first)) {
        second = first;
        first = y;
      } else if (!second || endOf(y) > endOf(second)) {
        second = y;
      }
    }
  }
  // Sessions outside the workshop's dates look copied from another year.
  for (const s of checkDates ? sessions : []) {
    const day = dayOf(s.start.epochMs);
    if (day < start.iso || day > end.iso) {
      warn(
        "session-outside-dates",
        `${pathOfSession(s)}.start`,
        `${name(s)} is on ${day}, outside the workshop's dates (${start.iso}${end.iso !== start.iso ? ` to ${end.iso}` : ""})`,
      );
    }
  }

  // --- Deadlines -----------------------------------------------------------------------------------
  /**
   * A deadline's time: a date and time in its zone, or a date only, which passes when that day ends in the zone
   * (the next day's first instant: "Notification: March 5 AoE" has passed once 5 March is over everywhere).
   */
  const dueTime = (path: string, text: string, z: ZoneId): { due: Instant; dateOnly: boolean } | null => {
    if (!DATE_PATTERN.test(text)) {
      const due = time(path, text, z);
      return due ? { due, dateOnly: false } : null;
    }
    const day = parseCalendarDate(text);
    if (!day) {
      error(
        "bad-date",
        path,
        `expected a real date, received ${describeValue(text)}`,
        "a real date",
        describeValue(text),
      );
      return null;
    }
    const next = new Date(utcFromFields(day.year, day.month, day.day + 1)).toISOString().slice(0, 10);
    return { due: instantFromEpoch(startOfDate(next, z), z), dateOnly: true };
  };
  const deadlines: Deadline[] = [];
  const deadlineIds = new Map<string, number>();
  (data.deadlines ?? []).forEach((d, i) => {
    const at = `deadlines[${i}]`;
    const prev = deadlineIds.get(d.id);
    if (prev !== undefined)
      error("duplicate-id", `${at}.id`, `duplicate deadline id "${d.id}" (also deadlines[${prev}])`);
    deadlineIds.set(d.id, i);
    const tba = d.due === undefined || d.due === "TBA";
    const needsZone = !tba || (d.history ?? []).length > 0;
    if (d.zone === undefined && needsZone) {
      error(
        "missing-field",
        `${at}.zone`,
        'missing required field: expected "AoE", "UTC" or an IANA zone; a deadline without a zone could be off by a day',
        '"AoE", "UTC" or IANA zone',
        "nothing",
      );
      return;
    }
    const z = d.zone ?? "UTC";
    if (d.zone !== undefined && !isValidZone(d.zone)) {
      error(
        "bad-zone",
        `${at}.zone`,
        `expected "AoE", "UTC" or an IANA zone such as "Europe/Vienna", received ${describeValue(d.zone)}`,
        '"AoE", "UTC" or IANA zone',
        describeValue(d.zone),
      );
      return;
    }
    const due = tba ? null : dueTime(`${at}.due`, d.due as string, z);
    const history = (d.history ?? []).map((h, j) => {
      const hDue = dueTime(`${at}.history[${j}].due`, h.due, z);
      return hDue ? { due: hDue.due, dateOnly: hDue.dateOnly, reason: h.reason?.trim() || null } : null;
    });
    if ((!tba && !due) || history.some((h) => h === null)) return;
    const changes = history as DeadlineChange[];
    changes.forEach((h, j) => {
      if (due && h.due.epochMs === due.due.epochMs) {
        error("deadline-history", `${at}.history[${j}].due`, "an earlier date equals the current due date");
      }
      const next = changes[j + 1];
      if (next && next.due.epochMs === h.due.epochMs) {
        error("deadline-history", `${at}.history[${j + 1}].due`, "the same earlier date is listed twice");
      }
    });
    if (due) {
      const dueYear = Number(dayKey(due.due.epochMs, z).slice(0, 4));
      if (checkDates && data.year !== undefined && dueYear !== data.year && dueYear !== data.year - 1) {
        warn(
          "deadline-other-year",
          `${at}.due`,
          `"${d.label}" is due in ${dueYear}, but this is the ${data.year} edition; left over from another year?`,
        );
      }
    }
    deadlines.push({
      id: d.id,
      label: d.label,
      kind: d.kind ?? "other",
      due: due?.due ?? null,
      dateOnly: due?.dateOnly ?? false,
      history: changes,
      note: d.note?.trim() || null,
    });
  });
  // Deadlines in a sensible order: submission → notification → camera-ready → workshop (TBA ones are not checked).
  // The first instant of the first day, also where a DST change skips midnight (a wall-clock 00:00 would not parse).
  const workshopStartMs = startOfDate(start.iso, zone);
  const dated = deadlines.filter((d): d is Deadline & { due: Instant } => d.due !== null);
  // Kind by kind, each deadline is compared with the latest one of an earlier kind: linear, and the message names
  // the deadline it really conflicts with.
  let latest: (Deadline & { due: Instant }) | null = null;
  for (const kind of DEADLINE_ORDER) {
    const ofKind = dated.filter((d) => d.kind === kind);
    for (const y of ofKind) {
      if (latest && kind !== "workshop" && y.due.epochMs < latest.due.epochMs) {
        error(
          "deadline-order",
          `deadlines[${deadlineIds.get(y.id)}].due`,
          `"${y.label}" (${y.kind}) is due before "${latest.label}" (${latest.kind}); expected ${latest.kind} → ${y.kind}`,
        );
      }
    }
    for (const y of ofKind) if (!latest || y.due.epochMs > latest.due.epochMs) latest = y;
  }
  for (const x of dated) {
    if (DEADLINE_ORDER.indexOf(x.kind) >= 0 && x.kind !== "workshop" && x.due.epochMs > workshopStartMs + 86_400_000) {
      error(
        "deadline-after-workshop",
        `deadlines[${deadlineIds.get(x.id)}].due`,
        `"${x.label}" is due after the workshop starts (${start.iso})`,
      );
    }
  }
  // --- Call for papers, sponsors, links --------------------------------------------------------------
  (data.callForPapers?.formats ?? []).forEach((f, i) => {
    if (f.pageLimit?.min !== undefined && f.pageLimit.min > f.pageLimit.pages) {
      error(
        "page-range",
        `callForPapers.formats[${i}].pageLimit.min`,
        `expected the lower end of the range to be at most pages (${f.pageLimit.pages}), received ${f.pageLimit.min}`,
      );
    }
  });
  let callForPapers: CallForPapers | null = null;
  if (data.callForPapers) {
    const c = data.callForPapers;
    callForPapers = {
      intro: splitParagraphs(c.intro),
      topicGroups: (c.topics ?? []).map((t) => ({ title: t.title?.trim() || null, topics: t.items })),
      themes: c.themes ? { intro: splitParagraphs(c.themes.intro), items: c.themes.items } : null,
      formats: (c.formats ?? []).map((f) => ({
        id: f.id,
        name: f.name,
        description: splitParagraphs(f.description),
        pageLimit: f.pageLimit
          ? {
              min: f.pageLimit.min ?? null,
              pages: f.pageLimit.pages,
              enforced: f.pageLimit.enforced ?? null,
              excludes: f.pageLimit.excludes ?? null,
            }
          : null,
        templateUrl: f.template ?? null,
        supplementary: f.supplementary?.trim() || null,
        submissionUrl: f.submission?.url ?? null,
        submissionPlatform: f.submission?.platform?.trim() || null,
      })),
      review: c.review ? { policy: c.review.policy, notes: splitParagraphs(c.review.notes) } : null,
      archival: c.archival ?? null,
      archivalNote: c.archivalNote?.trim() || null,
      dualSubmission: splitParagraphs(c.dualSubmission),
      submissionUrl: c.submission?.url ?? null,
      submissionPlatform: c.submission?.platform ?? null,
      contactHref: c.contact ? `mailto:${c.contact}` : null,
      contactEmail: c.contact ?? null,
    };
  }
  // --- Papers, committees, revisions ----------------------------------------------------------------
  const papers = (data.papers ?? []).map((p, i) => {
    if (p.session !== undefined && !sessionAt.has(p.session)) {
      error(
        "unknown-session",
        `papers[${i}].session`,
        `unknown session id ${describeValue(p.session)}; use the id of a session under sessions:${
          didYouMean(p.session, sessionAt.keys()) ? ` did you mean "${didYouMean(p.session, sessionAt.keys())}"?` : ""
        }`,
        "an id from sessions",
        describeValue(p.session),
      );
    }
    return paper(p);
  });
  const committees: Committee[] = [];
  const committeeIds = new Map<string, number>();
  (data.committees ?? []).forEach((c, i) => {
    const at = `committees[${i}]`;
    const prev = committeeIds.get(c.id);
    if (prev !== undefined)
      error("duplicate-id", `${at}.id`, `duplicate committee id "${c.id}" (also committees[${prev}])`);
    committeeIds.set(c.id, i);
    c.members.forEach((m, j) => {
      if (!personIds.has(m)) {
        error("unknown-person", `${at}.members[${j}]`, unknownPerson(m), "an id from people", describeValue(m));
      }
    });
    committees.push({ id: c.id, name: c.name, description: splitParagraphs(c.description), memberIds: c.members });
  });
  const revisions: Revision[] = [];
  (data.revisions ?? []).forEach((r, i) => {
    const date = parseCalendarDate(r.date);
    if (!date) error("bad-date", `revisions[${i}].date`, `expected a real date, received ${describeValue(r.date)}`);
    else revisions.push({ date, note: r.note });
  });

  if (issues.hasErrors) return { ok: false, issues: issues.done() };
  const full = data as v.InferOutput<typeof EditionSchema>;

  const edition: Edition = {
    name: full.name,
    shortName: full.shortName,
    number: data.number ?? null,
    year: full.year,
    tagline: data.tagline?.trim() || null,
    description: splitParagraphs(data.description),
    venue: {
      conference: data.venue?.conference ?? null,
      conferenceShort: data.venue?.conferenceShort ?? null,
      city: data.venue?.city ?? null,
      country: data.venue?.country ?? null,
      building: data.venue?.building ?? null,
      room: data.venue?.room ?? null,
      address: data.venue?.address?.trim() || null,
    },
    timeZone: zone,
    dates: { start, end, tentative: full.dates.tentative ?? false },
    website: data.website ?? null,
    contactEmail: data.contact ?? null,
    links: linksFromRecord(data.links),
    sponsors: (data.sponsors ?? []).map((s) => ({
      name: s.name,
      href: s.url ?? null,
      logo: image(s.logo),
      tier: s.tier ?? null,
    })),
    people,
    committees,
    revisions,
    sessions,
    // Dated deadlines by due instant; those to be announced keep their place after them, in the file's order.
    deadlines: [...deadlines].sort(
      (a, b) => (a.due?.epochMs ?? Number.POSITIVE_INFINITY) - (b.due?.epochMs ?? Number.POSITIVE_INFINITY),
    ),
    callForPapers,
    papers,
  };
  return { ok: true, edition, warnings: issues.done() };
}

/** Like {@link parseEdition}, but throws an `EditionError` listing every issue. For build scripts. */
export function assertEdition(input: unknown): Edition {
  const r = parseEdition(input);
  if (r.ok) return r.edition;
  throw new EditionError(r.issues);
}

/** Thrown by {@link assertEdition}; `issues` holds every problem. */
export class EditionError extends Error {
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    super(
      `Invalid workshop edition:\n${issues
        .filter((i) => i.severity === "error")
        .map((i) => `  ${i.path || "(file)"}: ${i.message}`)
        .join("\n")}`,
    );
    this.name = "EditionError";
    this.issues = issues;
  }
}

/** Format issues one per line: `error sessions[3].end: … [end-before-start] (line 41:10)`. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues
    .map(
      (i) =>
        `${i.severity} ${i.path || "(file)"}: ${i.message} [${i.code}]${i.line ? ` (line ${i.line}:${i.column ?? 1})` : ""}`,
    )
    .join("\n");
}
