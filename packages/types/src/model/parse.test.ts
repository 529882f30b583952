import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { contentText, loadEdition, parseContent } from "../test/content";
import { dayKey } from "../time/instant";
import { parseEditionText } from "../yaml";
import { assertEdition, describeValue, EditionError, formatIssues, parseEdition } from "./parse";

const MINIMAL = {
  name: "Example Workshop",
  shortName: "EW",
  year: 2025,
  timeZone: "America/Vancouver",
  dates: { start: "2025-07-18" },
};

function errorsOf(input: unknown) {
  const r = parseEdition(input);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues.filter((i) => i.severity === "error");
}

function warningsOf(input: unknown) {
  const r = parseEdition(input);
  if (!r.ok) throw new Error(formatIssues(r.issues));
  return r.warnings;
}

describe("parseEdition: the ES-FoMo content", () => {
  it("reads 2025: 18 sessions in time order, wall-clock times in Vancouver (PDT, UTC−7)", () => {
    const e = loadEdition(2025);
    expect(e.shortName).toBe("ES-FoMo III");
    expect(e.number).toBe(3);
    expect(e.timeZone).toBe("America/Vancouver");
    expect(e.dates.start.iso).toBe("2025-07-18");
    expect(e.dates.end.iso).toBe("2025-07-18");
    expect(e.sessions).toHaveLength(18);
    expect(e.sessions[0]?.title).toBe("Opening Remarks");
    expect(e.sessions[0]?.start.iso).toBe("2025-07-18T15:30:00.000Z");
    expect(e.sessions[0]?.start.zone).toBe("America/Vancouver");
    const starts = e.sessions.map((s) => s.start.epochMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const closing = e.sessions.at(-1);
    expect(closing?.id).toBe("closing");
    expect(closing?.end).toBeNull();
  });

  it("keeps 2025's deadline history, zones and note", () => {
    const e = loadEdition(2025);
    const submission = e.deadlines.find((d) => d.id === "submission");
    expect(submission?.due?.iso).toBe("2025-05-27T23:59:00.000Z");
    expect(submission?.due?.zone).toBe("UTC");
    expect(submission?.history.map((h) => h.due.iso)).toEqual(["2025-05-19T23:59:00.000Z", "2025-05-26T23:59:00.000Z"]);
    expect(submission?.history[1]?.reason).toBe("One-day extension for US Memorial Day");
    const cameraReady = e.deadlines.find((d) => d.id === "camera-ready");
    expect(cameraReady?.note).toMatch(/never published/);
    expect(e.deadlines.map((d) => d.kind)).toEqual(["submission", "notification", "camera-ready"]);
  });

  it("reads groups, papers, TBA speakers and links", () => {
    const e = loadEdition(2025);
    const orals1 = e.sessions.filter((s) => s.group === "Orals Session 1");
    expect(orals1.map((s) => s.id)).toEqual(["oral-fptquant", "oral-cartridges", "oral-zip2zip"]);
    expect(orals1[1]?.paper?.links.map((l) => l.kind)).toEqual(["openreview", "arxiv"]);
    const lightning = e.sessions.find((s) => s.id === "lightning-talks");
    expect(lightning?.speakersTba).toBe(true);
    expect(lightning?.speakerIds).toEqual([]);
    expect(e.links.map((l) => l.kind)).toEqual(["submission", "accepted-papers", "virtual"]);
    expect(e.callForPapers?.submissionPlatform).toBe("OpenReview");
    expect(e.callForPapers?.contactHref).toBe("mailto:esfomo.workshop@gmail.com");
    expect(e.callForPapers?.formats[0]?.pageLimit).toEqual({
      min: null,
      pages: 4,
      enforced: false,
      excludes: "References and supplementary material are unlimited.",
    });
    const tri = e.people.find((p) => p.id === "tri-dao");
    expect(tri?.photo).toEqual({
      src: "https://es-fomo.com/assets/img/tri.jpeg",
      alt: "Portrait of Tri Dao",
      width: null,
      height: null,
    });
    expect(tri?.bio).toEqual([]);
  });

  it("reads 2024 in Vienna summer time (the site's 'CET, UTC+2' was CEST)", () => {
    const e = loadEdition(2024);
    expect(e.sessions[0]?.start.iso).toBe("2024-07-26T07:00:00.000Z");
    expect(e.deadlines[0]?.due?.iso).toBe("2024-06-04T11:59:00.000Z"); // 3 June 23:59 AoE
    expect(e.people.find((p) => p.id === "dylan-patel")?.roles).toEqual(["invited-speaker", "panelist"]);
  });

  it("reads 2023 in Honolulu (UTC−10, no DST)", () => {
    const e = loadEdition(2023);
    expect(e.sessions[0]?.start.iso).toBe("2023-07-29T18:55:00.000Z");
    expect(e.sponsors).toEqual([
      {
        name: "Together",
        href: "https://together.ai",
        logo: { src: "https://es-fomo.com/assets/img/together-small.png", alt: "Together", width: null, height: null },
        tier: "Awards and happy hour",
      },
    ]);
    expect(e.sessions.find((s) => s.id === "session-1")?.description).toHaveLength(3);
  });

  it("warns (only) that invited speakers have no bio: the site publishes none", () => {
    for (const year of [2023, 2024, 2025] as const) {
      const r = parseContent(year);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.length).toBeGreaterThan(0);
      for (const w of r.warnings) {
        expect(w.severity).toBe("warning");
        expect(w.path).toMatch(/^people\[\d+\]\.bio$/);
      }
    }
  });

  it("moves the whole 2025 programme by changing dates.start only", () => {
    const moved = parseEditionText(contentText(2025).replace('start: "2025-07-18"', 'start: "2025-07-19"'));
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    expect(moved.edition.sessions[0]?.start.iso).toBe("2025-07-19T15:30:00.000Z");
    // In UTC the 17:00 PDT closing is already 20 July: compare calendar days in the edition's zone.
    expect(new Set(moved.edition.sessions.map((s) => dayKey(s.start.epochMs, "America/Vancouver")))).toEqual(
      new Set(["2025-07-19"]),
    );
  });
});

