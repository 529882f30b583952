/**
 * `workshop-kit validate` over the real content (exit 0) and over every malformed file (exit 1, with the
 * failing path on stderr).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type CliIo, runCli } from "./cli";

const here = dirname(fileURLToPath(import.meta.url));
const contentDir = resolve(here, "../../../examples/es-fomo/content");
const invalidDir = resolve(here, "../test/invalid");

function run(argv: string[]) {
  let out = "";
  let err = "";
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  const code = runCli(argv, io);
  return { code, out, err };
}

describe("workshop-kit validate: ES-FoMo content", () => {
  it.each(["2023.yaml", "2024.yaml", "2025.yaml"])("accepts %s (exit 0; warnings only)", (name) => {
    const file = resolve(contentDir, name);
    const { code, out, err } = run(["validate", file]);
    expect(code).toBe(0);
    expect(out).toContain(`${file}: valid (0 errors,`);
    expect(err).not.toMatch(/: error /);
  });

  it("accepts all three in one call", () => {
    const files = ["2023.yaml", "2024.yaml", "2025.yaml"].map((n) => resolve(contentDir, n));
    expect(run(["validate", ...files]).code).toBe(0);
  });
});

describe("workshop-kit validate: malformed corpus", () => {
  const files = readdirSync(invalidDir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort();

  it.each(files)("rejects %s (exit 1) naming the path on stderr", (name) => {
    const file = resolve(invalidDir, name);
    const expectedPath = /^# expect: (\(file\)|[^\s:]*): /.exec(readFileSync(file, "utf8"))?.[1];
    expect(expectedPath).toBeDefined();
    const { code, out, err } = run(["validate", file]);
    expect(code).toBe(1);
    expect(out).toContain(`${file}: invalid (`);
    expect(err).toContain(`${file}: error ${expectedPath}: `);
  });

  it("still exits 1 when a valid file comes first", () => {
    const good = resolve(contentDir, "2025.yaml");
    const bad = resolve(invalidDir, files[0] as string);
    expect(run(["validate", good, bad]).code).toBe(1);
  });
});
