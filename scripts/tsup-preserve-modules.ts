/**
 * tsup "preserve modules" for this repo's packages: one output module per source module, no chunks.
 *
 * Why: a bundled entry loses a module-level `'use client'`, and shared chunks let server code reach a client
 * component's code without passing the file that carries the directive (TOOLCHAIN.md). Chunks also defeat
 * tree-shaking: with `sideEffects: false` a bundler drops whole unused modules, but a chunk that mixes a formatter
 * with a validation schema (top-level calls) is kept whole.
 *
 * How: every module reachable from the package's entries (through value imports) is its own tsup entry; bundling
 * stays on only so esbuild resolves imports, and every relative import is marked external and rewritten to the
 * importer-relative path of the dependency's output file (`./clock/clock` → `./clock/clock.js` / `.cjs`).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/** Resolve a relative specifier to its source file (`./x` → `./x.ts`, `./x.tsx` or `./x/index.ts`). */
export function sourceFile(fromDir: string, specifier: string): string | undefined {
  const base = resolve(fromDir, specifier);
  return [".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((f) => existsSync(f));
}

/**
 * Output names (without extension, relative to outDir) of every module reachable from `entries`.
 * `entries` maps an output name to a source file (e.g. `{ interop: "src/interop/index.ts" }`); other modules keep
 * their path under `srcDir`. Tests, fixtures and stories nobody imports are not built.
 */
export function preserveModulesEntries(packageDir: string, entries: Record<string, string>): Record<string, string> {
  const srcDir = resolve(packageDir, "src");
  const names = new Map<string, string>();
  for (const [name, file] of Object.entries(entries)) names.set(resolve(packageDir, file), name);
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    const code = readFileSync(file, "utf8");
    // Static imports/re-exports, and dynamic `import("./x")` (lazy modules, e.g. the calendar code loaded on click).
    const specifiers = [
      ...code.matchAll(/\b(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g),
      ...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g),
    ];
    for (const m of specifiers) {
      const dep = sourceFile(dirname(file), m[1] as string);
      if (dep) visit(dep);
    }
  };
  for (const file of names.keys()) visit(file);
  const result: Record<string, string> = {};
  for (const file of [...found].sort()) {
    const name = names.get(file) ?? relative(srcDir, file).replace(/\.tsx?$/, "");
    result[name] = relative(packageDir, file);
  }
  return result;
}

/** Keep each relative import an import of the dependency's own output file. */
export function preserveModulesPlugin(
  packageDir: string,
  entry: Record<string, string>,
  outExtension: ".js" | ".cjs",
): Plugin {
  const outName = new Map<string, string>();
  for (const [name, file] of Object.entries(entry)) outName.set(resolve(packageDir, file), name);
  return {
    name: "preserve-modules",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === "entry-point") return undefined;
        const file = sourceFile(args.resolveDir, args.path);
        const from = outName.get(args.importer);
        const to = file && outName.get(file);
        if (!from || !to) return undefined; // not a library module (esbuild reports or bundles it)
        let path = relative(dirname(from), to) + outExtension;
        if (!path.startsWith(".")) path = `./${path}`;
        return { path: path.split("\\").join("/"), external: true };
      });
    },
  };
}

/** ESM (`.js`) and CJS (`.cjs`) builds of `entries` with preserved modules; `.d.ts`/`.d.cts` for the public entries. */
export function preserveModulesConfig(
  packageDir: string,
  entries: Record<string, string>,
  options: Options = {},
): Options[] {
  const entry = preserveModulesEntries(packageDir, entries);
  const shared: Options = {
    entry,
    outDir: "dist",
    bundle: true,
    splitting: false,
    treeshake: false, // tsup's Rollup tree-shaking pass drops directives
    sourcemap: false,
    target: "es2022",
    dts: { entry: entries },
    ...options,
  };
  return [
    {
      ...shared,
      format: "esm",
      clean: true,
      outExtension: () => ({ js: ".js" }),
      esbuildPlugins: [preserveModulesPlugin(packageDir, entry, ".js")],
    },
    {
      ...shared,
      format: "cjs",
      clean: false,
      outExtension: () => ({ js: ".cjs" }),
      esbuildPlugins: [preserveModulesPlugin(packageDir, entry, ".cjs")],
    },
  ];
}
