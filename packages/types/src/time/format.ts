/**
 * Formatting instants for people. Uses `Intl` only; output depends on the arguments, never on the host's zone.
 */
import { ianaZone, type ZoneId } from "./zone";

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, zone: ZoneId, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: ianaZone(zone) });
    cache.set(key, f);
  }
  return f;
}

/**
 * ICU versions differ in the spaces they put in dates and times (U+202F in Node's "8:30 AM", U+0020 in some
 * browsers). Server and client must print the same characters, so every output uses one no-break space.
 */
function clean(text: string): string {
  return text.replace(/[\u00a0\u2009\u202f]/g, "\u00a0");
}

/** Options shared by the formatting helpers. */
export interface FormatOptions {
  /** BCP 47 locale. Default `"en-US"`. */
  readonly locale?: string;
  /** Force a 12-hour (`true`) or 24-hour (`false`) clock. Default: the locale's own. */
  readonly hour12?: boolean;
}

function hourOptions(hour12: boolean | undefined): Intl.DateTimeFormatOptions {
  if (hour12 === undefined) return {};
  return { hourCycle: hour12 ? "h12" : "h23" };
}

/** "8:30 AM" (en-US), "8:30" (en-GB), "08:30" with `hour12: false` — the time of day of `epochMs` in `zone`. */
export function formatTime(epochMs: number, zone: ZoneId, options: FormatOptions = {}): string {
  return clean(
    formatter(options.locale ?? "en-US", zone, {
      // A forced 24-hour clock reads "08:30", as printed programmes do.
      hour: options.hour12 === false ? "2-digit" : "numeric",
      minute: "2-digit",
      ...hourOptions(options.hour12),
    }).format(epochMs),
  );
}

/** Date styles for {@link formatDate}. */
export type DateStyle = "full" | "long" | "medium" | "short";

/** "Friday, July 18, 2025" (full), "July 18, 2025" (long), "Jul 18" (short) in `zone`. */
export function formatDate(
  epochMs: number,
  zone: ZoneId,
  options: FormatOptions & { readonly style?: DateStyle } = {},
): string {
  const style = options.style ?? "long";
  const opts: Intl.DateTimeFormatOptions =
    style === "full"
      ? { weekday: "long", year: "numeric", month: "long", day: "numeric" }
      : style === "long"
        ? { year: "numeric", month: "long", day: "numeric" }
        : style === "medium"
          ? { weekday: "short", month: "short", day: "numeric" }
          : { month: "short", day: "numeric" };
  return clean(formatter(options.locale ?? "en-US", zone, opts).format(epochMs));
}

/**
 * "May 27, 2025, 11:59 PM" — date and time of `epochMs` in `zone`, without the zone's name.
 *
 * Composed from the date and the time rather than one `Intl` pattern: ICU versions disagree on the joiner
 * ("May 27, 2025 at 11:59 PM" in Node, "May 27, 2025, 11:59 PM" in Chromium), which would break hydration.
 */
export function formatDateTime(
  epochMs: number,
  zone: ZoneId,
  options: FormatOptions & { readonly weekday?: boolean; readonly year?: boolean } = {},
): string {
  const date = clean(
    formatter(options.locale ?? "en-US", zone, {
      ...(options.weekday ? { weekday: "short" } : {}),
      ...(options.year === false ? {} : { year: "numeric" }),
      month: "long",
      day: "numeric",
    }).format(epochMs),
  );
  return `${date}, ${formatTime(epochMs, zone, options)}`;
}

/** Time left until a moment, split into units. Never negative. */
export interface TimeRemaining {
  /** Milliseconds left; `0` once the moment has come. */
  readonly totalMs: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** Time from `nowMs` until `dueMs`, floored to whole seconds; zero at and after `dueMs`. */
export function timeRemaining(dueMs: number, nowMs: number): TimeRemaining {
  const totalMs = Math.max(0, dueMs - nowMs);
  const totalSeconds = Math.floor(totalMs / 1000);
  return {
    totalMs,
    days: Math.floor(totalSeconds / 86400),
    hours: Math.floor((totalSeconds % 86400) / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
  };
}

/** Units a duration can be rounded to. */
export type DurationUnit = "day" | "hour" | "minute" | "second";

const UNIT_MS: Record<DurationUnit, number> = { day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000 };

/** Options for {@link formatDuration}. */
export interface DurationOptions {
  /** BCP 47 locale. Default `"en-US"`. */
  readonly locale?: string;
  /** `"long"` → "4 days 3 hours"; `"short"` → "4 days 3 hr"; `"narrow"` → "4d 3h". Default `"long"`. */
  readonly style?: "long" | "short" | "narrow";
  /** How many non-zero units to show at most, largest first. Default `2`. */
  readonly maxUnits?: number;
  /** Smallest unit to show. Default `"minute"`. */
  readonly smallestUnit?: DurationUnit;
}

const numberFormatCache = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string, unit: DurationUnit, style: "long" | "short" | "narrow"): Intl.NumberFormat {
  const key = `${locale}|${unit}|${style}`;
  let f = numberFormatCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: style });
    numberFormatCache.set(key, f);
  }
  return f;
}

/**
 * "4 days 3 hours", "2 hr 14 min": a duration in words, truncated (never rounded up) to `smallestUnit`,
 * so a countdown never shows more time than is left.
 */
export function formatDuration(ms: number, options: DurationOptions = {}): string {
  const locale = options.locale ?? "en-US";
  const style = options.style ?? "long";
  const maxUnits = options.maxUnits ?? 2;
  const smallest = options.smallestUnit ?? "minute";
  const order: DurationUnit[] = ["day", "hour", "minute", "second"];
  const last = order.indexOf(smallest);
  let rest = Math.max(0, ms);
  const pieces: string[] = [];
  let started = false;
  for (let i = 0; i <= last; i++) {
    const unit = order[i] as DurationUnit;
    const n = Math.floor(rest / UNIT_MS[unit]);
    rest -= n * UNIT_MS[unit];
    if (n > 0 || started) started = true;
    if (n > 0 && pieces.length < maxUnits) pieces.push(unitFormat(locale, unit, style).format(n));
    if (started && pieces.length >= maxUnits) break;
    if (started && n === 0 && pieces.length > 0) break;
  }
  if (pieces.length === 0) return clean(unitFormat(locale, smallest, style).format(0));
  return clean(pieces.join(" "));
}
