#!/usr/bin/env node
// Builds the site into dist/: the browser bundle (Vite), then one prerendered HTML page per content file.
// The ES-FoMo demo (examples/es-fomo) is built by this very file: it imports `buildSite` with its own folder.
//
//   content/2025.yaml  →  dist/index.html       (the newest edition is the home page)
//   content/2024.yaml  →  dist/2024/index.html  (every other edition is an archive page)
//
// The year list is the content folder itself: drop a 2026.yaml in content/ and rebuild. Also written: a social
// card per edition (cards/<year>.svg, named by og:image), sitemap.xml, robots.txt, favicon.svg.
// site.json: { "name": the name in the header, "url": the site's origin, e.g. "https://you.github.io" }.
// Env: SITE_URL (origin for canonical links, og: tags and the sitemap; default: site.json's url, else the newest
//      edition's `website`), BASE_PATH (where the site lives on its host, e.g. "/my-workshop/" for a GitHub Pages
//      project site; default "/"), BUILD_NOW (ISO instant to render "now" as; default: the real time of the build),
//      CONTENT_DIR (default content/), OUT_DIR (default dist/).
// Also importable: `await buildSite({ siteDir, configFile })` builds the site whose content/ and site.json are in
// siteDir with this folder's src/ (configFile: a Vite config of its own, default this folder's vite.config.js).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";

/** This folder: src/ (the pages' code) and vite.config.js. */
const code = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const REACT_CHUNK = "react";

/**
 * Build the site of `siteDir` (its content/ and site.json; dist/ and .cache/ are written there) with this folder's
 * code. `env` supplies SITE_URL, BASE_PATH, BUILD_NOW, CONTENT_DIR and OUT_DIR (see above).
 */
