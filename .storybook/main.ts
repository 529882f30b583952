import type { StorybookConfig } from "@storybook/react-vite";
import { sourceAliases } from "../scripts/source-aliases.mjs";

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  // The theme toolbar owns the canvas colour; the built-in background menu would compete with it.
  features: { backgrounds: false },
  // Test-only stories (interactions, edge cases that look like their review story) still run as tests but are
  // filtered out of the sidebar by default; the sidebar's tag filter shows them.
  tags: { "test-only": { defaultFilterSelection: "exclude", excludeFromDocsStories: true } },
  typescript: { reactDocgen: "react-docgen-typescript" },
  async viteFinal(config) {
    // Stories read the packages' TypeScript sources: complete prop tables, no build before Storybook.
    config.resolve ??= {};
    const existing = config.resolve.alias;
    config.resolve.alias = [
      ...(Array.isArray(existing)
        ? existing
        : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }))),
      ...sourceAliases,
    ];
    return config;
  },
};

export default config;
