#!/usr/bin/env node
// Builds the plain-HTML fixture into dist/ exactly as an organiser would, with the real command line:
//   workshop-kit render <component> content.yaml --out fragments/<component>.html [flags]
// then pastes each fragment where page.html says <!--#fragment NAME -->, and copies the script and stylesheet
// (render --script / --css) next to the page. Needs the packages built (pnpm build:packages).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, "../../../packages/cli/bin/workshop-kit.mjs");
const content = resolve(here, "../../es-fomo/content/2025.yaml");

/** The fragments of the page and their flags: every kind of option once. */
export const FRAGMENTS = {
  zone: [],
  countdown: ["--deadline", "submission"],
  dates: ["--id", "dates", "--heading-level", "2"],
  schedule: [
    "--speaker-href",
    "#speaker-{id}",
    "--caption",
    "Programme (Friday 18 July 2025)",
    "--favourites",
    "--search",
  ],
  speakers: ["--roles", "keynote,invited-speaker", "--id-prefix", "speaker-"],
  details: [],
  papers: ["--id-prefix", "papers-", "--heading-level", "3"],
  cfp: ["--id", "call", "--heading-level", "2", "--id-prefix", "call-", "--sections", "intro,topics,formats,dates"],
};

export function build(out = resolve(here, "../dist")) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [name, flags] of Object.entries(FRAGMENTS)) {
    const extra =
      name === "zone" ? ["--script", resolve(out, "assets"), "--css", resolve(out, "assets/workshop-kit.css")] : [];
    execFileSync(
      process.execPath,
      [bin, "render", name, content, "--out", resolve(out, `fragments/${name}.html`), ...flags, ...extra],
      {
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
  }
  const page = readFileSync(resolve(here, "../page.html"), "utf8").replace(/<!--#fragment (\w+) -->/g, (_, name) =>
    readFileSync(resolve(out, `fragments/${name}.html`), "utf8").trim(),
  );
  writeFileSync(resolve(out, "index.html"), page);
  copyFileSync(resolve(here, "../site.css"), resolve(out, "site.css"));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`built ${build()}`);