export async function buildSite({ siteDir = code, configFile = join(code, "vite.config.js"), env = process.env } = {}) {
  const dist = env.OUT_DIR ? resolve(env.OUT_DIR) : join(siteDir, "dist");
  const serverOut = join(siteDir, ".cache/server");
  const site = JSON.parse(readFileSync(join(siteDir, "site.json"), "utf8"));
  const base = `/${(env.BASE_PATH ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");

  const started = performance.now();
  rmSync(dist, { recursive: true, force: true });

  // 1. Browser bundle. React gets a chunk of its own, so the build can report what the site adds on top of it.
  await build({
    root: code,
    configFile,
    base,
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
    root: code,
    configFile,
    logLevel: "warn",
    ssr: { noExternal: true },
    build: { ssr: join(code, "src/server.tsx"), outDir: serverOut, emptyOutDir: true, manifest: false },
  });
  const server = await import(`${pathToFileURL(join(serverOut, "server.js")).href}?t=${Date.now()}`);

  // 3. Content: every content/*.yaml is one edition; newest first.
  const contentDir = resolve(siteDir, env.CONTENT_DIR || "content");
  const editions = readdirSync(contentDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      const { edition, warnings } = server.parseContent(f, readFileSync(join(contentDir, f), "utf8"));
      if (warnings.length > 0) console.log(`  ${f}: ${warnings.length} content warning(s) (run \`npm run validate\`)`);
      return edition;
    })
    .sort((a, b) => b.year - a.year);
  if (editions.length === 0) throw new Error(`no content files in ${contentDir}`);
  const years = editions.map((e) => e.year);
  if (new Set(years).size !== years.length)
    throw new Error(`two content files have the same year: ${years.join(", ")}`);

  const builtAt = env.BUILD_NOW ? Date.parse(env.BUILD_NOW) : Date.now();
  if (Number.isNaN(builtAt)) throw new Error(`BUILD_NOW is not a date: ${env.BUILD_NOW}`);
  const siteUrl = new URL(env.SITE_URL || site.url || editions[0].website || "https://example.org").origin;

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
  mkdirSync(join(dist, "cards"), { recursive: true });

  writeFileSync(
    join(dist, "favicon.svg"),
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#4338ca"/><text x="16" y="22" font-family="system-ui,sans-serif" font-size="16" font-weight="700" text-anchor="middle" fill="#fff">${escapeHtml(
      site.name.slice(0, 1).toUpperCase(),
    )}</text></svg>\n`,
  );

  // 5. One HTML file per edition. Nothing on a page is inline code, so the site stays live under a strict
  //    Content-Security-Policy (`default-src 'self'`, no 'unsafe-inline'; see serve.mjs):
  //    - theme-<hash>.js: a tiny blocking script in <head> that applies the stored or system theme before first paint
  //      (a static host cannot mint per-request nonces, so a file rather than a nonce);
  //    - the stylesheet: Vite's hashed CSS file, linked (it used to be inlined; an inline <style> needs 'unsafe-inline');
  //    - loader-<hash>.js: a module script (deferred) that requests the bundle after the first paint (next frame), so the
  //      page paints from the HTML and CSS alone, whatever the network. Every chunk is requested at once
  //      (modulepreload), so there is no waterfall.
  const themeFile = hashedAsset(dist, "theme", `${server.THEME_SCRIPT}\n`);
  const loaderFile = hashedAsset(
    dist,
    "loader",
    `requestAnimationFrame(()=>setTimeout(()=>{for(const h of ${JSON.stringify(
      chunks.slice(1).map((f) => `${base}${f}`),
    )}){const l=document.createElement("link");l.rel="modulepreload";l.href=h;document.head.append(l)}import("${base}${chunks[0]}")}))\n`,
  );
  /** JSON inside <script>: `<` escaped so no `</script>` or `<!--` can end or confuse the element. */
  const scriptJson = (value) =>
    JSON.stringify(value)
      .replace(/</g, "\\u003c")
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029");

  for (const edition of editions) {
    const path = server.pathForYear(edition.year, years, base);
    const data = { edition, builtAt };
    const page = server.renderPage({ edition, years, siteName: site.name, base }, data);
    const conference = edition.venue.conferenceShort ?? edition.venue.conference;
    const title = `${edition.name}${conference ? ` · ${conference}` : ""}`;
    const description = describe(edition);
    // The social card: an SVG per edition (title, dates, place). Link previews that only take bitmaps show the
    // page without a picture; replace cards/<year>.svg with a PNG of the same size and name it here if you need one.
    const card = `cards/${edition.year}.svg`;
    writeFileSync(join(dist, card), socialCard(edition, site.name));
    // Every edition shares the workshop's website; the page's own URL makes each edition's `@id` and `url` distinct.
    // <link rel="expect" blocking="render"> holds the first paint until the page's last element (#page-data) is
    // parsed: a page painted half-parsed moved under its reader as the rest arrived (the header's year links when the
    // theme button's text came, a speaker card as its bio came, 0.0005–0.003 on a loaded machine), and a deep link
    // lands where it will stay. The price: the first paint waits for the whole HTML (73 kB here, one round trip).
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
<meta property="og:site_name" content="${escapeHtml(site.name)}">
<meta property="og:image" content="${escapeHtml(`${siteUrl}${base}${card}`)}">
<meta property="og:image:type" content="image/svg+xml">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="og:image:alt" content="${escapeHtml(`${edition.name}: ${calendarRange(edition)}`)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
<link rel="expect" href="#page-data" blocking="render">
<script src="${base}${themeFile}"></script>
${cssFiles.map((f) => `<link rel="stylesheet" href="${base}${f}">`).join("\n")}
<script type="module" src="${base}${loaderFile}"></script>
${ld ? `<script type="application/ld+json">${scriptJson(ld)}</script>` : ""}
</head>
<body>
${page.header}
<main id="main" tabindex="-1">
<div id="now" class="now">${page.now}</div>
${page.intro}
<div id="root">${page.live}</div>
${page.contact}
</main>
${page.footer}
<script type="application/json" id="page-data">${scriptJson({ ...data, edition: server.clientEdition(edition) })}</script>
</body>
</html>
`;
    const file = join(dist, path.slice(base.length), "index.html");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    console.log(`  ${relative(siteDir, file)}  ${kB(html.length)} (${kB(gzipSync(html).length)} gzip)`);
  }

  writeFileSync(join(dist, "robots.txt"), `User-agent: *\nAllow: /\nSitemap: ${siteUrl}${base}sitemap.xml\n`);
  writeFileSync(
    join(dist, "sitemap.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${years
      .map((y) => `  <url><loc>${siteUrl}${server.pathForYear(y, years, base)}</loc></url>`)
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
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildSite();

function escapeHtml(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
/** "July 18, 2025" (or "July 18 – 19, 2025"): the edition's own calendar dates, no zone conversion. */
function calendarRange(edition) {
  const { start, end } = edition.dates;
  const f = new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
  return f.formatRange(Date.UTC(start.year, start.month - 1, start.day), Date.UTC(end.year, end.month - 1, end.day));
}
/** A 1200×630 SVG card: the site's name, the edition's name (wrapped), its dates and place. */
function socialCard(edition, siteName) {
  const words = edition.name.split(/\s+/);
  const lines = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= 30) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const where = [edition.venue.conferenceShort ?? edition.venue.conference, edition.venue.city].filter(Boolean);
  const text = (x, y, size, weight, fill, value) =>
    `<text x="${x}" y="${y}" font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(value)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#16181d"/>
<rect x="0" y="0" width="24" height="630" fill="#4338ca"/>
${text(90, 130, 36, 600, "#a5b4fc", siteName)}
${lines
  .slice(0, 4)
  .map((line, i) => text(90, 230 + i * 72, 60, 700, "#ffffff", line))
  .join("\n")}
${text(90, 560, 34, 400, "#d4d7de", [calendarRange(edition), ...where].join(" · "))}
</svg>
`;
}
/** Write `assets/<name>-<content hash>.js` (cached for a year by the server, like Vite's own assets). */
function hashedAsset(dist, name, text) {
  const file = `assets/${name}-${createHash("sha256").update(text).digest("base64url").slice(0, 8)}.js`;
  writeFileSync(join(dist, file), text);
  return file;
}
function kB(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
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
