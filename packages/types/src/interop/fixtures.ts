/** Test helpers: read the interop fixtures and the ES-FoMo content files. Not exported from the package. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { assertEdition } from "../model/parse";
import type { Edition } from "../model/types";
import { contentDir, loadEdition } from "../test/content";
import type { ImportResult } from "./shared";

const here = dirname(fileURLToPath(import.meta.url));

export function fixturePath(name: string): string {
  return resolve(here, "../../test/interop", name);
}

export function fixture(name: string): string {
  return readFileSync(fixturePath(name), "utf8");
}

export function contentPath(year: 2023 | 2024 | 2025): string {
  return resolve(contentDir, `${year}.yaml`);
}

/** An ES-FoMo content file, parsed (the same loader as the rest of the package's tests). */
export const esFomo = loadEdition;

/** Validate an import result, failing with the issues when it does not parse. */
export function valid(result: ImportResult): Edition {
  return assertEdition(result.edition);
}
