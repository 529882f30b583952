/**
 * Keeps the folder of malformed content files honest: every file must fail, and fail for the reason its
 * first line announces (`# expect: <path>: <part of the message>`). `(file)` stands for the whole file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssues } from "./model/parse";
import { parseEditionText } from "./yaml";

const dir = resolve(dirname(fileURLToPath(import.meta.url)), "../test/invalid");
const files = readdirSync(dir)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

/** `# expect: sessions[2].end: does not exist` → path and substring. */
function readExpectation(text: string): { path: string; substring: string } {
  const m = /^# expect: (\(file\)|[^\s:]*): (.+)$/m.exec(text.split("\n", 1)[0] ?? "");
  if (!m) throw new Error('first line must be "# expect: <path>: <substring of the message>"');
  return { path: m[1] === "(file)" ? "" : (m[1] as string), substring: (m[2] as string).trim() };
}

describe("malformed content corpus (packages/types/test/invalid)", () => {
  it("has at least 30 files, each a different mistake", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const expectations = files.map((f) => {
      const { path, substring } = readExpectation(readFileSync(resolve(dir, f), "utf8"));
      return `${path}: ${substring}`;
    });
    expect(new Set(expectations).size).toBe(expectations.length);
  });

  it.each(files)("%s fails with the announced path and message", (file) => {
    const text = readFileSync(resolve(dir, file), "utf8");
    const { path, substring } = readExpectation(text);
    const r = parseEditionText(text, extname(file) === ".json" ? "json" : "yaml");
    expect(r.ok, `${file} should not validate`).toBe(false);
    if (r.ok) return;
    const hit = r.issues.find((i) => i.severity === "error" && i.path === path && i.message.includes(substring));
    expect(hit, `no error at "${path}" containing "${substring}"; got:\n${formatIssues(r.issues)}`).toBeDefined();
  });
});
