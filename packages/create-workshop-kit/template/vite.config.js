// Vite bundles the browser entry (src/client.tsx); scripts/build.mjs also uses this config for the server render.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  build: {
    target: "es2022",
    manifest: true,
    rollupOptions: { input: "src/client.tsx" },
  },
});
