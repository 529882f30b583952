#!/usr/bin/env node
// A tiny static server for dist/ (node:http only): `/2024/` serves dist/2024/index.html, `/2024` redirects to
// `/2024/`, text is gzipped (as any real host does), hashed assets are cached for a year, pages are revalidated.
// PORT (default 4173), HOST (default 127.0.0.1).
//
// Every response carries a strict Content-Security-Policy (STRICT_CSP: scripts, styles, fonts, frames and
// connections only from the site itself, no 'unsafe-inline'), so every check that runs against this server (e2e,
// Lighthouse, the client benchmark) also proves the site stays live under it. CSP=off serves without it.
//
// Also importable: `const { url, close } = await startServer({ port: 0 })` (the e2e tests and Lighthouse use it).
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const defaultDist = resolve(dirname(fileURLToPath(import.meta.url)), "../dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

/**
 * The policy a careful host sets. Images may also come from https: hosts because speaker photos are content the
 * organisers link to (a site that self-hosts its photos can drop `img-src`); code and styles come from the site only.
 */
export const STRICT_CSP = "default-src 'self'; img-src 'self' https:; base-uri 'self'; form-action 'self'";

function handle(dist, req, res, csp) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    res.writeHead(400).end("Bad request");
    return;
  }
  const file = normalize(join(dist, pathname));
  if (file !== dist && !file.startsWith(dist + sep)) {
    res.writeHead(403).end("Forbidden");
    return;
  }
  let target = file;
  if (existsSync(target) && statSync(target).isDirectory()) {
    if (!pathname.endsWith("/")) {
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    target = join(target, "index.html");
  }
  if (!existsSync(target) || !statSync(target).isFile()) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  const hashed = target.includes(`${sep}assets${sep}`);
  const type = TYPES[extname(target)] ?? "application/octet-stream";
  const gzip = /text|json|xml|svg/.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? gzipSync(readFileSync(target)) : readFileSync(target);
  res.writeHead(200, {
    "Content-Type": type,
    "Content-Length": body.length,
    "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
    "X-Content-Type-Options": "nosniff",
    ...(csp ? { "Content-Security-Policy": csp } : {}),
    Vary: "Accept-Encoding",
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Start serving dist/ (or `dir`) with the `csp` policy (null: none). Resolves once listening. */
export function startServer({
  port = Number(process.env.PORT ?? 4173),
  host = process.env.HOST ?? "127.0.0.1",
  dir = defaultDist,
  csp = process.env.CSP === "off" ? null : STRICT_CSP,
} = {}) {
  const dist = resolve(dir);
  if (!existsSync(join(dist, "index.html"))) throw new Error(`${dist} is empty: run \`node scripts/build.mjs\` first`);
  const server = createServer((req, res) => handle(dist, req, res, csp));
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolvePromise({
        url: `http://${host === "0.0.0.0" ? "localhost" : host}:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer();
  console.log(`Workshop site: ${url}/  (Ctrl+C to stop)`);
}
