/**
 * `--out` into a folder that does not exist yet: the CLI creates it rather than failing with "cannot write: ENOENT"
 * (issue #15: a developer writes `--out public/cal/es-fomo.ics` in a fresh project).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./cli";

const content = resolve(import.meta.dirname, "../../../examples/es-fomo/content/2025.yaml");
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now: () => Date.UTC(2025, 0, 1) });
  return { code, out: out.join(""), err: err.join("") };
}

describe("given --out in a folder that does not exist", () => {
  it("creates the folders and writes the calendar", () => {
    const root = mkdtempSync(join(tmpdir(), "wk-out-"));
    dirs.push(root);
    const target = join(root, "public", "cal", "es-fomo.ics");
    const r = run(["export", "ics", content, "--out", target]);
    expect(r.err).not.toContain("cannot write");
    expect(r.code).toBe(0);
    expect(readFileSync(target, "utf8")).toContain("BEGIN:VCALENDAR");
  });
});
