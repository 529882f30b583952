/**
 * The corpus of realistic editions (packages/types/test/corpus/*.yaml): invented but plausible ML workshops that
 * together use every field of the format. For tests in any package (they read from disk); Storybook can import the
 * same files with Vite's `?raw`. A file that does not validate fails loudly here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssues } from "../model/parse";
import type { Edition } from "../model/types";
import { parseEditionText } from "../yaml";

/** packages/types/test/corpus, from this file (a string path: jsdom replaces the global URL class). */
export const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../test/corpus");

/** The corpus files' names (`neurips-2025-efficient-reasoning.yaml`, …), sorted. */
export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
}

/** Every corpus edition, parsed, with its file name and its warnings (none expected). */
export function loadCorpus(): { readonly file: string; readonly edition: Edition; readonly warnings: string }[] {
  return corpusFiles().map((file) => {
    const r = parseEditionText(readFileSync(resolve(corpusDir, file), "utf8"));
    if (!r.ok) throw new Error(`${file} does not validate:\n${formatIssues(r.issues)}`);
    return { file, edition: r.edition, warnings: formatIssues(r.warnings) };
  });
}
