#!/usr/bin/env node
// Package checks, as a consumer's tools would see the packages: publint (package.json ↔ files), attw ("are the
// types wrong?" under node10, node16 CJS/ESM and bundler resolution: the "strict" profile, no resolution ignored) on
// the `pnpm pack` tarball, and the RSC check of @workshop-kit/react's dist/. Any publint message (suggestions
// included) or attw problem fails. Needs a build.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { createChecker, run } from "./consumer.mjs";
import { packPackages, repoRoot } from "./pack-packages.mjs";

const { check, done } = createChecker("check:packages");
const bin = (name) => join(repoRoot, "node_modules/.bin", name);
const dir = mkdtempSync(join(tmpdir(), "workshop-kit-packs-"));
try {
  const packs = packPackages(dir);
  for (const pkg of packs) {
    const rel = relative(repoRoot, pkg.dir);
    console.log(`\n── ${pkg.name}@${pkg.version} (${rel})`);
    // What npm would publish: built files only — no sources, tests, stories, fixtures or source maps.
    const listed = execFileSync("tar", ["tzf", pkg.tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
    const stray = listed.filter((f) =>
      /\.(test|spec|stories|bench)\.|(^|\/)(src|test|tests|fixtures?|__fixtures__|stories)\/|\.map$|\.tsbuildinfo$/.test(
        f.replace(/^package\//, ""),
      ),
    );
    check(
      stray.length === 0,
      `${pkg.name} tarball: ${listed.length} files, no tests, stories, fixtures, sources or maps${stray.length ? `: ${stray.join(", ")}` : ""}`,
    );
    // The npm page shows the README; the license text must travel with the code.
    const missing = ["package/README.md", "package/LICENSE"].filter((f) => !listed.includes(f));
    check(
      missing.length === 0,
      `${pkg.name} tarball: README.md and LICENSE${missing.length ? ` missing: ${missing}` : ""}`,
    );
    const publint = run(pkg.dir, bin("publint"), ["--strict", "--pack", "pnpm"]);
    const clean = publint.ok && !/Suggestions:|Warnings:|Errors:/.test(publint.output);
    check(clean, `publint ${pkg.name}: ${clean ? "nothing to report" : "see above"}`);
    const excludes = pkg.name === "@workshop-kit/react" ? ["--exclude-entrypoints", "./styles.css"] : [];
    const attw = run(repoRoot, bin("attw"), [pkg.tarball, "--profile", "strict", ...excludes]);
    // attw exits 0 when a problem is only in an ignored resolution: read the table too, so nothing hides there.
    const quiet = attw.ok && !/\(ignored\)|💀/.test(attw.output);
    check(quiet, `attw ${pkg.name} (node10, node16 CJS/ESM, bundler): ${quiet ? "no problems" : "see above"}`);
    // The built entries export what the sources do (index.test.ts guards those names): the CJS twin of each ESM
    // entry has the same runtime names, none undefined.
    const manifest = JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8"));
    const require = createRequire(join(pkg.dir, "package.json"));
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (typeof target === "string") continue;
      const esm = await import(pathToFileURL(join(pkg.dir, target.import.default)).href);
      const cjs = require(join(pkg.dir, target.require.default));
      const names = (m) => Object.keys(m).sort().join(", ");
      const same = names(esm) === names(cjs) && Object.values(cjs).every((v) => v !== undefined);
      check(
        same && Object.keys(esm).length > 0,
        `${pkg.name}${subpath.slice(1)}: ESM and CJS builds export the same ${Object.keys(esm).length} names` +
          (same ? "" : `\n      ESM: ${names(esm)}\n      CJS: ${names(cjs)}`),
      );
    }
  }
  console.log("\n── @workshop-kit/react dist/ (React Server Components boundaries)");
  check(run(repoRoot, "node", ["packages/react/scripts/check-dist.mjs"]).ok, "check-dist @workshop-kit/react");
} finally {
  rmSync(dir, { recursive: true, force: true });
  done();
}
