/**
 * What every record's reader of `parseEdition` shares: the shape-checked data, the issue list, the edition's zone
 * and dates, and the helpers that report issues and read times. One context per run.
 */
import type * as v from "valibot";
import { type CalendarDate, dayKey, type Instant, parseDateTime } from "../../time/instant";
import type { ZoneId } from "../../time/zone";
import { didYouMean, type IssueList } from "../issues";
import { linksFromRecord } from "../links";
import type { EditionInput, EditionSchema } from "../schema";
import type { Image, Paper } from "../types";

/** The well-formed part of a content file, after the shape pass (malformed records left out). */
export type Data = Partial<v.InferOutput<typeof EditionSchema>>;

/** Shared by the record readers of one `parseEdition` run. */
export interface ParseContext {
  readonly data: Data;
  readonly issues: IssueList;
  /** The edition's zone (`UTC` when the file's is unusable, which is reported). */
  readonly zone: ZoneId;
  /** The workshop's first and last day (1 January of the year when the dates are unusable). */
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** Whether zone, year and dates are all usable: only then are warnings about dates given. */
  readonly checkDates: boolean;
  readonly error: (code: string, path: string, message: string, expected?: string, received?: string) => void;
  readonly warn: (code: string, path: string, message: string) => void;
  /** A date-time text read in zone `z`, or `null` after reporting `bad-time` at `path`. */
  readonly time: (path: string, text: string, z: ZoneId) => Instant | null;
  /** The date (`YYYY-MM-DD`) of an instant in the edition's zone. */
  readonly dayOf: (epochMs: number) => string;
  /** The message for a reference to a person id that no person has, with a "did you mean". */
  readonly unknownPerson: (pid: string) => string;
}

/** Builds a {@link ParseContext} for one run, with the time and date readers' caches. */
export function parseContext(
  fields: Omit<ParseContext, "error" | "warn" | "time" | "dayOf" | "unknownPerson">,
): ParseContext {
  const { data, issues, zone } = fields;
  const error = (code: string, path: string, message: string, expected?: string, received?: string) =>
    issues.error(code, path, message, expected ?? null, received ?? null);
  const warn = (code: string, path: string, message: string) => issues.warn(code, path, message);
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
  const days = new Map<number, string>();
  const dayOf = (epochMs: number): string => {
    let day = days.get(epochMs);
    if (day === undefined) {
      day = dayKey(epochMs, zone);
      days.set(epochMs, day);
    }
    return day;
  };
  const knownPeople = (data.people ?? []).filter((p) => p !== undefined).map((p) => ({ id: p.id, name: p.name }));
  const unknownPerson = (pid: string) => {
    const guess = guessPerson(pid, knownPeople);
    return `unknown person id ${describeValue(pid)}; ${guess ? `did you mean "${guess}"? Otherwise ` : ""}add them under people: or fix the id`;
  };
  return { ...fields, error, warn, time, dayOf, unknownPerson };
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

/** The id of the person `text` most likely means: a person's id, or their name written instead of it. */
export function guessPerson(text: string, people: readonly { id: string; name: string }[]): string | null {
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

/** An image record of the content file as the model's {@link Image}. */
export function image(input: NonNullable<EditionInput["people"]>[number]["photo"]): Image | null {
  if (!input) return null;
  return { src: input.src, alt: input.alt, width: input.width ?? null, height: input.height ?? null };
}

/** A paper record (top-level, or a session's `paper`) as the model's {@link Paper}. */
export function paper(input: NonNullable<EditionInput["papers"]>[number], sessionId: string | null = null): Paper {
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
