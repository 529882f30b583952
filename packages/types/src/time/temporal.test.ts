/**
 * Cross-check of the time model against the Temporal polyfill (@js-temporal/polyfill, an independent implementation
 * over the same ICU zone data), bounded and seeded: every zone transition 2000–2037 in a set of odd zones, and random
 * instants, wall-clock times and dates in the years 1–2500. Compared: instant → wall clock and offset
 * (`wallClockAt`, `offsetMsAt`, `offsetMinutesAt`, `dayKey`), wall clock → instant (`resolveWallClock`, with its gaps
 * and repeated times) and the first instant of a date (`startOfDate`).
 */
import { Temporal } from "@js-temporal/polyfill";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayKey, startOfDate } from "./instant";
import {
  ianaZone,
  offsetMinutesAt,
  offsetMsAt,
  resolveWallClock,
  utcFromFields,
  wallClockAt,
  type ZoneId,
} from "./zone";

/**
 * Odd zones: seconds in the offset (Monrovia until 1972), a skipped day (Apia 2011), DST of 30 min (Lord Howe),
 * −3:30 (St John's), +5:45 (Kathmandu), negative DST (Dublin), +2 DST from UTC (Troll), +14 (Kiritimati), UTC−12
 * (AoE, also by its IANA name), midnight skipped (Santiago, Havana), +12:45/+13:45 (Chatham).
 */
const ZONES: readonly ZoneId[] = [
  "Africa/Monrovia",
  "Pacific/Apia",
  "Australia/Lord_Howe",
  "America/St_Johns",
  "Asia/Kathmandu",
  "Europe/Dublin",
  "Antarctica/Troll",
  "Pacific/Kiritimati",
  "Etc/GMT+12",
  "AoE",
  "America/Santiago",
  "America/Havana",
  "Pacific/Chatham",
];

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const isoDate = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function zoned(epochMs: number, zone: ZoneId) {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(ianaZone(zone));
}

/** Our reading of an instant next to Temporal's, as comparable plain objects. */
function reading(epochMs: number, zone: ZoneId) {
  const w = wallClockAt(epochMs, zone);
  return {
    ours: { ...w, offsetMs: offsetMsAt(epochMs, zone), offsetMinutes: offsetMinutesAt(epochMs, zone) },
    day: dayKey(epochMs, zone),
  };
}
function temporalReading(epochMs: number, zone: ZoneId) {
  const z = zoned(epochMs, zone);
  const offsetMs = z.offsetNanoseconds / 1e6;
  return {
    ours: {
      year: z.year,
      month: z.month,
      day: z.day,
      hour: z.hour,
      minute: z.minute,
      second: z.second,
      weekday: z.dayOfWeek % 7,
      offsetMs,
      offsetMinutes: Math.round(offsetMs / 60000),
    },
    day: isoDate(z.year, z.month, z.day),
  };
}

type Fields = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** Temporal's answer for a wall-clock time: the instant, a gap, or the two instants of a repeated time. */
function temporalResolve(zone: ZoneId, f: Fields) {
  const pdt = new Temporal.PlainDateTime(f.year, f.month, f.day, f.hour, f.minute, f.second);
  const at = (disambiguation: "earlier" | "later") => pdt.toZonedDateTime(ianaZone(zone), { disambiguation });
  const earlier = at("earlier");
  const later = at("later");
  if (!earlier.toPlainDateTime().equals(pdt)) return { kind: "gap" };
  if (earlier.epochMilliseconds === later.epochMilliseconds) return { kind: "ok", epochMs: earlier.epochMilliseconds };
  return { kind: "ambiguous", earlier: earlier.epochMilliseconds, later: later.epochMilliseconds };
}

function temporalStartOfDate(iso: string, zone: ZoneId): number {
  return Temporal.PlainDate.from(iso).toZonedDateTime({ timeZone: ianaZone(zone) }).epochMilliseconds;
}

