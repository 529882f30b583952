// Shared by the scripts that drive the static Storybook build (storybook-check, storybook-screenshots): serve
// storybook-static/ on a free port (node:http only), open Debian's Chromium, and render one story at a time
// through Storybook's own preview channel, so "rendered" means Storybook said so, not a guessed delay.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

export const staticDir = resolve("storybook-static");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/** The build's index.json (entries by id); exits with a hint when there is no build. */
export function readIndex() {
  const file = join(staticDir, "index.json");
  if (!existsSync(file)) {
    console.error("No storybook-static/index.json: run `pnpm build-storybook` first.");
    process.exit(2);
  }
  return JSON.parse(readFileSync(file, "utf8")).entries;
}

/** Serve storybook-static/ on 127.0.0.1 and a free port. */
export async function serveStatic() {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = normalize(join(staticDir, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(staticDir + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) };
}

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
}

/**
 * Open a story's canvas (iframe.html) and wait until Storybook reports it rendered (or errored).
 * `globals` go through the URL (`theme:dark`); returns how it ended.
 */
export async function openStory(page, base, id, globals = "") {
  const url = `${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story${globals ? `&globals=${globals}` : ""}`;
  await page.goto(url);
  return page.evaluate(
    () =>
      new Promise((done) => {
        const root = document.getElementById("storybook-root");
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const finish = (how) => setTimeout(() => done(how), 150); // effects after the render (hydration, clock)
        if (root?.childElementCount) return finish("rendered");
        channel.once("storyRendered", () => finish("rendered"));
        channel.once("storyErrored", () => finish("errored"));
        channel.once("storyThrewException", () => finish("errored"));
        setTimeout(() => done("timeout"), 15000);
      }),
  );
}
