#!/usr/bin/env node
// Package checks, as a consumer's tools would see the packages: publint (package.json ↔ files), attw ("are the
// types wrong?" under node10, node16 CJS/ESM and bundler resolution: the "strict" profile, no resolution ignored) on
// the `pnpm pack` tarball, and the RSC check of @workshop-kit/react's dist/. Any publint message (suggestions
// included) or attw problem fails. Needs a build.
// The ESM-only packages are held to what they promise instead: `workshop-kit` (packages/cli) with attw's "esm-only"
// profile (node16 ESM and bundler; its browser script and stylesheet are files for <script>/<link>, not typed
// modules); `create-workshop-kit` has no importable entry at all (a bin and the template it copies), so its
// tarball must hold every file of the template and the files its bin imports, and no tests. Every package with a
// `bin` ships each bin file with a node shebang.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { createChecker, run } from "./consumer.mjs";
import { packPackages, repoRoot } from "./pack-packages.mjs";

const { check, done } = createChecker("check:packages");
const STRAY =
  /\.(test|spec|stories|bench)\.|(^|\/)(src|test|tests|fixtures?|__fixtures__|stories)\/|\.map$|\.tsbuildinfo$/;
const SHIPPED_SOURCE_STRAY =
  /\.(test|spec|stories|bench)\.|(^|\/)(test|tests|fixtures?|__fixtures__|stories)\/|\.map$|\.tsbuildinfo$/;
/** Entries that are files for <link>/<script>, not modules with types: attw does not judge them. */
const FILE_ENTRIES = { "@workshop-kit/react": ["./styles.css"], "workshop-kit": ["./workshop-kit.js", "./styles.css"] };
/**
 * The exports map with each subpath pattern ("./messages/*") replaced by the entries it matches in the package
 * (one per file its `import` target pattern finds), so every real entry is imported and compared.
 */
function expandPatterns(pkgDir, exportsMap) {
  return Object.entries(exportsMap).flatMap(([subpath, target]) => {
    if (!subpath.includes("*") || typeof target === "string") return [[subpath, target]];
    const pattern = target.import?.default ?? target.default;
    const [before, after] = pattern.split("*");
    const folder = before.endsWith("/") ? before : dirname(before);
    const prefix = before.endsWith("/") ? "" : basename(before);
    const names = readdirSync(join(pkgDir, folder))
      .filter((f) => f.startsWith(prefix) && `./${join(folder, f)}`.endsWith(after))
      .map((f) => `./${join(folder, f)}`.slice(before.length, -after.length));
    const fill = (value, name) =>
      typeof value === "string"
        ? value.replace("*", name)
        : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, name)]));
    return names.map((name) => [subpath.replace("*", name), fill(target, name)]);
  });
}
const bin = (name) => join(repoRoot, "node_modules/.bin", name);
const dir = mkdtempSync(join(tmpdir(), "workshop-kit-packs-"));
try {
  const packs = packPackages(dir);
  for (const pkg of packs) {
    const rel = relative(repoRoot, pkg.dir);
    console.log(`\n── ${pkg.name}@${pkg.version} (${rel})`);
    // What npm would publish: built files only — no sources, tests, stories, fixtures or source maps.
    // The starter's product is source (its own plain-Node script and the template it copies), so src/ is allowed there.
    const listed = execFileSync("tar", ["tzf", pkg.tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
    const shipsSource = pkg.name === "create-workshop-kit";
    const stray = listed.filter((f) => (shipsSource ? SHIPPED_SOURCE_STRAY : STRAY).test(f.replace(/^package\//, "")));
    check(
      stray.length === 0,
      `${pkg.name} tarball: ${listed.length} files, no tests, stories, fixtures${shipsSource ? "" : ", sources"} or maps${stray.length ? `: ${stray.join(", ")}` : ""}`,
    );
    const manifest = JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8"));
    for (const [command, file] of Object.entries(manifest.bin ?? {})) {
      const inPack = listed.includes(`package/${file.replace(/^\.\//, "")}`);
      const shebang = readFileSync(join(pkg.dir, file), "utf8").startsWith("#!/usr/bin/env node\n");
      check(
        inPack && shebang,
        `${pkg.name} bin ${command}: ${file} ${inPack ? "packed" : "NOT packed"}, ${shebang ? "with" : "WITHOUT"} a node shebang`,
      );
    }
    if (shipsSource) {
      // Every template file git tracks (the GitHub Pages workflow and _gitignore included) and what the bin imports.
      const template = execFileSync("git", ["ls-files", "template", "bin", "src/create.mjs"], {
        cwd: pkg.dir,
        encoding: "utf8",
      })
        .split("\n")
        .filter(Boolean);
      const absent = template.filter((f) => !listed.includes(`package/${f}`));
      check(
        absent.length === 0 && template.some((f) => f.startsWith("template/")),
        `${pkg.name} tarball: the whole template and the bin's code (${template.length} files)${absent.length ? `; missing: ${absent.join(", ")}` : ""}`,
      );
    }
    // The npm page shows the README; the license text must travel with the code.
    const missing = ["package/README.md", "package/LICENSE"].filter((f) => !listed.includes(f));
    check(
      missing.length === 0,
      `${pkg.name} tarball: README.md and LICENSE${missing.length ? ` missing: ${missing}` : ""}`,
    );
    const publint = run(pkg.dir, bin("publint"), ["--strict", "--pack", "pnpm"]);
    const clean = publint.ok && !/Suggestions:|Warnings:|Errors:/.test(publint.output);
    check(clean, `publint ${pkg.name}: ${clean ? "nothing to report" : "see above"}`);
    if (manifest.exports) {
      const esmOnly = Object.values(manifest.exports).every((t) => typeof t === "string" || !t.require);
      const excludes = FILE_ENTRIES[pkg.name] ?? [];
      const attw = run(repoRoot, bin("attw"), [
        pkg.tarball,
        "--profile",
        esmOnly ? "esm-only" : "strict",
        ...(excludes.length ? ["--exclude-entrypoints", ...excludes] : []),
      ]);
      // attw exits 0 when a problem is only in an ignored resolution: read the table too, so nothing hides there
      // (the esm-only profile ignores node10 and node16 CJS on purpose: only its own resolutions' rows count).
      const rows = esmOnly ? attw.output.split("\n").filter((l) => !/\(ignored\)/.test(l)) : [attw.output];
      const quiet = attw.ok && !rows.some((l) => /\(ignored\)|💀/.test(l));
      check(
        quiet,
        `attw ${pkg.name} (${esmOnly ? "ESM only: node16 ESM, bundler" : "node10, node16 CJS/ESM, bundler"}): ${quiet ? "no problems" : "see above"}`,
      );
    }
    // The built entries export what the sources do (index.test.ts guards those names): the CJS twin of each ESM
    // entry has the same runtime names, none undefined; an ESM-only entry imports and exports something.
    const require = createRequire(join(pkg.dir, "package.json"));
    for (const [subpath, target] of expandPatterns(pkg.dir, manifest.exports ?? {})) {
      if (typeof target === "string") continue;
      if (!target.require) {
        const esm = await import(pathToFileURL(join(pkg.dir, target.default)).href);
        const n = Object.values(esm).filter((v) => v !== undefined).length;
        check(n > 0, `${pkg.name}${subpath.slice(1)}: the ESM-only entry imports and exports ${n} names`);
        continue;
      }
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
