import { describe, expect, it } from "vitest";
import {
  dayKey,
  dayShift,
  instantFromEpoch,
  isRealDate,
  parseCalendarDate,
  parseDateTime,
  startOfDate,
} from "./instant";
import { resolveWallClock } from "./zone";

function iso(text: string, zone: string | null): string {
  const r = parseDateTime(text, zone);
  if (!r.ok) throw new Error(r.error.message);
  return r.instant.iso;
}

function code(text: string, zone: string | null): string {
  const r = parseDateTime(text, zone);
  return r.ok ? "ok" : r.error.code;
}

describe("parseDateTime: exact times", () => {
  it("reads Z and offsets as exact instants, whatever the display zone", () => {
    expect(iso("2025-07-18T08:30Z", "Asia/Tokyo")).toBe("2025-07-18T08:30:00.000Z");
    expect(iso("2025-07-18T08:30:00-07:00", "America/Vancouver")).toBe("2025-07-18T15:30:00.000Z");
    expect(iso("2025-07-18T08:30+0545", "UTC")).toBe("2025-07-18T02:45:00.000Z");
    expect(iso("2025-07-18 08:30:15+02:00", "Europe/Vienna")).toBe("2025-07-18T06:30:15.000Z");
  });

  it("keeps the fraction of a second it accepts instead of dropping it", () => {
    expect(iso("2025-07-18T08:30:00.999Z", "UTC")).toBe("2025-07-18T08:30:00.999Z");
    expect(iso("2025-07-18T08:30:15.5+02:00", "UTC")).toBe("2025-07-18T06:30:15.500Z");
    expect(iso("2025-07-18T08:30:15.05", "Europe/Vienna")).toBe("2025-07-18T06:30:15.050Z");
  });

  it("keeps the zone it was given for display, or UTC when there is none", () => {
    const r = parseDateTime("2025-07-18T08:30Z", null);
    expect(r.ok && r.instant.zone).toBe("UTC");
    const r2 = parseDateTime("2025-07-18T08:30Z", "Europe/Vienna");
    expect(r2.ok && r2.instant.zone).toBe("Europe/Vienna");
  });

  it("rejects offsets beyond ±14:59 and nonsense", () => {
    expect(code("2025-07-18T08:30+15:00", "UTC")).toBe("format");
    expect(code("2025-07-18T08:30+05:60", "UTC")).toBe("format");
    expect(code("18/07/2025 08:30", "UTC")).toBe("format");
    expect(code("2025-07-18", "UTC")).toBe("format");
  });
});

describe("parseDateTime: wall-clock times", () => {
  it("reads a wall clock in the zone (PDT is UTC−7 in July)", () => {
    expect(iso("2025-07-18T08:30", "America/Vancouver")).toBe("2025-07-18T15:30:00.000Z");
    expect(iso("2025-01-17T08:30", "America/Vancouver")).toBe("2025-01-17T16:30:00.000Z");
  });

  it("reads AoE as UTC−12 all year: 23:59 AoE is 11:59 UTC the next day", () => {
    expect(iso("2024-06-03T23:59", "AoE")).toBe("2024-06-04T11:59:00.000Z");
    expect(iso("2024-12-31T23:59", "AoE")).toBe("2025-01-01T11:59:00.000Z");
    const r = parseDateTime("2024-06-03T23:59", "AoE");
    expect(r.ok && r.instant.zone).toBe("AoE");
  });

  it("reads UTC", () => {
    expect(iso("2025-05-27T23:59", "UTC")).toBe("2025-05-27T23:59:00.000Z");
  });

  it("handles Chatham (+12:45, +13:45 in summer) and Kathmandu (+5:45)", () => {
    expect(iso("2025-01-15T12:00", "Pacific/Chatham")).toBe("2025-01-14T22:15:00.000Z"); // +13:45
    expect(iso("2025-07-15T12:00", "Pacific/Chatham")).toBe("2025-07-14T23:15:00.000Z"); // +12:45
    expect(iso("2025-07-15T12:00", "Asia/Kathmandu")).toBe("2025-07-15T06:15:00.000Z");
  });

  it("handles Lord Howe's half-hour DST (+10:30, +11 in summer)", () => {
    expect(iso("2025-07-15T12:00", "Australia/Lord_Howe")).toBe("2025-07-15T01:30:00.000Z");
    expect(iso("2025-01-15T12:00", "Australia/Lord_Howe")).toBe("2025-01-15T01:00:00.000Z");
    // Clocks go 02:00 → 02:30 on 5 October 2025 and 02:00 → 01:30 on 6 April 2025.
    expect(code("2025-10-05T02:15", "Australia/Lord_Howe")).toBe("dst-gap");
    expect(code("2025-04-06T01:45", "Australia/Lord_Howe")).toBe("dst-ambiguous");
    expect(code("2025-04-06T02:00", "Australia/Lord_Howe")).toBe("ok");
  });

  it("rejects a time skipped by DST, saying so", () => {
    const r = parseDateTime("2025-03-09T02:30", "America/Vancouver");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("dst-gap");
      expect(r.error.message).toBe(
        "2025-03-09T02:30 does not exist in America/Vancouver: the clocks jump past it (daylight saving time starts, or the zone changes its offset)",
      );
    }
    expect(code("2025-03-30T02:30", "Europe/Vienna")).toBe("dst-gap");
    expect(code("2025-09-28T03:00", "Pacific/Chatham")).toBe("dst-gap"); // 02:45 → 03:45
  });

  it("rejects a day skipped by a zone change (Samoa, 30 December 2011) without blaming DST alone", () => {
    const r = parseDateTime("2011-12-30T12:00", "Pacific/Apia");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("or the zone changes its offset");
  });

  it("rejects a time repeated by DST, unless an offset says which", () => {
    const r = parseDateTime("2025-11-02T01:30", "America/Vancouver");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("happens twice in America/Vancouver");
    expect(iso("2025-11-02T01:30-07:00", "America/Vancouver")).toBe("2025-11-02T08:30:00.000Z");
    expect(iso("2025-11-02T01:30-08:00", "America/Vancouver")).toBe("2025-11-02T09:30:00.000Z");
    expect(code("2025-10-26T02:30", "Europe/Vienna")).toBe("dst-ambiguous");
  });

  it("accepts the minutes right next to a DST change", () => {
    expect(iso("2025-03-09T01:59", "America/Vancouver")).toBe("2025-03-09T09:59:00.000Z");
    expect(iso("2025-03-09T03:00", "America/Vancouver")).toBe("2025-03-09T10:00:00.000Z");
    expect(iso("2025-11-02T02:00", "America/Vancouver")).toBe("2025-11-02T10:00:00.000Z");
  });

  it("says when no zone can be inferred, and rejects unknown zones", () => {
    expect(code("2025-07-18T08:30", null)).toBe("no-zone");
    expect(code("2025-07-18T08:30", "Mars/Olympus")).toBe("bad-zone");
    expect(code("2025-07-18T08:30", "-12:00")).toBe("bad-zone");
    expect(code("2025-07-18T08:30", "PST")).toBe("bad-zone");
  });

  it("rejects impossible dates and times", () => {
    expect(code("2025-02-29T10:00", "UTC")).toBe("invalid-date");
    expect(code("2024-02-29T10:00", "UTC")).toBe("ok");
    expect(code("2025-04-31T10:00", "UTC")).toBe("invalid-date");
    expect(code("2025-07-18T24:00", "UTC")).toBe("invalid-date");
    expect(code("2025-07-18T23:60", "UTC")).toBe("invalid-date");
  });
});

