/**
 * Build of @workshop-kit/types with preserved modules (../../scripts/tsup-preserve-modules.ts): one dist module per
 * source module, no shared chunks. With `"sideEffects": false` an app that imports `formatTime` then bundles
 * time/format.js and what it imports — not the valibot schema a chunk would have dragged along.
 * Public entries (named for package.json `exports`): index, yaml, interop, cli.
 */
import { defineConfig } from "tsup";
import { preserveModulesConfig } from "../../scripts/tsup-preserve-modules";

export default defineConfig(
  preserveModulesConfig(import.meta.dirname, {
    index: "src/index.ts",
    yaml: "src/yaml.ts",
    interop: "src/interop/index.ts",
    cli: "src/cli.ts",
  }),
);
