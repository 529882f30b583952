#!/usr/bin/env node
// Pack the publishable packages with `pnpm pack` (which rewrites `workspace:*` to real versions), exactly what
// `npm publish` would upload. Usage: node scripts/pack-packages.mjs <dest-dir>. Packages must be built first.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// The two libraries, the `workshop-kit` command (packages/cli) and the starter (`npm create workshop-kit`).
export const PACKAGES = ["packages/types", "packages/react", "packages/cli", "packages/create-workshop-kit"];

/** @returns {{ name: string, version: string, dir: string, tarball: string }[]} */
export function packPackages(dest) {
  const out = resolve(dest);
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (f.endsWith(".tgz")) rmSync(join(out, f));
  return PACKAGES.map((rel) => {
    const dir = join(repoRoot, rel);
    const { name, version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const before = new Set(readdirSync(out));
    execFileSync("pnpm", ["pack", "--pack-destination", out], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
    const tarball = readdirSync(out).find((f) => f.endsWith(".tgz") && !before.has(f));
    if (!tarball) throw new Error(`pnpm pack produced no tarball for ${name}`);
    return { name, version, dir, tarball: join(out, tarball) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dest = process.argv[2];
  if (!dest) {
    console.error("usage: node scripts/pack-packages.mjs <dest-dir>");
    process.exit(2);
  }
  for (const p of packPackages(dest)) console.log(`${p.name}@${p.version} → ${p.tarball}`);
}
