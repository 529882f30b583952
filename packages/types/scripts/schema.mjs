// Writes edition.schema.json (the JSON Schema of a content file) from the same valibot schema that validates.
// Run from packages/types: `npx tsx scripts/schema.mjs` to regenerate, `npx tsx scripts/schema.mjs --check` to
// fail when the committed file is stale. The file is committed so editors can use it straight from the repo
// (`# yaml-language-server: $schema=...`), and published with the package.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { editionJsonSchema } from "../src/json-schema.ts";

const file = fileURLToPath(new URL("../edition.schema.json", import.meta.url));
const text = `${JSON.stringify(editionJsonSchema(), null, 2)}\n`;

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {}
  if (current !== text) {
    process.stderr.write(
      "packages/types/edition.schema.json is stale; run: cd packages/types && npx tsx scripts/schema.mjs\n",
    );
    process.exit(1);
  }
  process.stdout.write("edition.schema.json is up to date\n");
} else {
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file}\n`);
}
