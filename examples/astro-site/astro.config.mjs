// Astro 5 + @astrojs/react: a static site (no server at run time). The package's built dist/ is used, as a site
// installing it from npm would (pnpm test:astro builds the packages first).
import react from "@astrojs/react";
import { defineConfig } from "astro/config";

export default defineConfig({
  output: "static",
  integrations: [react()],
  telemetry: false,
});
