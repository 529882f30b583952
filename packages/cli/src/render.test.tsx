/**
 * `workshop-kit render`: every component renders from the real ES-FoMo content, flags reach the markup, mistakes
 * get clear messages and the right exit code, --out creates folders, and other commands reach @workshop-kit/types.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { EMBED_COMPONENTS, type EmbedData } from "./embed";
import { findFragments } from "./fragment";
import { runCli } from "./index";
import type { RenderIo } from "./render";

const here = dirname(fileURLToPath(import.meta.url));
const content = resolve(here, "../../../examples/es-fomo/content/2025.yaml");

function run(argv: string[], extra: Partial<RenderIo> = {}) {
  let out = "";
  let err = "";
  const code = runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), ...extra });
  return { code, out, err };
}

/** The fragment's container and data, parsed back the way the standalone script finds them. */
function parse(html: string) {
  const host = document.createElement("div");
  host.innerHTML = html;
  const { fragments, problems } = findFragments(host);
  expect(problems).toEqual([]);
  expect(fragments).toHaveLength(1);
  return fragments[0] as { container: Element; data: EmbedData };
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("workshop-kit render: every component", () => {
  it.each(EMBED_COMPONENTS)("renders %s from the ES-FoMo 2025 content with its data beside it", (name) => {
    const { code, out, err } = run(["render", name, content]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const { container, data } = parse(out);
    expect(container.getAttribute("data-wk-embed")).toBe(name);
    expect(data).toMatchObject({ v: 1, component: name, options: {} });
    // Readable without script, and no inline style for a strict CSP to block.
    // The zone switch appears in the browser only; ES-FoMo 2025 lists no sponsors (an empty container).
    if (name !== "zone" && name !== "sponsors") expect(container.textContent?.length).toBeGreaterThan(20);
    expect(out).not.toMatch(/\sstyle="/);
    expect(out).not.toMatch(/<script(?![^>]*type="application\/json")/);
  });

  it("writes the schedule's sessions in the event's zone, whatever the machine's clock and zone", () => {
    const first = run(["render", "schedule", content]).out;
    const previous = process.env.TZ;
    process.env.TZ = "Pacific/Auckland";
    try {
      expect(run(["render", "schedule", content]).out).toBe(first);
    } finally {
      process.env.TZ = previous;
    }
    expect(parse(first).container.querySelector("table")).not.toBeNull();
  });

  it("renders the sponsors of an edition that has them (ES-FoMo 2023)", () => {
    const { container, data } = parse(run(["render", "sponsors", content.replace("2025", "2023")]).out);
    expect(data.edition.sponsors.length).toBeGreaterThan(0);
    expect(data.edition.sessions).toEqual([]);
    expect(container.querySelectorAll("a, img").length).toBeGreaterThan(0);
  });

  it("carries only the slice of the edition the component reads", () => {
    const { data } = parse(run(["render", "countdown", content, "--deadline", "camera-ready"]).out);
    expect(data.edition.deadlines.map((d) => d.id)).toEqual(["camera-ready"]);
    expect(data.edition.sessions).toEqual([]);
    expect(data.edition.people).toEqual([]);
    expect(data.edition.callForPapers).toBeNull();
    const speakers = parse(run(["render", "speakers", content, "--roles", "invited-speaker"]).out).data;
    expect(speakers.edition.people.length).toBeGreaterThan(0);
    expect(speakers.edition.people.every((p) => p.roles.includes("invited-speaker"))).toBe(true);
    expect(speakers.edition.deadlines).toEqual([]);
  });

  it("escapes the JSON so content cannot end the script element", () => {
    const { out } = run(["render", "dates", content]);
    const json = out.slice(out.indexOf("data-wk-props>") + "data-wk-props>".length, out.lastIndexOf("</script>"));
    expect(json).not.toMatch(/[<>]/);
  });
});

describe("workshop-kit render: flags reach the component", () => {
  it("--heading-level, --id and --title", () => {
    const { container } = parse(
      run(["render", "dates", content, "--heading-level", "4", "--id", "dates", "--title", "Key dates"]).out,
    );
    expect(container.id).toBe("dates");
    expect(container.querySelector("h4")?.textContent).toBe("Key dates");
  });

  it("--speaker-href links speaker names with the person id", () => {
    const { container } = parse(run(["render", "schedule", content, "--speaker-href", "#speaker-{id}"]).out);
    const hrefs = [...container.querySelectorAll("a[href^='#speaker-']")].map((a) => a.getAttribute("href"));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs).toContain("#speaker-albert-gu");
  });

  it("--roles, --variant and --id-prefix on speakers", () => {
    const { container } = parse(
      run(["render", "speakers", content, "--roles", "organiser", "--variant", "compact", "--id-prefix", "org-"]).out,
    );
    expect(container.querySelector("[data-variant='compact']")).not.toBeNull();
    const ids = [...container.querySelectorAll("[id]")].map((el) => el.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith("org-"))).toBe(true);
  });

  it("--locale and --hour24 change how times are written", () => {
    const us = parse(run(["render", "schedule", content]).out).container.querySelector("time")?.textContent;
    const de = parse(run(["render", "schedule", content, "--locale", "de", "--hour24"]).out).container;
    expect(us).toMatch(/AM|PM/);
    expect(de.querySelector("time")?.textContent).not.toMatch(/AM|PM/);
  });

  it("--favourites and --search reach the schedule's data (they appear once the script runs)", () => {
    const { data } = parse(run(["render", "schedule", content, "--favourites", "--search"]).out);
    expect(data.options).toEqual({ favourites: true, search: true });
    expect(run(["render", "dates", content, "--search"]).err).toContain("--search applies to schedule, not to dates");
  });

  it("--no-calendar drops the calendar button; --sections picks CFP sections", () => {
    const countdown = parse(run(["render", "countdown", content, "--no-calendar"]).out).container;
    expect(countdown.querySelector("[data-slot='calendar']")).toBeNull();
    const cfp = parse(run(["render", "cfp", content, "--sections", "topics", "--id-prefix", "call-"]).out).container;
    expect(cfp.querySelector("#call-topics")).not.toBeNull();
    expect(cfp.querySelector("#call-intro")).toBeNull();
  });
});

describe("workshop-kit render: mistakes", () => {
  it.each([
    [["render"], /name a component/],
    [["render", "agenda", content], /unknown component "agenda" \(one of: schedule, speakers/],
    [["render", "schedule"], /name the content file/],
    [["render", "schedule", content, "--heading-level", "7"], /--heading-level must be 1 to 6/],
    [["render", "schedule", content, "--roles", "keynote"], /--roles applies to speakers, not to schedule/],
    [["render", "speakers", content, "--roles", "keynote,guru"], /--roles: unknown "guru" \(one of: .*keynote/],
    [["render", "speakers", content, "--variant", "big"], /--variant: unknown "big"/],
    [["render", "schedule", content, "--speaker-href", "#speaker"], /needs \{id\} in it/],
    [["render", "schedule", content, "--locale", "not a locale!"], /--locale: "not a locale!" is not a BCP 47/],
    [["render", "schedule", content, "--hour12", "--hour24"], /choose one of --hour12 and --hour24/],
    [["render", "schedule", content, "--out"], /--out needs a value/],
    [["render", "schedule", content, "--colour", "red"], /unknown option "--colour"/],
    [["render", "schedule", content, "--id-prefix", "9x"], /--id-prefix must start with a letter/],
  ])("%j is a usage error (exit 2) that says what is wrong", (argv, message) => {
    const { code, out, err } = run(argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err).toContain("(see workshop-kit render --help)");
  });

  it("an unknown deadline id is an input error listing the ids (exit 1)", () => {
    const { code, err } = run(["render", "countdown", content, "--deadline", "rebuttal"]);
    expect(code).toBe(1);
    expect(err).toContain('no deadline with id "rebuttal" (ids: submission, notification, camera-ready)');
  });

  it("a missing or invalid content file is an input error naming the file (exit 1)", () => {
    expect(run(["render", "schedule", "missing.yaml"])).toMatchObject({
      code: 1,
      err: "missing.yaml: cannot read: ENOENT\n",
    });
    const bad = run(["render", "schedule", "bad.yaml"], { readFile: () => "name: 3\n" });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^bad\.yaml: error /m);
    expect(bad.err).toContain("bad.yaml: invalid; nothing rendered");
  });
});

describe("workshop-kit render: files", () => {
  it("--out writes into a folder that does not exist yet", () => {
    const dir = mkdtempSync(join(tmpdir(), "wk-render-"));
    temps.push(dir);
    const file = join(dir, "_includes/workshop-kit/schedule.html");
    const { code, out, err } = run(["render", "schedule", content, "--out", file]);
    expect(code).toBe(0);
    expect(out).toBe("");
    expect(err).toContain(`rendered schedule to ${file}`);
    expect(readFileSync(file, "utf8")).toContain('data-wk-embed="schedule"');
  });

  it("--css and --script write the built assets where asked", () => {
    const written = new Map<string, string>();
    const { code } = run(["render", "zone", content, "--css", "site/wk.css", "--script", "site/js"], {
      writeFile: (path, text) => written.set(path, text),
      readAsset: (name) => `/* ${name} */`,
      scriptAssets: () => ["workshop-kit.js", "wk-chunk-ABC.js"],
    });
    expect(code).toBe(0);
    expect([...written.keys()].sort()).toEqual(["site/js/wk-chunk-ABC.js", "site/js/workshop-kit.js", "site/wk.css"]);
    expect(written.get("site/wk.css")).toBe("/* styles.css */");
  });
});

describe("workshop-kit: the other commands", () => {
  it("passes validate to @workshop-kit/types unchanged", () => {
    const { code, out } = run(["validate", content]);
    expect(code).toBe(0);
    expect(out).toContain(`${content}: valid (0 errors,`);
  });

  it("lists render in the general help, and has its own", () => {
    expect(run(["--help"]).out).toMatch(/Usage:\n {2}workshop-kit render <component>/);
    const help = run(["render", "--help"]);
    expect(help.code).toBe(0);
    for (const flag of ["--heading-level", "--id-prefix", "--speaker-href", "--locale", "--hour12", "--roles", "--out"])
      expect(help.out).toContain(flag);
  });

  it("does not leave files behind when only printing", () => {
    expect(existsSync(resolve(here, "../schedule.html"))).toBe(false);
  });
});
