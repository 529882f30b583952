/**
 * Property tests: parse → wall clock round trips in many zones, and deadline arithmetic.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deadlineStatus } from "../helpers/deadlines";
import { formatTime, timeRemaining } from "./format";
import { dayKey, isRealDate, parseDateTime } from "./instant";
import { resolveWallClock, wallClockAt } from "./zone";

const ZONES = [
  "UTC",
  "AoE",
  "America/Vancouver",
  "America/Sao_Paulo",
  "America/St_Johns",
  "Europe/Vienna",
  "Europe/London",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "Australia/Lord_Howe",
  "Australia/Adelaide",
  "Pacific/Chatham",
  "Pacific/Kiritimati",
  "Pacific/Honolulu",
  "Pacific/Auckland",
  "Africa/Casablanca",
  "Etc/GMT+12",
] as const;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

const wallClock = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    year: fc.integer({ min: 1990, max: 2060 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .filter((w) => isRealDate(w.year, w.month, w.day));

describe("parse → wall clock round trip", () => {
  it("gives back the fields that were written, unless DST skips or repeats them", () => {
    fc.assert(
      fc.property(wallClock, (w) => {
        const text = `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
        const r = parseDateTime(text, w.zone);
        const resolution = resolveWallClock(w.zone, w.year, w.month, w.day, w.hour, w.minute);
        if (resolution.kind !== "ok") {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.code).toBe(resolution.kind === "gap" ? "dst-gap" : "dst-ambiguous");
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const back = wallClockAt(r.instant.epochMs, w.zone);
        expect([back.year, back.month, back.day, back.hour, back.minute]).toEqual([
          w.year,
          w.month,
          w.day,
          w.hour,
          w.minute,
        ]);
        expect(dayKey(r.instant.epochMs, w.zone)).toBe(text.slice(0, 10));
        expect(formatTime(r.instant.epochMs, w.zone, { locale: "en-GB", hour12: false })).toBe(text.slice(11));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads an explicit offset as the same instant whatever zone displays it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        (ms, zoneA, zoneB) => {
          const epoch = Math.floor(ms / 60_000) * 60_000;
          const text = new Date(epoch).toISOString().slice(0, 16);
          const a = parseDateTime(`${text}Z`, zoneA);
          const b = parseDateTime(`${text}+00:00`, zoneB);
          expect(a.ok && b.ok && a.instant.epochMs === epoch && b.instant.epochMs === epoch).toBe(true);
        },
      ),
    );
  });
});

describe("zones whose offset had seconds (LMT, Liberia until 1972)", () => {
  // Monrovia kept UTC−0:44:30 until 1972; most zones used local mean time (+0:09:21 in Paris) before 1900-ish.
  const SECOND_OFFSET_ZONES = [
    "Africa/Monrovia",
    "Europe/Paris",
    "Europe/Amsterdam",
    "Asia/Kolkata",
    "America/New_York",
  ];

  it("resolves every wall clock back to the instant it was read at", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1880, 0, 1) / 1000, max: Date.UTC(2060, 0, 1) / 1000 }),
        fc.constantFrom(...SECOND_OFFSET_ZONES),
        (seconds, zone) => {
          const epoch = seconds * 1000;
          const w = wallClockAt(epoch, zone);
          const r = resolveWallClock(zone, w.year, w.month, w.day, w.hour, w.minute, w.second);
          expect(r.kind === "ok" ? [r.epochMs] : r.kind === "ambiguous" ? [r.earlier, r.later] : []).toContain(epoch);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads 12:00 in Monrovia in 1971 as 12:44:30 UTC", () => {
    const r = parseDateTime("1971-06-01T12:00", "Africa/Monrovia");
    expect(r.ok && r.instant.iso).toBe("1971-06-01T12:44:30.000Z");
  });
});

describe("deadline arithmetic", () => {
  const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });

  it("timeRemaining is never negative and is zero exactly from the deadline on", () => {
    fc.assert(
      fc.property(instant, instant, (due, now) => {
        const r = timeRemaining(due, now);
        expect(r.totalMs).toBeGreaterThanOrEqual(0);
        expect(r.totalMs === 0).toBe(now >= due);
        expect(timeRemaining(due, due).totalMs).toBe(0);
        expect(r.days * 86_400 + r.hours * 3600 + r.minutes * 60 + r.seconds).toBe(Math.floor(r.totalMs / 1000));
        expect(r.hours).toBeLessThan(24);
        expect(r.minutes).toBeLessThan(60);
        expect(r.seconds).toBeLessThan(60);
      }),
    );
  });

  it("timeRemaining never increases as now advances", () => {
    fc.assert(
      fc.property(instant, instant, fc.nat({ max: 10 * 86_400_000 }), (due, now, step) => {
        expect(timeRemaining(due, now + step).totalMs).toBeLessThanOrEqual(timeRemaining(due, now).totalMs);
      }),
    );
  });

  it("deadlineStatus is passed exactly when nothing remains", () => {
    fc.assert(
      fc.property(instant, instant, (due, now) => {
        expect(deadlineStatus(due, now) === "passed").toBe(timeRemaining(due, now).totalMs === 0);
      }),
    );
  });

  it("23:59 AoE on day D is 11:59 UTC on day D+1, for every day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (dayIndex) => {
        const d = new Date(Date.UTC(1990, 0, 1) + dayIndex * 86_400_000);
        const text = `${d.toISOString().slice(0, 10)}T23:59`;
        const r = parseDateTime(text, "AoE");
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.instant.epochMs).toBe(d.getTime() + 86_400_000 + 11 * 3_600_000 + 59 * 60_000);
        expect(dayKey(r.instant.epochMs, "AoE")).toBe(text.slice(0, 10));
      }),
      { numRuns: 1000 },
    );
  });
});
