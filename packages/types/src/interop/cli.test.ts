/** The import/export commands of `workshop-kit`, run through runCli with an in-memory io. */
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type CliIo, runCli } from "../cli";
import { parseEditionText } from "../yaml";
import { contentPath, fixturePath } from "./fixtures";

function run(argv: string[], files: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const written: Record<string, string> = {};
  const io: CliIo = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => {
      if (p in files) return files[p] as string;
      if (p.startsWith("/")) return readFileSync(p, "utf8"); // fixtures and ES-FoMo content from disk
      throw Object.assign(new Error("no such file"), { code: "ENOENT" });
    },
    writeFile: (p, t) => {
      written[p] = t;
    },
    now: () => Date.UTC(2025, 6, 1),
  };
  const code = runCli(argv, io);
  return { code, out, err, written };
}

describe("workshop-kit import", () => {
  it("imports frab JSON to YAML that validates, and summarises what was not mapped (exit 0)", () => {
    const { code, out, err } = run(["import", "frab-json", fixturePath("schedule.json")]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Imported from schedule\.json \(frab-json\)/);
    const r = parseEditionText(out);
    expect(r.ok).toBe(true);
    expect(out).toContain('start: "2025-07-18T09:00+02:00"');
    expect(err).toContain("imported 5 sessions and 3 people");
    expect(err).toMatch(/language \(and \d+ more like it\): not mapped/);
    expect(err).not.toContain("    at "); // no stack trace
  });

  it("writes --out and lists every note with --verbose", () => {
    const { code, written, err, out } = run([
      "import",
      "frab-xml",
      fixturePath("schedule.xml"),
      "--out",
      "edition.yaml",
      "--verbose",
    ]);
    expect(code).toBe(0);
    expect(out).toBe("");
    expect(parseEditionText(written["edition.yaml"] as string).ok).toBe(true);
    expect(err).toContain('schedule/day[1]/room[@name="Hall A"]/event[2]/recording: not mapped');
    expect(err).toContain("(written to edition.yaml)");
  });

  it("imports Sessionize and CSV with --time-zone and --name", () => {
    const s = run([
      "import",
      "sessionize",
      fixturePath("sessionize.json"),
      "--time-zone",
      "Australia/Melbourne",
      "--name",
      "Demo Day",
    ]);
    expect(s.code).toBe(0);
    expect(parse(s.out).name).toBe("Demo Day");
    const c = run(["import", "csv", fixturePath("programme.csv"), "--time-zone=Europe/Vienna"]);
    expect(c.code).toBe(0);
    expect(parse(c.out).sessions).toHaveLength(5);
  });

  it("csv --date dates the rows whose times are HH:MM only; a bad --date is a usage error", () => {
    const csv = "start,end,title,room\n09:00,10:00,Opening,Hall\n10:00,10:30,Break,Hall\n";
    const without = run(["import", "csv", "p.csv", "--time-zone", "Europe/Vienna"], { "p.csv": csv });
    expect(without.code).toBe(1);
    expect(without.err).toContain('"09:00" has no date');
    const c = run(["import", "csv", "p.csv", "--time-zone", "Europe/Vienna", "--date", "2025-07-18"], { "p.csv": csv });
    expect(c.code).toBe(0);
    expect(parse(c.out).sessions.map((s: { start: string }) => s.start)).toEqual([
      "2025-07-18T09:00",
      "2025-07-18T10:00",
    ]);
    const bad = run(["import", "csv", "p.csv", "--time-zone", "UTC", "--date", "18.07.2025"], { "p.csv": csv });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--date: expected a date such as "2025-07-18", received "18.07.2025"');
    expect(run(["import", "frab-json", fixturePath("schedule.json"), "--date", "2025-07-18"]).err).toContain(
      "--date applies to csv only",
    );
  });

  it("exits 1 with one line naming file and path for a malformed file", () => {
    const { code, err } = run(["import", "frab-json", "bad.json"], { "bad.json": '{"schedule": {"conference": ' });
    expect(code).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(/^bad\.json: the file ends too early \(truncated\?\)/);
    const x = run(["import", "frab-xml", "bad.xml"], { "bad.xml": "<schedule><conference>" });
    expect(x.code).toBe(1);
    expect(x.err).toMatch(/^bad\.xml: line 1: <conference> from line 1 is never closed/);
    const c = run(["import", "csv", "bad.csv", "--time-zone", "UTC"], { "bad.csv": "title\nA\n" });
    expect(c.code).toBe(1);
    expect(c.err).toContain('bad.csv: line 1: missing required column "start"');
  });

  it("exits 1 when the imported edition does not validate, still writing the YAML to fix", () => {
    const csv = "start,end,title,room\n2025-01-01 09:00,2025-01-01 10:00,A,R\n2025-01-01 09:30,2025-01-01 10:30,B,R\n";
    const { code, out, err } = run(["import", "csv", "p.csv", "--time-zone", "UTC"], { "p.csv": csv });
    expect(code).toBe(1);
    expect(out).toContain("title: B");
    expect(err).toMatch(/the YAML: error sessions\[1\]\.start: "B" starts before "A"/);
    expect(err).toContain("invalid — fix the YAML by hand");
  });

  it("exits 2 for usage mistakes", () => {
    expect(run(["import"]).code).toBe(2);
    expect(run(["import", "pretalx", "x.json"]).err).toContain('unknown format "pretalx"; expected one of frab-json');
    expect(run(["import", "csv", "x.csv"]).err).toContain("csv times carry no zone; pass --time-zone");
    expect(run(["import", "csv", "x.csv", "--time-zone"]).err).toContain("--time-zone needs a value");
    expect(run(["import", "frab-json", "x.json", "--bogus"]).err).toContain('unknown option "--bogus"');
    const zone = run(["import", "sessionize", fixturePath("sessionize.json"), "--time-zone", "AEST"]);
    expect(zone.code).toBe(2);
    expect(zone.err).toContain('--time-zone: expected an IANA zone such as "Australia/Melbourne", received "AEST"');
  });

  it("exits 1 for a file it cannot read", () => {
    const { code, err } = run(["import", "frab-json", "missing.json"]);
    expect(code).toBe(1);
    expect(err).toBe("missing.json: cannot read: ENOENT\n");
  });
});

