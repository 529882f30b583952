/**
 * Build of @workshop-kit/react with preserved modules (../../scripts/tsup-preserve-modules.ts): `dist/<path>.js` is
 * `src/<path>.tsx` alone, its `'use client'` still on line 1, so React Server Components boundaries survive the
 * build. `scripts/check-dist.mjs` verifies dist/ after the build.
 */
import { defineConfig } from "tsup";
import { preserveModulesConfig } from "../../scripts/tsup-preserve-modules";

export default defineConfig(
  preserveModulesConfig(
    import.meta.dirname,
    {
      index: "src/index.ts",
      // Each catalogue is its own subpath export (@workshop-kit/react/messages/de): an English page loads none of them.
      ...Object.fromEntries(
        ["ar", "de", "en", "es", "fr", "ja", "ko", "pt", "zh-CN"].map((l) => [`messages/${l}`, `src/messages/${l}.ts`]),
      ),
    },
    {
      external: ["react", "react-dom", "react/jsx-runtime", "@workshop-kit/types", "clsx"],
      esbuildOptions(options) {
        options.jsx = "automatic";
      },
    },
  ),
);
