/**
 * `parseEdition`: validate a content file and turn it into an {@link Edition}.
 *
 * Two passes: the valibot schema checks shape (./parse/shape.ts); then each record is read by its own module, which
 * resolves times in the right zone and checks it against the others: people (./parse/people.ts), sessions with
 * their blocks' items (./parse/sessions.ts), deadlines (./parse/deadlines.ts), the call for papers
 * (./parse/call-for-papers.ts), and papers, committees, revisions, venue and sponsors (./parse/other-records.ts).
 * The edition's zone and dates are read here, first, since every time depends on them. Every issue names the path,
 * what was expected and what was received.
 */
import type * as v from "valibot";
import { type CalendarDate, parseCalendarDate } from "../time/instant";
import { isValidZone, type ZoneId } from "../time/zone";
import type { ValidationIssue } from "./issues";
import { linksFromRecord } from "./links";
import { readCallForPapers } from "./parse/call-for-papers";
import { describeValue, parseContext } from "./parse/context";
import { readDeadlines } from "./parse/deadlines";
import { readCommittees, readPapers, readRevisions, sponsorsOf, venueOf } from "./parse/other-records";
import { readPeople } from "./parse/people";
import { readSessions } from "./parse/sessions";
import { readShape } from "./parse/shape";
import type { EditionSchema } from "./schema";
import { splitParagraphs } from "./text";
import type { Edition } from "./types";

export { describeValue };

/** The result of {@link parseEdition}. */
export type ParseResult =
  | { readonly ok: true; readonly edition: Edition; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Options of {@link parseEdition}. */
export interface ParseOptions {
  /** Warning codes to leave out (added to the file's own `validation.ignore`). Default: none. */
  readonly ignore?: readonly string[];
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

  const ctx = parseContext({ data, issues, zone, start, end, checkDates });

  // Record by record, in this order (the order of the issues): each module holds its record's rules.
  const { people, personIds } = readPeople(ctx, broken.people);
  const { sessions, sessionAt } = readSessions(ctx, personIds, broken.sessions);
  const deadlines = readDeadlines(ctx);
  const callForPapers = readCallForPapers(ctx);
  const papers = readPapers(ctx, sessionAt);
  const committees = readCommittees(ctx, personIds);
  const revisions = readRevisions(ctx);

  if (issues.hasErrors) return { ok: false, issues: issues.done() };
  const full = data as v.InferOutput<typeof EditionSchema>;

  const edition: Edition = {
    name: full.name,
    shortName: full.shortName,
    number: data.number ?? null,
    year: full.year,
    tagline: data.tagline?.trim() || null,
    description: splitParagraphs(data.description),
    venue: venueOf(data),
    timeZone: zone,
    dates: { start, end, tentative: full.dates.tentative ?? false },
    website: data.website ?? null,
    contactEmail: data.contact ?? null,
    links: linksFromRecord(data.links),
    sponsors: sponsorsOf(data),
    people,
    committees,
    revisions,
    sessions,
    deadlines,
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
