import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The time-zone matrix runs this light config once per host TZ (scripts/tz-matrix.mjs): no Storybook or browser
// plugins to load, so each of the 44 runs starts quickly.
const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@workshop-kit\/types\/yaml$/, replacement: src("./packages/types/src/yaml.ts") },
      { find: /^@workshop-kit\/types$/, replacement: src("./packages/types/src/index.ts") },
    ],
  },
  test: {
    name: "tz",
    environment: "node",
    include: ["packages/*/src/**/*.tz.test.ts"],
  },
});
