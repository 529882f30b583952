/**
 * Two things in the content-file docs a developer trips over (issue #15), checked:
 * - "Names in code" in docs/data-format.md: each file name it lists is a field of the JSON Schema, and each parsed
 *   name is a field of the model (packages/types/src/model/types.ts), so the table cannot name what does not exist;
 * - the editor modeline (`# yaml-language-server: $schema=…`) shown in docs/ resolves, for the documented layout
 *   (`content/2025.yaml` beside the project's `node_modules/`), to the schema that @workshop-kit/types publishes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, posix, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { editionJsonSchema } from "../packages/types/src/json-schema";

const repo = resolve(import.meta.dirname, "..");
const read = (path: string) => readFileSync(join(repo, path), "utf8");

/** Every key of every `properties` object, anywhere in the schema. */
function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) propertyNames(item, out);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && value && typeof value === "object") for (const n of Object.keys(value)) out.add(n);
      propertyNames(value, out);
    }
  }
  return out;
}

/** The last name of each backticked path in a table cell: `callForPapers.topics[].items` → `items`, `topics`…. */
function names(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].flatMap((m) =>
    (m[1] as string)
      .split(/[.[\]]+/)
      .filter(Boolean)
      .slice(-1),
  );
}

describe("docs/data-format.md: Names in code", () => {
  const doc = read("docs/data-format.md");
  const section = doc.split("## Names in code")[1]?.split("\n## ")[0] ?? "";
  const rows = section
    .split("\n")
    .filter((l) => l.startsWith("| `"))
    .map((l) => l.split("|").map((c) => c.trim()));

  it("lists the renamed fields", () => {
    expect(rows.map((r) => r[1])).toEqual(
      expect.arrayContaining(["`contact`", "`sessions[].speakers`", "`callForPapers.topics[].items`"]),
    );
  });

  it("names fields that exist in the file's schema and in the parsed model", () => {
    const schema = propertyNames(editionJsonSchema());
    const model = read("packages/types/src/model/types.ts");
    for (const [, file = "", code = ""] of rows) {
      for (const n of names(file)) expect(schema.has(n), `${n} (file) is a schema field`).toBe(true);
      for (const n of names(code))
        expect(model, `${n} (code) is a model field`).toMatch(new RegExp(`readonly ${n}\\b`));
    }
  });
});

describe("the editor modeline in docs/", () => {
  const docs = readdirSync(join(repo, "docs")).filter((f) => f.endsWith(".md"));
  const lines = docs.flatMap((f) =>
    [...read(`docs/${f}`).matchAll(/yaml-language-server: \$schema=(\S+)/g)].map((m) => ({ f, path: m[1] as string })),
  );

  it("is shown", () => {
    expect(lines.map((l) => l.f)).toEqual(expect.arrayContaining(["getting-started.md", "data-format.md"]));
  });

  it.each(lines)("$f: $path resolves from content/2025.yaml to the published schema", ({ path }) => {
    expect(posix.join("project/content", path)).toBe("project/node_modules/@workshop-kit/types/edition.schema.json");
    const manifest = JSON.parse(read("packages/types/package.json"));
    expect(manifest.exports["./edition.schema.json"]).toBe("./edition.schema.json");
    expect(manifest.files).toContain("edition.schema.json");
  });
});
