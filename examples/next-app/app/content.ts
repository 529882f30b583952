// Read at build time on the server: the ES-FoMo 2025 YAML, parsed with the published YAML entry point.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Edition } from "@workshop-kit/types";
import { parseEditionText } from "@workshop-kit/types/yaml";

export function loadEdition(): Edition {
  const file = join(process.cwd(), "../es-fomo/content/2025.yaml");
  const result = parseEditionText(readFileSync(file, "utf8"));
  if (!result.ok) {
    throw new Error(`${file} is invalid:\n${result.issues.map((i) => `${i.path}: ${i.message}`).join("\n")}`);
  }
  return result.edition;
}
