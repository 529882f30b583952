import { fileURLToPath } from "node:url";

/**
 * A plain consumer: no transpilePackages, no aliases. `@workshop-kit/*` resolve through their package.json
 * `exports` to the BUILT dist/ files, exactly as after `npm install`.
 * @type {import("next").NextConfig}
 */
const nextConfig = {
  // The workspace root, so Turbopack may follow pnpm's symlinks to packages/*/dist.
  turbopack: { root: fileURLToPath(new URL("../..", import.meta.url)) },
  outputFileTracingRoot: fileURLToPath(new URL("../..", import.meta.url)),
  poweredByHeader: false,
};

export default nextConfig;
