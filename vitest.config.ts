import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.mjs";

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Tests resolve workspace packages from source: no build needed, and coverage sees real files.
const alias = [
  { find: /^@workshop-kit\/types\/yaml$/, replacement: src("./packages/types/src/yaml.ts") },
  { find: /^@workshop-kit\/types\/interop$/, replacement: src("./packages/types/src/interop/index.ts") },
  { find: /^@workshop-kit\/types\/cli$/, replacement: src("./packages/types/src/cli.ts") },
  { find: /^@workshop-kit\/types$/, replacement: src("./packages/types/src/index.ts") },
  { find: /^@workshop-kit\/react\/styles\.css$/, replacement: src("./packages/react/src/styles/index.css") },
  { find: /^@workshop-kit\/react$/, replacement: src("./packages/react/src/index.ts") },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["packages/*/src/**/*.test.{ts,tsx}", "examples/*/src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          exclude: ["**/*.tz.test.ts", "**/node_modules/**"],
          setupFiles: [src("./packages/react/src/test/setup.ts")],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "tz",
          environment: "node",
          include: ["packages/*/src/**/*.tz.test.ts"],
        },
      },
      {
        resolve: { alias },
        plugins: [storybookTest({ configDir: src("./.storybook"), storybookScript: "pnpm storybook" })],
        optimizeDeps: {
          include: ["react", "react-dom", "react-dom/client", "react/jsx-runtime", "react/jsx-dev-runtime"],
        },
        test: {
          name: "storybook",
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
    ],
  },
});
