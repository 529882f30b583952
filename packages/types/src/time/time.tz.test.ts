/**
 * Runs once per host TZ (scripts/tz-matrix.mjs sets TZ to 40+ zones). Every expected value is hard-coded:
 * if any result depended on the host's zone, one of the runs would fail.
 */
import { describe, expect, it } from "vitest";
import { deadlineStatus } from "../helpers/deadlines";
import { groupSessionsByDay, nowAndNext } from "../helpers/schedule";
import { loadEdition } from "../test/content";
import { formatDate, formatDateTime, formatTime, timeRemaining } from "./format";
import { dayKey, dayShift, parseDateTime } from "./instant";
import { offsetMinutesAt, zoneLabel } from "./zone";

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

function iso(text: string, zone: string): string {
  const r = parseDateTime(text, zone);
  if (!r.ok) throw new Error(r.error.message);
  return r.instant.iso;
}

describe(`host TZ=${process.env.TZ ?? "(unset)"}: results do not depend on the host's zone`, () => {
  it("runs in the host zone the matrix asked for (so the other checks mean something)", () => {
    const zone = process.env.TZ;
    if (!zone) return;
    for (const at of [Date.UTC(2025, 0, 15, 12), Date.UTC(2025, 6, 15, 12)]) {
      // Date's own offset comes from the host zone; offsetMinutesAt computes it from the zone's name.
      expect(0 - new Date(at).getTimezoneOffset()).toBe(offsetMinutesAt(at, zone));
    }
  });

  it("parses fixed strings to the same instants", () => {
    expect(iso("2025-07-18T08:30", "America/Vancouver")).toBe("2025-07-18T15:30:00.000Z");
    expect(iso("2024-07-26T09:00", "Europe/Vienna")).toBe("2024-07-26T07:00:00.000Z");
    expect(iso("2023-07-29T08:55", "Pacific/Honolulu")).toBe("2023-07-29T18:55:00.000Z");
    expect(iso("2024-06-03T23:59", "AoE")).toBe("2024-06-04T11:59:00.000Z");
    expect(iso("2025-05-27T23:59", "UTC")).toBe("2025-05-27T23:59:00.000Z");
    expect(iso("2025-01-15T12:00", "Pacific/Chatham")).toBe("2025-01-14T22:15:00.000Z");
    expect(iso("2025-07-15T12:00", "Asia/Kathmandu")).toBe("2025-07-15T06:15:00.000Z");
    expect(iso("2025-07-15T12:00", "Australia/Lord_Howe")).toBe("2025-07-15T01:30:00.000Z");
    expect(iso("2025-12-31T23:30", "Pacific/Kiritimati")).toBe("2025-12-31T09:30:00.000Z");
    expect(iso("2025-07-18T08:30-03:00", "America/Sao_Paulo")).toBe("2025-07-18T11:30:00.000Z");
    expect(iso("2025-07-18T08:30", "Etc/GMT+12")).toBe("2025-07-18T20:30:00.000Z");
  });

  it("reports the same DST gaps and overlaps", () => {
    const gap = parseDateTime("2025-03-09T02:30", "America/Vancouver");
    expect(gap.ok ? "ok" : gap.error.code).toBe("dst-gap");
    const twice = parseDateTime("2025-11-02T01:30", "America/Vancouver");
    expect(twice.ok ? "ok" : twice.error.code).toBe("dst-ambiguous");
    const lordHowe = parseDateTime("2025-10-05T02:15", "Australia/Lord_Howe");
    expect(lordHowe.ok ? "ok" : lordHowe.error.code).toBe("dst-gap");
  });

  it("formats the same text", () => {
    const t = Date.parse("2025-07-18T15:30:00Z");
    expect(plain(formatTime(t, "America/Vancouver"))).toBe("8:30 AM");
    expect(formatTime(t, "Europe/Vienna", { hour12: false })).toBe("17:30");
    expect(formatTime(t, "Asia/Kathmandu", { hour12: false })).toBe("21:15");
    expect(formatDate(t, "America/Vancouver", { style: "full" })).toBe("Friday, July 18, 2025");
    expect(formatDate(t, "Pacific/Kiritimati", { style: "full" })).toBe("Saturday, July 19, 2025");
    expect(plain(formatDateTime(Date.parse("2024-06-04T11:59:00Z"), "AoE"))).toMatch(/^June 3, 2024(,| at) 11:59 PM$/);
  });

  it("labels zones the same way", () => {
    expect(zoneLabel("America/Vancouver", Date.parse("2025-07-18T15:30:00Z")).text).toBe("PT (UTC\u22127)");
    expect(zoneLabel("Europe/Vienna", Date.parse("2024-07-26T07:00:00Z")).text).toBe("CEST (UTC+2)");
    expect(zoneLabel("Pacific/Honolulu", Date.parse("2023-07-29T18:55:00Z")).text).toBe("HST (UTC\u221210)");
    expect(zoneLabel("AoE", 0).text).toBe("AoE (UTC\u221212)");
    expect(zoneLabel("UTC", 0).text).toBe("UTC");
    // (At epoch 0 Nepal was still on +5:30; it moved to +5:45 in 1986.)
    expect(zoneLabel("Asia/Kathmandu", Date.parse("2025-07-18T15:30:00Z")).text).toBe("UTC+5:45");
    expect(offsetMinutesAt(Date.parse("2025-01-15T00:00:00Z"), "Pacific/Chatham")).toBe(825);
    expect(offsetMinutesAt(Date.parse("2025-07-15T00:00:00Z"), "Australia/Lord_Howe")).toBe(630);
  });

  it("computes the same calendar days", () => {
    const t = Date.parse("2025-07-19T00:30:00Z");
    expect(dayKey(t, "America/Vancouver")).toBe("2025-07-18");
    expect(dayKey(t, "UTC")).toBe("2025-07-19");
    expect(dayKey(t, "AoE")).toBe("2025-07-18");
    expect(dayKey(t, "Pacific/Kiritimati")).toBe("2025-07-19");
    expect(dayShift(Date.parse("2025-07-19T03:00:00Z"), "America/Vancouver", "Pacific/Auckland")).toBe(1);
  });

  it("groups the 2025 programme the same way", () => {
    const e = loadEdition(2025);
    const inVancouver = groupSessionsByDay(e.sessions, e.timeZone);
    expect(inVancouver.map((d) => [d.date, d.sessions.length])).toEqual([["2025-07-18", 18]]);
    const inVienna = groupSessionsByDay(e.sessions, "Europe/Vienna");
    expect(inVienna.map((d) => [d.date, d.sessions.length])).toEqual([
      ["2025-07-18", 12],
      ["2025-07-19", 6],
    ]);
    expect(e.sessions[0]?.start.iso).toBe("2025-07-18T15:30:00.000Z");
    expect(nowAndNext(e.sessions, Date.parse("2025-07-18T17:35:00Z")).now.map((s) => s.id)).toEqual(["oral-fptquant"]);
  });

  it("does the same AoE deadline arithmetic", () => {
    const e = loadEdition(2024);
    const due = e.deadlines.find((d) => d.id === "submission")?.due?.epochMs ?? Number.NaN;
    expect(due).toBe(Date.parse("2024-06-04T11:59:00Z"));
    expect(deadlineStatus(due, Date.parse("2024-06-04T11:58:59Z"))).toBe("closing-soon");
    expect(deadlineStatus(due, Date.parse("2024-06-04T11:59:00Z"))).toBe("passed");
    expect(timeRemaining(due, Date.parse("2024-06-03T00:00:00Z"))).toEqual({
      totalMs: 129_540_000,
      days: 1,
      hours: 11,
      minutes: 59,
      seconds: 0,
    });
  });
});
