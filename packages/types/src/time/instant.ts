/**
 * Instants: one exact moment, plus the zone it should be shown in.
 *
 * Authors write wall-clock times the way programmes print them (`2025-07-18T08:30` in the edition's zone),
 * or with an explicit offset / `Z`. Parsing turns every one into an {@link Instant}.
 */
import { isValidZone, offsetMsAt, resolveWallClock, utcFromFields, wallClockAt, type ZoneId } from "./zone";

/** One exact moment and the zone to display it in. A plain object: safe to serialise across RSC boundaries. */
export interface Instant {
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  readonly epochMs: number;
  /** The same moment as an ISO 8601 UTC string (`2025-07-18T15:30:00.000Z`), for `<time dateTime>`. */
  readonly iso: string;
  /** The zone the time was announced in and is shown in by default. */
  readonly zone: ZoneId;
}

/** Build an {@link Instant} from epoch milliseconds. */
export function instantFromEpoch(epochMs: number, zone: ZoneId): Instant {
  return { epochMs, iso: new Date(epochMs).toISOString(), zone };
}

/** Why a time string could not be read. */
export type TimeParseError =
  | { readonly code: "format"; readonly message: string }
  | { readonly code: "no-zone"; readonly message: string }
  | { readonly code: "bad-zone"; readonly message: string }
  | { readonly code: "invalid-date"; readonly message: string }
  | { readonly code: "dst-gap"; readonly message: string }
  | { readonly code: "dst-ambiguous"; readonly message: string };

export type TimeParseResult =
  | { readonly ok: true; readonly instant: Instant }
  | { readonly ok: false; readonly error: TimeParseError };

/** `2025-07-18T08:30`, `2025-07-18 08:30:00`, optionally followed by `Z` or `±HH:MM`. */
export const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** `08:30` — a time of day, used for sessions on the workshop's own day. */
export const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

/** `2025-07-18` */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(utcFromFields(year, month + 1, 0)).getUTCDate();
}

/** Whether y-m-d is a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Read a date-time string.
 *
 * - With `Z` or an offset, the string is one exact instant; `zone` only says where to display it.
 * - Without, it is a wall-clock time in `zone`; a time that a DST change skips or repeats is an error.
 * - `zone` may be `"AoE"`, `"UTC"` or an IANA name; `null` means no zone can be inferred here.
 */
export function parseDateTime(text: string, zone: ZoneId | null): TimeParseResult {
  const m = DATE_TIME_PATTERN.exec(text.trim());
  if (!m) {
    return {
      ok: false,
      error: {
        code: "format",
        message: `expected a date and time like "2025-07-18T08:30" (optionally with "Z" or "+02:00"), received "${text}"`,
      },
    };
  }
  const [, ys, mos, ds, hs, mis, ss, fraction, offsetText] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss ? Number(ss) : 0;
  // "08:30:15.5" is half a second after 08:30:15: the fraction is kept, never silently dropped.
  const ms = fraction ? Number(fraction.padEnd(3, "0")) : 0;
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, error: { code: "invalid-date", message: `"${text}" is not a real date and time` } };
  }
  if (zone !== null && !isValidZone(zone)) {
    return { ok: false, error: { code: "bad-zone", message: `unknown time zone "${zone}"` } };
  }
  if (offsetText) {
    let offsetMinutes = 0;
    if (offsetText !== "Z") {
      const sign = offsetText.startsWith("-") ? -1 : 1;
      const digits = offsetText.slice(1).replace(":", "");
      const oh = Number(digits.slice(0, 2));
      const om = Number(digits.slice(2));
      if (oh > 14 || om > 59) {
        return { ok: false, error: { code: "format", message: `offset "${offsetText}" is out of range` } };
      }
      offsetMinutes = sign * (oh * 60 + om);
    }
    const epochMs = utcFromFields(year, month, day, hour, minute, second) + ms - offsetMinutes * 60000;
    return { ok: true, instant: instantFromEpoch(epochMs, zone ?? "UTC") };
  }
  if (zone === null) {
    return {
      ok: false,
      error: {
        code: "no-zone",
        message: `"${text}" has no time zone and none can be inferred here; add "Z", an offset, or a zone`,
      },
    };
  }
  const r = resolveWallClock(zone, year, month, day, hour, minute, second);
  if (r.kind === "gap") {
    return {
      ok: false,
      error: {
        code: "dst-gap",
        message: `${text} does not exist in ${zone}: the clocks jump past it (daylight saving time starts, or the zone changes its offset)`,
      },
    };
  }
  if (r.kind === "ambiguous") {
    return {
      ok: false,
      error: {
        code: "dst-ambiguous",
        message: `${text} happens twice in ${zone} (daylight saving time ends, or the zone changes its offset); add an offset to say which`,
      },
    };
  }
  return { ok: true, instant: instantFromEpoch(r.epochMs + ms, zone) };
}

/** A calendar date without a time (`2025-07-18`). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** `YYYY-MM-DD` */
  readonly iso: string;
}

/** Read a `YYYY-MM-DD` string, or `null` if it is not a real date. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const m = DATE_PATTERN.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isRealDate(year, month, day)) return null;
  return { year, month, day, iso: `${m[1]}-${m[2]}-${m[3]}` };
}

/** The calendar date (`YYYY-MM-DD`) on which `epochMs` falls in `zone`. */
export function dayKey(epochMs: number, zone: ZoneId): string {
  const w = wallClockAt(epochMs, zone);
  return `${String(w.year).padStart(4, "0")}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}

/**
 * The first instant of the calendar date `iso` (`YYYY-MM-DD`) in `zone`: its midnight, the earlier one where clocks
 * go back over midnight; where a DST change skips midnight (00:00 → 01:00 in Santiago, Havana, Asunción), the
 * change itself. Offset arithmetic like {@link resolveWallClock}'s, on the offsets in force a day before and a day
 * after (zones change at most once in two days), without reading the wall clock, so a component bundle that needs
 * only this does not carry the parser's wall-clock code.
 */
export function startOfDate(iso: string, zone: ZoneId): number {
  const utc = Date.parse(`${iso}T00:00Z`);
  // Exact offsets, seconds included: Africa/Monrovia was UTC−0:44:30 until 1972, and a midnight from the offset
  // rounded to whole minutes came out 30 s early, on the previous date.
  const offset = (ms: number) => offsetMsAt(ms, zone);
  // Midnight under the larger offset is the earlier instant: try it first.
  const [a, b] = [offset(utc - 86_400_000), offset(utc + 86_400_000)].sort((x, y) => y - x) as [number, number];
  for (const o of [a, b]) if (offset(utc - o) === o) return utc - o;
  // Midnight was skipped: the change lies between midnight under the new offset (still read with the old one)
  // and under the old one (already read with the new one); the date begins at the change.
  let lo = utc - a;
  let hi = utc - b;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offset(mid) === a) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * How many calendar days the date of `epochMs` in `toZone` differs from its date in `fromZone`
 * (+1 when a 20:00 PT talk is already tomorrow in Auckland).
 */
export function dayShift(epochMs: number, fromZone: ZoneId, toZone: ZoneId): number {
  // The same zone never shifts: callers need not check (LocalTime renders in the event zone by default).
  return fromZone === toZone ? 0 : localDay(epochMs, toZone) - localDay(epochMs, fromZone);
}

/** Days since 1970-01-01 of the local date: the wall clock is the UTC reading of `epochMs` plus the offset. */
function localDay(epochMs: number, zone: ZoneId): number {
  return Math.floor((epochMs + offsetMsAt(epochMs, zone)) / 86_400_000);
}
