/**
 * Time zones: IANA names, `UTC`, and Anywhere on Earth (`AoE`, UTC−12).
 *
 * Everything here is pure and uses only `Intl`. Nothing reads the clock or the host's zone.
 */

/** A zone a time can be announced or shown in: an IANA name, `"UTC"` or `"AoE"`. */
export type ZoneId = string;

/** Anywhere on Earth: UTC−12 all year. Note the inverted sign of `Etc/` names. */
export const AOE_IANA = "Etc/GMT+12";

const formatterCache = new Map<string, Intl.DateTimeFormat>();

/** The IANA zone `Intl` should use for a {@link ZoneId}. */
export function ianaZone(zone: ZoneId): string {
  return zone === "AoE" ? AOE_IANA : zone;
}

/**
 * Whether `zone` is a zone this library accepts: `AoE`, `UTC` or an IANA name that `Intl` knows.
 * Offset strings such as `-12:00` and abbreviations such as `PST` are rejected.
 */
export function isValidZone(zone: string): boolean {
  if (zone === "AoE" || zone === "UTC") return true;
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone) || !zone.includes("/")) {
    return zone === "GMT" || zone === "Etc/UTC";
  }
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function partsFormatter(zone: ZoneId): Intl.DateTimeFormat {
  const iana = ianaZone(zone);
  let f = formatterCache.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: iana,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
      era: "short",
    });
    formatterCache.set(iana, f);
  }
  return f;
}

/** Calendar fields of an instant as seen on a wall clock in some zone. */
export interface WallClock {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
  /** 0–23 */
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall-clock reading of `epochMs` in `zone`. */
export function wallClockAt(epochMs: number, zone: ZoneId): WallClock {
  const parts = partsFormatter(zone).formatToParts(new Date(epochMs));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let weekday = 0;
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case "year":
        year = Number(p.value);
        break;
      case "month":
        month = Number(p.value);
        break;
      case "day":
        day = Number(p.value);
        break;
      case "hour":
        hour = Number(p.value);
        break;
      case "minute":
        minute = Number(p.value);
        break;
      case "second":
        second = Number(p.value);
        break;
      case "weekday":
        weekday = WEEKDAYS[p.value] ?? 0;
        break;
      case "era":
        bc = p.value === "BC" || p.value === "B";
        break;
    }
  }
  if (bc) year = 1 - year;
  return { year, month, day, hour: hour === 24 ? 0 : hour, minute, second, weekday };
}

/** The zone's offset from UTC at `epochMs`, in minutes (e.g. −420 for PDT, +345 for Nepal). */
export function offsetMinutesAt(epochMs: number, zone: ZoneId): number {
  const floored = Math.floor(epochMs / 1000) * 1000;
  const w = wallClockAt(floored, zone);
  const asUtc = utcFromFields(w.year, w.month, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - floored) / 60000);
}

/** Milliseconds since the epoch of the given fields read as UTC. Handles years 0–99 correctly. */
export function utcFromFields(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

/** Result of resolving a wall-clock time in a zone. */
export type WallClockResolution =
  | { readonly kind: "ok"; readonly epochMs: number }
  | { readonly kind: "gap" }
  | { readonly kind: "ambiguous"; readonly earlier: number; readonly later: number };

/**
 * The instant(s) at which a wall clock in `zone` reads the given fields.
 * A time skipped by a DST change is a `gap`; a time that happens twice is `ambiguous`.
 */
export function resolveWallClock(
  zone: ZoneId,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second = 0,
): WallClockResolution {
  const guess = utcFromFields(year, month, day, hour, minute, second);
  const offsets = new Set<number>();
  for (const probe of [guess - 86_400_000, guess - 43_200_000, guess, guess + 43_200_000, guess + 86_400_000]) {
    offsets.add(offsetMinutesAt(probe, zone));
  }
  const hits: number[] = [];
  for (const off of offsets) {
    const candidate = guess - off * 60000;
    const w = wallClockAt(candidate, zone);
    if (
      w.year === year &&
      w.month === month &&
      w.day === day &&
      w.hour === hour &&
      w.minute === minute &&
      w.second === second &&
      !hits.includes(candidate)
    ) {
      hits.push(candidate);
    }
  }
  hits.sort((a, b) => a - b);
  const [first, second2] = hits;
  if (first === undefined) return { kind: "gap" };
  if (second2 !== undefined) return { kind: "ambiguous", earlier: first, later: second2 };
  return { kind: "ok", epochMs: first };
}

/** "UTC−7", "UTC+5:45", "UTC" — a typographic minus, as printed programmes use. */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "UTC";
  const sign = offsetMinutes < 0 ? "\u2212" : "+";
  const abs = Math.abs(offsetMinutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}

const abbreviationCache = new Map<string, string | null>();

function abbreviationOf(zone: ZoneId, epochMs: number): string | null {
  if (zone === "AoE") return "AoE";
  if (zone === "UTC" || zone === "Etc/UTC" || zone === "GMT") return "UTC";
  const iana = ianaZone(zone);
  // An abbreviation is only worth printing when ICU has a real one (PT, CEST, HST), not "GMT+2".
  const tries: Array<[string, Intl.DateTimeFormatOptions["timeZoneName"]]> = [
    ["en-US", "shortGeneric"],
    ["en-US", "short"],
    ["en-GB", "short"],
  ];
  for (const [locale, style] of tries) {
    const key = `${iana}|${locale}|${style}|${offsetMinutesAt(epochMs, zone)}`;
    let value = abbreviationCache.get(key);
    if (value === undefined) {
      const part = new Intl.DateTimeFormat(locale, { timeZone: iana, timeZoneName: style })
        .formatToParts(new Date(epochMs))
        .find((p) => p.type === "timeZoneName")?.value;
      value = part && /^[A-Z]{2,5}$/.test(part) && !part.startsWith("GMT") ? part : null;
      abbreviationCache.set(key, value);
    }
    if (value) return value;
  }
  return null;
}

/** How a zone is labelled next to a time. */
export interface ZoneLabel {
  /** "PT", "CEST", "HST", "AoE", "UTC" — or `null` where no common abbreviation exists. */
  readonly abbreviation: string | null;
  /** "UTC−7" at the given instant. */
  readonly offset: string;
  /** Offset in minutes at the given instant. */
  readonly offsetMinutes: number;
  /** "PT (UTC−7)", or just "UTC+5:45" where there is no abbreviation, or "UTC". */
  readonly text: string;
}

/**
 * The label of `zone` at `epochMs` (the offset depends on the date because of DST).
 * Deterministic for a given ICU version; independent of the host's own zone.
 */
export function zoneLabel(zone: ZoneId, epochMs: number): ZoneLabel {
  const offsetMinutes = zone === "AoE" ? -720 : offsetMinutesAt(epochMs, zone);
  const offset = formatOffset(offsetMinutes);
  const abbreviation = abbreviationOf(zone, epochMs);
  const text = abbreviation === null ? offset : abbreviation === "UTC" ? "UTC" : `${abbreviation} (${offset})`;
  return { abbreviation, offset, offsetMinutes, text };
}
