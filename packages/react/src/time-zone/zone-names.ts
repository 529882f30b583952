/**
 * Zone ids as people know them: canonical IANA ids (Asia/Kolkata, not Asia/Calcutta) and human names in the
 * reader's locale ("New Zealand Time", "Neuseeland-Normalzeit").
 */
import { ianaZone, zoneLabel } from "@workshop-kit/types";

/**
 * Old ids that ICU (Node 20, Chromium) still returns from `resolvedOptions().timeZone` as they are: the tz database
 * made them links to the ids below. `Intl` already canonicalises the others (US/Pacific → America/Los_Angeles).
 */
const ALIASES: Readonly<Record<string, string>> = {
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/**
 * The canonical IANA id of `zone` (`Asia/Calcutta` → `Asia/Kolkata`, `US/Pacific` → `America/Los_Angeles`,
 * `Etc/UTC` → `UTC`): what `Intl` resolves it to, then the few old ids ICU keeps. `AoE` and unknown ids are returned
 * as they are.
 */
export function canonicalZone(zone: string): string {
  if (zone === "AoE") return zone;
  let resolved = zone;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
  return ALIASES[resolved] ?? resolved;
}

const namers = new Map<string, Intl.DateTimeFormat | null>();
function namer(zone: string, locale: string, style: "longGeneric" | "long"): Intl.DateTimeFormat | null {
  const key = `${locale} ${zone} ${style}`;
  let f = namers.get(key);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(locale, { timeZone: ianaZone(zone), timeZoneName: style });
    } catch {
      f = null; // an unknown zone or locale: the short label below
    }
    namers.set(key, f);
  }
  return f;
}

/**
 * The zone's name in `locale` ("New Zealand Time", "India Standard Time", "Pacific Time"), from `Intl`'s
 * `longGeneric` name, else its `long` one ("Coordinated Universal Time"); where `Intl` has only an offset
 * ("GMT-12:00"), the short label ("AoE (UTC−12)", "UTC+5:45").
 */
export function zoneName(zone: string, atMs: number, locale = "en-US"): string {
  if (zone === "AoE") return "Anywhere on Earth";
  for (const style of ["longGeneric", "long"] as const) {
    const name = namer(zone, locale, style)
      ?.formatToParts(atMs)
      .find((p) => p.type === "timeZoneName")?.value;
    if (name && !/^(GMT|UTC)([+\-−]|$)/.test(name)) return name;
  }
  return zoneLabel(zone, atMs).text;
}
