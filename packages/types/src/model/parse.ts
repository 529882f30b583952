/**
 * `parseEdition`: validate a content file and turn it into an {@link Edition}.
 *
 * Two passes: the valibot schema checks shape; then times are resolved in the right zone and records are
 * checked against each other. Every issue names the path, what was expected and what was received.
 */
import * as v from "valibot";
import {
  DATE_PATTERN,
  dayKey,
  type Instant,
  instantFromEpoch,
  parseCalendarDate,
  parseDateTime,
  startOfDate,
  TIME_PATTERN,
} from "../time/instant";
import { isValidZone, type ZoneId } from "../time/zone";
import { isSafeHref, linksFromRecord } from "./links";
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

/** One problem found in a content file. */
export interface ValidationIssue {
  /** Errors make the file unusable; warnings flag what looks stale or incomplete. */
  readonly severity: "error" | "warning";
  /** Where: `sessions[3].end`, or `""` for the whole file. */
  readonly path: string;
  /** A sentence for a person: what is wrong and how to fix it. */
  readonly message: string;
  /** What was expected, when that can be said in a few words. */
  readonly expected: string | null;
  /** What was found (a short rendering of the value). */
  readonly received: string | null;
}

/** The result of {@link parseEdition}. */
export type ParseResult =
  | { readonly ok: true; readonly edition: Edition; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

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

function pathOf(issuePath: v.BaseIssue<unknown>["path"]): string {
  let out = "";
  for (const item of issuePath ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function fromValibot(issue: v.BaseIssue<unknown>): ValidationIssue {
  const path = pathOf(issue.path);
  const input = issue.input;
  if (input instanceof Date) {
    return {
      severity: "error",
      path,
      message: `expected a date written as a string, received ${describeValue(input)}; quote the value so it stays exactly as written`,
      expected: "string",
      received: "Date",
    };
  }
  if (issue.type === "strict_object" && issue.kind === "schema" && issue.expected === "never") {
    const key = path.split(/[.[]/).pop() ?? path;
    return {
      severity: "error",
      path,
      message: `unknown field "${key}"; check its spelling`,
      expected: "a known field",
      received: describeValue(input),
    };
  }
  if (input === undefined && issue.kind === "schema") {
    return {
      severity: "error",
      path,
      message: `missing required field: expected ${issue.expected ?? "a value"}`,
      expected: issue.expected ?? null,
      received: "nothing",
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
  return { severity: "error", path, message, expected, received: describeValue(input) };
}

function issue(
  severity: "error" | "warning",
  path: string,
  message: string,
  expected: string | null = null,
  received: string | null = null,
): ValidationIssue {
  return { severity, path, message, expected, received };
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

/**
 * Validate a content file (already read from YAML or JSON) and build the typed {@link Edition}.
 * Never throws for bad input: every problem comes back as a {@link ValidationIssue}.
 */
export function parseEdition(input: unknown): ParseResult {
  if (typeof input !== "object" || input === null || Array.isArray(input) || input instanceof Date) {
    const message = `expected a mapping of fields (name:, year:, timeZone:, …), received ${describeValue(input)}`;
    return { ok: false, issues: [issue("error", "", message, "a mapping", describeValue(input))] };
  }
  const shape = v.safeParse(EditionSchema, input, { abortEarly: false });
  if (!shape.success) {
    const seen = new Set<string>();
    const issues: ValidationIssue[] = [];
    for (const raw of shape.issues) {
      const i = fromValibot(raw);
      const key = `${i.path}|${i.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        issues.push(i);
      }
    }
    return { ok: false, issues };
  }
  const data = shape.output;
  const issues: ValidationIssue[] = [];
  const error = (path: string, message: string, expected?: string, received?: string) => {
    // The same finding can come from two places (a session's start and end both name its day): say it once.
    if (issues.some((i) => i.path === path && i.message === message)) return;
    issues.push(issue("error", path, message, expected ?? null, received ?? null));
  };
  const warn = (path: string, message: string) => issues.push(issue("warning", path, message));

  // --- Zone and dates ------------------------------------------------------------------------------
  const zone: ZoneId = data.timeZone;
  const zoneOk = zone !== "AoE" && isValidZone(zone);
  if (!zoneOk) {
    error(
      "timeZone",
      `expected an IANA time zone such as "America/Vancouver", received ${describeValue(zone)}`,
      "IANA time zone",
      describeValue(zone),
    );
  }
  const start = parseCalendarDate(data.dates.start);
  if (!start) error("dates.start", `expected a real date, received ${describeValue(data.dates.start)}`);
  const end = data.dates.end === undefined ? start : parseCalendarDate(data.dates.end);
  if (data.dates.end !== undefined && !end) {
    error("dates.end", `expected a real date, received ${describeValue(data.dates.end)}`);
  }
  if (start && end && end.iso < start.iso) {
    error("dates.end", `the workshop ends (${end.iso}) before it starts (${start.iso})`);
  }
  if (start && start.year !== data.year && (!end || end.year !== data.year)) {
    warn(
      "dates.start",
      `the workshop date ${start.iso} is not in the edition's year ${data.year}; is it left over from another edition?`,
    );
  }
  if (!zoneOk || !start || !end) return { ok: false, issues };

  const time = (path: string, text: string, z: ZoneId): Instant | null => {
    const r = parseDateTime(text, z);
    if (r.ok) return r.instant;
    error(path, r.error.message, "an existing local time", describeValue(text));
    return null;
  };

  // --- People --------------------------------------------------------------------------------------
  const people: Person[] = [];
  const personIds = new Map<string, number>();
  (data.people ?? []).forEach((p, i) => {
    const at = `people[${i}]`;
    const prev = personIds.get(p.id);
    if (prev !== undefined) error(`${at}.id`, `duplicate person id "${p.id}" (also people[${prev}])`);
    personIds.set(p.id, i);
    if (p.photo && p.photo.alt.trim() === "") {
      warn(`${at}.photo.alt`, `the photo of ${p.name} has empty alt text; describe it (e.g. "Portrait of ${p.name}")`);
    }
    const speaks = p.roles.some((r) => r === "invited-speaker" || r === "keynote" || r === "panelist");
    if (speaks && !p.bio?.trim()) warn(`${at}.bio`, `${p.name} has no bio`);
    people.push({
      id: p.id,
      name: p.name,
      affiliation: p.affiliation?.trim() || null,
      title: p.title?.trim() || null,
      roles: p.roles,
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
      (Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000,
    ) + 1;
  const sessionTime = (path: string, text: string, dayNumber: number | undefined): Instant | null => {
    if (!TIME_PATTERN.test(text)) return time(path, text, zone);
    if (dayNumber === undefined && spanDays > 1) {
      error(
        path,
        `"${text}" has no date and the workshop spans ${spanDays} days; add day: 1..${spanDays} or write the full date`,
      );
      return null;
    }
    const n = dayNumber ?? 1;
    if (n > spanDays) {
      error(path.replace(/\.(start|end)$/, ".day"), `day ${n} is after the workshop's last day (it has ${spanDays})`);
      return null;
    }
    const d = new Date(Date.UTC(start.year, start.month - 1, start.day + n - 1));
    const iso = d.toISOString().slice(0, 10);
    return time(path, `${iso}T${text}`, zone);
  };
  const sessions: Session[] = [];
  /** Where each session id was first defined (`sessions[3]`, `sessions[2].items[1]`). */
  const sessionAt = new Map<string, string>();
  const rawAt = new Map<string, RawItem>();
  const rawSessions = data.sessions ?? [];
  const readSession = (s: RawItem, at: string, block: { session: Session; raw: RawSession } | null) => {
    const prev = sessionAt.get(s.id);
    if (prev !== undefined) error(`${at}.id`, `duplicate session id "${s.id}" (also ${prev})`);
    else {
      sessionAt.set(s.id, at);
      rawAt.set(s.id, s);
    }
    // An item is on its block's day and in its block's room unless it says otherwise.
    const day = s.day ?? block?.raw.day;
    const startI = sessionTime(`${at}.start`, s.start, day);
    const endI = s.end === undefined ? null : sessionTime(`${at}.end`, s.end, day);
    if (startI && endI && endI.epochMs <= startI.epochMs) {
      error(`${at}.end`, `expected the end to be after the start (${s.start}), received ${describeValue(s.end)}`);
    }
    const speakerIds = Array.isArray(s.speakers) ? s.speakers : [];
    const knownPerson = (path: string, pid: string) => {
      if (personIds.has(pid)) return;
      error(
        path,
        `unknown person id ${describeValue(pid)}; add them under people: or fix the id`,
        "an id from people",
        describeValue(pid),
      );
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
    for (let i = 0; i < list.length; i++) {
      const s = list[i] as Session;
      if (s.end) continue;
      const day = dayKey(s.start.epochMs, zone);
      let later: Session | undefined;
      for (let j = i + 1; j < list.length; j++) {
        const o = list[j] as Session;
        if (dayKey(o.start.epochMs, zone) !== day) break;
        if (o.start.epochMs > s.start.epochMs && o.blockId !== s.id) {
          later = o;
          break;
        }
      }
      if (later) {
        error(
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
  for (const s of sessions) {
    const day = dayKey(s.start.epochMs, zone);
    if (day < start.iso || day > end.iso) {
      warn(
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
      error(path, `expected a real date, received ${describeValue(text)}`, "a real date", describeValue(text));
      return null;
    }
    const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1)).toISOString().slice(0, 10);
    return { due: instantFromEpoch(startOfDate(next, z), z), dateOnly: true };
  };
  const deadlines: Deadline[] = [];
  const deadlineIds = new Map<string, number>();
  (data.deadlines ?? []).forEach((d, i) => {
    const at = `deadlines[${i}]`;
    const prev = deadlineIds.get(d.id);
    if (prev !== undefined) error(`${at}.id`, `duplicate deadline id "${d.id}" (also deadlines[${prev}])`);
    deadlineIds.set(d.id, i);
    const tba = d.due === undefined || d.due === "TBA";
    const needsZone = !tba || (d.history ?? []).length > 0;
    if (d.zone === undefined && needsZone) {
      error(
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
        error(`${at}.history[${j}].due`, "an earlier date equals the current due date");
      }
      const next = changes[j + 1];
      if (next && next.due.epochMs === h.due.epochMs) {
        error(`${at}.history[${j + 1}].due`, "the same earlier date is listed twice");
      }
    });
    if (due) {
      const dueYear = Number(dayKey(due.due.epochMs, z).slice(0, 4));
      if (dueYear !== data.year && dueYear !== data.year - 1) {
        warn(
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
          `deadlines[${deadlineIds.get(y.id)}].due`,
          `"${y.label}" (${y.kind}) is due before "${latest.label}" (${latest.kind}); expected ${latest.kind} → ${y.kind}`,
        );
      }
    }
    for (const y of ofKind) if (!latest || y.due.epochMs > latest.due.epochMs) latest = y;
  }
  for (const x of dated) {
    if (DEADLINE_ORDER.indexOf(x.kind) >= 0 && x.kind !== "workshop" && x.due.epochMs > workshopStartMs + 86_400_000) {
      error(`deadlines[${deadlineIds.get(x.id)}].due`, `"${x.label}" is due after the workshop starts (${start.iso})`);
    }
  }
  // --- Call for papers, sponsors, links --------------------------------------------------------------
  (data.callForPapers?.formats ?? []).forEach((f, i) => {
    if (f.pageLimit?.min !== undefined && f.pageLimit.min > f.pageLimit.pages) {
      error(
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
  // Belt and braces: every URL in the output must pass the allow-list (the schema's regex is looser).
  const urlFields: Array<[string, string | undefined]> = [
    ["website", data.website],
    ["callForPapers.submission.url", data.callForPapers?.submission?.url],
    ...(data.people ?? []).map((p, i): [string, string | undefined] => [`people[${i}].photo.src`, p.photo?.src]),
  ];
  const checkLinks = (path: string, rec: Record<string, string | undefined> | undefined) => {
    for (const [k, val] of Object.entries(rec ?? {})) urlFields.push([`${path}.${k}`, k === "email" ? undefined : val]);
  };
  checkLinks("links", data.links);
  for (const [i, p] of (data.people ?? []).entries()) checkLinks(`people[${i}].links`, p.links);
  for (const [i, s] of rawSessions.entries()) checkLinks(`sessions[${i}].links`, s.links);
  for (const [path, val] of urlFields) {
    if (val !== undefined && !isSafeHref(val)) {
      error(path, `expected an https:, http: or mailto: URL, received ${describeValue(val)}`);
    }
  }

  // --- Papers, committees, revisions ----------------------------------------------------------------
  const papers = (data.papers ?? []).map((p, i) => {
    if (p.session !== undefined && !sessionAt.has(p.session)) {
      error(
        `papers[${i}].session`,
        `unknown session id ${describeValue(p.session)}; use the id of a session under sessions:`,
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
    if (prev !== undefined) error(`${at}.id`, `duplicate committee id "${c.id}" (also committees[${prev}])`);
    committeeIds.set(c.id, i);
    c.members.forEach((m, j) => {
      if (!personIds.has(m)) {
        error(
          `${at}.members[${j}]`,
          `unknown person id ${describeValue(m)}; add them under people: or fix the id`,
          "an id from people",
          describeValue(m),
        );
      }
    });
    committees.push({ id: c.id, name: c.name, description: splitParagraphs(c.description), memberIds: c.members });
  });
  const revisions: Revision[] = [];
  (data.revisions ?? []).forEach((r, i) => {
    const date = parseCalendarDate(r.date);
    if (!date) error(`revisions[${i}].date`, `expected a real date, received ${describeValue(r.date)}`);
    else revisions.push({ date, note: r.note });
  });

  if (issues.some((i) => i.severity === "error")) return { ok: false, issues };

  const edition: Edition = {
    name: data.name,
    shortName: data.shortName,
    number: data.number ?? null,
    year: data.year,
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
    dates: { start, end, tentative: data.dates.tentative ?? false },
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
  return { ok: true, edition, warnings: issues };
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

/** Format issues one per line: `error sessions[3].end: …`. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.severity} ${i.path || "(file)"}: ${i.message}`).join("\n");
}
