/**
 * Validation that helps (issues #13 and #18): every problem in one run, "did you mean", codes that can silence
 * warnings, a cap per rule, line numbers, one URL rule with a path, and no input that makes parsing throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli";
import { parseEditionText } from "../yaml";
import { MAX_PER_CODE } from "./issues";
import { parseEdition } from "./parse";

const MINIMAL = {
  name: "Example Workshop",
  shortName: "EW",
  year: 2025,
  timeZone: "America/Vancouver",
  dates: { start: "2025-07-18" },
};

function issuesOf(input: unknown, ignore: string[] = []) {
  const r = parseEdition(input, { ignore });
  return r.ok ? r.warnings : r.issues;
}

const talk = (id: string, start: string, end: string, extra: object = {}) => ({
  id,
  title: `Talk ${id}`,
  kind: "invited-talk",
  start,
  end,
  ...extra,
});

describe("all problems in one run", () => {
  it("reports a duplicate id and a bad zone next to a shape error", () => {
    const found = issuesOf({
      ...MINIMAL,
      timeZone: "PST",
      sessions: [
        talk("a", "09:00", "09:30", { kind: "talk" }),
        talk("b", "09:30", "10:00"),
        talk("b", "10:00", "10:30"),
      ],
    });
    expect(found.map((i) => `${i.path} ${i.code}`)).toEqual([
      "sessions[0].kind unknown-value",
      "timeZone bad-zone",
      "sessions[2].id duplicate-id",
    ]);
  });

  it("does not call a malformed person unknown where a session names them", () => {
    const found = issuesOf({
      ...MINIMAL,
      people: [{ id: "ada", name: "Ada", roles: ["speaker"] }],
      sessions: [talk("a", "09:00", "09:30", { speakers: ["ada"] })],
    });
    expect(found.map((i) => i.path)).toEqual(["people[0].roles[0]"]);
  });
});

describe("did you mean", () => {
  it("names the record and its fields for an unknown field, and suggests a close one", () => {
    const [issue] = issuesOf({ ...MINIMAL, sessions: [talk("a", "09:00", "09:30", { tittle: "x" })] });
    expect(issue?.message).toMatch(
      /^unknown field "tittle": it is not a field of sessions\[0\]; did you mean "title"\?/,
    );
    expect(issue?.message).toContain("Its fields are: id, title, kind,");
  });

  it("does not tell anyone to check the spelling of a concept the format lacks", () => {
    const [issue] = issuesOf({ ...MINIMAL, sessions: [talk("a", "09:00", "09:30", { livestreamChatChannel: "x" })] });
    expect(issue?.message).not.toMatch(/did you mean|spelling/);
    expect(issue?.message).toContain("it is not a field of sessions[0].");
  });

  it("suggests kinds, roles and person ids (also from a name)", () => {
    const found = issuesOf({
      ...MINIMAL,
      people: [{ id: "tri-dao", name: "Tri Dao", roles: ["keynote"], bio: "Works on attention." }],
      sessions: [
        talk("a", "09:00", "09:30", { kind: "poster", speakers: ["Tri Dao"] }),
        talk("b", "09:30", "10:00", { speakers: ["tri-doa"] }),
      ],
    });
    expect(found.map((i) => i.message.replace(/.*(did you mean "[^"]+").*/, "$1"))).toEqual([
      'did you mean "poster-session"',
      'did you mean "tri-dao"',
      'did you mean "tri-dao"',
    ]);
  });
});

describe("warning codes", () => {
  const noBios = {
    ...MINIMAL,
    people: [
      { id: "a", name: "A", roles: ["keynote"] },
      { id: "b", name: "B", roles: ["panelist"] },
    ],
  };

  it("gives every warning a code and silences it from the options or the file", () => {
    expect(issuesOf(noBios).map((i) => i.code)).toEqual(["person-without-bio", "person-without-bio"]);
    expect(issuesOf(noBios, ["person-without-bio"])).toEqual([]);
    expect(issuesOf({ ...noBios, validation: { ignore: ["person-without-bio"] } })).toEqual([]);
  });

  it("refuses an unknown code in the file with a suggestion", () => {
    const [issue] = issuesOf({ ...noBios, validation: { ignore: ["person-without-bios"] } });
    expect(issue).toMatchObject({ path: "validation.ignore[0]", severity: "error" });
    expect(issue?.message).toContain('did you mean "person-without-bio"');
  });

  it("lists review markers as warnings with code review", () => {
    expect(issuesOf({ ...MINIMAL, validation: { review: ["Confirm the dates"] } })).toEqual([
      expect.objectContaining({
        code: "review",
        path: "validation.review[0]",
        message: "to re-check: Confirm the dates",
      }),
    ]);
  });

  it("takes --ignore on the command line and shows the code", () => {
    const file = "/virtual/2025.yaml";
    const text = `name: X\nshortName: X\nyear: 2025\ntimeZone: UTC\ndates: { start: "2025-07-18" }\npeople:\n  - { id: a, name: A, roles: [keynote] }\n`;
    const run = (args: string[]) => {
      let err = "";
      const code = runCli(args, { out: () => {}, err: (t) => (err += t), readFile: () => text });
      return { code, err };
    };
    expect(run(["validate", file]).err).toContain("[person-without-bio] (line 7:5)");
    expect(run(["validate", "--ignore", "person-without-bio", file]).err).toBe("");
    expect(run(["validate", "--ignore", "bio", file]).code).toBe(2);
  });
});

