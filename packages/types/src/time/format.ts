/**
 * Formatting instants for people. Uses `Intl` only; output depends on the arguments, never on the host's zone.
 */
import { cached, dateTimeFormat, type ZoneId, zoneLabel } from "./zone";

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

function format(epochMs: number, zone: ZoneId, options: FormatOptions, fields: Intl.DateTimeFormatOptions): string {
  return clean(dateTimeFormat(zone, fields, options.locale ?? "en-US").format(epochMs));
}

/** "8:30 AM" (en-US), "8:30" (en-GB), "08:30" with `hour12: false` — the time of day of `epochMs` in `zone`. */
export function formatTime(epochMs: number, zone: ZoneId, options: FormatOptions = {}): string {
  const { hour12 } = options;
  // An undefined option is the same as a missing one, to Intl and to the cache key (JSON drops it).
  return format(epochMs, zone, options, {
    // A forced 24-hour clock reads "08:30", as printed programmes do.
    hour: hour12 === false ? "2-digit" : "numeric",
    minute: "2-digit",
    hourCycle: hour12 === undefined ? undefined : hour12 ? "h12" : "h23",
  });
}

/** Date styles for {@link formatDate}. */
export type DateStyle = "full" | "long" | "medium" | "short";

/** "Friday, July 18, 2025" (full), "July 18, 2025" (long), "Fri, Jul 18" (medium), "Jul 18" (short) in `zone`. */
export function formatDate(
  epochMs: number,
  zone: ZoneId,
  options: FormatOptions & { readonly style?: DateStyle } = {},
): string {
  const style = options.style ?? "long";
  const long = style === "full" || style === "long";
  return format(epochMs, zone, options, {
    weekday: style === "full" ? "long" : style === "medium" ? "short" : undefined,
    year: long ? "numeric" : undefined,
    month: long ? "long" : "short",
    day: "numeric",
  });
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
  options: FormatOptions & {
    readonly weekday?: boolean;
    readonly year?: boolean;
    /** `"short"`: "May 27, 11:59 PM" with `year: false`. Default `"long"`. */
    readonly month?: "long" | "short";
  } = {},
): string {
  const date = format(epochMs, zone, options, {
    weekday: options.weekday ? "short" : undefined,
    year: options.year === false ? undefined : "numeric",
    month: options.month ?? "long",
    day: "numeric",
  });
  return `${date}${dateTimeJoiner(options.locale)}${formatTime(epochMs, zone, options)}`;
}

/**
 * What goes between a date and its time in `locale`: ICU's own joiners ("at", "um", "à") differ between ICU
 * versions (see {@link formatDateTime}), so the joiner is the locale's plain separator instead — a space where the
 * date ends in a unit character (Chinese, Japanese, Korean: "2025年5月27日 23:59"), the Arabic comma in Arabic script,
 * else a comma ("27. Mai 2025, 23:59").
 */
export function dateTimeJoiner(locale = "en-US"): string {
  const language = locale.split("-")[0]?.toLowerCase();
  if (language === "ja" || language === "zh" || language === "ko") return " ";
  if (language === "ar" || language === "fa" || language === "ur") return "\u060C ";
  return ", ";
}

/**
 * "June 3, 2024, 11:59 PM AoE (UTC−12)", "Jul 3, 4:59 AM CEST (UTC+2)", "May 27, 2025, 11:59 PM UTC": date, time
 * and the zone's label ({@link zoneLabel}'s `text`). The one way the components and docs write a date and time
 * together with its zone; options as for {@link formatDateTime}.
 */
export function formatDateTimeZone(
  epochMs: number,
  zone: ZoneId,
  options: Parameters<typeof formatDateTime>[2] = {},
): string {
  return `${formatDateTime(epochMs, zone, options)} ${zoneLabel(zone, epochMs).text}`;
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

const UNITS: readonly (readonly [DurationUnit, number])[] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1000],
];

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

/**
 * "4 days 3 hours", "2 hr 14 min": a duration in words, truncated (never rounded up) to `smallestUnit`,
 * so a countdown never shows more time than is left.
 */
export function formatDuration(ms: number, options: DurationOptions = {}): string {
  const locale = options.locale ?? "en-US";
  const style = options.style ?? "long";
  const maxUnits = options.maxUnits ?? 2;
  const smallest = options.smallestUnit ?? "minute";
  const unitFormat = (unit: DurationUnit) =>
    cached(
      JSON.stringify([locale, unit, style]),
      () => new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: style }),
    );
  let rest = Math.max(0, ms);
  const pieces: string[] = [];
  // From the largest non-zero unit down, consecutive non-zero units only, at most `maxUnits` of them.
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 && pieces.length < maxUnits) pieces.push(unitFormat(unit).format(n));
    else if (pieces.length) break;
    if (unit === smallest) break;
  }
  return clean(pieces.join(" ") || unitFormat(smallest).format(0));
}