/** The wall-clock fields of `epochMs` shifted by `offsetMs` (the local time under that offset), whole seconds. */
function fieldsAt(epochMs: number, offsetMs: number): Fields {
  const d = new Date(Math.floor((epochMs + offsetMs) / 1000) * 1000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Every transition of `zone` from 2000 to 2037, by Temporal. */
function transitions(zone: ZoneId): number[] {
  const out: number[] = [];
  let z: Temporal.ZonedDateTime | null = zoned(Date.UTC(2000, 0, 1), zone);
  const end = Date.UTC(2038, 0, 1);
  while (z) {
    z = z.getTimeZoneTransition("next");
    if (!z || z.epochMilliseconds >= end) break;
    out.push(z.epochMilliseconds);
  }
  return out;
}

/** Mismatches (as readable lines) of the instant → wall clock, offset and date readings at `epochMs`. */
function compareInstant(zone: ZoneId, epochMs: number): string[] {
  const a = reading(epochMs, zone);
  const b = temporalReading(epochMs, zone);
  return JSON.stringify(a) === JSON.stringify(b)
    ? []
    : [`${zone} ${new Date(epochMs).toISOString()}: ours ${JSON.stringify(a)} Temporal ${JSON.stringify(b)}`];
}

/** Mismatches of the wall clock → instant(s) resolution. */
function compareWall(zone: ZoneId, wall: Fields): string[] {
  const ours = resolveWallClock(zone, wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
  const theirs = temporalResolve(zone, wall);
  return JSON.stringify(ours) === JSON.stringify(theirs)
    ? []
    : [`${zone} wall ${JSON.stringify(wall)}: ours ${JSON.stringify(ours)} Temporal ${JSON.stringify(theirs)}`];
}

/** Mismatches of the first instant of a date. */
function compareDate(zone: ZoneId, iso: string): string[] {
  const ours = startOfDate(iso, zone);
  const theirs = temporalStartOfDate(iso, zone);
  return ours === theirs
    ? []
    : [`${zone} startOfDate(${iso}): ours ${new Date(ours).toISOString()} Temporal ${new Date(theirs).toISOString()}`];
}

// The polyfill takes about a millisecond per conversion: the sample counts keep the file near 4 s on this machine.
describe("the time model agrees with Temporal", () => {
  it("at every zone transition 2000–2037 in odd zones: the instants of the change, the wall clocks it skips or repeats, the date it falls on", () => {
    const bad: string[] = [];
    let samples = 0;
    for (const zone of ZONES) {
      for (const t of transitions(zone)) {
        const before = offsetMsAt(t - 1, zone);
        const after = offsetMsAt(t, zone);
        // The last instant under the old offset and the first under the new; the wall clock of the change under the
        // old offset, and halfway between old and new (inside the gap, or the repeated time); the date of the change.
        const checks = [
          compareInstant(zone, t - 1),
          compareInstant(zone, t),
          compareWall(zone, fieldsAt(t, before)),
          compareWall(zone, fieldsAt(t, (before + after) / 2)),
          compareDate(zone, dayKey(t, zone)),
        ];
        for (const c of checks) bad.push(...c);
        samples += checks.length;
      }
    }
    // Monrovia's offset had seconds (UTC−0:44:30) until 1972; Apia skipped 30 December 2011.
    for (const [zone, iso] of [
      ["Africa/Monrovia", "1972-01-07"],
      ["Africa/Monrovia", "1971-06-01"],
      ["Pacific/Apia", "2011-12-30"],
      ["Pacific/Apia", "2011-12-31"],
    ] as const) {
      bad.push(...compareDate(zone, iso), ...compareInstant(zone, startOfDate(iso, zone)));
      samples += 2;
    }
    expect(samples).toBeGreaterThan(2000);
    expect(bad.slice(0, 10)).toEqual([]);
  }, 60_000);

  it("at random instants, wall clocks and dates in the years 1–2500 (seeded)", () => {
    const first = utcFromFields(1, 1, 1);
    const last = utcFromFields(2500, 12, 31, 23, 59, 59);
    const sample = fc.record({
      zone: fc.constantFrom(...ZONES, "UTC", "Europe/Vienna", "Asia/Kolkata", "America/Vancouver", "Pacific/Auckland"),
      epochMs: fc.integer({ min: first, max: last }),
      wall: fc.record({
        year: fc.integer({ min: 1, max: 2500 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
      }),
    });
    fc.assert(
      fc.property(sample, ({ zone, epochMs, wall }) => {
        const bad = [
          ...compareInstant(zone, epochMs),
          ...compareWall(zone, wall),
          ...compareDate(zone, isoDate(wall.year, wall.month, wall.day)),
        ];
        if (bad.length) throw new Error(bad.join("\n"));
      }),
      { numRuns: 600, seed: 2026 },
    );
  }, 60_000);
});
