/**
 * The few helpers that turn a catalogue's messages into text: `{name}` templates, plural forms chosen by
 * `Intl.PluralRules`, durations by `Intl.NumberFormat` (unit style) joined by `Intl.ListFormat`, and "3 days ago" by
 * `Intl.RelativeTimeFormat`. A plain module (no directive, no hooks): server components use it too.
 *
 * Catalogues are plain data (strings and plural objects, no functions), so a catalogue crosses any server/client or
 * island boundary as a prop.
 */
import { cloneElement, isValidElement, type ReactNode } from "react";

/**
 * A message that depends on a count: one string per plural category of the language (`Intl.PluralRules`), `other`
 * required. `{count}` in it is the count, formatted for the locale.
 */
export type Plural = { readonly [K in Intl.LDMLPluralRule]?: string } & { readonly other: string };

const cache = new Map<string, unknown>();
function intl<T>(key: string, make: () => T): T {
  let hit = cache.get(key) as T | undefined;
  if (hit === undefined) {
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

/**
 * `template` with each `{name}` replaced by `values[name]`, as React children: one string when every value is text,
 * else adjacent text merged (a server writes no `<!-- -->` between text pieces). Punctuation is never doubled: when
 * a value ends with the character that follows its placeholder ("11. Dez." before "."), that character is dropped.
 */
export function fill(template: string, values: Readonly<Record<string, ReactNode>>): ReactNode {
  const parts = template.split(/\{(\w+)\}/);
  const out: ReactNode[] = [];
  let before: ReactNode = null;
  parts.forEach((part, i) => {
    let piece: ReactNode = part;
    if (i % 2) {
      before = values[part];
      // biome-ignore lint/suspicious/noArrayIndexKey: a template's parts never reorder
      piece = isValidElement(before) ? cloneElement(before, { key: i }) : before;
    } else if (part[0] && /[.,;:!?。]/.test(part[0]) && typeof before === "string" && before.endsWith(part[0])) {
      piece = part.slice(1);
    }
    if (typeof piece === "number") piece = String(piece);
    const last = out.length - 1;
    if (typeof piece === "string" && typeof out[last] === "string") out[last] += piece;
    else if (piece !== "" && piece != null) out.push(piece);
  });
  return out.length > 1 ? out : (out[0] ?? "");
}

/** `template` filled with text values, as one string ("Showing 3 of 12 sessions"). */
export function text(template: string, values: Readonly<Record<string, string | number>>): string {
  return fill(template, values) as string;
}

/** The form of `message` for `count` in `locale`, with `{count}` (and any other `values`) filled in. */
export function plural(
  message: string | Plural,
  count: number,
  locale: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const form =
    typeof message === "string"
      ? message
      : (message[intl(`p${locale}`, () => new Intl.PluralRules(locale)).select(count)] ?? message.other);
  return text(form, { ...values, count: number(count, locale) });
}

/** A number in the locale's digits and grouping. */
export function number(n: number, locale: string): string {
  return intl(`n${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

type Unit = "day" | "hour" | "minute" | "second";
const UNITS: readonly [Unit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1000],
];

/** Options of {@link duration}. */
export interface DurationOptions {
  /** Unit names: `"long"` (3 days) or `"short"` (2 hr). Default `"long"`. */
  readonly style?: "long" | "short";
  /** At most this many consecutive non-zero units, largest first. Default `2`. */
  readonly maxUnits?: number;
  /** The smallest unit shown. Default `"minute"`. */
  readonly smallestUnit?: Unit;
}

/**
 * "3 days 16 hours", "3 Tage, 16 Stunden", "3天16小时": each unit by `Intl.NumberFormat`, joined the locale's way by
 * `Intl.ListFormat`; no English glue.
 */
export function duration(ms: number, locale: string, options: DurationOptions = {}): string {
  const { style = "long", maxUnits = 2, smallestUnit = "minute" } = options;
  const unit = (u: Unit) =>
    intl(`u${locale}${u}${style}`, () => new Intl.NumberFormat(locale, { style: "unit", unit: u, unitDisplay: style }));
  let rest = Math.max(0, ms);
  const pieces: string[] = [];
  for (const [u, size] of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 && pieces.length < maxUnits) pieces.push(unit(u).format(n));
    else if (pieces.length) break;
    if (u === smallestUnit) break;
  }
  if (!pieces.length) return unit(smallestUnit).format(0);
  return intl(`l${locale}`, () => new Intl.ListFormat(locale, { type: "unit", style: "narrow" })).format(pieces);
}

/** "3 days ago", "vor 3 Tagen", "3日前": the largest whole unit of `ms` in the past (at least a minute). */
export function ago(ms: number, locale: string): string {
  const [u, size] = UNITS.find(([, size]) => ms >= size) ?? ["minute", 60_000];
  return intl(`r${locale}`, () => new Intl.RelativeTimeFormat(locale)).format(-Math.floor(ms / size), u);
}
