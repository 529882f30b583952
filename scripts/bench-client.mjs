#!/usr/bin/env node
// biome-ignore-all lint/suspicious/noConsole: a benchmark's output is its console
// The client benchmark: how the reader's browser copes with a programme of 50, 300, 1,000 and 3,000 sessions.
//
// It writes one generated edition per size (a congress-like programme: several rooms and days, speakers,
// descriptions), builds the ES-FoMo demo from them exactly as the demo is built (scripts/build.mjs with CONTENT_DIR,
// into a temporary OUT_DIR), serves the pages on 127.0.0.1 and measures each in Debian Chromium (playwright-core):
//   - phone: 375 px wide, CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), and desktop: 1,280 px, unslowed;
//   - page HTML and JavaScript bytes (gzip), DOM elements after hydration;
//   - blocking time after first paint (the part over 50 ms of every long task after first-contentful-paint);
//   - hydration (from `wk:hydrate-start`, marked by the demo's client entry, until the first idle callback);
//   - interaction to next paint of the zone switch, a star and a search keystroke (PerformanceObserver `event`
//     entries, the longest entry of that interaction), where the page offers them;
//   - the JS heap after a forced garbage collection.
// Prints a table (medians of --runs) and the growth from 300 to 3,000 sessions. Figures, not a pass/fail test:
// machine load moves timings about ×2, so compare figures from one run.
//
//   node scripts/bench-client.mjs                       all sizes, 3 runs each (several minutes)
//   node scripts/bench-client.mjs --sizes 300 --runs 1  what `npm test` runs
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { startServer } from "../examples/es-fomo/scripts/serve.mjs";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const SIZES = option("sizes", "50,300,1000,3000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const RUNS = Math.max(1, Number(option("runs", "3")));
const KEEP = args.includes("--keep");

const repo = resolve(import.meta.dirname, "..");
const demo = join(repo, "examples/es-fomo");
const work = mkdtempSync(join(tmpdir(), "wk-bench-client-"));
const contentDir = join(work, "content");
const outDir = join(work, "site");
mkdirSync(contentDir, { recursive: true });

// ── 1. Content ────────────────────────────────────────────────────────────────────────────────────────────────
/** A small seeded generator, so every run measures the same programme. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS =
  "sparse attention kernels quantised inference memory bandwidth speculative decoding mixture experts pipeline parallel serving latency throughput compilers scheduling caches tokens long context distillation pruning low rank adapters hardware aware training energy efficient systems accelerators compression retrieval batching streaming".split(
    " ",
  );
const FIRST =
  "Ana Bo Chen Dara Eli Femi Gita Hugo Ines Jun Kai Lena Mara Nils Omar Priya Quinn Rosa Sami Tara Uma Vik Wen Yara Zoe".split(
    " ",
  );
const LAST =
  "Adeyemi Berg Castro Dubois Evans Fischer Garcia Huang Ito Jensen Kim Larsen Moreau Nakamura Okafor Petrov Rossi Silva Tanaka Urban Varga Weber Xu Yilmaz Zhang".split(
    " ",
  );
const AFFILIATIONS =
  "ETH Zürich,MIT,Stanford University,University of Tokyo,Mila,Tsinghua University,KAIST,Inria,Max Planck Institute for Intelligent Systems,University of Cambridge,IISc Bangalore,University of Toronto".split(
    ",",
  );

/** Sessions per room per day: 20-minute slots from 09:00, with a break every four slots. */
function edition(size, year) {
  const rnd = random(size * 7919);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const phrase = (n) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const rooms = size <= 50 ? 2 : size <= 300 ? 4 : size <= 1000 ? 8 : 12;
  const perRoomDay = 20;
  const days = Math.max(1, Math.ceil(size / (rooms * perRoomDay)));
  const people = [];
  const sessions = [];
  const start = new Date(Date.UTC(year, 6, 10));
  const date = (d) => new Date(start.getTime() + d * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; sessions.length < size; i++) {
    const day = Math.floor(i / (rooms * perRoomDay));
    const room = i % rooms;
    const slot = Math.floor(i / rooms) % perRoomDay;
    const minutes = 9 * 60 + slot * 20 + Math.floor(slot / 4) * 10;
    const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    const isBreak = slot % 4 === 3 && room === 0;
    const speakers = [];
    if (!isBreak) {
      for (let k = 0; k < 1 + Math.floor(rnd() * 2); k++) {
        const id = `person-${people.length + 1}`;
        people.push({
          id,
          name: `${pick(FIRST)} ${pick(LAST)}`,
          affiliation: pick(AFFILIATIONS),
          roles: [people.length % 20 === 0 ? "invited-speaker" : "oral-presenter"],
          bio: `${phrase(12)}. ${phrase(14)}.`,
        });
        speakers.push(id);
      }
    }
    sessions.push({
      id: `s-${i + 1}`,
      title: isBreak ? "Coffee break" : `${phrase(3 + Math.floor(rnd() * 5))}`.replace(/^./, (c) => c.toUpperCase()),
      kind: isBreak ? "break" : pick(["oral", "oral", "invited-talk", "spotlight", "poster-session"]),
      day: day + 1,
      start: hhmm(minutes),
      end: hhmm(minutes + 20),
      room: `Hall ${String.fromCharCode(65 + room)}`,
      ...(speakers.length ? { speakers } : {}),
      ...(isBreak ? {} : { description: `${phrase(30)}.\n\n${phrase(25)}.` }),
    });
  }
  return {
    name: `Benchmark Congress on Efficient Systems (${size} sessions)`,
    shortName: `BCES ${size}`,
    year,
    timeZone: "Europe/Vienna",
    dates: { start: date(0), end: date(days - 1) },
    venue: { conference: "Benchmark Conference", conferenceShort: "BC", city: "Vienna", country: "Austria" },
    website: "https://example.org",
    people,
    sessions,
    deadlines: [
      { id: "submission", label: "Paper submission", kind: "submission", due: `${year}-05-01T23:59`, zone: "AoE" },
    ],
  };
}

// Each size is one "year" of the demo; the newest is the home page, the others /YEAR/.
const BASE_YEAR = 2100;
const pages = SIZES.map((size, i) => ({ size, year: BASE_YEAR + i }));
for (const { size, year } of pages) {
  writeFileSync(join(contentDir, `${year}.yaml`), JSON.stringify(edition(size, year)));
}
const newest = Math.max(...pages.map((p) => p.year));
const pathOf = (year) => (year === newest ? "/" : `/${year}/`);

// ── 2. Build, exactly as the demo builds ─────────────────────────────────────────────────────────────────────
console.log(`Building ${pages.length} page(s) (${SIZES.join(", ")} sessions) with the demo's build…`);
execFileSync(process.execPath, [join(demo, "scripts/build.mjs")], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, BUILD_NOW: `${BASE_YEAR}-06-20T12:00:00Z` },
});
const jsBytes = readdirSync(join(outDir, "assets"))
  .filter((f) => f.endsWith(".js"))
  .reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, "assets", f))).length, 0);

