/**
 * Time zones: IANA names, `UTC`, and Anywhere on Earth (`AoE`, UTC−12).
 *
 * Everything here is pure and uses only `Intl`. Nothing reads the clock or the host's zone.
 */

/** A zone a time can be announced or shown in: an IANA name, `"UTC"` or `"AoE"`. */
export type ZoneId = string;

/** Anywhere on Earth: UTC−12 all year. Note the inverted sign of `Etc/` names. */
export const AOE_IANA = "Etc/GMT+12";

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
  // Once per name: parsing asks for every time it reads, and building a formatter is the slow part of a parse.
  // Keys of the shared cache never start with "?" otherwise.
  return cached(`?${zone}`, () => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  });
}

const memo = new Map<string, unknown>();

/**
 * `make()`, computed once per `key` (Intl formatters are slow to build). Internal to the time modules, not exported
 * from the package. Keys: formatters are JSON arrays or a bare zone name, zone abbreviations "zone offset".
 */
export function cached<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as T;
}

/** A cached `Intl.DateTimeFormat` in `zone`; a hot caller passes a cheaper `key` than the default. */
export function dateTimeFormat(
  zone: ZoneId,
  options: Intl.DateTimeFormatOptions,
  locale = "en-US",
  key = JSON.stringify([locale, zone, options]),
): Intl.DateTimeFormat {
  return cached(key, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: ianaZone(zone) }));
}

const WALL_CLOCK_PARTS: Intl.DateTimeFormatOptions = {
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  weekday: "short",
  era: "short",
};

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

/** The wall-clock reading of `epochMs` in `zone`. */
export function wallClockAt(epochMs: number, zone: ZoneId): WallClock {
  // Zone names never start with "[", so the zone alone is a key no JSON key can collide with.
  const parts: Record<string, string> = {};
  for (const p of dateTimeFormat(zone, WALL_CLOCK_PARTS, "en-US", zone).formatToParts(epochMs)) parts[p.type] = p.value;
  const year = Number(parts.year);
  return {
    year: parts.era?.[0] === "B" ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: "SunMonTueWedThuFriSat".indexOf(parts.weekday as string) / 3,
  };
}

/** The zone's offset from UTC at `epochMs`, in minutes (e.g. −420 for PDT, +345 for Nepal). */
export function offsetMinutesAt(epochMs: number, zone: ZoneId): number {
  return Math.round(offsetMsAt(epochMs, zone) / 60000);
}

/**
 * The exact offset in ms, read from ICU's own "GMT-07:00": local mean time and Liberia until 1972 are not whole
 * minutes, and ICU then prints the seconds ("GMT-00:44:30"). A zero offset may print as "GMT" alone.
 * Internal to the time modules (no wall-clock arithmetic, so display code does not pull it in).
 */
export function offsetMsAt(epochMs: number, zone: ZoneId): number {
  const text = dateTimeFormat(zone, { timeZoneName: "longOffset" }).format(epochMs);
  const [, sign, h = "", m = "", s = ""] = /([+-])(\d+):(\d+):?(\d*)/.exec(text) ?? [];
  return sign ? (sign === "-" ? -1000 : 1000) * ((+h * 60 + +m) * 60 + +s) : 0;
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
  const wanted = String([year, month, day, hour, minute, second]);
  const hits: number[] = [];
  // The offsets in force half a day and a day around the guess: every candidate instant.
  for (const off of new Set([-2, -1, 0, 1, 2].map((n) => offsetMsAt(guess + n * 43_200_000, zone)))) {
    const candidate = guess - off;
    const w = wallClockAt(candidate, zone);
    if (String([w.year, w.month, w.day, w.hour, w.minute, w.second]) === wanted && !hits.includes(candidate)) {
      hits.push(candidate);
    }
  }
  const [earlier, later] = hits.sort((a, b) => a - b);
  if (earlier === undefined) return { kind: "gap" };
  return later === undefined ? { kind: "ok", epochMs: earlier } : { kind: "ambiguous", earlier, later };
}

/** "UTC−7", "UTC+5:45", "UTC" — a typographic minus, as printed programmes use. */
export function formatOffset(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  const m = abs % 60;
  // Zero (m is then 0 too) is plain "UTC".
  return `UTC${offsetMinutes ? `${offsetMinutes < 0 ? "\u2212" : "+"}${(abs - m) / 60}` : ""}${m ? `:${m < 10 ? "0" : ""}${m}` : ""}`;
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
  const offsetMinutes = Math.round(offsetMsAt(epochMs, zone) / 60000);
  const offset = formatOffset(offsetMinutes);
  const abbreviation =
    zone === "AoE"
      ? zone
      : zone === "UTC" || zone === "Etc/UTC" || zone === "GMT"
        ? "UTC"
        : cached(`${zone} ${offsetMinutes}`, () => {
            // An abbreviation is only worth printing when ICU has a real one (PT, CEST, HST), not "GMT+2".
            for (const [locale, timeZoneName] of [
              ["en-US", "shortGeneric"],
              ["en-US", "short"],
              ["en-GB", "short"],
            ] as const) {
              const part = dateTimeFormat(zone, { timeZoneName }, locale)
                .formatToParts(epochMs)
                .find((p) => p.type === "timeZoneName")?.value;
              if (part && /^(?!GMT)[A-Z]{2,5}$/.test(part)) return part;
            }
            return null;
          });
  // A UTC zone's abbreviation is its offset: "UTC", not "UTC (UTC)".
  const text = abbreviation && abbreviation !== offset ? `${abbreviation} (${offset})` : offset;
  return { abbreviation, offset, offsetMinutes, text };
}
