import { describe, expect, it } from "vitest";
import { fixture, valid } from "./fixtures";
import { importFrabJson, importFrabXml } from "./frab";
import { htmlToText, ImportError } from "./shared";

describe("importFrabJson", () => {
  const result = importFrabJson(fixture("schedule.json"));
  const edition = valid(result);

  it("maps the conference, its zone and dates", () => {
    expect(edition).toMatchObject({
      name: "Demo Workshop on Small Models",
      shortName: "demo2025",
      year: 2025,
      timeZone: "Europe/Vienna",
      website: "https://demo.example.org/",
    });
    expect(edition.dates.start.iso).toBe("2025-07-18");
    expect(edition.dates.end.iso).toBe("2025-07-19");
  });

  it("maps every event with its exact start, end (start + duration), room and track", () => {
    expect(edition.sessions).toHaveLength(5);
    const keynote = edition.sessions.find((s) => s.id === "keynote-quant");
    expect(keynote?.start.iso).toBe("2025-07-18T07:15:00.000Z");
    expect(keynote?.end?.iso).toBe("2025-07-18T08:00:00.000Z");
    expect(keynote?.room).toBe("Hall A");
    expect(keynote?.track).toBe("Systems");
    expect(keynote?.description).toHaveLength(2);
    expect(keynote?.description[0]).toMatch(/^Short abstract\.\s+Second line\.$/);
    expect(keynote?.description[1]).toBe("Longer description.");
  });

  it("guesses kinds from type and title; an unknown type becomes other with a note", () => {
    const kinds = Object.fromEntries(edition.sessions.map((s) => [s.id, s.kind]));
    expect(kinds).toEqual({
      opening: "opening",
      "keynote-quant": "keynote",
      "hands-on": "other",
      coffee: "break",
      panel: "panel",
    });
    expect(result.unmapped).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('"Workshop"; imported as "other"') }),
    );
  });

  it("de-duplicates persons across events and slugs ids from names, keeping namesakes apart", () => {
    expect(edition.people.map((p) => p.id)).toEqual(["ana-maria-perez", "bo-chen", "ana-maria-perez-2"]);
    expect(edition.sessions.find((s) => s.id === "hands-on")?.speakerIds).toEqual([
      "ana-maria-perez",
      "ana-maria-perez-2",
    ]);
    expect(edition.people.find((p) => p.id === "bo-chen")?.roles).toEqual(["keynote", "panelist"]);
    // A relative avatar is resolved against base_url.
    expect(edition.people[0]?.photo?.src).toBe("https://pretalx.example.org/media/ana.jpg");
  });

  it("maps typed links and notes the ones it cannot use", () => {
    const keynote = edition.sessions.find((s) => s.id === "keynote-quant");
    expect(keynote?.links.map((l) => [l.kind, l.href])).toEqual(
      expect.arrayContaining([
        ["slides", "https://example.org/slides.pdf"],
        ["video", "https://www.youtube.com/watch?v=abc"],
      ]),
    );
    expect(result.unmapped.some((n) => n.value?.includes("javascript:"))).toBe(true);
  });

  it("notes unmapped fields without copying private answers", () => {
    const paths = result.unmapped.map((n) => n.path);
    expect(paths).toContain('schedule.conference.days[0].rooms["Hall A"][1].subtitle');
    expect(paths).toContain('schedule.conference.days[0].rooms["Hall A"][1].do_not_record');
    expect(paths).toContain('schedule.conference.days[0].rooms["Room 2"][0].language');
    expect(paths).toContain("schedule.conference.colors");
    expect(paths).toContain("schedule.conference.tracks[0].color");
    const answers = result.unmapped.find((n) => n.path.endsWith("persons[0].answers"));
    expect(answers?.message).toContain("not copied");
    expect(JSON.stringify(result.unmapped)).not.toContain("555 0100");
  });

  it("uses the events' offset as an Etc/ zone, with a note, when the file names no zone", () => {
    const data = JSON.parse(fixture("schedule.json"));
    delete data.schedule.conference.time_zone_name;
    const r = importFrabJson(data);
    expect(r.edition.timeZone).toBe("Etc/GMT-2");
    expect(r.unmapped[0]?.message).toContain("names no time zone");
    expect(importFrabJson(data, { timeZone: "Europe/Vienna" }).edition.timeZone).toBe("Europe/Vienna");
  });

  it("warns, naming both, when the declared zone contradicts the events' own offsets", () => {
    expect(result.unmapped.some((n) => n.message.includes("contradicts"))).toBe(false);
    const data = JSON.parse(fixture("schedule.json"));
    data.schedule.conference.time_zone_name = "UTC";
    const r = importFrabJson(data);
    const warning = r.unmapped.find((n) => n.message.includes("contradicts"));
    expect(warning?.path).toBe("schedule.conference.time_zone_name");
    expect(warning?.message).toMatch(
      /^warning: the zone UTC \(UTC on that date\) contradicts the file's own offset UTC\+2/,
    );
    expect(warning?.message).toContain("(5 event(s) disagree)");
    expect(warning?.value).toContain("+02:00");
    // The same holds for a zone the caller passed.
    const passed = importFrabJson(fixture("schedule.json"), { timeZone: "Europe/London" });
    expect(passed.unmapped.find((n) => n.message.includes("contradicts"))?.path).toBe("timeZone");
  });

  it("converts HTML in descriptions and bios to plain text (paragraphs, list items, links), with a note", () => {
    const data = JSON.parse(fixture("schedule.json"));
    const ev = data.schedule.conference.days[0].rooms["Hall A"][0];
    ev.abstract = "";
    ev.description =
      '<p>We cover:</p>\r\n<ul> <li>IBM&nbsp;i &amp; TIMI</li> <li>see <a href="https://festi.info/boxes.py/">Boxes.py</a></li></ul>' +
      '<p>Line<br>break, <a href="javascript:alert(1)">bad</a> <small>and</small> <a href="https://x.org/">https://x.org/</a></p>';
    ev.persons[0].biography = "<p>Works on <b>compression</b>.</p>";
    const r = importFrabJson(data);
    const ed = valid(r);
    const s = ed.sessions[0];
    expect(s?.description).toEqual([
      "We cover:",
      "\u2022 IBM i & TIMI",
      "\u2022 see Boxes.py (https://festi.info/boxes.py/)",
      "Line break, bad and https://x.org/",
    ]);
    expect(JSON.stringify(ed)).not.toMatch(/<\/?(p|a|ul|li|b|small)\b|javascript:/);
    const person = ed.people.find((p) => s?.speakerIds.includes(p.id));
    expect(person?.bio).toEqual(["Works on compression."]);
    const converted = r.unmapped.filter((n) => n.message.startsWith("converted HTML to plain text"));
    expect(converted.map((n) => n.path)).toEqual([
      'schedule.conference.days[0].rooms["Hall A"][0].description',
      'schedule.conference.days[0].rooms["Hall A"][0].persons[0].biography',
    ]);
    // Text that merely uses angle brackets is not HTML.
    expect(htmlToText("if a < b and c > d")).toBeNull();
  });

  it("maps #13's fields: a person with a moderator or chair role is a host, not a speaker; new kinds from types", () => {
    const data = JSON.parse(fixture("schedule.json"));
    const panel = data.schedule.conference.days[1].rooms["Hall A"][0];
    panel.persons = [
      { code: "MOD1", name: "Mo Derator", role: "Moderator" },
      { code: "CH1", name: "Cha Ir", role: "chair" },
      { code: "SP1", name: "Pan Elist", role: "speaker" },
    ];
    const hall = data.schedule.conference.days[0].rooms["Hall A"];
    hall[2].type = "Tutorial";
    hall[0].type = "Lightning talks";
    const r = importFrabJson(data);
    const ed = valid(r);
    const s = ed.sessions.find((x) => x.id === "panel");
    expect(s?.hosts).toEqual([
      { personId: "mo-derator", role: "moderator" },
      { personId: "cha-ir", role: "chair" },
    ]);
    expect(s?.speakerIds).toEqual(["pan-elist"]);
    expect(ed.people.find((p) => p.id === "mo-derator")?.roles).toEqual(["moderator"]);
    expect(r.unmapped.some((n) => n.path.endsWith(".role"))).toBe(false);
    expect(ed.sessions.map((x) => x.kind)).toEqual(expect.arrayContaining(["tutorial", "lightning-talks"]));
  });

  it("keeps a Markdown list's lines apart and reads Markdown links, where single line breaks would be joined", () => {
    const data = JSON.parse(fixture("schedule.json"));
    const ev = data.schedule.conference.days[0].rooms["Hall A"][0];
    ev.abstract = "";
    ev.description =
      "We need:\r\n- Early serial port debugging\r\n- Devicetree\r\nTests run on [Labgrid](https://labgrid.readthedocs.io/)\r\non real hardware.";
    const s = valid(importFrabJson(data)).sessions[0];
    expect(s?.description).toEqual([
      "We need:",
      "\u2022 Early serial port debugging",
      "\u2022 Devicetree",
      "Tests run on Labgrid (https://labgrid.readthedocs.io/) on real hardware.",
    ]);
  });

  it("puts a single room on the venue instead of every session", () => {
    const data = JSON.parse(fixture("schedule.json"));
    delete data.schedule.conference.days[0].rooms["Room 2"];
    const ed = valid(importFrabJson(data));
    expect(ed.venue.room).toBe("Hall A");
    expect(ed.sessions.every((s) => s.room === null)).toBe(true);
  });

  it("computes start from the day's date and start when an event has no date", () => {
    const data = JSON.parse(fixture("schedule.json"));
    const ev = data.schedule.conference.days[0].rooms["Hall A"][0];
    delete ev.date;
    ev.start = "09:00";
    expect(valid(importFrabJson(data)).sessions[0]?.start.iso).toBe("2025-07-18T07:00:00.000Z");
  });
});

