/**
 * Two builds of one source:
 * - the command line (`dist/index.js`, Node, ESM): React, react-dom/server and the workshop-kit packages stay
 *   imports (dependencies), so `render` uses the very components an app would.
 * - the standalone browser script (`dist/workshop-kit.js`, ESM, minified): the same components bundled against
 *   preact/compat (react, react-dom and react/jsx-runtime aliased), because React 19's client alone is larger than
 *   the script's whole 40 kB budget. Code the components load with import() on a click (the .ics writers) becomes
 *   lazily loaded `wk-chunk-*.js` files next to it.
 */
import { createRequire } from "node:module";
import { defineConfig } from "tsup";

const require = createRequire(import.meta.url);
const preactCompat = require.resolve("preact/compat");
// `react` itself is preact/compat with a per-fragment useId (src/preact-react.ts); react-dom is compat as is.
const reactShim = new URL("./src/preact-react.js", import.meta.url).pathname;
const preactClient = require.resolve("preact/compat/client");
const preactJsx = require.resolve("preact/jsx-runtime");

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    dts: true,
    clean: true,
    external: ["react", "react-dom", "react/jsx-runtime", "@workshop-kit/types", "@workshop-kit/react"],
    esbuildOptions(options) {
      options.jsx = "automatic";
    },
  },
  {
    entry: { "workshop-kit": "src/standalone.tsx" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    minify: true,
    splitting: true,
    treeshake: false,
    noExternal: [/.*/],
    outExtension: () => ({ js: ".js" }),
    esbuildOptions(options) {
      options.jsx = "automatic";
      options.chunkNames = "wk-chunk-[hash]";
      options.define = { ...options.define, "process.env.NODE_ENV": '"production"' };
      options.alias = {
        react: reactShim,
        "react-dom": preactCompat,
        "react-dom/client": preactClient,
        "react/jsx-runtime": preactJsx,
        "react/jsx-dev-runtime": preactJsx,
      };
      options.legalComments = "none";
    },
  },
]);
