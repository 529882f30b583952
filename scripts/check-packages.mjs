#!/usr/bin/env node
// Package checks, as a consumer's tools would see the packages: publint (package.json ↔ files), attw ("are the
// types wrong?" under node10, node16 CJS/ESM and bundler resolution: the "strict" profile, no resolution ignored) on
// the `pnpm pack` tarball, and the RSC check of @workshop-kit/react's dist/. Any publint message (suggestions
// included) or attw problem fails. Needs a build.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
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
    const publint = run(pkg.dir, bin("publint"), ["--strict", "--pack", "pnpm"]);
    const clean = publint.ok && !/Suggestions:|Warnings:|Errors:/.test(publint.output);
    check(clean, `publint ${pkg.name}: ${clean ? "nothing to report" : "see above"}`);
    const excludes = pkg.name === "@workshop-kit/react" ? ["--exclude-entrypoints", "./styles.css"] : [];
    const attw = run(repoRoot, bin("attw"), [pkg.tarball, "--profile", "strict", ...excludes]);
    // attw exits 0 when a problem is only in an ignored resolution: read the table too, so nothing hides there.
    const quiet = attw.ok && !/\(ignored\)|💀/.test(attw.output);
    check(quiet, `attw ${pkg.name} (node10, node16 CJS/ESM, bundler): ${quiet ? "no problems" : "see above"}`);
  }
  console.log("\n── @workshop-kit/react dist/ (React Server Components boundaries)");
  check(run(repoRoot, "node", ["packages/react/scripts/check-dist.mjs"]).ok, "check-dist @workshop-kit/react");
} finally {
  rmSync(dir, { recursive: true, force: true });
  done();
}
