#!/usr/bin/env node
// What a size budget pays for: bundles `import { <names> } from packages/react/dist/index.js` like size-limit does
// (esbuild, minified, React external) and lists each module's minified bytes, largest first, with the gzip total.
// Usage: node scripts/size-why.mjs ScheduleTable [OtherExport ...]   (after a build)
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { repoRoot } from "./pack-packages.mjs";

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error("usage: node scripts/size-why.mjs <Export> [<Export> ...]");
  process.exit(2);
}
// esbuild is not a root dependency; take the copy tsup builds with.
const esbuild = createRequire(createRequire(join(repoRoot, "package.json")).resolve("tsup"))("esbuild");
const result = await esbuild.build({
  stdin: {
    contents: `export { ${names.join(", ")} } from "./packages/react/dist/index.js";`,
    resolveDir: repoRoot,
    loader: "js",
  },
  bundle: true,
  minify: true,
  write: false,
  metafile: true,
  format: "esm",
  platform: "browser",
  external: ["react", "react-dom", "react/jsx-runtime"],
  logLevel: "error",
});
const [output] = Object.values(result.metafile.outputs);
const rows = Object.entries(output.inputs)
  .filter(([, v]) => v.bytesInOutput > 0)
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
for (const [file, v] of rows)
  console.log(
    `${String(v.bytesInOutput).padStart(7)} B  ${file.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, "")}`,
  );
const code = result.outputFiles[0].contents;
console.log(`${names.join(" + ")}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B gzip`);
