#!/usr/bin/env node
// React 18 consumer: npm-installs react@18.3.1 + react-dom@18.3.1 with the packed tarballs (npm refuses a peer
// range that excludes 18) and runs examples/react18/scripts/ssr-hydrate.mjs there: server render + hydration of every
// export, reader in Pacific/Auckland. Packages must be built first (`pnpm build:packages`).
import { spawnSync } from "node:child_process";
import { prepareConsumer } from "./consumer.mjs";

const consumer = prepareConsumer({
  app: "examples/react18",
  files: ["scripts"],
  extra: { "content.yaml": "examples/es-fomo/content/2025.yaml" },
});
let status = 1;
try {
  const r = spawnSync("node", ["scripts/ssr-hydrate.mjs"], {
    cwd: consumer.dir,
    stdio: "inherit",
    env: { ...process.env, TZ: "Pacific/Auckland" },
  });
  status = r.status ?? 1;
} finally {
  consumer.cleanup();
}
process.exitCode = status;
