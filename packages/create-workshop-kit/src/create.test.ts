/**
 * The starter's command without a browser: its arguments, its errors, and the site it writes (the site's build and
 * its pages are tested in Chromium by test/run.mjs, `pnpm test:starter`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module without types (the package ships no build step)
import { parseArgs, run, siteNameFrom } from "./create.mjs";

const content = resolve(import.meta.dirname, "../../../examples/es-fomo/content");
let dir: string;
let out: string[];
let err: string[];
const io = () => ({ log: (m: string) => out.push(m), error: (m: string) => err.push(m) });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "create-workshop-kit-"));
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("given the command line", () => {
  it("reads a folder, repeated --content, --name and --url", () => {
    expect(
      parseArgs(["site", "--content", "a.yaml", "--content", "b", "--name", "X", "--url", "https://x.org"]),
    ).toEqual({ options: { dir: "site", content: ["a.yaml", "b"], name: "X", url: "https://x.org", help: false } });
  });

  it.each([
    [[], /--content is required/],
    [["--content"], /--content needs a value/],
    [["--content", "a", "--colour", "red"], /unknown option --colour/],
    [["one", "two", "--content", "a"], /one folder only/],
    [["--content", "a", "--url", "you.github.io"], /--url must be an http\(s\) origin/],
  ])("rejects %j with a clear message and exit 2", (argv, message) => {
    expect(parseArgs(argv).error).toMatch(message);
    // Usage errors stop before anything touches the disk, so the default folder is never created.
    expect(run(argv, io())).toBe(2);
    expect(err.join("\n")).toMatch(message);
  });

  it("names the site after the newest edition without its number", () => {
    expect(siteNameFrom("ES-FoMo III")).toBe("ES-FoMo");
    expect(siteNameFrom("LatinX in AI 2025")).toBe("LatinX in AI");
    expect(siteNameFrom("MLSys")).toBe("MLSys");
  });
});

describe("given content files", () => {
  it("writes a complete site: every edition by year, site.json, package.json, the Pages workflow", () => {
    const site = join(dir, "My Workshop");
    expect(run([site, "--content", content], io())).toBe(0);
    for (const f of ["content/2025.yaml", "content/2024.yaml", "content/2023.yaml", ".gitignore", "vite.config.js"]) {
      expect(existsSync(join(site, f)), f).toBe(true);
    }
    expect(existsSync(join(site, "_gitignore"))).toBe(false);
    expect(readFileSync(join(site, ".github/workflows/pages.yml"), "utf8")).toMatch(/actions\/deploy-pages/);
    expect(JSON.parse(readFileSync(join(site, "site.json"), "utf8"))).toEqual({
      name: "ES-FoMo",
      url: "https://es-fomo.com",
    });
    const pkg = JSON.parse(readFileSync(join(site, "package.json"), "utf8"));
    expect(pkg.name).toBe("my-workshop");
    expect(pkg.dependencies["@workshop-kit/react"]).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(out.join("\n")).toMatch(/3 edition\(s\) \(2025, 2024, 2023\)/);
  });

  it("refuses an invalid file and a folder that is not empty, writing nothing", () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "year: soon\n");
    expect(run([join(dir, "a"), "--content", bad], io())).toBe(1);
    expect(err.join("\n")).toMatch(/bad\.yaml does not validate/);
    expect(existsSync(join(dir, "a"))).toBe(false);
    expect(run([dir, "--content", content], io())).toBe(2);
    expect(err.join("\n")).toMatch(/is not empty/);
  });

  it("refuses two files of the same year", () => {
    const file = join(content, "2025.yaml");
    expect(run([join(dir, "b"), "--content", file, "--content", file], io())).toBe(1);
    expect(err.join("\n")).toMatch(/two content files are the 2025 edition/);
  });
});