// ── 3. Measure ───────────────────────────────────────────────────────────────────────────────────────────────
const INIT = () => {
  const w = /** @type {any} */ (window);
  w.__wk = { longtasks: [], events: [], fcp: null, hydrateStart: null, idle: null };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.__wk.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === "first-contentful-paint") w.__wk.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      if (e.interactionId) w.__wk.events.push({ id: e.interactionId, name: e.name, duration: e.duration });
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      if (e.name !== "wk:hydrate-start") continue;
      w.__wk.hydrateStart = e.startTime;
      // React's scheduler keeps a task queued while it has work, so the first idle callback means it is done.
      setTimeout(() =>
        requestIdleCallback(() => {
          w.__wk.idle = performance.now();
        }),
      );
    }
  }).observe({ type: "mark", buffered: true });
};

const PROFILES = [
  { name: "phone", width: 375, height: 812, cpu: 4 },
  { name: "desktop", width: 1280, height: 900, cpu: 1 },
];

const { url: origin, close } = await startServer({ port: 0, dir: outDir });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

/** The slowest event entry of the interaction that `act` starts. */
async function interaction(page, act) {
  const before = await page.evaluate(() => window.__wk.events.length);
  await act();
  await page.waitForTimeout(400);
  return page.evaluate((from) => {
    const entries = window.__wk.events.slice(from);
    return entries.length ? Math.max(...entries.map((e) => e.duration)) : 16; // under the threshold: ≤ 16 ms
  }, before);
}

