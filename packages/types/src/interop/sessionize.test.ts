import { describe, expect, it } from "vitest";
import { fixture, valid } from "./fixtures";
import { importSessionize } from "./sessionize";
import { ImportError } from "./shared";

describe("importSessionize", () => {
  const result = importSessionize(fixture("sessionize.json"), { timeZone: "Australia/Melbourne", name: "Demo Day" });
  const edition = valid(result);

  it("reads the zone-less times in the given zone", () => {
    expect(edition.timeZone).toBe("Australia/Melbourne");
    expect(edition.dates.start.iso).toBe("2025-03-30");
    const talk = edition.sessions.find((s) => s.title === "Sparse attention in practice");
    // 09:00 AEDT (UTC+11) on 30 March 2025
    expect(talk?.start.iso).toBe("2025-03-29T22:00:00.000Z");
    expect(talk?.end?.iso).toBe("2025-03-29T22:45:00.000Z");
  });

  it("maps rooms, the Track category, kinds, recordings and live links", () => {
    const byTitle = Object.fromEntries(edition.sessions.map((s) => [s.title, s]));
    expect(byTitle["Sparse attention in practice"]).toMatchObject({
      room: "Main hall",
      track: "Systems",
      kind: "oral",
    });
    expect(byTitle["Keynote: small is beautiful"]).toMatchObject({ room: "Side room", kind: "keynote" });
    expect(byTitle.Lunch?.kind).toBe("meal");
    expect(byTitle.Welcome?.kind).toBe("opening");
    expect(byTitle["Sparse attention in practice"]?.links.map((l: { kind: string }) => l.kind)).toEqual(["video"]);
    expect(byTitle["Keynote: small is beautiful"]?.links.map((l: { kind: string }) => l.kind)).toEqual(["virtual"]);
  });

  it("maps speakers with bios, photos and links; two speakers with one name stay two people", () => {
    expect(edition.people.map((p) => p.id)).toEqual(["jane-doe", "jane-doe-2", "kenji-sato"]);
    const jane = edition.people[0];
    expect(jane?.bio).toEqual(["Works on sparsity."]);
    expect(jane?.photo).toEqual({
      src: "https://sessionize.com/image/jane.jpg",
      alt: "Portrait of Jane Doe",
      width: null,
      height: null,
    });
    expect(jane?.links.map((l: { kind: string }) => l.kind)).toEqual(["x", "linkedin"]);
    expect(edition.people[2]?.roles).toEqual(["keynote"]);
    expect(edition.people[2]?.links.map((l: { kind: string }) => l.kind)).toEqual(["homepage"]);
  });

  it("notes everything it leaves out: unscheduled sessions, categories, tag lines, odd links, answers", () => {
    const text = result.unmapped.map((n) => `${n.path} ${n.message} ${n.value ?? ""}`).join("\n");
    expect(text).toContain("sessions[4].startsAt not imported: the session is not scheduled yet");
    expect(text).toMatch(/sessions\[1\]\.categoryItems\[2\] not mapped: category "Level"/);
    expect(text).toMatch(/speakers\[0\]\.tagLine .*Researcher at Example Lab/);
    expect(text).toMatch(/speakers\[0\]\.links\[2\] not mapped: no matching link kind for "Facebook"/);
    expect(text).toMatch(/speakers\[0\]\.isTopSpeaker/);
    expect(text).toMatch(/sessions\[1\]\.questionAnswers/);
    expect(text).not.toContain('"yes"');
  });

  it("needs a zone, and names the edition from the option (or notes that it has none)", () => {
    expect(() => importSessionize(fixture("sessionize.json"), { timeZone: "" })).toThrow(
      /required: Sessionize times carry no zone/,
    );
    expect(() => importSessionize(fixture("sessionize.json"), { timeZone: "AEST" })).toThrow(/IANA zone/);
    const r = importSessionize(fixture("sessionize.json"), { timeZone: "Australia/Melbourne" });
    expect(r.edition.name).toBe("Imported programme");
    expect(r.unmapped.some((n) => n.message.includes("no event name"))).toBe(true);
  });

  it.each([
    ["a truncated file", () => fixture("sessionize.json").slice(0, 300), /ends too early/],
    [
      "sessions of the wrong type",
      () => JSON.stringify({ sessions: { a: 1 } }),
      /^sessions: expected a list of sessions, received an object/,
    ],
    ["no sessions field", () => JSON.stringify({ speakers: [] }), /^sessions: missing required field/],
    [
      "a session without a title",
      () => JSON.stringify({ sessions: [{ id: "1", startsAt: "2025-01-01T09:00:00" }] }),
      /^sessions\[0\]\.title: missing required field/,
    ],
    [
      "an unreadable start",
      () => JSON.stringify({ sessions: [{ id: "1", title: "T", startsAt: "9am" }] }),
      /^sessions\[0\]\.startsAt: expected a date and time/,
    ],
  ])("rejects %s with a clear ImportError", (_name, text, message) => {
    const run = () => importSessionize(text(), { timeZone: "Australia/Melbourne" });
    expect(run).toThrow(ImportError);
    expect(run).toThrow(message);
  });
});

describe("a time zone of the wrong type from a JavaScript caller", () => {
  it("is an ImportError at the field timeZone, not a TypeError", () => {
    for (const timeZone of [42, {}, ["Europe/Vienna"]]) {
      try {
        importSessionize(fixture("sessionize.json"), { timeZone: timeZone as never });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        expect((e as ImportError).path).toBe("timeZone");
      }
    }
  });
});
