/**
 * The ES-FoMo content files for the types package's own tests (read from disk, parsed, must validate).
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssues, type ParseResult } from "../model/parse";
import type { Edition } from "../model/types";
import { parseEditionText } from "../yaml";

/** examples/es-fomo/content, from this file (a string path: jsdom replaces the global URL class). */
export const contentDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../examples/es-fomo/content");

export function contentText(year: 2023 | 2024 | 2025): string {
  return readFileSync(resolve(contentDir, `${year}.yaml`), "utf8");
}

export function parseContent(year: 2023 | 2024 | 2025): ParseResult {
  return parseEditionText(contentText(year));
}

export function loadEdition(year: 2023 | 2024 | 2025): Edition {
  const r = parseContent(year);
  if (!r.ok) throw new Error(`${year}.yaml does not validate:\n${formatIssues(r.issues)}`);
  return r.edition;
}