describe("importFrabJson: malformed input gives an ImportError naming the path", () => {
  const cases: [string, () => unknown, RegExp][] = [
    ["truncated file", () => importFrabJson(fixture("schedule.json").slice(0, 500)), /ends too early \(truncated\?\)/],
    ["not JSON", () => importFrabJson("<html>"), /not valid JSON/],
    ["no schedule", () => importFrabJson({ foo: 1 }), /^schedule: missing required field/],
    [
      "days not a list",
      () => importFrabJson({ schedule: { conference: { title: "X", days: "monday" } } }),
      /schedule\.conference\.days: expected a list of days, received "monday"/,
    ],
    [
      "duration of the wrong type",
      () => {
        const d = JSON.parse(fixture("schedule.json"));
        d.schedule.conference.days[0].rooms["Hall A"][0].duration = 15;
        return importFrabJson(d);
      },
      /rooms\["Hall A"\]\[0\]\.duration: expected a duration "HH:MM", received 15/,
    ],
    [
      "missing title",
      () => {
        const d = JSON.parse(fixture("schedule.json"));
        delete d.schedule.conference.days[1].rooms["Hall A"][0].title;
        return importFrabJson(d);
      },
      /days\[1\]\.rooms\["Hall A"\]\[0\]\.title: missing required field/,
    ],
    [
      "a bad date",
      () => {
        const d = JSON.parse(fixture("schedule.json"));
        d.schedule.conference.days[0].rooms["Hall A"][0].date = "18.07.2025 09:00";
        return importFrabJson(d);
      },
      /\[0\]\.date: expected a date and time/,
    ],
    ["an unknown zone option", () => importFrabJson(fixture("schedule.json"), { timeZone: "CEST" }), /IANA zone/],
  ];
  it.each(cases)("%s", (_name, run, message) => {
    expect(run).toThrow(ImportError);
    expect(run).toThrow(message);
  });
});