async function measure(year, profile) {
  const context = await browser.newContext({
    viewport: { width: profile.width, height: profile.height },
    locale: "en-US",
    timezoneId: "Pacific/Auckland",
  });
  await context.route(
    (u) => !u.href.startsWith(origin),
    (route) => route.abort("internetdisconnected"),
  );
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  await page.goto(`${origin}${pathOf(year)}`, { waitUntil: "load" });
  await page.waitForFunction(() => window.__wk.idle !== null, null, { timeout: 120_000 });
  await page.waitForTimeout(300);
  const load = await page.evaluate(() => {
    const wk = window.__wk;
    const fcp = wk.fcp ?? 0;
    let blocking = 0;
    for (const t of wk.longtasks) {
      const end = t.start + t.duration;
      if (end <= fcp) continue;
      const counted = end - Math.max(t.start, fcp);
      blocking += Math.max(0, counted - 50);
    }
    return {
      dom: document.getElementsByTagName("*").length,
      blocking,
      hydration: wk.idle - wk.hydrateStart,
    };
  });
  const zone = page.getByRole("button", { name: /time zone|your time|my time/i }).first();
  const zoneMs = (await zone.count()) ? await interaction(page, () => zone.click()) : null;
  const star = page.locator("button[aria-pressed][data-wk-star], button[aria-pressed][aria-label^='Star']").first();
  const starMs = (await star.count()) ? await interaction(page, () => star.click()) : null;
  const search = page.getByRole("searchbox").first();
  let searchMs = null;
  if (await search.count()) {
    await search.focus();
    searchMs = await interaction(page, () => page.keyboard.press("k"));
  }
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
  const html = readFileSync(join(outDir, pathOf(year), "index.html"));
  await context.close();
  return {
    html: gzipSync(html).length,
    ...load,
    zoneMs,
    starMs,
    searchMs,
    heap,
    errors,
  };
}

const median = (values) => {
  const v = values.filter((x) => x !== null).sort((a, b) => a - b);
  if (!v.length) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

const rows = [];
const figures = {};
let hydrationErrors = 0;
for (const profile of PROFILES) {
  for (const { size, year } of pages) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await measure(year, profile));
    hydrationErrors += runs.reduce((n, run) => n + run.errors.length, 0);
    for (const e of runs.flatMap((run) => run.errors).slice(0, 3))
      console.log(`  console error (${size}, ${profile.name}): ${e}`);
    const m = (key) => median(runs.map((run) => run[key]));
    const f = {
      html: m("html"),
      dom: m("dom"),
      blocking: m("blocking"),
      hydration: m("hydration"),
      zone: m("zoneMs"),
      star: m("starMs"),
      search: m("searchMs"),
      heap: m("heap"),
    };
    figures[`${profile.name}:${size}`] = f;
    const ms = (x) => (x === null ? "n/a" : `${Math.round(x)}`);
    rows.push({
      profile: `${profile.name} (${profile.width} px${profile.cpu > 1 ? `, CPU ×${profile.cpu}` : ""})`,
      sessions: size,
      "HTML gz kB": (f.html / 1024).toFixed(1),
      "JS gz kB": (jsBytes / 1024).toFixed(1),
      DOM: f.dom,
      "blocking ms": ms(f.blocking),
      "hydration ms": ms(f.hydration),
      "zone switch ms": ms(f.zone),
      "star ms": ms(f.star),
      "search key ms": ms(f.search),
      "heap MB": (f.heap / 1048576).toFixed(1),
    });
  }
}
await browser.close();
await close();

console.log(
  `\nClient benchmark, Chromium, medians of ${RUNS} run(s); reader in Pacific/Auckland; JS = every script of the site.`,
);
console.table(rows);
if (SIZES.includes(300) && SIZES.includes(3000)) {
  for (const profile of PROFILES) {
    const a = figures[`${profile.name}:300`];
    const b = figures[`${profile.name}:3000`];
    const ratio = (key) => (a[key] && b[key] !== null ? `×${(b[key] / a[key]).toFixed(1)}` : "n/a");
    console.log(
      `growth 300 → 3,000 sessions (${profile.name}): zone switch ${ratio("zone")}, star ${ratio("star")}, search ${ratio("search")}, blocking ${ratio("blocking")}, HTML ${ratio("html")}, DOM ${ratio("dom")}`,
    );
  }
}
console.log(
  "targets (phone, 300 / 1,000 sessions): interactions ≤ 100 / 200 ms, blocking ≤ 300 / 800 ms, HTML gz ≤ 80 / 220 kB; growth 300 → 3,000: interactions ≤ ×3, blocking ≤ ×5",
);
if (!KEEP) rmSync(work, { recursive: true, force: true });
else console.log(`kept: ${work} (${(statSync(outDir).size / 1024).toFixed(0)} kB dir)`);
if (hydrationErrors > 0) {
  console.log(`${hydrationErrors} console error(s) while loading: see above`);
  process.exit(1);
}