describe("parseEdition: warnings for what looks stale", () => {
  it("accepts a minimal edition without warnings", () => {
    expect(warningsOf(MINIMAL)).toEqual([]);
  });

  it("warns about a deadline from another year", () => {
    const w = warningsOf({
      ...MINIMAL,
      deadlines: [{ id: "submission", label: "Submission", kind: "submission", due: "2023-05-27T23:59", zone: "AoE" }],
    });
    expect(w).toEqual([
      expect.objectContaining({ path: "deadlines[0].due", message: expect.stringContaining("due in 2023") }),
    ]);
  });

  it("does not warn about a deadline late in the previous year", () => {
    const w = warningsOf({
      ...MINIMAL,
      deadlines: [{ id: "submission", label: "Submission", kind: "submission", due: "2024-12-20T23:59", zone: "AoE" }],
    });
    expect(w).toEqual([]);
  });

  it("warns about a session outside the workshop's dates", () => {
    const w = warningsOf({
      ...MINIMAL,
      sessions: [{ id: "old", title: "Old talk", kind: "other", start: "2024-07-26T09:00", end: "2024-07-26T09:30" }],
    });
    expect(w).toEqual([
      expect.objectContaining({ path: "sessions[0].start", message: expect.stringContaining("outside the workshop") }),
    ]);
  });

  it("warns about a speaker without a bio, not about an organiser", () => {
    const w = warningsOf({
      ...MINIMAL,
      people: [
        { id: "ada", name: "Ada", roles: ["invited-speaker"] },
        { id: "bob", name: "Bob", roles: ["organiser"] },
      ],
    });
    expect(w.map((i) => i.path)).toEqual(["people[0].bio"]);
  });

  it("warns about a photo with empty alt text", () => {
    const w = warningsOf({
      ...MINIMAL,
      people: [{ id: "bob", name: "Bob", roles: ["organiser"], photo: { src: "https://x.org/b.jpg", alt: " " } }],
    });
    expect(w).toEqual([
      expect.objectContaining({ path: "people[0].photo.alt", message: expect.stringContaining("Portrait of Bob") }),
    ]);
  });

  it("warns when the workshop date is not in the edition's year", () => {
    const w = warningsOf({ ...MINIMAL, year: 2026 });
    expect(w.map((i) => i.path)).toEqual(["dates.start"]);
  });
});

