import { describe, expect, it } from "vitest";
import { formatOffset, isValidZone, offsetMinutesAt, resolveWallClock, zoneLabel } from "./zone";

describe("zones", () => {
  it("labels Vancouver in July as PT (UTC−7)", () => {
    expect(zoneLabel("America/Vancouver", Date.UTC(2025, 6, 18)).text).toBe("PT (UTC\u22127)");
  });
  it("labels Vienna in July as CEST (UTC+2), not the CET the 2024 site printed", () => {
    expect(zoneLabel("Europe/Vienna", Date.UTC(2024, 6, 26)).text).toBe("CEST (UTC+2)");
  });
  it("labels AoE as UTC−12", () => {
    expect(zoneLabel("AoE", 0).text).toBe("AoE (UTC\u221212)");
  });
  it("prints half and quarter hour offsets", () => {
    expect(formatOffset(345)).toBe("UTC+5:45");
    expect(formatOffset(-210)).toBe("UTC\u22123:30");
    expect(offsetMinutesAt(Date.UTC(2025, 0, 1), "Pacific/Chatham")).toBe(825);
  });
  it("rejects offsets and abbreviations as zones", () => {
    expect(isValidZone("-12:00")).toBe(false);
    expect(isValidZone("PST")).toBe(false);
    expect(isValidZone("Mars/Olympus")).toBe(false);
    expect(isValidZone("AoE")).toBe(true);
    expect(isValidZone("Etc/GMT+12")).toBe(true);
  });
  it("finds DST gaps and overlaps", () => {
    expect(resolveWallClock("America/Vancouver", 2025, 3, 9, 2, 30).kind).toBe("gap");
    expect(resolveWallClock("America/Vancouver", 2025, 11, 2, 1, 30).kind).toBe("ambiguous");
    expect(resolveWallClock("Australia/Lord_Howe", 2025, 4, 6, 1, 45).kind).toBe("ambiguous");
  });
});
