import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEdition } from "../model/parse";
import type { Session } from "../model/types";
import { loadEdition } from "../test/content";
import { dayKey, instantFromEpoch } from "../time/instant";
import {
  groupSessionsByDay,
  liveStates,
  nowAndNext,
  OPEN_ENDED_MS,
  sessionEndMs,
  sessionState,
  workshopWindow,
} from "./schedule";

const at = (iso: string) => Date.parse(iso);

describe("groupSessionsByDay", () => {
  it("agrees with dayKey for every session, across DST changes and odd offsets (it reads the calendar once a day)", () => {
    const zones = ["America/Vancouver", "Europe/Vienna", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kathmandu"];
    const start = Date.parse("2025-03-01T00:00:00Z");
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: 0, max: 300 * 24 * 60 }), { minLength: 1, maxLength: 300 }),
        (zone, minutes) => {
          const sessions = minutes.map((m, i) => {
            const instant = instantFromEpoch(start + m * 60_000, zone);
            return { id: `s${i}`, start: instant } as unknown as Session;
          });
          for (const day of groupSessionsByDay(sessions, zone)) {
            for (const s of day.sessions) expect(dayKey(s.start.epochMs, zone)).toBe(day.date);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("puts the whole 2025 programme on one day in Vancouver", () => {
    const e = loadEdition(2025);
    const days = groupSessionsByDay(e.sessions, e.timeZone);
    expect(days).toHaveLength(1);
    expect(days[0]?.date).toBe("2025-07-18");
    expect(days[0]?.sessions).toHaveLength(18);
    expect(days[0]?.firstStartMs).toBe(at("2025-07-18T15:30:00Z"));
  });

  it("splits the same programme over two days for a reader in Vienna", () => {
    const e = loadEdition(2025);
    const days = groupSessionsByDay(e.sessions, "Europe/Vienna");
    expect(days.map((d) => d.date)).toEqual(["2025-07-18", "2025-07-19"]);
    // 15:00 PDT is midnight CEST: the afternoon coffee break and all after it are on the 19th in Vienna.
    expect(days[1]?.sessions.map((s) => s.id)).toEqual([
      "coffee-2",
      "oral-aogpt",
      "oral-hea",
      "talk-charles",
      "talk-gu",
      "closing",
    ]);
  });

  it("sorts sessions given in any order", () => {
    const e = loadEdition(2024);
    const shuffled = [...e.sessions].reverse();
    const [day] = groupSessionsByDay(shuffled, e.timeZone);
    expect(day?.sessions.map((s) => s.id)).toEqual(e.sessions.map((s) => s.id));
  });

  it("returns no days for no sessions", () => {
    expect(groupSessionsByDay([], "UTC")).toEqual([]);
  });

  it("groups a two-day workshop by day", () => {
    const r = parseEdition({
      name: "Two days",
      shortName: "TD",
      year: 2025,
      timeZone: "Europe/Vienna",
      dates: { start: "2025-07-18", end: "2025-07-19" },
      sessions: [
        { id: "b", title: "B", kind: "other", day: 2, start: "09:00", end: "10:00" },
        { id: "a", title: "A", kind: "other", day: 1, start: "09:00", end: "10:00" },
      ],
    });
    if (!r.ok) throw new Error("invalid");
    expect(
      groupSessionsByDay(r.edition.sessions, "Europe/Vienna").map((d) => [d.date, d.sessions.map((s) => s.id)]),
    ).toEqual([
      ["2025-07-18", ["a"]],
      ["2025-07-19", ["b"]],
    ]);
  });
});

describe("sessionState and nowAndNext (2025 programme)", () => {
  const e = loadEdition(2025);
  const byId = (id: string) => e.sessions.find((s) => s.id === id) as Session;

  it("is upcoming before the start, live from the start (inclusive) to the end (exclusive), then past", () => {
    const oral = byId("oral-fptquant"); // 10:30–10:45 PDT
    expect(sessionState(oral, at("2025-07-18T17:29:59.999Z"))).toBe("upcoming");
    expect(sessionState(oral, at("2025-07-18T17:30:00Z"))).toBe("live");
    expect(sessionState(oral, at("2025-07-18T17:44:59.999Z"))).toBe("live");
    expect(sessionState(oral, at("2025-07-18T17:45:00Z"))).toBe("past");
  });

  it("gives an open-ended session 30 minutes", () => {
    const closing = byId("closing");
    expect(sessionEndMs(closing)).toBe(closing.start.epochMs + OPEN_ENDED_MS);
    expect(sessionState(closing, closing.start.epochMs + 29 * 60_000)).toBe("live");
    expect(sessionState(closing, closing.start.epochMs + 30 * 60_000)).toBe("past");
  });

  it("during the 10:30 oral: now is that oral, next is the 10:45 one", () => {
    const r = nowAndNext(e.sessions, at("2025-07-18T17:35:00Z"));
    expect(r.now.map((s) => s.id)).toEqual(["oral-fptquant"]);
    expect(r.next.map((s) => s.id)).toEqual(["oral-cartridges"]);
  });

  it("at a boundary the new session is now, not next", () => {
    const r = nowAndNext(e.sessions, at("2025-07-18T17:45:00Z"));
    expect(r.now.map((s) => s.id)).toEqual(["oral-cartridges"]);
    expect(r.next.map((s) => s.id)).toEqual(["oral-zip2zip"]);
  });

  it("before the workshop nothing is on and the opening is next; after it, nothing at all", () => {
    expect(nowAndNext(e.sessions, at("2025-07-18T12:00:00Z"))).toEqual({ now: [], next: [byId("opening")] });
    expect(nowAndNext(e.sessions, at("2025-07-19T12:00:00Z"))).toEqual({ now: [], next: [] });
  });
});

describe("liveStates", () => {
  const s = (id: string, start: string, end: string | null) =>
    ({
      id,
      start: instantFromEpoch(at(start), "UTC"),
      end: end === null ? null : instantFromEpoch(at(end), "UTC"),
    }) as unknown as Session;
  const day = [
    s("a", "2025-07-18T09:00Z", "2025-07-18T10:00Z"),
    s("b", "2025-07-18T10:00Z", "2025-07-18T11:00Z"),
    s("c", "2025-07-18T11:00Z", null),
  ];

  it("marks nothing next before the programme has begun", () => {
    expect([...liveStates(day, at("2025-07-18T08:00Z")).values()]).toEqual(["upcoming", "upcoming", "upcoming"]);
  });

  it("marks the first sessions to start next once one has begun", () => {
    expect(Object.fromEntries(liveStates(day, at("2025-07-18T09:30Z")))).toEqual({
      a: "live",
      b: "next",
      c: "upcoming",
    });
    expect(liveStates(day, at("2025-07-18T11:29Z")).get("c")).toBe("live");
    expect(liveStates(day, at("2025-07-18T11:30Z")).get("c")).toBe("past");
  });
});

describe("workshopWindow", () => {
  it("runs from the first session until the last one ends", () => {
    const edition = loadEdition(2025);
    const w = workshopWindow(edition);
    expect(w.start).toBe(edition.sessions[0]?.start);
    expect(w.endMs).toBe(Math.max(...edition.sessions.map(sessionEndMs)));
  });

  it("without sessions, covers its dates up to the next day's first instant in its zone (not 24 h: DST)", () => {
    const edition = { ...loadEdition(2025), sessions: [], timeZone: "Europe/Vienna" };
    const dates = { start: { iso: "2025-10-25" }, end: { iso: "2025-10-26" } } as unknown as typeof edition.dates;
    const w = workshopWindow({ ...edition, dates });
    expect(w.start.iso).toBe("2025-10-24T22:00:00.000Z");
    // 26 October 2025 has 25 hours in Vienna: the window ends at 27 October 00:00 CET.
    expect(new Date(w.endMs).toISOString()).toBe("2025-10-26T23:00:00.000Z");
  });
});
