/**
 * The ES-FoMo content files for these tests. (`test/content.ts` builds its path from `import.meta.url`,
 * which is not a file URL under jsdom; read from the repository root, where Vitest runs, instead.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Edition, formatIssues } from "@workshop-kit/types";
import { parseEditionText } from "@workshop-kit/types/yaml";

export function loadEdition(year: 2023 | 2024 | 2025): Edition {
  const r = parseEditionText(readFileSync(join(process.cwd(), `examples/es-fomo/content/${year}.yaml`), "utf8"));
  if (!r.ok) throw new Error(`${year}.yaml does not validate:\n${formatIssues(r.issues)}`);
  return r.edition;
}
