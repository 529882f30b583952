import { describe, expect, it } from "vitest";
import { loadEdition } from "../test/content";
import {
  calendarName,
  deadlineEvents,
  escapeText,
  foldLine,
  icsUtc,
  sessionEvents,
  toICalendar,
  workshopEvent,
} from "./ics";

const encoder = new TextEncoder();
const STAMP = Date.parse("2025-07-01T12:00:00Z");

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and newlines (RFC 5545 §3.3.11)", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(escapeText("Closing Remarks / Awards")).toBe("Closing Remarks / Awards");
  });

  it("never lets a bare CR or another control character into a content line", () => {
    // A lone CR ends the line for some readers; RFC 5545 allows no control characters in TEXT but HTAB.
    expect(escapeText("a\rb")).toBe("a\\nb");
    expect(escapeText("a\u0000b\u001bc\u007fd\te")).toBe("abcd\te");
  });
});

describe("foldLine", () => {
  it("leaves lines of 75 octets alone", () => {
    const line = "x".repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds longer lines at 75 octets, continuation lines starting with a space", () => {
    const folded = foldLine("y".repeat(200));
    const parts = folded.split("\r\n");
    expect(parts.every((p) => encoder.encode(p).length <= 75)).toBe(true);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe("y".repeat(200));
  });

  it("never splits a multibyte character", () => {
    // é is 2 octets, 😀 is 4: a naive cut at byte 75 would split them.
    const line = `SUMMARY:${"é".repeat(40)}${"😀".repeat(20)}Zürich`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    for (const p of parts) {
      expect(encoder.encode(p).length).toBeLessThanOrEqual(75);
      expect(p).not.toMatch(/\uFFFD/);
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line);
  });
});

describe("icsUtc", () => {
  it("writes UTC basic format", () => {
    expect(icsUtc(Date.parse("2025-07-18T15:30:00.123Z"))).toBe("20250718T153000Z");
  });
});

describe("toICalendar with the 2025 programme and deadlines", () => {
  const e = loadEdition(2025);
  const ics = toICalendar([...sessionEvents(e), ...deadlineEvents(e)], {
    stampMs: STAMP,
    name: "ES-FoMo III, ICML 2025",
  });

  it("uses CRLF line endings only and ends with CRLF", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps every physical line within 75 octets", () => {
    for (const line of ics.split("\r\n")) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  });

  it("has one event per session and deadline, with stable UIDs and UTC times", () => {
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(18 + 3);
    expect(unfolded).toContain("UID:session-opening.2025@es-fomo.com");
    expect(unfolded).toContain("UID:deadline-submission.2025@es-fomo.com");
    expect(unfolded).toContain("DTSTART:20250718T153000Z\r\nDTEND:20250718T154000Z");
    expect(unfolded).toContain("DTSTAMP:20250701T120000Z");
    expect(unfolded).toContain("X-WR-CALNAME:ES-FoMo III\\, ICML 2025");
  });

  it("escapes titles and resolves speaker names", () => {
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(
      "SUMMARY:TorchTitan: a PyTorch native platform for training foundation models — ES-FoMo III",
    );
    expect(unfolded).toContain("DESCRIPTION:Wanchao Liang");
    expect(unfolded).toContain("LOCATION:East Exhibition Hall A\\, Vancouver Convention Centre\\, Vancouver\\, Canada");
    expect(unfolded).toContain("DESCRIPTION:Speakers to be announced");
  });

  it("gives deadlines no DTEND (RFC 5545 §3.6.1: no time taken up; a DTEND must be later than DTSTART)", () => {
    const unfolded = ics.replace(/\r\n /g, "");
    const vevents = unfolded.split("BEGIN:VEVENT").slice(1);
    const deadlines = vevents.filter((v) => v.includes("UID:deadline-"));
    expect(deadlines).toHaveLength(3);
    for (const v of deadlines) {
      expect(v).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\nSUMMARY:/);
      expect(v).not.toMatch(/DTEND|DURATION/);
    }
    expect(unfolded).toContain("UID:deadline-submission.2025@es-fomo.com\r\nDTSTAMP:20250701T120000Z\r\nDTSTART:");
    // Sessions keep theirs, a zero-length session included (endMs given equals startMs).
    for (const v of vevents.filter((v) => v.includes("UID:session-"))) expect(v).toMatch(/\r\nDTEND:\d{8}T\d{6}Z\r\n/);
    expect(toICalendar([{ uid: "x@y", startMs: 0, endMs: 0, summary: "s" }], { stampMs: 0 })).toContain(
      "DTSTART:19700101T000000Z\r\nDTEND:19700101T000000Z\r\n",
    );
  });

  it("gives an open-ended session 30 minutes and deadlines a one-day alarm", () => {
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("DTSTART:20250719T000000Z\r\nDTEND:20250719T003000Z");
    expect(unfolded).toContain("TRIGGER:-PT1440M");
  });
});

describe("calendarName", () => {
  it("names an edition's calendar once, with the year added only when the short name lacks it", () => {
    const edition = loadEdition(2025);
    expect(calendarName(edition)).toBe(`${edition.shortName} 2025`);
    expect(calendarName({ ...edition, shortName: "NeurIPS 2025" })).toBe("NeurIPS 2025");
  });

  it("is the summary of the workshop event", () => {
    const edition = loadEdition(2025);
    const e = workshopEvent(edition, 0, 3_600_000);
    expect(e.summary).toBe(calendarName(edition));
    expect(workshopEvent({ ...edition, shortName: "ES-FoMo 2025" }, 0, 1).summary).toBe("ES-FoMo 2025");
  });
});

describe("calendar UIDs of editions without a website", () => {
  it("differ between two unrelated workshops (no shared placeholder domain)", () => {
    const base = { ...loadEdition(2025), website: null };
    const a = sessionEvents({ ...base, shortName: "SmallML", name: "Workshop on Small Models" });
    const b = sessionEvents({ ...base, shortName: "GraphLearn", name: "Workshop on Graph Learning" });
    expect(a[0]?.uid).toMatch(/^session-.+\.2025@smallml-[0-9a-f]{8}\.workshop-kit\.invalid$/);
    const seen = new Set(a.map((e) => e.uid));
    expect(b.filter((e) => seen.has(e.uid))).toEqual([]);
  });
});
