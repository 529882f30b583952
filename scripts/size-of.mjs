#!/usr/bin/env node
// Size of named exports: min + gzip, React external, @workshop-kit/types bundled in, tree-shaken like an app's bundle.
//
//   node scripts/size-of.mjs ScheduleTable [SpeakerCard ...] [--first-load] [--own] [--dist]
//
// Names are exports of @workshop-kit/react; prefix one with `types:` for an export of @workshop-kit/types
// (`types:formatDate`), e.g. to weigh shared code alone as docs/size.md does.
// --first-load leaves out what is loaded by dynamic `import()` (the .ics writers, loaded on click), as the
//   "first load" rows of `pnpm size` do (the same plugin: scripts/dynamic-imports-external.cjs).
// --own lists the bytes each module adds to the output, largest first.
// --dist measures the built packages (packages/*/dist, after `pnpm build:packages`) instead of the TypeScript
//   sources; `pnpm size` (size-limit, on dist) is the gate, the sources are for the edit-measure loop.
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import dynamicImportsExternal from "./dynamic-imports-external.cjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// esbuild is not a root dependency; take the copy tsup builds with.
const require = createRequire(createRequire(import.meta.url).resolve("tsup"));
const { build } = require("esbuild");

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
if (names.length === 0) {
  console.error("usage: node scripts/size-of.mjs <Export | types:Export> [...] [--first-load] [--own] [--dist]");
  process.exit(2);
}
const react = names.filter((n) => !n.startsWith("types:"));
const types = names.filter((n) => n.startsWith("types:")).map((n) => n.slice("types:".length));
const dist = args.includes("--dist");
const r = await build({
  stdin: {
    contents: [
      react.length ? `export { ${react.join(", ")} } from "@workshop-kit/react";` : "",
      types.length ? `export { ${types.join(", ")} } from "@workshop-kit/types";` : "",
    ].join("\n"),
    resolveDir: root,
    loader: "js",
  },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  metafile: true,
  jsx: "automatic",
  external: ["react", "react-dom", "react/jsx-runtime"],
  alias: dist
    ? {
        "@workshop-kit/react": resolve(root, "packages/react/dist/index.js"),
        "@workshop-kit/types": resolve(root, "packages/types/dist/index.js"),
      }
    : {
        "@workshop-kit/react": resolve(root, "packages/react/src/index.ts"),
        "@workshop-kit/types": resolve(root, "packages/types/src/index.ts"),
      },
  logLevel: "error",
  plugins: args.includes("--first-load") ? [dynamicImportsExternal] : [],
});
const out = r.outputFiles[0].contents;
console.log(`${names.join(" + ")}: ${out.length} B min, ${gzipSync(out).length} B min+gzip`);
if (args.includes("--own")) {
  const inputs = Object.values(r.metafile.outputs)[0].inputs;
  for (const [file, { bytesInOutput }] of Object.entries(inputs).sort(
    (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
  )) {
    if (bytesInOutput > 0) console.log(`${String(bytesInOutput).padStart(7)}  ${file}`);
  }
}
