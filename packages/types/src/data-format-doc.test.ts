/**
 * docs/data-format.md must mention every field of the JSON Schema as `name`, so the guide cannot drift from the
 * schema: add a field to the valibot schema and this test names what the doc is missing.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { editionJsonSchema } from "./json-schema";

const doc = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../../../docs/data-format.md"), "utf8");

/** Every key of every `properties` object, anywhere in the schema. */
function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) propertyNames(item, out);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && value && typeof value === "object") {
        for (const name of Object.keys(value)) out.add(name);
      }
      propertyNames(value, out);
    }
  }
  return out;
}

describe("docs/data-format.md", () => {
  const names = [...propertyNames(editionJsonSchema())].sort();

  it("finds the schema's fields (the walk itself works)", () => {
    expect(names.length).toBeGreaterThan(80);
    expect(names).toEqual(expect.arrayContaining(["timeZone", "sessions", "pageLimit", "reason", "acceptedPapers"]));
  });

  it("mentions every field of the JSON Schema as `name`", () => {
    const missing = names.filter((n) => !doc.includes(`\`${n}\``));
    expect(missing, `add these fields to docs/data-format.md: ${missing.join(", ")}`).toEqual([]);
  });

  it("lists every session kind, person role and deadline kind", () => {
    const schema = JSON.stringify(editionJsonSchema());
    const enums = [...schema.matchAll(/"enum":\[([^\]]*)\]/g)].flatMap((m) => JSON.parse(`[${m[1]}]`) as string[]);
    expect(enums.length).toBeGreaterThan(20);
    const missing = [...new Set(enums)].filter((v) => !doc.includes(`\`${v}\``));
    expect(missing, `add these values to docs/data-format.md: ${missing.join(", ")}`).toEqual([]);
  });
});
