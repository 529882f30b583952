// A fresh consumer project from the packed tarballs: what `npm publish` would ship is what gets installed.
//
// prepareConsumer({ app, files }) packs @workshop-kit/types and @workshop-kit/react into <app>/.packs/ (gitignored),
// copies the app's files to a temporary directory OUTSIDE the workspace, writes a package.json whose
// @workshop-kit/* dependencies are `file:` tarballs (the rest: the app's own pinned versions), and runs
// `npm install` there. npm, not pnpm: a flat node_modules like most consumers have, no workspace links, and the
// workspace lockfile is never touched. `--prefer-offline` serves everything from npm's cache when it is warm,
// so after one online run this works offline. Set KEEP_CONSUMER=1 to keep the directory for inspection.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { packPackages, repoRoot } from "./pack-packages.mjs";

export function createChecker(label) {
  let passed = 0;
  let failed = 0;
  return {
    check(ok, what) {
      if (ok) {
        passed += 1;
        console.log(`  ✓ ${what}`);
      } else {
        failed += 1;
        console.error(`  ✗ ${what}`);
      }
      return ok;
    },
    done() {
      console.log(`${label}: ${passed} passed, ${failed} failed`);
      process.exitCode = failed ? 1 : 0;
    },
  };
}

/** Run a command in `cwd`, streaming its output; returns { ok, output }. */
export function run(cwd, cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  if (output.trim()) process.stdout.write(output.replace(/^npm warn Unknown user config "nodedir".*\n/gm, ""));
  return { ok: r.status === 0, output };
}

/**
 * @param {{ app: string, files: string[], extra?: Record<string, string>, devDependencies?: Record<string, string> }} options
 *   app: the example directory (relative to the repo root); files: what to copy from it;
 *   extra: more files to copy, destination → source (both relative: to the consumer / to the repo root);
 *   devDependencies: more pinned dev dependencies for the consumer only (not in the example's package.json, so
 *   the workspace's lockfile does not install them).
 */
export function prepareConsumer({ app, files, extra = {}, devDependencies = {} }) {
  const appDir = join(repoRoot, app);
  const t0 = Date.now();
  const packs = packPackages(join(appDir, ".packs"));
  const dir = mkdtempSync(join(tmpdir(), `workshop-kit-${basename(app)}-`));
  for (const f of files) cpSync(join(appDir, f), join(dir, f), { recursive: true });
  for (const [to, from] of Object.entries(extra)) cpSync(join(repoRoot, from), join(dir, to), { recursive: true });

  const pkg = JSON.parse(readFileSync(join(appDir, "package.json"), "utf8"));
  const tarballs = Object.fromEntries(packs.map((p) => [p.name, `file:${p.tarball}`]));
  const manifest = {
    name: `workshop-kit-consumer-${basename(app)}`,
    private: true,
    type: "module",
    dependencies: { ...pkg.dependencies, ...tarballs },
    devDependencies: { ...pkg.devDependencies, ...devDependencies },
    // @workshop-kit/react depends on @workshop-kit/types@<version>: take it from the tarball, never the registry.
    overrides: { "@workshop-kit/types": "$@workshop-kit/types" },
  };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`consumer: packed ${packs.map((p) => basename(p.tarball)).join(", ")} → ${dir}`);
  execFileSync(
    "npm",
    ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", "--ignore-scripts"],
    { cwd: dir, stdio: ["ignore", "inherit", "inherit"] },
  );
  console.log(`consumer: pack + npm install ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return {
    dir,
    packs,
    cleanup() {
      if (process.env.KEEP_CONSUMER) console.log(`consumer: kept ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    },
  };
}
