import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { assertEdition, parseEdition } from "../model/parse";
import { aggregatorZone, deadlineFeed, deadlineFeedYaml } from "./deadline-feed";
import { esFomo } from "./fixtures";

function edition(zone: string, due = "2025-05-27T23:59") {
  return assertEdition({
    name: "Demo Workshop",
    shortName: "DeMo",
    year: 2025,
    timeZone: "Europe/Vienna",
    dates: { start: "2025-07-18", end: "2025-07-19" },
    website: "https://demo.example.org",
    venue: { city: "Vienna", country: "Austria", conference: "ICML 2025", conferenceShort: "ICML" },
    deadlines: [
      { id: "abstract", label: "Abstracts", kind: "abstract", due: "2025-05-20T23:59", zone },
      { id: "submission", label: "Papers", kind: "submission", due, zone },
    ],
  });
}

describe("deadlineFeed", () => {
  it("writes an AoE deadline as its AoE wall clock with timezone UTC-12", () => {
    const entry = deadlineFeed(edition("AoE"));
    expect(entry).toMatchObject({
      title: "DeMo",
      year: 2025,
      id: "demo25",
      link: "https://demo.example.org",
      deadline: "2025-05-27 23:59:00",
      abstract_deadline: "2025-05-20 23:59:00",
      timezone: "UTC-12",
      place: "Vienna, Austria",
      date: "July 18-19, 2025",
      start: "2025-07-18",
      end: "2025-07-19",
    });
  });

  it("keeps UTC and IANA zones as they are, with the wall clock in that zone", () => {
    expect(deadlineFeed(edition("UTC"))?.timezone).toBe("UTC");
    expect(deadlineFeed(edition("America/Los_Angeles", "2025-05-27T17:00"))).toMatchObject({
      deadline: "2025-05-27 17:00:00",
      timezone: "America/Los_Angeles",
    });
    expect(aggregatorZone("AoE")).toBe("UTC-12");
  });

  it("YAML quotes the dates so no reader turns them into Dates, and reads back to the same entry", () => {
    const text = deadlineFeedYaml([edition("AoE")], { sub: "ML" });
    expect(text).toContain("deadline: '2025-05-27 23:59:00'");
    expect(text).toContain("start: '2025-07-18'");
    expect(parse(text)).toEqual([deadlineFeed(edition("AoE"), { sub: "ML" })]);
  });

  it("gives the ES-FoMo 2025 submission deadline", () => {
    const e = esFomo(2025);
    const sub = e.deadlines.find((d) => d.kind === "submission");
    const entry = deadlineFeed(e);
    expect(entry?.timezone).toBe(sub?.due?.zone === "AoE" ? "UTC-12" : sub?.due?.zone);
    expect(entry?.deadline).toMatch(/^2025-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it("returns null without a submission deadline", () => {
    const r = parseEdition({ name: "X", shortName: "X", year: 2025, timeZone: "UTC", dates: { start: "2025-01-01" } });
    expect(r.ok && deadlineFeed(r.edition)).toBeNull();
  });
});