describe("workshop-kit export", () => {
  const file = contentPath(2025);

  it("ics: a calendar ical.js reads, stamped with the io clock", () => {
    const { code, out } = run(["export", "ics", file]);
    expect(code).toBe(0);
    const comp = new ICAL.Component(ICAL.parse(out));
    expect(comp.getAllSubcomponents("vevent").length).toBeGreaterThan(5);
    expect(out).toContain("DTSTAMP:20250701T000000Z");
    expect(run(["export", "ics", file, "--only", "deadlines"]).out).not.toContain("UID:session-");
  });

  it("ics --session: one event; an unknown id exits 1", () => {
    const ok = run(["export", "ics", file, "--session", "opening"]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    const one = run(["export", "ics", file, "--session", "nope"]);
    expect(one.code).toBe(1);
    expect(one.err).toContain('no session with id "nope"');
  });

  it("jsonld, frab and deadlines write valid documents; --out writes the file", () => {
    expect(JSON.parse(run(["export", "jsonld", file]).out)["@type"]).toBe("Event");
    expect(JSON.parse(run(["export", "frab", file]).out).schedule.conference.acronym).toBe("es_fomo_iii_2025");
    const d = run(["export", "deadlines", file, "--sub", "ML", "--out", "feed.yml"]);
    expect(d.code).toBe(0);
    expect(parse(d.written["feed.yml"] as string)[0]).toMatchObject({ title: "ES-FoMo III", sub: "ML" });
    expect(d.err).toContain("exported deadlines to feed.yml");
  });

  it("jsonld prints editionJsonLdWarnings to stderr as warnings and still exits 0", () => {
    const yaml = [
      "name: No Venue Workshop",
      "shortName: NVW",
      "year: 2025",
      "timeZone: Europe/Vienna",
      "dates: { start: '2025-07-18' }",
      "",
    ].join("\n");
    const bare = run(["export", "jsonld", "bare.yaml"], { "bare.yaml": yaml });
    expect(bare.code).toBe(0);
    expect(JSON.parse(bare.out)["@type"]).toBe("Event");
    expect(bare.err).toMatch(/^bare\.yaml: warning: JSON-LD has no location: /);
    const noAddress = run(["export", "jsonld", "hall.yaml"], {
      "hall.yaml": `${yaml}venue: { building: Hall A }\n`,
    });
    expect(noAddress.code).toBe(0);
    expect(noAddress.err).toContain('hall.yaml: warning: JSON-LD location "Hall A" has no address');
    // A complete location: nothing on stderr.
    expect(run(["export", "jsonld", file]).err).toBe("");
  });

  it("exits 1 with the validation issues for an invalid content file", () => {
    const { code, err } = run(["export", "ics", "bad.yaml"], { "bad.yaml": "name: X\n" });
    expect(code).toBe(1);
    expect(err).toContain("bad.yaml: error shortName: missing required field");
    expect(err).toContain("bad.yaml: invalid; nothing exported");
  });

  it("exits 2 for usage mistakes", () => {
    expect(run(["export", "pdf", file]).code).toBe(2);
    expect(run(["export", "ics"]).err).toContain("name the content file to export");
    expect(run(["export", "jsonld", file, "--only", "programme"]).err).toContain(
      "--only and --session apply to ics only",
    );
    expect(run(["export", "ics", file, "--only", "talks"]).err).toContain('--only expects "programme" or "deadlines"');
  });
});

describe("workshop-kit help and schema", () => {
  it.each(["validate", "import", "export", "schema"])("%s --help prints that command's help (exit 0)", (cmd) => {
    const { code, out } = run([cmd, "--help"]);
    expect(code).toBe(0);
    expect(out).toContain(`workshop-kit ${cmd}`);
  });

  it("lists the commands in the top-level help; no command exits 2", () => {
    expect(run(["--help"]).out).toMatch(/import <format> <file>[\s\S]*export <format>/);
    expect(run([]).code).toBe(2);
    expect(run(["schema", "extra"]).code).toBe(2);
  });

  it("validate: an unknown option is a usage error (exit 2), not a file it cannot read", () => {
    const { code, err } = run(["validate", "--strict", contentPath(2025)]);
    expect(code).toBe(2);
    expect(err).toContain('unknown option "--strict"');
    expect(err).not.toContain("cannot read");
  });
});
