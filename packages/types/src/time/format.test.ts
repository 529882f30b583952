import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDateTimeZone, formatDuration, formatTime, timeRemaining } from "./format";
import { zoneLabel } from "./zone";

/** ICU puts a narrow no-break space before AM/PM; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

const OPENING = Date.UTC(2025, 6, 18, 15, 30); // 08:30 PDT, Friday 18 July 2025

describe("formatTime / formatDate / formatDateTime", () => {
  it("formats in the given zone and locale", () => {
    expect(plain(formatTime(OPENING, "America/Vancouver"))).toBe("8:30 AM");
    // en-GB uses a 24-hour clock (the leading zero depends on the ICU version; force it with hour12: false).
    expect(formatTime(OPENING, "America/Vancouver", { locale: "en-GB" })).toMatch(/^0?8:30$/);
    expect(formatTime(OPENING, "Europe/London", { locale: "en-GB" })).toBe("16:30");
    expect(formatTime(OPENING, "Europe/Vienna", { locale: "de-AT" })).toBe("17:30");
    expect(plain(formatTime(OPENING, "Asia/Kathmandu"))).toBe("9:15 PM");
    expect(plain(formatTime(OPENING, "Pacific/Chatham"))).toBe("4:15 AM");
  });

  it("forces a 12- or 24-hour clock", () => {
    expect(formatTime(OPENING, "America/Vancouver", { hour12: false })).toBe("08:30");
    expect(plain(formatTime(OPENING, "America/Vancouver", { locale: "en-GB", hour12: true }))).toMatch(/^8:30 am$/i);
    expect(formatTime(Date.UTC(2025, 6, 18, 7, 0), "America/Vancouver", { hour12: false })).toBe("00:00");
  });

  it("formats dates in four styles", () => {
    expect(formatDate(OPENING, "America/Vancouver", { style: "full" })).toBe("Friday, July 18, 2025");
    expect(formatDate(OPENING, "America/Vancouver")).toBe("July 18, 2025");
    expect(formatDate(OPENING, "America/Vancouver", { style: "medium" })).toBe("Fri, Jul 18");
    expect(formatDate(OPENING, "America/Vancouver", { style: "short" })).toBe("Jul 18");
    expect(formatDate(OPENING, "Pacific/Kiritimati", { style: "short" })).toBe("Jul 19");
  });

  it("formats a date and time without the zone name", () => {
    // The joiner between date and time differs between ICU versions ("," or " at"); the parts must not.
    const due = Date.UTC(2025, 4, 27, 23, 59);
    expect(plain(formatDateTime(due, "UTC"))).toMatch(/^May 27, 2025(,| at) 11:59 PM$/);
    expect(plain(formatDateTime(due, "UTC", { weekday: true, year: false }))).toMatch(/^Tue, May 27(,| at) 11:59 PM$/);
    expect(plain(formatDateTime(due, "UTC", { locale: "en-GB", hour12: false }))).toMatch(/^27 May 2025(,| at) 23:59$/);
    expect(plain(formatDateTime(due, "Europe/Berlin", { year: false, month: "short" }))).toBe("May 28, 1:59 AM");
    expect(formatDateTime(due, "Asia/Kathmandu", { year: false, month: "short", locale: "de-DE" })).toBe(
      `${formatDate(due, "Asia/Kathmandu", { style: "short", locale: "de-DE" })}, ${formatTime(due, "Asia/Kathmandu", { locale: "de-DE" })}`,
    );
    expect(plain(formatDateTime(Date.UTC(2024, 5, 4, 11, 59), "AoE"))).toMatch(/^June 3, 2024(,| at) 11:59 PM$/);
  });
});

describe("zoneLabel", () => {
  it("names the zone with its offset at that date", () => {
    expect(zoneLabel("America/Vancouver", OPENING).text).toBe("PT (UTC\u22127)");
    expect(zoneLabel("America/Vancouver", Date.UTC(2025, 0, 15)).text).toBe("PT (UTC\u22128)");
    expect(zoneLabel("Europe/Vienna", Date.UTC(2024, 6, 26)).text).toBe("CEST (UTC+2)");
    expect(zoneLabel("Europe/Vienna", Date.UTC(2024, 0, 26)).text).toBe("CET (UTC+1)");
    expect(zoneLabel("Pacific/Honolulu", Date.UTC(2023, 6, 29)).text).toBe("HST (UTC\u221210)");
  });

  it("falls back to the offset where there is no common abbreviation", () => {
    expect(zoneLabel("Asia/Kathmandu", OPENING)).toEqual({
      abbreviation: null,
      offset: "UTC+5:45",
      offsetMinutes: 345,
      text: "UTC+5:45",
    });
    expect(zoneLabel("Pacific/Chatham", Date.UTC(2025, 0, 15)).text).toBe("UTC+13:45");
    expect(zoneLabel("Australia/Lord_Howe", Date.UTC(2025, 6, 15)).offset).toBe("UTC+10:30");
    expect(zoneLabel("Australia/Lord_Howe", Date.UTC(2025, 0, 15)).offset).toBe("UTC+11");
  });

  it("labels UTC and AoE", () => {
    expect(zoneLabel("UTC", OPENING).text).toBe("UTC");
    expect(zoneLabel("AoE", OPENING)).toEqual({
      abbreviation: "AoE",
      offset: "UTC\u221212",
      offsetMinutes: -720,
      text: "AoE (UTC\u221212)",
    });
  });
});

describe("timeRemaining", () => {
  it("splits the time left into units, floored to seconds", () => {
    const due = Date.UTC(2025, 4, 27, 23, 59);
    const now = due - (2 * 86_400_000 + 3 * 3_600_000 + 4 * 60_000 + 5_999);
    expect(timeRemaining(due, now)).toEqual({
      totalMs: now === due ? 0 : due - now,
      days: 2,
      hours: 3,
      minutes: 4,
      seconds: 5,
    });
  });

  it("is zero at and after the deadline, never negative", () => {
    expect(timeRemaining(1000, 1000)).toEqual({ totalMs: 0, days: 0, hours: 0, minutes: 0, seconds: 0 });
    expect(timeRemaining(1000, 5000).totalMs).toBe(0);
  });
});

describe("formatDuration", () => {
  const D = 86_400_000;
  const H = 3_600_000;
  const M = 60_000;

  it("shows the two largest units by default, in words", () => {
    expect(formatDuration(4 * D + 3 * H + 20 * M)).toBe("4 days 3 hours");
    expect(formatDuration(2 * H + 14 * M)).toBe("2 hours 14 minutes");
    expect(formatDuration(1 * D + 1 * H)).toBe("1 day 1 hour");
  });

  it("truncates, never rounds up: a countdown never shows more time than is left", () => {
    expect(formatDuration(59 * M + 59_999)).toBe("59 minutes");
    expect(formatDuration(2 * H - 1)).toBe("1 hour 59 minutes");
  });

  it("stops at a zero unit rather than skipping it", () => {
    expect(formatDuration(1 * D + 5 * M)).toBe("1 day");
  });

  it("supports styles, more units, a smaller smallest unit and locales", () => {
    expect(formatDuration(2 * H + 14 * M, { style: "short" })).toBe("2 hr 14 min");
    expect(formatDuration(2 * H + 14 * M, { style: "narrow" })).toBe("2h 14m");
    expect(formatDuration(D + 2 * H + 3 * M + 4000, { maxUnits: 4, smallestUnit: "second" })).toBe(
      "1 day 2 hours 3 minutes 4 seconds",
    );
    expect(formatDuration(3 * D + 4 * H, { locale: "de" })).toBe("3 Tage 4 Stunden");
  });

  it("shows zero in the smallest unit for nothing left or negative input", () => {
    expect(formatDuration(0)).toBe("0 minutes");
    expect(formatDuration(-5000)).toBe("0 minutes");
    expect(formatDuration(30_000)).toBe("0 minutes");
    expect(formatDuration(0, { smallestUnit: "second", style: "narrow" })).toBe("0s");
  });
});

describe("formatDateTimeZone", () => {
  it("is the one phrasing of date, time and zone: the zone's full label, AoE included", () => {
    const aoe = Date.parse("2024-06-04T11:59:00Z"); // June 3, 23:59 AoE
    expect(plain(formatDateTimeZone(aoe, "AoE"))).toBe("June 3, 2024, 11:59 PM AoE (UTC−12)");
    expect(plain(formatDateTimeZone(OPENING, "America/Vancouver"))).toBe("July 18, 2025, 8:30 AM PT (UTC−7)");
    expect(plain(formatDateTimeZone(OPENING, "UTC", { year: false, month: "short" }))).toBe("Jul 18, 3:30 PM UTC");
  });
});

describe("formatDateTime joins date and time as the locale writes them", () => {
  const due = Date.UTC(2025, 4, 27, 23, 59);
  it.each([
    ["en-US", "May 27, 2025, 11:59 PM"],
    ["de", "27. Mai 2025, 23:59"],
    ["ja", "2025年5月27日 23:59"],
    ["zh-CN", "2025年5月27日 23:59"],
  ])("%s: %s", (locale, expected) => {
    expect(formatDateTime(due, "UTC", { locale })).toBe(expected);
  });

  it("uses the Arabic comma in Arabic, never an English one", () => {
    const text = formatDateTime(due, "UTC", { locale: "ar" });
    expect(text).toContain("\u060C ");
    expect(text).not.toContain(", ");
  });
});