describe("importFrabXml", () => {
  const result = importFrabXml(fixture("schedule.xml"));
  const edition = valid(result);

  it("maps the XML like the JSON: entities, CDATA, persons, rooms and times", () => {
    expect(edition.name).toBe("Demo Workshop on Small Models & Friends");
    expect(edition.sessions.map((s) => s.id)).toEqual(["opening", "keynote-quant", "hands-on"]);
    expect(edition.sessions[0]?.title).toBe("Opening — welcome");
    // CDATA keeps its text; the HTML inside it is converted to plain text, with a note.
    expect(edition.sessions[0]?.description).toEqual(["Welcome everyone & thanks."]);
    expect(edition.sessions[1]?.title).toBe('Quantisation "all the way" down');
    expect(edition.sessions[1]?.start.iso).toBe("2025-07-18T07:15:00.000Z");
    expect(edition.sessions[2]?.room).toBe("Room 2");
    expect(edition.people.map((p) => p.name)).toEqual(["Ana María Pérez", "Bo Chen"]);
    expect(edition.sessions[2]?.speakerIds).toEqual(["ana-maria-perez"]);
    expect(edition.sessions[0]?.links.map((l) => l.kind)).toContain("pdf");
  });

  it("notes unmapped elements with XML paths", () => {
    const paths = result.unmapped.map((n) => n.path);
    expect(paths).toContain("schedule/conference/venue");
    expect(paths).toContain('schedule/day[1]/room[@name="Hall A"]/event[2]/recording');
    expect(paths).toContain('schedule/day[1]/room[@name="Hall A"]/event[1]/language');
  });

  it.each([
    ["a truncated file", fixture("schedule.xml").slice(0, 900), /^line \d+: .*never closed/],
    ["a mismatched tag", "<schedule><conference></schedule>", /does not match <conference>/],
    ["the wrong root", "<html><body/></html>", /expected a <schedule> root element, received <html>/],
    ["no conference", "<schedule><day date='2025-01-01'/></schedule>", /schedule\/conference: missing required field/],
    [
      "a bad duration",
      fixture("schedule.xml").replace("<duration>00:15</duration>", "<duration>a quarter hour</duration>"),
      /event\[1\]\/duration: expected a duration like "00:30"/,
    ],
  ])("rejects %s with a clear ImportError", (_name, text, message) => {
    expect(() => importFrabXml(text)).toThrow(ImportError);
    expect(() => importFrabXml(text)).toThrow(message);
  });
});