describe("parseEdition: errors", () => {
  it("rejects a Date object (an unquoted date read by a YAML 1.1 parser) with a hint to quote it", () => {
    const errors = errorsOf({ ...MINIMAL, dates: { start: new Date("2025-07-18T00:00:00Z") } });
    expect(errors).toEqual([
      expect.objectContaining({
        path: "dates.start",
        received: "Date",
        message: expect.stringContaining("quote the value"),
      }),
    ]);
  });

  it("rejects a deadline that a YAML 1.1 parser turned into a UTC Date (12 h early for AoE)", () => {
    // js-yaml and YAML 1.1 read `due: 2025-05-27 23:59:00` as a Date in UTC. Simulate that input.
    const errors = errorsOf({
      ...MINIMAL,
      deadlines: [
        { id: "s", label: "S", kind: "submission", due: new Date(Date.UTC(2025, 4, 27, 23, 59)), zone: "AoE" },
      ],
    });
    expect(errors[0]?.path).toBe("deadlines[0].due");
    expect(errors[0]?.message).toContain("a Date object (2025-05-27T23:59:00.000Z)");
  });

  it("keeps an unquoted YAML date a string (the yaml package's core schema)", () => {
    const data = parseYaml("start: 2025-07-18\ndue: 2025-05-27 23:59\n", { schema: "core" }) as Record<string, unknown>;
    expect(data.start).toBe("2025-07-18");
    expect(data.due).toBe("2025-05-27 23:59");
  });

  it("rejects input that is not a mapping with one clear issue", () => {
    for (const input of [null, [], "text", 42, undefined]) {
      const r = parseEdition(input);
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.issues).toEqual([
          expect.objectContaining({ path: "", message: expect.stringContaining("a mapping") }),
        ]);
    }
  });

  it("names path, expected and received on every issue", () => {
    const errors = errorsOf({ ...MINIMAL, year: "2025", timeZone: "PST" });
    expect(errors[0]).toEqual({
      severity: "error",
      code: "invalid-value",
      path: "year",
      message: 'expected number, received "2025"',
      expected: "number",
      received: '"2025"',
    });
    // The zone is checked in the same run, although the shape of the file is already wrong.
    expect(errors.map((i) => i.path)).toEqual(["year", "timeZone"]);
  });

  it("rejects overlapping sessions in one room but not in different rooms", () => {
    const s = (id: string, start: string, end: string, room?: string) => ({
      id,
      title: id,
      kind: "other",
      start,
      end,
      ...(room ? { room } : {}),
    });
    expect(errorsOf({ ...MINIMAL, sessions: [s("a", "09:00", "10:00"), s("b", "09:30", "10:30")] })[0]?.path).toBe(
      "sessions[1].start",
    );
    expect(
      warningsOf({ ...MINIMAL, sessions: [s("a", "09:00", "10:00", "A"), s("b", "09:30", "10:30", "B")] }),
    ).toEqual([]);
  });

  it("lets the day's last item in a room omit its end, even when a social elsewhere follows", () => {
    const r = parseEdition({
      ...MINIMAL,
      sessions: [
        { id: "closing", title: "Closing", kind: "closing", start: "17:00" },
        { id: "party", title: "Party", kind: "social", start: "18:00", room: "Bar" },
      ],
    });
    expect(r.ok).toBe(true);
  });

  it("names the item that follows each open-ended session, however many share its start", () => {
    const open = Array.from({ length: 30 }, (_, i) => ({
      id: `o${i}`,
      title: `Open ${i}`,
      kind: "other",
      start: "17:00",
    }));
    const issues = errorsOf({
      ...MINIMAL,
      sessions: [
        ...open,
        {
          id: "block",
          title: "Block",
          kind: "other",
          start: "16:00",
          items: [{ id: "inside", title: "Inside", kind: "other", start: "16:30", end: "16:45" }],
        },
        { id: "late", title: "Late", kind: "other", start: "18:00", end: "18:30" },
      ],
    }).filter((i) => i.code === "missing-end");
    // 31 open-ended sessions: the block is told about the first 17:00 session, not its own item; each 17:00
    // session about "Late" (20 listed, then "… and 11 more").
    const byPath = new Map(issues.map((i) => [i.path, i.message]));
    expect(byPath.get("sessions[30].end")).toMatch(/^"Block" has no end, but "Open \d+" follows it/);
    expect(byPath.get("sessions[0].end")).toBe(
      '"Open 0" has no end, but "Late" follows it; only the last item of a day may omit its end',
    );
    expect(issues.filter((i) => i.message.includes('but "Late" follows it'))).toHaveLength(19);
    expect(issues.at(-1)?.message).toMatch(/^… and 11 more like it/);
  });

  it("places HH:MM on day N of a multi-day workshop", () => {
    const r = parseEdition({
      ...MINIMAL,
      dates: { start: "2025-07-18", end: "2025-07-19" },
      sessions: [{ id: "d2", title: "Day two", kind: "other", day: 2, start: "09:00", end: "10:00" }],
    });
    expect(r.ok && r.edition.sessions[0]?.start.iso).toBe("2025-07-19T16:00:00.000Z");
  });

  it("treats TBA titles as null titles", () => {
    const r = parseEdition({
      ...MINIMAL,
      sessions: [{ id: "x", title: "TBA", kind: "other", start: "09:00", end: "10:00" }],
    });
    expect(r.ok && r.edition.sessions[0]?.title).toBeNull();
  });

  it("assertEdition throws an EditionError that lists every error", () => {
    expect(() => assertEdition({ ...MINIMAL, timeZone: "Mars/Olympus" })).toThrow(EditionError);
    try {
      assertEdition({ ...MINIMAL, timeZone: "Mars/Olympus" });
    } catch (e) {
      expect((e as EditionError).message).toContain('timeZone: expected an IANA time zone such as "America/Vancouver"');
      expect((e as EditionError).issues).toHaveLength(1);
    }
    expect(assertEdition(MINIMAL).shortName).toBe("EW");
  });

  it("formats issues one per line with (file) for the whole file", () => {
    expect(
      formatIssues([
        { severity: "error", code: "x", path: "", message: "bad", expected: null, received: null },
        {
          severity: "warning",
          code: "person-without-bio",
          path: "people[0].bio",
          message: "no bio",
          expected: null,
          received: null,
          line: 12,
          column: 5,
        },
      ]),
    ).toBe("error (file): bad [x]\nwarning people[0].bio: no bio [person-without-bio] (line 12:5)");
  });

  it("describes received values briefly", () => {
    expect(describeValue(undefined)).toBe("nothing");
    expect(describeValue("x".repeat(80))).toBe(`"${"x".repeat(57)}..."`);
    expect(describeValue([1, 2])).toBe("a list of 2");
    expect(describeValue(new Date(Number.NaN))).toBe("an invalid Date object");
    expect(describeValue({})).toBe("an object");
  });
});

