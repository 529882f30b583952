#!/usr/bin/env node
// Vite consumer from the packed tarballs: npm-installs them into a fresh project, typechecks it with the published
// .d.ts (tsc), builds it with Vite, and checks the bundle: the stylesheet import worked (the cascade layer is in the
// CSS), the components are in the JS. Packages must be built first (`pnpm build:packages`).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createChecker, prepareConsumer, run } from "./consumer.mjs";

const { check, done } = createChecker("vite-app");
const consumer = prepareConsumer({
  app: "examples/vite-app",
  files: ["index.html", "src", "tsconfig.json", "vite.config.ts"],
  extra: { "src/content.yaml": "examples/es-fomo/content/2025.yaml" },
});
try {
  const { dir } = consumer;
  const installed = JSON.parse(readFileSync(join(dir, "node_modules/@workshop-kit/react/package.json"), "utf8"));
  check(!JSON.stringify(installed).includes("workspace:"), "installed package.json has no workspace: protocol");
  check(
    readFileSync(join(dir, "package-lock.json"), "utf8").includes(".packs/workshop-kit-types-"),
    "@workshop-kit/types came from the tarball, not the registry",
  );
  check(!existsSync(join(dir, "node_modules/@workshop-kit/react/src")), "no sources in the tarball");

  let t = Date.now();
  check(run(dir, "npx", ["--no-install", "tsc", "--noEmit", "-p", "."]).ok, "tsc: published types resolve and check");
  console.log(`  tsc ${((Date.now() - t) / 1000).toFixed(1)} s`);

  t = Date.now();
  check(run(dir, "npx", ["--no-install", "vite", "build"]).ok, "vite build");
  console.log(`  vite build ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const assets = join(dir, "dist/assets");
  const files = existsSync(assets) ? readdirSync(assets) : [];
  const css = files.filter((f) => f.endsWith(".css")).map((f) => readFileSync(join(assets, f), "utf8"));
  const js = files.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(assets, f), "utf8"));
  check(
    css.some((c) => c.includes("@layer workshop-kit")),
    "styles.css import: the workshop-kit layer is in the CSS",
  );
  check(
    css.some((c) => c.includes("wk-")),
    "styles.css import: component classes are in the CSS",
  );
  // Class names each component puts on its root: the components themselves reached the bundle, not just a name.
  for (const cls of ["wk-schedule-table", "wk-speaker-card", "wk-deadline-countdown", "wk-call-for-papers"])
    check(
      js.some((c) => c.includes(cls)),
      `${cls}: the component is in the bundle`,
    );
  check(!js.some((c) => /["']use client["']/.test(c.slice(0, 200))), "no stray directive at the top of the bundle");
} finally {
  consumer.cleanup();
  done();
}
