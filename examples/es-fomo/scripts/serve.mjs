#!/usr/bin/env node
// Serves the built ES-FoMo demo (dist/) with the starter's own server (create-workshop-kit's template): gzip, cache
// headers and the strict Content-Security-Policy every check runs under. PORT, HOST, CSP=off as there.
// Also importable, as the e2e tests, Lighthouse and the client benchmark do: `await startServer({ port: 0 })`.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { STRICT_CSP, startServer as startSite } from "create-workshop-kit/template/scripts/serve.mjs";

export { STRICT_CSP };

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../dist");

/** Start serving the demo's dist/ (or `dir`); see the template's serve.mjs for the options. */
export const startServer = (options = {}) => startSite({ dir: dist, ...options });

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer();
  console.log(`ES-FoMo demo: ${url}/  (Ctrl+C to stop)`);
}
