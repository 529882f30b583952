import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { editionJsonSchema } from "./json-schema";

// Paths from import.meta.url as a string: jsdom replaces the global URL class, which fileURLToPath rejects.
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const committedPath = resolve(packageDir, "edition.schema.json");
const REGENERATE =
  "packages/types/edition.schema.json is stale; regenerate it: cd packages/types && npx tsx scripts/schema.mjs";

describe("edition.schema.json", () => {
  it("is exactly what editionJsonSchema() generates (committed file is not stale)", () => {
    const committed = readFileSync(committedPath, "utf8");
    expect(committed, REGENERATE).toBe(`${JSON.stringify(editionJsonSchema(), null, 2)}\n`);
  });

  it("is a draft-07 schema that forbids unknown top-level fields and requires the essentials", () => {
    const schema = editionJsonSchema() as {
      $schema: string;
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["name", "shortName", "year", "timeZone", "dates"]);
    expect(Object.keys(schema.properties)).toContain("sessions");
  });

  it("is exported from the package and shipped in its files", () => {
    const pkg = JSON.parse(readFileSync(resolve(packageDir, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.exports["./edition.schema.json"]).toBe("./edition.schema.json");
    expect(pkg.files).toContain("edition.schema.json");
  });
});
