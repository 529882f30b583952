#!/usr/bin/env node
// Builds the ES-FoMo site into dist/: the browser bundle (Vite), then one prerendered HTML page per content file.
//
//   content/2025.yaml  →  dist/index.html       (the newest edition is the home page)
//   content/2024.yaml  →  dist/2024/index.html  (every other edition is an archive page)
//
// The year list is the content folder itself: drop a 2026.yaml in content/ and rebuild.
// Env: SITE_URL (absolute origin for canonical links; default: the newest edition's `website`),
//      BUILD_NOW (ISO instant to render "now" as; default: the real time of the build),
//      CONTENT_DIR (folder of content files; default: content/),
//      OUT_DIR (where the site is written; default: dist/ — the client benchmark builds its big pages elsewhere).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : join(root, "dist");
const serverOut = join(root, ".cache/server");
const configFile = join(root, "vite.config.ts");
const REACT_CHUNK = "react";

const started = performance.now();
rmSync(dist, { recursive: true, force: true });

// 1. Browser bundle. React gets a chunk of its own, so the build can report what the site adds on top of it.
await build({
  root,
  configFile,
  logLevel: "warn",
  build: {
    outDir: dist,
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks: (id) =>
          /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id) ? REACT_CHUNK : undefined,
      },
    },
  },
});

// 2. The same app, bundled for Node, to render the pages and parse the content.
await build({
  root,
  configFile,
  logLevel: "warn",
  ssr: { noExternal: true },
  build: { ssr: join(root, "src/server.tsx"), outDir: serverOut, emptyOutDir: true, manifest: false },
});
const server = await import(`${pathToFileURL(join(serverOut, "server.js")).href}?t=${Date.now()}`);

// 3. Content: every content/*.yaml is one edition; newest first.
const contentDir = resolve(root, process.env.CONTENT_DIR || "content");
const editions = readdirSync(contentDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => {
    const { edition, warnings } = server.parseContent(f, readFileSync(join(contentDir, f), "utf8"));
    if (warnings.length > 0) console.log(`  ${f}: ${warnings.length} content warning(s) (run \`pnpm validate\`)`);
    return edition;
  })
  .sort((a, b) => b.year - a.year);
if (editions.length === 0) throw new Error(`no content files in ${contentDir}`);
const years = editions.map((e) => e.year);
if (new Set(years).size !== years.length) throw new Error(`two content files have the same year: ${years.join(", ")}`);

const builtAt = process.env.BUILD_NOW ? Date.parse(process.env.BUILD_NOW) : Date.now();
if (Number.isNaN(builtAt)) throw new Error(`BUILD_NOW is not a date: ${process.env.BUILD_NOW}`);
const siteUrl = (process.env.SITE_URL || editions[0].website || "https://example.org").replace(/\/+$/, "");

// 4. Assets from the Vite manifest: the entry, its static imports (preloaded), and its CSS (a hashed file, linked).
const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entry = manifest[entryKey];
const chunks = [];
(function collect(key) {
  const chunk = manifest[key];
  if (!chunk || chunks.includes(chunk.file)) return;
  chunks.push(chunk.file);
  for (const dep of chunk.imports ?? []) collect(dep);
})(entryKey);
const cssFiles = entry.css ?? [];

writeFileSync(
  join(dist, "favicon.svg"),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1d4ed8"/><path d="M9 9h14v3.2H13v2.6h8.4V18H13v5H9z" fill="#fff"/></svg>\n`,
);

