#!/usr/bin/env node
// Builds the ES-FoMo demo into dist/ with the starter's own build (create-workshop-kit's template, the same file
// every site made by `npm create workshop-kit` runs): this folder holds only what is ES-FoMo's — content/ (one file
// per edition), site.json (name and address) — and vite.config.ts, which resolves the workspace packages to their
// sources. Env as the template's build: SITE_URL, BASE_PATH, BUILD_NOW, CONTENT_DIR, OUT_DIR (the client benchmark
// builds its big pages elsewhere with the last two).
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSite } from "create-workshop-kit/template/scripts/build.mjs";

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
await buildSite({ siteDir, configFile: join(siteDir, "vite.config.ts") });
