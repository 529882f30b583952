#!/usr/bin/env node
// Quick size of named exports straight from the TypeScript sources (no build): min + gzip, React external,
// @workshop-kit/types bundled in. Usage: node scripts/size-of.mjs ScheduleTable [SpeakerCard ...] [--own]
// --own also lists bytes per source module, largest first. --first-load leaves out what is loaded by dynamic
// `import()` (the .ics writers, loaded on click), as `pnpm size`'s "first load" rows do. `pnpm size` (built dist, size-limit) is the gate;
// this is for the edit-measure loop.
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import dynamicImportsExternal from "./dynamic-imports-external.cjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(createRequire(import.meta.url).resolve("tsup"));
const { build } = require("esbuild");

const names = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (names.length === 0) {
  console.error("usage: node scripts/size-of.mjs <Export> [...] [--own] [--first-load]");
  process.exit(2);
}
const r = await build({
  stdin: {
    contents: `export { ${names.join(", ")} } from "@workshop-kit/react";`,
    resolveDir: root,
    loader: "js",
  },
  bundle: true,
  minify: true,
  format: "esm",
  write: false,
  metafile: true,
  jsx: "automatic",
  external: ["react", "react-dom", "react/jsx-runtime"],
  alias: {
    "@workshop-kit/react": resolve(root, "packages/react/src/index.ts"),
    "@workshop-kit/types": resolve(root, "packages/types/src/index.ts"),
  },
  logLevel: "error",
  plugins: process.argv.includes("--first-load") ? [dynamicImportsExternal] : [],
});
const out = r.outputFiles[0].contents;
console.log(`${names.join(" + ")}: ${out.length} B min, ${gzipSync(out).length} B min+gzip`);
if (process.argv.includes("--own")) {
  const inputs = Object.values(r.metafile.outputs)[0].inputs;
  for (const [file, { bytesInOutput }] of Object.entries(inputs).sort(
    (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
  )) {
    if (bytesInOutput > 0) console.log(`${String(bytesInOutput).padStart(7)}  ${file}`);
  }
}
