import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine } from "../helpers/ics";
import { parseEdition } from "../model/parse";
import type { Edition } from "../model/types";
import { esFomo } from "./fixtures";
import { editionCalendar } from "./ics";

const STAMP = Date.UTC(2025, 6, 1, 12, 0, 0);

function events(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  return comp.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("editionCalendar, read back with ical.js", () => {
  it.each([2023, 2024, 2025] as const)("ES-FoMo %s: every session and deadline at the same instant", (year) => {
    const edition = esFomo(year);
    const parsed = events(editionCalendar(edition, { stampMs: STAMP }));
    expect(parsed).toHaveLength(edition.sessions.length + edition.deadlines.length);
    for (const s of edition.sessions) {
      const e = parsed.find((p) => p.uid.startsWith(`session-${s.id}.`));
      expect(e, s.id).toBeDefined();
      expect(e?.startDate.toJSDate().getTime()).toBe(s.start.epochMs);
      if (s.end) expect(e?.endDate.toJSDate().getTime()).toBe(s.end.epochMs);
    }
    for (const d of edition.deadlines) {
      const e = parsed.find((p) => p.uid.startsWith(`deadline-${d.id}.`));
      expect(e?.startDate.toJSDate().getTime()).toBe(d.due?.epochMs);
      // No DTEND: ical.js, like RFC 5545 §3.6.1, ends it at its start (an all-day DATE would get a day).
      expect(e?.component.hasProperty("dtend")).toBe(false);
      expect(e?.endDate.toJSDate().getTime()).toBe(d.due?.epochMs);
      expect(e?.duration.toSeconds()).toBe(0);
    }
  });

  it("has UIDs that are stable across exports and unique within one", () => {
    const edition = esFomo(2025);
    const a = events(editionCalendar(edition, { stampMs: STAMP })).map((e) => e.uid);
    const b = events(editionCalendar(edition, { stampMs: STAMP + 86_400_000 })).map((e) => e.uid);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });

  it("exports one session, or only the deadlines", () => {
    const edition = esFomo(2025);
    const first = edition.sessions[0];
    const one = events(editionCalendar(edition, { stampMs: STAMP, sessionId: first?.id as string }));
    expect(one.map((e) => e.uid)).toEqual([`session-${first?.id}.2025@es-fomo.com`]);
    const deadlines = events(editionCalendar(edition, { stampMs: STAMP, include: "deadlines" }));
    expect(deadlines).toHaveLength(edition.deadlines.length);
    expect(() => editionCalendar(edition, { stampMs: STAMP, sessionId: "nope" })).toThrow(/no session with id "nope"/);
  });

  it("round-trips escaping and folding of long, non-ASCII text with commas, semicolons, backslashes and newlines", () => {
    const title =
      "Ünïcödé, commas; semicolons \\ backslashes — and a very long title that must be folded over several lines 🙂🙂🙂";
    const description = "First line, with comma;\nsecond line \\ end.\n\n".repeat(5);
    const r = parseEdition({
      name: "Test",
      shortName: "T",
      year: 2025,
      timeZone: "Europe/Vienna",
      dates: { start: "2025-07-18" },
      sessions: [{ id: "s1", title, kind: "oral", start: "09:00", end: "10:00", description }],
    });
    if (!r.ok) throw new Error("fixture invalid");
    const edition: Edition = r.edition;
    const text = editionCalendar(edition, { stampMs: STAMP });
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const [e] = events(text);
    expect(e?.summary).toBe(`${title} — T`);
    // Paragraphs (blank-line separated) survive as "\n\n"; escaping of , ; \\ round-trips.
    expect(e?.description).toBe(edition.sessions[0]?.description.join("\n\n"));
    expect(e?.description).toContain("First line, with comma; second line \\ end.\n\nFirst line");
    expect(e?.startDate.toJSDate().toISOString()).toBe("2025-07-18T07:00:00.000Z");
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    expect(foldLine("x".repeat(80))).toBe(`${"x".repeat(75)}\r\n ${"x".repeat(5)}`);
  });
});
