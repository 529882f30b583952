/**
 * Vite config of the ES-FoMo example. The workspace packages resolve to their TypeScript sources, so the
 * example needs no package build first and the bundle tree-shakes the library's source directly.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@workshop-kit\/types\/yaml$/, replacement: src("../../packages/types/src/yaml.ts") },
      { find: /^@workshop-kit\/types\/interop$/, replacement: src("../../packages/types/src/interop/index.ts") },
      { find: /^@workshop-kit\/types$/, replacement: src("../../packages/types/src/index.ts") },
      { find: /^@workshop-kit\/react\/styles\.css$/, replacement: src("../../packages/react/src/styles/index.css") },
      { find: /^@workshop-kit\/react$/, replacement: src("../../packages/react/src/index.ts") },
    ],
  },
  build: {
    target: "es2022",
    manifest: true,
    rollupOptions: { input: src("./src/client.tsx") },
  },
});
