#!/usr/bin/env node
// A static file server for dist/ that sends a strict Content-Security-Policy with every response, as a host such as
// GitHub Pages would serve the files (plus the header, which Pages cannot set; a <meta> tag can). node:http only.
// PORT (default 4174). Importable: `const { url, close } = await startServer({ port: 0 })`.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** No 'unsafe-inline' anywhere; photos hosted elsewhere need their origin in img-src (here the ES-FoMo site). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https://es-fomo.com",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export function startServer({ port = Number(process.env.PORT) || 4174, dir = resolve(here, "../dist") } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void res.writeHead(404, { "Content-Security-Policy": CSP }).end("Not found");
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Security-Policy": CSP,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-cache",
    });
    res.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      done({ url: `http://127.0.0.1:${actual}/`, close: () => new Promise((c) => server.close(c)) });
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer();
  console.log(`serving ${resolve(here, "../dist")} at ${url} with CSP: ${CSP}`);
}
