import { assertEdition } from "@workshop-kit/types";
import { describe, expect, it } from "vitest";
import { overlaps } from "./conflicts";

const edition = assertEdition({
  name: "Test Workshop",
  shortName: "TW",
  year: 2031,
  timeZone: "Europe/Berlin",
  dates: { start: "2031-06-02" },
  venue: { city: "Berlin", country: "Germany" },
  sessions: [
    {
      id: "orals",
      title: "Oral session 1",
      kind: "oral",
      start: "10:00",
      end: "11:00",
      room: "Hall",
      items: [
        { id: "oral-a", title: "Talk A", kind: "oral", start: "10:00", end: "10:30" },
        { id: "oral-b", title: "Talk B", kind: "oral", start: "10:30", end: "11:00" },
      ],
    },
    { id: "demo", title: "Demo", kind: "other", start: "10:15", end: "10:45", room: "Lab" },
    { id: "closing", title: "Closing remarks", kind: "closing", start: "17:00", room: "Hall" },
    { id: "awards", title: "Awards", kind: "awards", start: "17:00", room: "Hall" },
  ],
});
const pick = (...ids: string[]) => edition.sessions.filter((s) => ids.includes(s.id));
const names = (m: Map<string, { id: string }[]>) =>
  Object.fromEntries([...m].map(([id, others]) => [id, others.map((o) => o.id)]));

describe("overlaps between chosen sessions", () => {
  it("finds sessions in other rooms that overlap, both ways", () => {
    expect(names(overlaps(pick("oral-a", "oral-b", "demo")))).toEqual({
      "oral-a": ["demo"],
      demo: ["oral-a", "oral-b"],
      "oral-b": ["demo"],
    });
  });

  it("does not count back-to-back sessions, or a block and its own items", () => {
    expect(names(overlaps(pick("orals", "oral-a", "oral-b")))).toEqual({});
  });

  it("counts two sessions that start at the same moment without an end", () => {
    expect(names(overlaps(pick("closing", "awards")))).toEqual({ closing: ["awards"], awards: ["closing"] });
  });
});