// 5. One HTML file per edition. Nothing on a page is inline code, so the site stays live under a strict
//    Content-Security-Policy (`default-src 'self'`, no 'unsafe-inline'; see serve.mjs and docs/embedding-sites.md):
//    - theme-<hash>.js: a tiny blocking script in <head> that applies the stored or system theme before first paint
//      (a static host cannot mint per-request nonces, so a file rather than a nonce);
//    - the stylesheet: Vite's hashed CSS file, linked (it used to be inlined; an inline <style> needs 'unsafe-inline');
//    - loader-<hash>.js: a module script (deferred) that requests the bundle after the first paint (next frame), so the
//      page paints from the HTML and CSS alone, whatever the network. Every chunk is requested at once
//      (modulepreload), so there is no waterfall.
const themeFile = hashedAsset("theme", `${server.THEME_SCRIPT}\n`);
const loaderFile = hashedAsset(
  "loader",
  `requestAnimationFrame(()=>setTimeout(()=>{for(const h of ${JSON.stringify(
    chunks.slice(1).map((f) => `/${f}`),
  )}){const l=document.createElement("link");l.rel="modulepreload";l.href=h;document.head.append(l)}import("/${chunks[0]}")}))\n`,
);
const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** JSON inside <script>: `<` escaped so no `</script>` or `<!--` can end or confuse the element. */
const scriptJson = (value) =>
  JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

for (const edition of editions) {
  const path = server.pathForYear(edition.year, years);
  const data = { edition, builtAt };
  const page = server.renderPage({ edition, years }, data);
  const title = `${edition.shortName} · ${edition.venue.conferenceShort ?? edition.year} workshop on efficient systems for foundation models`;
  const description = describe(edition);
  // Every edition shares the workshop's website; the page's own URL makes each edition's `@id` and `url` distinct.
  const ld = server.jsonLd({ ...edition, website: siteUrl + path });
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<link rel="canonical" href="${escapeHtml(siteUrl + path)}">
<meta name="color-scheme" content="light dark">
<meta property="og:type" content="website">
<meta property="og:title" content="${escapeHtml(edition.name)}">
<meta property="og:description" content="${escapeHtml(description)}">
<meta property="og:url" content="${escapeHtml(siteUrl + path)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script src="/${themeFile}"></script>
${cssFiles.map((f) => `<link rel="stylesheet" href="/${f}">`).join("\n")}
<script type="module" src="/${loaderFile}"></script>
${ld ? `<script type="application/ld+json">${scriptJson(ld)}</script>` : ""}
</head>
<body>
${page.header}
<main id="main" tabindex="-1">
${page.intro}
<div id="root">${page.live}</div>
${page.contact}
</main>
${page.footer}
<script type="application/json" id="page-data">${scriptJson(data)}</script>
</body>
</html>
`;
  const file = join(dist, path, "index.html");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  console.log(`  ${relative(file)}  ${kB(html.length)} (${kB(gzipSync(html).length)} gzip)`);
}

writeFileSync(join(dist, "robots.txt"), `User-agent: *\nAllow: /\nSitemap: ${siteUrl}/sitemap.xml\n`);
writeFileSync(
  join(dist, "sitemap.xml"),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${years
    .map((y) => `  <url><loc>${siteUrl}${server.pathForYear(y, years)}</loc></url>`)
    .join("\n")}\n</urlset>\n`,
);

// 6. What the home page ships: the gzip size of every script it loads.
let total = 0;
let reactBytes = 0;
for (const f of chunks) {
  const gz = gzipSync(readFileSync(join(dist, f))).length;
  total += gz;
  if (f.includes(`${REACT_CHUNK}-`)) reactBytes += gz;
}
console.log(
  `JavaScript for the home page: ${kB(total)} gzip = React ${kB(reactBytes)} + site and components ${kB(total - reactBytes)} (target: React + 15 kB)`,
);
console.log(
  `Built ${editions.length} pages (${years.join(", ")}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

/** Write `assets/<name>-<content hash>.js` (cached for a year by the server, like Vite's own assets). */
function hashedAsset(name, text) {
  const file = `assets/${name}-${createHash("sha256").update(text).digest("base64url").slice(0, 8)}.js`;
  writeFileSync(join(dist, file), text);
  return file;
}
function kB(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
function relative(file) {
  return file.slice(root.length + 1);
}
function describe(edition) {
  const when = new Intl.DateTimeFormat("en-US", {
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  }).format(Date.UTC(edition.dates.start.year, edition.dates.start.month - 1, edition.dates.start.day));
  const where = [edition.venue.conferenceShort, edition.venue.city].filter(Boolean).join(", ");
  const first = edition.description[0] ?? edition.tagline ?? "";
  const text = `${edition.name}, ${when}${where ? `, ${where}` : ""}. ${first}`.trim();
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}