describe("parseEdition: tentative dates", () => {
  it("are confirmed unless the file says otherwise", () => {
    const r = parseEdition(MINIMAL);
    expect(r.ok && r.edition.dates.tentative).toBe(false);
  });

  it("carry the organiser's 'not yet confirmed' flag through to the edition", () => {
    const r = parseEdition({ ...MINIMAL, dates: { start: "2025-07-18", tentative: true } });
    expect(r.ok && r.edition.dates.tentative).toBe(true);
    expect(loadEdition(2025).dates.tentative).toBe(true);
    expect(loadEdition(2023).dates.tentative).toBe(false);
  });
});

describe("parseEdition: years 0–99 (Date.UTC would read them as 1900–1999)", () => {
  const early = (start: string, end: string) => ({
    ...MINIMAL,
    timeZone: "UTC",
    validation: { ignore: ["dates-other-year", "deadline-other-year", "session-outside-dates"] },
    dates: { start, end },
  });

  it("puts HH:MM on day N of a workshop in the year 50", () => {
    const e = assertEdition({
      ...early("0050-03-01", "0050-03-02"),
      sessions: [{ id: "talk", title: "Talk", kind: "oral", day: 2, start: "09:00", end: "10:00" }],
    });
    expect(e.sessions[0]?.start.iso).toBe("0050-03-02T09:00:00.000Z");
    expect(e.sessions[0]?.end?.iso).toBe("0050-03-02T10:00:00.000Z");
  });

  it("counts the days of a workshop across the end of the year 99, and dates a day-only deadline in it", () => {
    const e = assertEdition({
      ...early("0099-12-31", "0100-01-01"),
      sessions: [{ id: "talk", title: "Talk", kind: "oral", day: 2, start: "09:00", end: "10:00" }],
      deadlines: [{ id: "camera", label: "Camera-ready", kind: "other", due: "0099-12-31", zone: "UTC" }],
    });
    expect(e.sessions[0]?.start.iso).toBe("0100-01-01T09:00:00.000Z");
    // A date-only deadline passes when its day is over: the first instant of the next day.
    expect(e.deadlines[0]?.due?.iso).toBe("0100-01-01T00:00:00.000Z");
  });
});
