#!/usr/bin/env node
// After `astro build`: the home page's HTML has the whole programme and the speakers with no island around them (no
// JavaScript for the static parts), the live parts are islands that take only what they show, links written as
// template strings came out filled in, and in Chromium the islands hydrate without a console error and share the
// reader's one zone choice (the toggle in one island converts the time in another). Prints the page's size and the
// islands' props, and `N passed, N failed`.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { parseEditionText } from "@workshop-kit/types/yaml";
import { chromiumPath, hasChromium } from "../../../scripts/chromium.mjs";
import { axeViolations, launchBrowser } from "../../../scripts/page-checks.mjs";

const site = resolve(fileURLToPath(import.meta.url), "../..");
const dist = join(site, "dist");
let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.error(`  ✗ ${what}`);
  }
};

const htmlFile = join(dist, "index.html");
if (!existsSync(htmlFile)) {
  console.error(`astro-site: ${htmlFile} is missing — run \`astro build\` first`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const html = readFileSync(htmlFile, "utf8");
const parsed = parseEditionText(readFileSync(join(site, "../es-fomo/content/2025.yaml"), "utf8"));
if (!parsed.ok) throw new Error("ES-FoMo 2025 content does not parse");
const { edition } = parsed;
const decode = (s) =>
  s.replace(/&(quot|amp|lt|gt|#39);/g, (_, e) => ({ quot: '"', amp: "&", lt: "<", gt: ">", "#39": "'" })[e]);

// The static parts: in the HTML, outside any island.
const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
const exported = islands.map((tag) => /component-export="([^"]+)"/.exec(tag)?.[1]);
const withoutIslands = html.replace(/<astro-island\b[\s\S]*?<\/astro-island>/g, "");
check(/<table[\s>]/.test(withoutIslands), "the programme is a <table> outside every island");
for (const s of edition.sessions.filter((s) => s.title))
  check(withoutIslands.includes(`id="${s.id}"`), `session "${s.id}" has its row, with its id, in the static HTML`);
for (const p of edition.people)
  check(withoutIslands.includes(`id="speaker-${p.id}"`), `speaker card "speaker-${p.id}" in the static HTML`);
check(
  !exported.some((e) => e === "StaticScheduleTable" || e === "SpeakerGrid"),
  "the programme and the speakers ship no JavaScript (no island)",
);

// Links given as template strings, filled in.
const speaker = edition.people.find((p) => edition.sessions.some((s) => s.speakerIds.includes(p.id)));
check(!!speaker && html.includes(`href="#speaker-${speaker.id}"`), 'speakerHref="#speaker-{id}" links a speaker');
const talk = edition.sessions.find((s) => s.title && s.speakerIds.length);
check(!!talk && html.includes(`href="#${talk.id}"`), 'sessionHref="#{id}" links a talk to its row');

// The islands: the three live parts, each with only what it shows.
check(
  ["DeadlineCountdown", "LocalTime", "TimeZoneToggle"].every((e) => exported.includes(e)) && islands.length === 3,
  `three islands: the countdown, the time and the zone toggle (found ${exported.join(", ")})`,
);
const props = islands.map((tag) => decode(/ props="([^"]*)"/.exec(tag)?.[1] ?? ""));
const propsBytes = props.reduce((n, p) => n + Buffer.byteLength(p), 0);
check(
  props.every((p) => !p.includes('"sessions"') && !p.includes('"people"')),
  "no island is given the whole edition (sessions, people)",
);
const jsBytes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1].length, 0);
console.log(
  `astro-site: home page ${Buffer.byteLength(html)} B of HTML (${gzipSync(html).length} B gzipped); ` +
    `islands' props ${propsBytes} B over ${islands.length} islands; inline scripts ${jsBytes} B`,
);

// In Chromium: hydration without console errors, one zone choice across islands, the programme without JavaScript.
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
  let file = join(dist, path);
  if (!file.startsWith(dist)) file = htmlFile;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const url = `http://127.0.0.1:${server.address().port}/`;

if (!hasChromium()) {
  check(false, `Chromium at ${chromiumPath()} (set CHROMIUM_PATH)`);
} else {
  const browser = await launchBrowser();
  // Offline beyond this server: the speakers' photos (other hosts) get a blank image instead of a network error.
  const blank = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
    "base64",
  );
  const offline = (context) =>
    context.route(
      (u) => !u.href.startsWith(url),
      (route) =>
        route.request().resourceType() === "image"
          ? route.fulfill({ status: 200, contentType: "image/png", body: blank })
          : route.abort("internetdisconnected"),
    );
  try {
    // A reader in Tokyo: the toggle appears (their offset is not Vancouver's).
    const context = await browser.newContext({ timezoneId: "Asia/Tokyo", locale: "en-US" });
    await offline(context);
    const page = await context.newPage();
    const errors = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: "networkidle" });
    const toggle = page.getByRole("button", { name: /Show times in my time zone/ });
    await toggle.waitFor({ timeout: 30_000 });
    const opens = page.locator("astro-island[component-export='LocalTime'] time");
    const before = await opens.textContent();
    check(/PT/.test(before ?? ""), `the time island shows the event's zone before the switch ("${before}")`);
    await toggle.click();
    await page
      .waitForFunction(
        () =>
          /UTC\+9|GMT\+9|JST/.test(
            document.querySelector("astro-island[component-export='LocalTime'] time")?.textContent ?? "",
          ),
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => {});
    const after = await opens.textContent();
    check(/UTC\+9|GMT\+9|JST/.test(after ?? ""), `the toggle's island switched the time island to Tokyo ("${after}")`);
    check((await toggle.getAttribute("aria-pressed")) === "true", "the toggle is pressed");
    check(errors.length === 0, `no console errors in Chromium (${errors.join(" | ")})`);
    const axe = await axeViolations(page);
    check(axe.length === 0, `no axe violations after the switch (${axe.join(" | ")})`);
    await context.close();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    await offline(noJs);
    const still = await noJs.newPage();
    await still.goto(url);
    const rows = await still.locator("table tbody tr").count();
    check(
      rows >= edition.sessions.filter((s) => !s.blockId).length,
      `the programme reads without JavaScript (${rows} rows)`,
    );
    await noJs.close();
  } finally {
    await browser.close();
  }
}
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
