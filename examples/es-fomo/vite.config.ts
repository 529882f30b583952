/**
 * Vite config of the ES-FoMo example. The workspace packages resolve to their TypeScript sources, so the
 * example needs no package build first and the bundle tree-shakes the library's source directly. The alias list is
 * shared with Storybook and Vitest (scripts/source-aliases.mjs).
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { sourceAliases } from "../../scripts/source-aliases.mjs";

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: sourceAliases,
  },
  build: {
    target: "es2022",
    manifest: true,
    rollupOptions: { input: src("./src/client.tsx") },
  },
});
