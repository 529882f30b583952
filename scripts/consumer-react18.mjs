#!/usr/bin/env node
// React 18 consumer: npm-installs react@18.3.1 + react-dom@18.3.1 with the packed tarballs (npm refuses a peer
// range that excludes 18) and runs examples/react18/scripts/ssr-hydrate.mjs there: server render + hydration of every
// export, reader in Pacific/Auckland. Then type-checks examples/react18/src/types-check.tsx against the published
// .d.ts with @types/react 18 (skipLibCheck off: an error in any .d.ts our types load fails) under moduleResolution
// bundler, node16 and node10.
// Packages must be built first (`pnpm build:packages`).
import { spawnSync } from "node:child_process";
import { prepareConsumer, run } from "./consumer.mjs";

// React 18's types, for the consumer only: in examples/react18/package.json they would be installed into the
// workspace too, beside React 19's.
const TYPES = { "@types/react": "18.3.8", "@types/react-dom": "18.3.7", typescript: "5.9.3" };
/** moduleResolution, module, extra flags (a CommonJS consumer compiles import syntax: verbatimModuleSyntax off). */
const RESOLUTIONS = [
  ["bundler", "ESNext", []],
  ["node16", "Node16", []],
  ["node10", "CommonJS", ["--verbatimModuleSyntax", "false"]],
];
const consumer = prepareConsumer({
  app: "examples/react18",
  files: ["scripts", "src", "tsconfig.json"],
  extra: {
    "content.yaml": "examples/es-fomo/content/2025.yaml",
    // A three-day programme, for what only shows with several days (ScheduleJumpList).
    "three-days.yaml": "packages/types/test/corpus/emnlp-2025-three-day-summit.yaml",
  },
  devDependencies: TYPES,
});
let passed = 0;
let failed = 0;
try {
  const r = spawnSync("node", ["scripts/ssr-hydrate.mjs"], {
    cwd: consumer.dir,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    env: { ...process.env, TZ: "Pacific/Auckland" },
  });
  process.stdout.write(r.stdout ?? "");
  const m = /^react18: (\d+) passed, (\d+) failed$/m.exec(r.stdout ?? "");
  passed += m ? Number(m[1]) : 0;
  failed += m ? Number(m[2]) : 1;
  if (r.status !== 0 && failed === 0) failed = 1;

  const types = JSON.parse(
    spawnSync("node", ["-p", "JSON.stringify(require('@types/react/package.json').version)"], {
      cwd: consumer.dir,
      encoding: "utf8",
    }).stdout,
  );
  console.log(`react18: type-checking src/types-check.tsx with @types/react ${types}`);
  for (const [resolution, module, flags] of RESOLUTIONS) {
    const args = ["--no-install", "tsc", "-p", ".", "--module", module, "--moduleResolution", resolution, ...flags];
    const tsc = run(consumer.dir, "npx", args);
    // Every error fails, in node_modules too (skipLibCheck is off): our .d.ts must not pull in broken ones.
    const ok = tsc.ok && types.startsWith("18.");
    console[ok ? "log" : "error"](`  ${ok ? "✓" : "✗"} tsc, moduleResolution ${resolution}: the published types check`);
    if (ok) passed += 1;
    else failed += 1;
  }
} finally {
  consumer.cleanup();
}
console.log(`react18: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
