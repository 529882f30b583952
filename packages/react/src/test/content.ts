/**
 * The ES-FoMo content files, parsed, for unit tests (Node reads them from disk).
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Edition, formatIssues } from "@workshop-kit/types";
import { parseEditionText } from "@workshop-kit/types/yaml";

/** An ES-FoMo content file, parsed; throws with every issue if it does not validate. */
export function loadEdition(year: 2023 | 2024 | 2025): Edition {
  // Not `new URL(template, import.meta.url)`: Vite rewrites that pattern into an asset URL.
  const here = dirname(fileURLToPath(import.meta.url));
  const file = resolve(here, "../../../../examples/es-fomo/content", `${year}.yaml`);
  const r = parseEditionText(readFileSync(file, "utf8"));
  if (!r.ok) throw new Error(`${year}.yaml does not validate:\n${formatIssues(r.issues)}`);
  return r.edition;
}

/** Loaded on first use, so a test file that does not need the content does not read it. */
export const content = {
  get edition2025() {
    return loadEdition(2025);
  },
  get edition2024() {
    return loadEdition(2024);
  },
  get edition2023() {
    return loadEdition(2023);
  },
};