describe("calendar dates", () => {
  it("parses real dates only", () => {
    expect(parseCalendarDate("2025-07-18")).toEqual({ year: 2025, month: 7, day: 18, iso: "2025-07-18" });
    expect(parseCalendarDate("2025-02-30")).toBeNull();
    expect(parseCalendarDate("2025-7-18")).toBeNull();
    expect(isRealDate(2100, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
  });

  it("dayKey is the date in the given zone", () => {
    const t = Date.UTC(2025, 6, 19, 0, 30); // 17:30 PDT on the 18th; 12:30 NZST on the 19th
    expect(dayKey(t, "America/Vancouver")).toBe("2025-07-18");
    expect(dayKey(t, "Pacific/Auckland")).toBe("2025-07-19");
    expect(dayKey(t, "UTC")).toBe("2025-07-19");
    expect(dayKey(t, "AoE")).toBe("2025-07-18");
  });

  it("dayShift counts calendar days between zones", () => {
    const t = Date.UTC(2025, 6, 19, 3, 0); // 20:00 PDT on the 18th
    expect(dayShift(t, "America/Vancouver", "Pacific/Auckland")).toBe(1);
    expect(dayShift(t, "Pacific/Auckland", "America/Vancouver")).toBe(-1);
    expect(dayShift(t, "America/Vancouver", "America/Los_Angeles")).toBe(0);
    expect(dayShift(Date.UTC(2025, 6, 18, 11, 0), "Pacific/Kiritimati", "Pacific/Pago_Pago")).toBe(-1);
  });

  it("instantFromEpoch gives the ISO string", () => {
    expect(instantFromEpoch(0, "UTC")).toEqual({ epochMs: 0, iso: "1970-01-01T00:00:00.000Z", zone: "UTC" });
  });
});

describe("startOfDate", () => {
  it.each([
    ["Europe/Vienna", "2025-07-18", "2025-07-17T22:00:00.000Z"],
    ["America/Vancouver", "2025-07-18", "2025-07-18T07:00:00.000Z"],
    ["AoE", "2025-05-27", "2025-05-27T12:00:00.000Z"],
    ["Asia/Kathmandu", "2025-07-18", "2025-07-17T18:15:00.000Z"],
  ])("is midnight in %s on %s", (zone, date, expected) => {
    expect(new Date(startOfDate(date, zone)).toISOString()).toBe(expected);
  });

  it.each([
    ["America/Santiago", "2022-09-11"],
    ["America/Havana", "2025-03-09"],
    ["America/Asuncion", "2023-10-01"],
  ])("is the DST change itself where %s skips midnight on %s (01:00 there)", (zone, date) => {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    expect(resolveWallClock(zone, y, m, d, 0, 0).kind).toBe("gap");
    const start = startOfDate(date, zone);
    expect(resolveWallClock(zone, y, m, d, 1, 0)).toEqual({ kind: "ok", epochMs: start });
    expect(dayKey(start - 1, zone) < date).toBe(true);
  });

  it("is the earlier midnight where midnight happens twice (Havana, 2 November 2025)", () => {
    const r = resolveWallClock("America/Havana", 2025, 11, 2, 0, 0);
    expect(r.kind).toBe("ambiguous");
    expect(startOfDate("2025-11-02", "America/Havana")).toBe(r.kind === "ambiguous" ? r.earlier : Number.NaN);
  });
});

describe("startOfDate in zones whose offsets have seconds", () => {
  it("uses the exact offset: Africa/Monrovia (UTC−0:44:30 until 1972) starts 1970-01-01 at 00:44:30Z", () => {
    expect(new Date(startOfDate("1970-01-01", "Africa/Monrovia")).toISOString()).toBe("1970-01-01T00:44:30.000Z");
    expect(dayKey(startOfDate("1970-01-01", "Africa/Monrovia"), "Africa/Monrovia")).toBe("1970-01-01");
  });
});
