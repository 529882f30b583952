/**
 * A deadline feed in the YAML shape deadline aggregator sites use (the `conferences.yml` entries of
 * ai-deadlines and its forks): title, year, id, link, deadline, abstract_deadline, timezone, place, date, start, end, sub.
 *
 * AoE is written `timezone: UTC-12`, as those sites expect (their moment-timezone code maps `UTC-12` to
 * `Etc/GMT+12`; a bare `AoE` is not understood by all of them). `deadline` is the wall-clock time in that zone,
 * `"YYYY-MM-DD HH:MM:SS"`, always quoted. See docs/interop/deadlines.md.
 */
import { stringify } from "yaml";
import { withSafeUrls } from "../helpers/links";
import type { Deadline, Edition } from "../model/types";
import type { Instant } from "../time/instant";
import { wallClockAt } from "../time/zone";

/** One entry of an aggregator's `conferences.yml`. */
export interface DeadlineFeedEntry {
  readonly title: string;
  readonly year: number;
  readonly id: string;
  readonly full_name: string;
  readonly link?: string;
  /** `"YYYY-MM-DD HH:MM:SS"` in {@link timezone}. */
  readonly deadline: string;
  readonly abstract_deadline?: string;
  /** `UTC-12` for AoE, `UTC`, or an IANA name. */
  readonly timezone: string;
  readonly place?: string;
  /** Human-readable dates: "July 18, 2025" or "July 18-19, 2025". */
  readonly date: string;
  readonly start: string;
  readonly end: string;
  /** Subject code of the aggregator (ML, CV, NLP…). */
  readonly sub?: string;
  readonly note?: string;
}

/** Options for {@link deadlineFeed}. */
export interface DeadlineFeedOptions {
  /** Subject code (`sub:`) such as "ML". Default: none. */
  readonly sub?: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The `timezone:` value aggregators understand for a deadline zone. */
export function aggregatorZone(zone: string): string {
  if (zone === "AoE") return "UTC-12";
  return zone;
}

/** `"2025-05-27 23:59:00"`: the exact wall clock of `d.due` in its own zone (never rounded to :59). */
export function aggregatorTime(d: Deadline & { due: Instant }): string {
  const w = wallClockAt(d.due.epochMs, d.due.zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function dateRange(edition: Edition): string {
  const s = edition.dates.start;
  const e = edition.dates.end;
  const m = (n: number) => MONTHS[n - 1] as string;
  if (s.iso === e.iso) return `${m(s.month)} ${s.day}, ${s.year}`;
  if (s.year === e.year && s.month === e.month) return `${m(s.month)} ${s.day}-${e.day}, ${s.year}`;
  if (s.year === e.year) return `${m(s.month)} ${s.day} - ${m(e.month)} ${e.day}, ${s.year}`;
  return `${m(s.month)} ${s.day}, ${s.year} - ${m(e.month)} ${e.day}, ${e.year}`;
}

/**
 * The edition's feed entry, or `null` when it has no submission deadline. The submission deadline (or the first
 * `submission`-kind deadline) is `deadline`; an `abstract` deadline in the same zone becomes `abstract_deadline`.
 */
export function deadlineFeed(input: Edition, options: DeadlineFeedOptions = {}): DeadlineFeedEntry | null {
  const edition = withSafeUrls(input); // every URL passes the safe-URL rule, even in an Edition built in code
  // Deadlines to be announced have no time to publish.
  const dated = edition.deadlines.filter((d): d is Deadline & { due: Instant } => d.due !== null);
  const submission = dated.find((d) => d.kind === "submission");
  if (!submission) return null;
  const abstract = dated.find((d) => d.kind === "abstract" && d.due.zone === submission.due.zone);
  const v = edition.venue;
  const place = [v.city, v.country].filter(Boolean).join(", ");
  const id = `${edition.shortName.toLowerCase().replace(/[^a-z0-9]+/g, "")}${String(edition.year).slice(-2)}`;
  const fullName = v.conference ? `${edition.name} (at ${v.conferenceShort ?? v.conference})` : edition.name;
  return {
    title: edition.shortName,
    year: edition.year,
    id,
    full_name: fullName,
    ...(edition.website ? { link: edition.website } : {}),
    deadline: aggregatorTime(submission),
    ...(abstract ? { abstract_deadline: aggregatorTime(abstract) } : {}),
    timezone: aggregatorZone(submission.due.zone),
    ...(place ? { place } : {}),
    // The aggregators print `date` as written: a guessed date must not read as confirmed.
    date: edition.dates.tentative ? `${dateRange(edition)} (tentative)` : dateRange(edition),
    start: edition.dates.start.iso,
    end: edition.dates.end.iso,
    ...(options.sub ? { sub: options.sub } : {}),
    ...(submission.note ? { note: submission.note } : {}),
  };
}

/** Feed entries for several editions as YAML text (a list), with every date-like value quoted. */
export function deadlineFeedYaml(editions: readonly Edition[], options: DeadlineFeedOptions = {}): string {
  const entries = editions.map((e) => deadlineFeed(e, options)).filter((e): e is DeadlineFeedEntry => e !== null);
  return stringify(entries, { defaultStringType: "PLAIN", defaultKeyType: "PLAIN", lineWidth: 0 }).replace(
    /^(\s*-?\s*(?:deadline|abstract_deadline|start|end)): (\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}:\d{2})?)$/gm,
    "$1: '$2'",
  );
}
