import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/react-vite";

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  typescript: { reactDocgen: "react-docgen-typescript" },
  async viteFinal(config) {
    // Stories read the packages' TypeScript sources: complete prop tables, no build before Storybook.
    config.resolve ??= {};
    const existing = config.resolve.alias;
    config.resolve.alias = [
      ...(Array.isArray(existing)
        ? existing
        : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }))),
      { find: /^@workshop-kit\/types\/yaml$/, replacement: src("../packages/types/src/yaml.ts") },
      { find: /^@workshop-kit\/types\/interop$/, replacement: src("../packages/types/src/interop/index.ts") },
      { find: /^@workshop-kit\/types$/, replacement: src("../packages/types/src/index.ts") },
      { find: /^@workshop-kit\/react\/styles\.css$/, replacement: src("../packages/react/src/styles/index.css") },
      { find: /^@workshop-kit\/react$/, replacement: src("../packages/react/src/index.ts") },
    ];
    return config;
  },
};

export default config;
