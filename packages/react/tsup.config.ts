/**
 * Build of @workshop-kit/react: one output module per source module, so React Server Components directives
 * survive. A bundled entry loses a module-level `'use client'`, and shared chunks let server code import a client
 * component's code without passing the directive's file (TOOLCHAIN.md). Here every source file is its own entry,
 * bundling is on only to resolve imports, and every relative import is left external, rewritten to the sibling
 * output file (`./clock/clock` → `./clock/clock.js` or `.cjs`). No chunks, no merged modules: `dist/<path>.js`
 * is `src/<path>.tsx` with the directive on line 1. `scripts/check-dist.mjs` checks the result after the build.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

const srcDir = resolve(import.meta.dirname, "src");

/** Every library source module: not tests, stories, test helpers or CSS. */
function sourceModules(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "test" && name !== "__tests__") found.push(...sourceModules(path));
    } else if (/\.tsx?$/.test(name) && !/\.(test|spec|stories)\.tsx?$/.test(name) && !name.endsWith(".d.ts")) {
      found.push(path);
    }
  }
  return found.sort();
}

/** Keep relative imports as imports of the sibling output file instead of inlining them. */
const keepModulesSeparate = (outExtension: string): NonNullable<Options["esbuildPlugins"]>[number] => ({
  name: "keep-modules-separate",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === "entry-point") return undefined;
      const base = resolve(args.resolveDir, args.path);
      const file = [".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((f) => existsSync(f));
      if (!file) return undefined; // let esbuild report it
      let target = relative(args.resolveDir, file).replace(/\.tsx?$/, outExtension);
      if (!target.startsWith(".")) target = `./${target}`;
      return { path: target.split("\\").join("/"), external: true };
    });
  },
});

const entry = sourceModules(srcDir);
const shared: Options = {
  entry,
  outDir: "dist",
  bundle: true,
  splitting: false,
  treeshake: false, // tsup's Rollup tree-shaking pass drops directives
  sourcemap: false,
  target: "es2022",
  platform: "neutral",
  external: ["react", "react-dom", "react/jsx-runtime", "@workshop-kit/types", "clsx"],
  esbuildOptions(options) {
    options.jsx = "automatic";
    options.outbase = srcDir;
  },
};

export default defineConfig([
  {
    ...shared,
    format: "esm",
    clean: true,
    dts: { entry: { index: "src/index.ts" } },
    outExtension: () => ({ js: ".js" }),
    esbuildPlugins: [keepModulesSeparate(".js")],
  },
  {
    ...shared,
    format: "cjs",
    clean: false,
    dts: { entry: { index: "src/index.ts" } },
    outExtension: () => ({ js: ".cjs" }),
    esbuildPlugins: [keepModulesSeparate(".cjs")],
  },
]);
