/** Test helpers: read the interop fixtures and the ES-FoMo content files. Not exported from the package. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssues, parseEdition } from "../model/parse";
import type { Edition } from "../model/types";
import { parseEditionText } from "../yaml";
import type { ImportResult } from "./shared";

const here = dirname(fileURLToPath(import.meta.url));

export function fixturePath(name: string): string {
  return resolve(here, "../../test/interop", name);
}

export function fixture(name: string): string {
  return readFileSync(fixturePath(name), "utf8");
}

export function contentPath(year: 2023 | 2024 | 2025): string {
  return resolve(here, "../../../../examples/es-fomo/content", `${year}.yaml`);
}

export function esFomo(year: 2023 | 2024 | 2025): Edition {
  const r = parseEditionText(readFileSync(contentPath(year), "utf8"));
  if (!r.ok) throw new Error(formatIssues(r.issues));
  return r.edition;
}

/** Validate an import result, failing with the issues when it does not parse. */
export function valid(result: ImportResult): Edition {
  const r = parseEdition(result.edition);
  if (!r.ok) throw new Error(formatIssues(r.issues));
  return r.edition;
}
