import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.mjs";
import { sourceAliases } from "./scripts/source-aliases.mjs";

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Tests resolve workspace packages from source (one alias list, shared with Storybook and the example).
const alias = sourceAliases;
const launchOptions = { executablePath: chromiumPath(), args: chromiumArgs };
const desktop = { width: 1280, height: 800 };

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
          // jsdom + axe over a whole programme takes seconds on a busy 2-core CI machine: 5 s timed out healthy tests.
          testTimeout: 20_000,
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
          include: [
            "react",
            "react-dom",
            "react-dom/client",
            "react-dom/server",
            "react/jsx-runtime",
            "react/jsx-dev-runtime",
          ],
        },
        test: {
          name: "storybook",
          // Four modes share 2 cores with other work: give the big programme's axe pass room.
          testTimeout: 60_000,
          setupFiles: [src("./.storybook/vitest.setup.ts")],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions }),
            // Every story runs (with axe) in each mode a reader can be in: light and dark at 1280 px, forced
            // colours (Chromium's real emulation, not the toolbar's approximation), and a 375 px phone.
            instances: [
              { browser: "chromium", name: "storybook light", viewport: desktop, provide: { storybookTheme: "light" } },
              { browser: "chromium", name: "storybook dark", viewport: desktop, provide: { storybookTheme: "dark" } },
              {
                browser: "chromium",
                name: "storybook forced-colors",
                viewport: desktop,
                provide: { storybookTheme: "light" },
                provider: playwright({ launchOptions, contextOptions: { forcedColors: "active" } }),
              },
              {
                browser: "chromium",
                name: "storybook 375px",
                viewport: { width: 375, height: 800 },
                provide: { storybookTheme: "light" },
              },
            ],
          },
        },
      },
    ],
  },
});
