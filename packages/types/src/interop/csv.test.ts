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