describe("a cap per rule", () => {
  it("reports 20 overlaps and then '… and N more like it'", () => {
    const sessions = Array.from({ length: 400 }, (_, i) => talk(`s${i}`, "2025-07-18T09:00", "2025-07-18T10:00"));
    const found = issuesOf({ ...MINIMAL, sessions });
    expect(found).toHaveLength(MAX_PER_CODE + 1);
    expect(found[MAX_PER_CODE]?.message).toMatch(/^… and 379 more like it \(session-overlap\)/);
  });
});

describe("line numbers", () => {
  it("gives YAML issues the line and column of the value, or of the record a field is missing from", () => {
    const r = parseEditionText(
      'name: X\nshortName: X\nyear: 2025\ntimeZone: UTC\ndates: { start: "2025-07-18" }\nsessions:\n  - id: a\n    title: A\n    kind: talk\n    start: "09:00"\n  - id: b\n    kind: other\n    start: "10:00"\n',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.line, i.column])).toEqual([
      ["sessions[0].kind", 9, 11],
      ["sessions[1].title", 11, 5],
    ]);
  });
});

describe("hostile input", () => {
  it("reports nesting deeper than 64 levels as an issue with a path instead of overflowing the stack", () => {
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    const r = parseEditionText(`name: X\nlinks: ${deep}\n`);
    expect(r.ok).toBe(false);
    const r2 = parseEditionText(
      `${"a:\n ".repeat(1)}${Array.from({ length: 100 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n")} 1\n`,
    );
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.issues.every((i) => typeof i.path === "string")).toBe(true);
    const json = parseEditionText(`{"links": ${"[".repeat(3000)}${"]".repeat(3000)}}`, "json");
    expect(json.ok).toBe(false);
    if (!json.ok)
      expect(json.issues[0]).toMatchObject({ code: "too-deep", path: expect.stringMatching(/^links\[0\]/) });
  });

  it("never throws, gives every issue a path, and never touches Object.prototype (seeded fuzz)", () => {
    const pieces = [
      "name: X\n",
      "year: 2025\n",
      "\r",
      "sessions:\n",
      "  - id: a\n",
      "    start: '09:00'\n",
      "[",
      "{",
      "]",
      "}",
      "__proto__: { polluted: 1 }\n",
      "constructor: { prototype: { polluted: 1 } }\n",
      "&a [*a]\n",
      "timeZone: UTC\n",
      "  ",
      "- ",
      ": ",
      "\t",
      "'",
      '"',
      "\n",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.string({ maxLength: 20 }),
        (parts, noise) => {
          const text = parts.join("") + noise;
          for (const format of ["yaml", "json"] as const) {
            const r = parseEditionText(text, format);
            const issues = r.ok ? r.warnings : r.issues;
            for (const i of issues) expect(typeof i.path).toBe("string");
          }
          expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
        },
      ),
      { seed: 13, numRuns: 300 },
    );
  });

  it("rejects hostile hrefs in every URL field, with a path", () => {
    const bad = "javascript:alert(1)";
    const input = {
      ...MINIMAL,
      website: bad,
      links: { homepage: bad },
      sponsors: [{ name: "S", url: bad, logo: { src: bad, alt: "S" } }],
      callForPapers: {
        formats: [{ id: "f", name: "F", template: bad, submission: { url: bad } }],
        submission: { url: bad },
      },
      papers: [{ title: "P", links: { pdf: bad } }],
      people: [{ id: "p", name: "P", roles: ["organiser"], photo: { src: bad, alt: "P" }, links: { github: bad } }],
      sessions: [talk("a", "09:00", "09:30", { paper: { title: "P", links: { arxiv: bad } }, links: { slides: bad } })],
    };
    expect(
      issuesOf(input)
        .map((i) => i.path)
        .sort(),
    ).toEqual(
      [
        "website",
        "links.homepage",
        "sponsors[0].url",
        "sponsors[0].logo.src",
        "callForPapers.formats[0].template",
        "callForPapers.formats[0].submission.url",
        "callForPapers.submission.url",
        "papers[0].links.pdf",
        "people[0].photo.src",
        "people[0].links.github",
        "sessions[0].paper.links.arxiv",
        "sessions[0].links.slides",
      ].sort(),
    );
    for (const href of ["data:text/html,x", "vbscript:x", "//evil.example", "/relative", "https://ok.example/\u0000"]) {
      expect(
        issuesOf({ ...MINIMAL, website: href }).map((i) => i.path),
        href,
      ).toEqual(["website"]);
    }
  });
});
