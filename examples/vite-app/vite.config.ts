import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// A plain consumer: no aliases. @workshop-kit/* come from the packed tarballs (see scripts/consumer-vite-app.mjs).
export default defineConfig({
  plugins: [react()],
  build: { reportCompressedSize: false },
  logLevel: "warn",
});
