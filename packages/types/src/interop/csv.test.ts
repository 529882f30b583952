import { describe, expect, it } from "vitest";
import { importCsv, parseCsv } from "./csv";
import { fixture, valid } from "./fixtures";
import { ImportError } from "./shared";

describe("parseCsv (RFC 4180)", () => {
  it("handles quotes, escaped quotes, commas and line breaks in fields, CRLF and LF", () => {
    expect(parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\n2,"two\r\nlines",\n')).toEqual([
      ["a", "b", "c"],
      ["1", "x, y", 'say "hi"'],
      ["2", "two\r\nlines", ""],
    ]);
  });

  it("keeps a last record without a line break, skips blank lines and strips a BOM", () => {
    expect(parseCsv("\uFEFFa,b\n\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("rejects an unclosed quote and text after a closing quote, naming the line", () => {
    expect(() => parseCsv('a,b\n1,"open')).toThrow(/line 2: a quoted field is never closed/);
    expect(() => parseCsv('a\n"x"y')).toThrow(/line 2: unexpected text after a closing quote/);
  });
});

describe("importCsv", () => {
  const result = importCsv(fixture("programme.csv"), { timeZone: "Europe/Vienna", name: "Demo" });
  const edition = valid(result);

  it("maps rows to sessions with times in the zone, rooms and kinds", () => {
    expect(edition.sessions.map((s) => [s.title, s.kind, s.room])).toEqual([
      ["Opening remarks", "opening", "Hall A"],
      ["Scaling laws, revisited", "invited-talk", "Hall A"],
      ["Coffee break", "break", "Hall A"],
      ["Posters (all accepted papers)", "poster-session", "Foyer"],
      ["Hackathon", "other", "Foyer"],
    ]);
    expect(edition.sessions[0]?.start.iso).toBe("2025-07-18T07:00:00.000Z");
    expect(edition.sessions[4]?.end).toBeNull();
  });

  it("splits speakers on ';', reads 'Name (Affiliation)' and de-duplicates people; TBA stays TBA", () => {
    expect(edition.people.map((p) => [p.id, p.affiliation])).toEqual([
      ["ana-perez", null],
      ["bo-chen", "MIT"],
    ]);
    expect(edition.sessions[1]?.speakerIds).toEqual(["bo-chen", "ana-perez"]);
    expect(edition.sessions[3]?.speakersTba).toBe(true);
  });

  it("notes unknown kinds and unknown columns with row and column", () => {
    const text = result.unmapped.map((n) => `${n.path}: ${n.message} ${n.value ?? ""}`);
    expect(text).toContain('row 6, column "kind": no matching session kind; imported as "other" "hackathon"');
    expect(text).toContain('row 3, column "notes": not mapped: unknown column "needs a \\"clicker\\""');
    expect(text).toContain('row 6, column "notes": not mapped: unknown column "bring laptops"');
  });

  it("reads a typical printed programme: HH:MM with the date once, ends from the next start, numbered talks", () => {
    const printed = [
      "date,start,title,speakers",
      "2025-07-18,09:00,Opening remarks,Ana Pérez",
      ",09:10,Invited Talk 1: Scaling laws,Bo Chen",
      ",09:50,Oral Talk 1: Small models,Cy Diaz",
      ",10:05,Coffee break,",
      ",10:30,Oral Talk 2: Tiny models,Di Eng",
      "2025-07-19,09:00,Keynote 2,Bo Chen",
      ",23:30,Night session,",
    ].join("\n");
    const r = importCsv(printed, { timeZone: "Europe/Vienna", name: "Demo" });
    const ed = valid(r);
    expect(ed.sessions.map((s) => [s.title, s.kind, s.start.iso, s.end?.iso ?? null])).toEqual([
      ["Opening remarks", "opening", "2025-07-18T07:00:00.000Z", "2025-07-18T07:10:00.000Z"],
      ["Invited Talk 1: Scaling laws", "invited-talk", "2025-07-18T07:10:00.000Z", "2025-07-18T07:50:00.000Z"],
      ["Oral Talk 1: Small models", "oral", "2025-07-18T07:50:00.000Z", "2025-07-18T08:05:00.000Z"],
      ["Coffee break", "break", "2025-07-18T08:05:00.000Z", "2025-07-18T08:30:00.000Z"],
      // The last item of a day keeps no end: the next day's first item does not end it.
      ["Oral Talk 2: Tiny models", "oral", "2025-07-18T08:30:00.000Z", null],
      ["Keynote 2", "keynote", "2025-07-19T07:00:00.000Z", "2025-07-19T21:30:00.000Z"],
      ["Night session", "other", "2025-07-19T21:30:00.000Z", null],
    ]);
    // No "kind" column, so no note names one.
    expect(r.unmapped.some((n) => n.path.includes('column "kind"'))).toBe(false);
    expect(r.unmapped.find((n) => n.value?.includes("Night session"))?.path).toBe('row 8, column "title"');
    // The date can come from the option instead; an end past midnight moves to the next day.
    const opt = valid(
      importCsv("start,end,title\n22:00,01:00,Late talk\n", { timeZone: "Europe/Vienna", date: "2025-07-18" }),
    );
    expect(opt.sessions[0]?.end?.iso).toBe("2025-07-18T23:00:00.000Z");
    expect(() => importCsv("start,title\n09:00,Talk\n", { timeZone: "Europe/Vienna" })).toThrow(
      /row 2, column "start": "09:00" has no date: add a "date" column/,
    );
  });

  it.each([
    ["an empty file", "", /line 1: the file is empty/],
    ["no start column", "title,end\nA,2025-01-01 10:00\n", /missing required column "start"/],
    ["a truncated quoted field", 'start,title\n2025-01-01 09:00,"Unfinished', /line 2: a quoted field is never closed/],
    ["a bad time", "start,title\n9am,Talk\n", /row 2, column "start": expected a date and time/],
    ["a row without a title", "start,title\n2025-01-01 09:00,\n", /row 2, column "title": missing/],
    ["a header without rows", "start,title\n", /no sessions/],
  ])("rejects %s with a clear ImportError", (_name, text, message) => {
    const run = () => importCsv(text, { timeZone: "Europe/Vienna" });
    expect(run).toThrow(ImportError);
    expect(run).toThrow(message);
  });

  it("needs a zone", () => {
    expect(() => importCsv("start,title\n", { timeZone: "" })).toThrow(/IANA zone the times are written in/);
  });
});
