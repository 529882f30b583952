/**
 * The ES-FoMo content files, parsed, for unit tests (Node reads them from disk).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Edition, formatIssues } from "@workshop-kit/types";
import { parseEditionText } from "@workshop-kit/types/yaml";

function load(year: 2023 | 2024 | 2025): Edition {
  const file = fileURLToPath(new URL(`../../../../examples/es-fomo/content/${year}.yaml`, import.meta.url));
  const r = parseEditionText(readFileSync(file, "utf8"));
  if (!r.ok) throw new Error(`${year}.yaml does not validate:\n${formatIssues(r.issues)}`);
  return r.edition;
}

/** Loaded on first use, so a test file that does not need the content does not read it. */
export const content = {
  get edition2025() {
    return load(2025);
  },
  get edition2024() {
    return load(2024);
  },
  get edition2023() {
    return load(2023);
  },
};
