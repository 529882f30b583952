#!/usr/bin/env node
// biome-ignore-all lint/suspicious/noConsole: a test runner's output is its console
// `pnpm test:reader` (issue #14's proof): the page as readers live it, in Debian Chromium (playwright-core), over
// the built demo (examples/es-fomo/dist) and the static Storybook (storybook-static/). What a reader would notice:
//   - horizontal overflow: the page pans sideways (320, 375 and 1280 px);
//   - axe violations (WCAG 2.2 AA + best practice) in light, dark and forced colours;
//   - layout shift: CLS measured with a buffered PerformanceObserver from the first paint, on a deep link to every
//     section of the demo (/#speakers …) — must be 0;
//   - console errors and warnings (hydration warnings are console errors), page errors, CSP violations;
// with the clock frozen at each phase of the workshop (call open, an hour before the deadline, the deadline passing,
// the workshop's 10:30, a year later) and the reader in Auckland, Kolkata and Los Angeles.
//
// Two matrices. The default (what `npm test` runs; about a minute on a quiet 2-core machine) keeps every check kind
// on every page at least once: every width × theme on the home page, the archive page once, every phase × zone at
// 375 px (axe in one zone per phase: the zone changes times, not structure), every deep link at 375 and 1280 px, each
// story once (the page recipes and the room grid at a phone and a dark laptop). `--full` (and `--shots`) runs
// everything: both demo pages at every width × theme, axe in every phase × zone, every story at 320 and 1280 px.
//
//   node scripts/reader-suite.mjs                 run the checks (needs dist/ and storybook-static/: see test:reader)
//   node scripts/reader-suite.mjs --full          the full matrix (pnpm test:reader -- --full)
//   node scripts/reader-suite.mjs --shots [dir]   also write a screenshot of every page checked (default
//                                                 reader-screenshots/, git-ignored) and an index.html to scan them
//   node scripts/reader-suite.mjs --only demo|storybook
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { startServer } from "../examples/es-fomo/scripts/serve.mjs";
import { buildSite } from "../packages/create-workshop-kit/template/scripts/build.mjs";
import { AXE_TAGS, axeViolations, createRunner, launchBrowser } from "./page-checks.mjs";
import { serveStatic, staticDir } from "./storybook-static.mjs";

const args = process.argv.slice(2);
const shotsAt = args.indexOf("--shots");
const shotsDir =
  shotsAt >= 0 ? resolve(args[shotsAt + 1]?.startsWith("--") ? "" : (args[shotsAt + 1] ?? "reader-screenshots")) : null;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const full = args.includes("--full") || shotsDir !== null;
const demoDir = resolve("examples/es-fomo");
/** How long before the reader opens it each phase's page was built (deployed): the morning of the workshop day. */
const BUILT_BEFORE_MS = 3 * 3600_000;

/** ES-FoMo 2025: submission due 2025-05-27 23:59 UTC; the workshop on 2025-07-18 in Vancouver (10:30 PT = 17:30Z). */
export const PHASES = [
  { id: "call-open", title: "call open", at: "2025-05-10T12:00:00Z" },
  { id: "hour-before", title: "an hour before the deadline", at: "2025-05-27T22:59:00Z" },
  // 10 s before the deadline; the check lets 20 s pass on the page's clock, so the deadline passes in view.
  { id: "deadline-passing", title: "the deadline passing", at: "2025-05-27T23:58:50Z", run: 20_000 },
  { id: "workshop-1030", title: "the workshop's 10:30", at: "2025-07-18T17:30:00Z" },
  { id: "year-later", title: "a year later", at: "2026-07-18T17:30:00Z" },
];
export const ZONES = ["Pacific/Auckland", "Asia/Kolkata", "America/Los_Angeles"];
export const WIDTHS = [320, 375, 1280];
export const THEMES = ["light", "dark", "forced"];
const SECTIONS = ["call", "dates", "schedule", "papers", "speakers", "organisers", "sponsors", "contact"];

/** Storybook stories a reader's page is made of: the page recipes, the grids, the narrow and zone stories. */
const STORIES = [
  "page-recipes-workshop-page--before-the-deadline",
  "page-recipes-workshop-page--during-the-workshop",
  "page-recipes-workshop-page--archive-2024",
  "components-scheduletable--multi-room",
  "components-scheduletable--multi-room-reader-zone",
  "components-scheduletable--reader-zone",
  "components-scheduletable--live",
  "components-scheduletable--es-fomo-2023",
  "components-scheduletable--to-be-announced",
  "components-speakergrid--invited-speakers-2025",
  "components-speakergrid--committees",
  "components-callforpapers--open-2025",
  "page-recipes-corpus--eval-summit-2025",
  "page-recipes-corpus--ate-2025",
  "page-recipes-corpus--erw-2025",
];

const run = createRunner("reader phases");

/** A component story is a fragment of a page: page-level rules (one main, one h1, landmarks) do not apply. */
async function storyAxe(page, whole) {
  for (let attempt = 0; ; attempt++) {
    try {
      const builder = new AxeBuilder({ page }).withTags(AXE_TAGS).include("#storybook-root");
      if (!whole) builder.disableRules(["landmark-one-main", "page-has-heading-one", "region"]);
      const { violations } = await builder.analyze();
      return violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      );
    } catch (error) {
      // Storybook's a11y addon runs axe after the render too; wait for it.
      if (attempt < 5 && /already running/.test(String(error))) await page.waitForTimeout(500);
      else throw error;
    }
  }
}
const started = Date.now();

/** How far the document pans sideways, and the innermost text that sticks out (clipped text aside). */
async function overflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const pans = doc.scrollWidth - doc.clientWidth;
    if (pans <= 0) return null;
    const clipped = (el) => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.overflowX !== "visible" || cs.clip !== "auto") return true;
      }
      return false;
    };
    const culprits = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && culprits.length < 4; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      const el = node.parentElement;
      if (right > doc.clientWidth + 0.5 && el && !clipped(el)) {
        const slot = el.getAttribute("data-slot") ? `[data-slot=${el.getAttribute("data-slot")}]` : "";
        const cls = typeof el.className === "string" && el.className ? `.${el.className.split(" ")[0]}` : "";
        culprits.push(
          `${el.tagName.toLowerCase()}${cls}${slot} "${node.textContent.trim().slice(0, 40)}" → ${Math.round(right)} px`,
        );
      }
    }
    return `the page pans ${pans} px sideways: ${culprits.join(", ") || "(no text sticks out: a box does)"}`;
  });
}

const shots = [];
async function shoot(page, name) {
  if (!shotsDir) return;
  const file = `${name}.png`;
  const height = Math.min(2400, await page.evaluate(() => document.documentElement.scrollHeight));
  const width = page.viewportSize()?.width ?? 1280;
  await page.screenshot({ path: join(shotsDir, file), clip: { x: 0, y: 0, width, height }, fullPage: true });
  shots.push(file);
}

/** A context for one reader: width, theme (forced = Chromium's real forced-colors: active), zone, frozen clock. */
async function openReader(browser, origin, { width, theme = "light", zone = "America/Los_Angeles", at }) {
  const context = await browser.newContext({
    locale: "en-US",
    timezoneId: zone,
    viewport: { width, height: 800 },
    colorScheme: theme === "dark" ? "dark" : "light",
    forcedColors: theme === "forced" ? "active" : "none",
    reducedMotion: "reduce",
  });
  await context.route(
    (u) => !u.href.startsWith(origin),
    (route) => route.abort("internetdisconnected"),
  );
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error" && msg.type() !== "warning") return;
    const where = msg.location()?.url ?? "";
    // The machine is offline: remote speaker photos fail and fall back to initials (the e2e counts those).
    if (msg.text().startsWith("Failed to load resource") && !where.startsWith(origin)) return;
    if (/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(msg.text())) return;
    problems.push(`console.${msg.type()}: ${msg.text().slice(0, 300)}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  await page.addInitScript(() => {
    window.__cls = 0;
    window.__shifts = [];
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.effectiveDirective));
    /** What moved, for the report: `tag#id.class[data-slot]`, y before → after. */
    const describe = (s) => {
      const n = s.node;
      if (!n) return "(a node since removed)";
      const el = n.nodeType === 1 ? n : n.parentElement;
      if (!el) return "(text)";
      const id = el.id ? `#${el.id}` : "";
      const cls = typeof el.className === "string" && el.className ? `.${el.className.split(" ")[0]}` : "";
      const slot = el.getAttribute("data-slot") ? `[data-slot=${el.getAttribute("data-slot")}]` : "";
      const x =
        Math.round(s.previousRect.x) === Math.round(s.currentRect.x)
          ? ""
          : ` x ${Math.round(s.previousRect.x)}→${Math.round(s.currentRect.x)}`;
      return `${el.tagName.toLowerCase()}${id}${cls}${slot}${x} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__cls += entry.value;
        // When (ms after navigation) and where the page was scrolled: a shift before the document finished loading
        // reads differently from one at hydration.
        window.__shifts.push(
          `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms, scrollY ${Math.round(scrollY)}, ${document.readyState}: ${(entry.sources ?? []).map(describe).join(", ")}`,
        );
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  if (at) await page.clock.install({ time: new Date(at) });
  return { context, page, problems };
}

/** Load a demo page and let hydration and the clock's first tick settle. */
async function loadDemo(page, url, phase) {
  await page.goto(url, { waitUntil: "load" });
  // Hydration has started once React has a container on #root; then the clock ticks. Polled from here: the page's
  // timers and its performance entries belong to the frozen clock.
  for (let i = 0; i < 150; i++) {
    const hydrating = await page.evaluate(() => {
      const root = document.getElementById("root");
      return !!root && Object.keys(root).some((k) => k.startsWith("__reactContainer"));
    });
    if (hydrating) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  await page.clock.runFor(1500);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  if (phase?.run) {
    // A phase that passes a moment in view (the deadline): the page has come alive first, as for a reader who opened
    // it and is reading (hydration is sliced in real time; the page's clock would otherwise run past the deadline
    // before the page is live), then its clock runs on.
    await waitLive(page);
    await page.clock.runFor(phase.run - 1500);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
}

/**
 * Until the page is live: every control held on the server has come alive ([data-pending] gone), except the
 * schedule zone switch's stand-in, which stays (invisible) under the note a reader in the event's own zone gets.
 */
async function waitLive(page) {
  await page
    .waitForFunction(() => !document.querySelector("[data-pending]:not(.wk-time-zone-place > *)"), null, {
      timeout: 5000,
    })
    .catch(() => {});
}

/** Everything but axe: overflow, console, CSP. */
async function pageProblems(page, problems) {
  const found = [...problems];
  const pan = await overflow(page);
  if (pan) found.push(pan);
  const csp = await page.evaluate(() => window.__csp);
  if (csp.length) found.push(`CSP violations: ${csp.join(", ")}`);
  return found;
}

/** Run jobs two at a time (the machine has two cores). */
async function pool(jobs, worker, width = 2) {
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await worker(job);
    }),
  );
}

const browser = await launchBrowser();
const closers = [() => browser.close()];
try {
  if (shotsDir) {
    rmSync(shotsDir, { recursive: true, force: true });
    mkdirSync(shotsDir, { recursive: true });
  }

  // ── The demo ────────────────────────────────────────────────────────────────────────────────────────────────
  // The demo as deployed at each phase: built (BUILD_NOW) three hours before the reader opens it, so what the server
  // rendered as "now" and the reader's clock differ as on a real site. A page built after its reader's clock (the
  // archive read at the call's opening) cannot happen, and would shift for reasons no reader meets.
  const origins = new Map();
  if (only !== "storybook") {
    const log = console.log;
    console.log = () => {};
    try {
      for (const phase of PHASES) {
        const dir = join(demoDir, ".cache/reader", phase.id);
        const BUILD_NOW = new Date(Date.parse(phase.at) - BUILT_BEFORE_MS).toISOString();
        await buildSite({
          siteDir: demoDir,
          configFile: join(demoDir, "vite.config.ts"),
          env: { BUILD_NOW, OUT_DIR: dir },
        });
        const server = await startServer({ port: 0, dir });
        closers.unshift(server.close);
        origins.set(phase.id, { origin: server.url.replace(/\/$/, ""), dir });
      }
    } finally {
      console.log = log;
    }
    console.log(`  built the demo as deployed 3 h before each phase (${PHASES.length} builds)`);
  }
  const workshop = PHASES.find((p) => p.id === "workshop-1030");

  if (only !== "storybook") {
    const { origin } = origins.get(workshop.id);
    {
      // 1. Every width × theme for the current edition (and, with --full, an archive page), on the workshop day.
      const pages = full ? ["/", "/2024/"] : ["/"];
      const jobs1 = pages.flatMap((path) => WIDTHS.flatMap((width) => THEMES.map((theme) => ({ path, width, theme }))));
      if (!full) jobs1.push({ path: "/2024/", width: 375, theme: "light" });
      await pool(jobs1, async ({ path, width, theme }) => {
        const name = `demo${path === "/" ? "" : path.replaceAll("/", "-").replace(/-$/, "")} ${width} px ${theme}`;
        await run.check(`${name}: no sideways pan, no axe violations, no console errors`, async () => {
          const { context, page, problems } = await openReader(browser, origin, { width, theme, at: workshop.at });
          try {
            await loadDemo(page, `${origin}${path}`, workshop);
            const found = await pageProblems(page, problems);
            found.push(...(await axeViolations(page)));
            await shoot(page, `demo${path.replaceAll("/", "-").replace(/-$/, "")}--${width}-${theme}`);
            if (found.length) throw new Error(found.join("\n"));
          } finally {
            await context.close();
          }
        });
      });

      // 2. Every phase × zone, at a phone's width, light (the zone and the clock change words, not colours).
      const jobs2 = PHASES.flatMap((phase) => ZONES.map((zone) => ({ phase, zone })));
      await pool(jobs2, async ({ phase, zone }) => {
        const what = full || zone === ZONES[0] ? "no pan, no errors, axe clean" : "no pan, no errors";
        await run.check(`demo at ${phase.title}, reader in ${zone}, 375 px: ${what}`, async () => {
          const built = origins.get(phase.id).origin;
          const { context, page, problems } = await openReader(browser, built, { width: 375, zone, at: phase.at });
          try {
            await loadDemo(page, `${built}/`, phase);
            const found = await pageProblems(page, problems);
            if (full || zone === ZONES[0]) found.push(...(await axeViolations(page)));
            if (zone === "Pacific/Auckland" || phase.id === "workshop-1030")
              await shoot(page, `demo--375-light-${phase.id}-${zone.replace("/", "-")}`);
            if (found.length) throw new Error(found.join("\n"));
          } finally {
            await context.close();
          }
        });
      });

      // 3. Deep links to every section: nothing moves under the reader (CLS 0), for readers in Auckland (the zone
      // switch's longest label) and Los Angeles (the event's zone: the note in the switch's place) at 320, 375 and
      // 1280 px, and in Kolkata at 1280 px. A reader in another zone meets parts only their browser knows (the switch to their
      // zone, their own time beside a deadline); their places are held from the first paint.
      // Every section the home page has (a deep link to an id the page lacks proves nothing).
      /** Open `path` on the phase's build as `reader` sees it; throws what moved (and any page problem) if CLS > 0. */
      const noShift = async (phase, path, reader) => {
        const built = origins.get(phase.id).origin;
        const { context, page, problems } = await openReader(browser, built, { ...reader, at: phase.at });
        try {
          await loadDemo(page, `${built}${path}`, phase);
          const [shift, shifts] = await page.evaluate(() => [window.__cls, window.__shifts]);
          const found = await pageProblems(page, problems);
          if (shift > 0) found.push(`CLS ${shift.toFixed(4)}; what moved:`, ...shifts.slice(0, 6));
          if (found.length) throw new Error(found.join("\n"));
          return shift;
        } finally {
          await context.close();
        }
      };
      // With --full: every phase (each on its own build) and every zone at every width.
      const sectionsOf = (phase) => {
        const home = readFileSync(join(origins.get(phase.id).dir, "index.html"), "utf8");
        return SECTIONS.filter((id) => home.includes(`id="${id}"`));
      };
      // Kolkata's reader meets what Auckland's does (another zone than the event's): in the default run, which is part
      // of npm test and must stay quick on a 2-core machine, only at 1280 px.
      const readers = ZONES.flatMap((zone) =>
        (zone === "Asia/Kolkata" && !full ? [1280] : [320, 375, 1280]).map((width) => ({ zone, width })),
      );
      const jobs3 = (full ? PHASES : [workshop]).flatMap((phase) =>
        readers.flatMap((reader) => sectionsOf(phase).map((section) => ({ ...reader, section, phase }))),
      );
      const cls = new Map();
      await pool(jobs3, async ({ zone, width, section, phase }) => {
        const city = zone.split("/")[1].replace("_", " ");
        const when = phase === workshop ? "" : ` in phase "${phase.title}"`;
        await run.check(`demo /#${section}${when} at ${width} px, reader in ${city}: CLS 0`, async () => {
          const shift = await noShift(phase, `/#${section}`, { width, zone });
          const key = `${city} ${width} px`;
          cls.set(key, Math.max(cls.get(key) ?? 0, shift));
          return `CLS ${shift}`;
        });
      });
      console.log(
        `  largest CLS over ${jobs3.length} deep links (${full ? "every phase" : "the workshop day"}): ${[...cls]
          .sort()
          .map(([k, v]) => `${k} ${v.toFixed(4)}`)
          .join(" · ")}`,
      );

      // 4. The top of the home page, read in each phase on a build made three hours before: what the build rendered
      // as "now" (the call open, the workshop not begun) is not what the reader's clock says, and the strip at the
      // top (now/next, the call-out) changes state at hydration. It keeps its first height until it is out of sight
      // (the template's client.tsx), and its parts keep their places: nothing below moves.
      const tops = PHASES.flatMap((phase) =>
        (full ? ZONES : [ZONES[2]]).flatMap((zone) => [320, 375, 1280].map((width) => ({ phase, width, zone }))),
      );
      await pool(tops, async ({ phase, width, zone }) => {
        const city = full ? `, reader in ${zone.split("/")[1].replace("_", " ")}` : "";
        await run.check(`demo / in phase "${phase.title}" at ${width} px${city}: CLS 0`, async () => {
          return `CLS ${await noShift(phase, "/", { width, zone })}`;
        });
      });
    }
  }

  // ── What a reader sees, one defect at a time (issue #14's list) ──────────────────────────────────────────
  if (only !== "storybook") {
    const { origin } = origins.get(workshop.id);
    const at = async (path, reader, fn) => {
      const { context, page } = await openReader(browser, origin, { at: workshop.at, ...reader });
      try {
        await loadDemo(page, `${origin}${path}`, workshop);
        return await fn(page);
      } finally {
        await context.close();
      }
    };
    // A reader who scrolled to the dates, or to the submit link, and watches the deadline pass: the words change in
    // place ("Closed", "Submissions closed"), nothing on screen moves (the next date's card waits until the list is out
    // of view; the call keeps the link's space).
    const passing = PHASES.find((p) => p.id === "deadline-passing");
    for (const [what, selector, width, expected] of [
      ["the dates", "#dates [data-slot=item]", 320, /Closed less than a minute ago/],
      ["the dates", "#dates [data-slot=item]", 1280, /Closed less than a minute ago/],
      ["the submit link", "#call [data-slot=submit]", 375, /Submissions closed on/],
    ]) {
      await run.check(
        `the deadline passing under a reader looking at ${what} at ${width} px: words change, CLS 0`,
        async () => {
          const built = origins.get(passing.id).origin;
          const { context, page, problems } = await openReader(browser, built, { width, at: passing.at });
          try {
            await loadDemo(page, `${built}/`, { ...passing, run: undefined });
            await waitLive(page);
            // Scrolled there by the reader (a wheel: input, which also ends the deep-link keeping), the element mid-screen.
            const dy = await page.evaluate(
              (q) => Math.round((document.querySelector(q)?.getBoundingClientRect().top ?? 0) - innerHeight / 2),
              selector,
            );
            await page.mouse.move(width / 2, 400);
            await page.mouse.wheel(0, dy);
            await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, dy, { timeout: 5000 });
            await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
            await page.evaluate(() => {
              window.__cls = 0;
              window.__shifts = [];
            });
            await page.clock.runFor(20_000);
            await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
            const [shift, shifts, text] = await page.evaluate(() => [
              window.__cls,
              window.__shifts,
              // biome-ignore lint/performance/useDomNodeTextContent: the words a reader sees, not hidden ones
              document.body.innerText,
            ]);
            const found = await pageProblems(page, problems);
            if (!expected.test(text)) found.push(`the page does not say ${expected} after the deadline`);
            if (shift > 0) found.push(`CLS ${shift.toFixed(4)}; what moved:`, ...shifts.slice(0, 6));
            if (found.length) throw new Error(found.join("\n"));
            return "CLS 0";
          } finally {
            await context.close();
          }
        },
      );
    }
    await run.check("grouped sessions are set like the others (no selector clash with tbody[data-slot=group])", () =>
      at("/2024/", { width: 1280 }, async (page) => {
        const [inGroup, outside] = await page.evaluate(() =>
          ["tbody[data-slot=group] [data-slot=title]", "tbody:not([data-slot]) [data-slot=title]"].map((q) => {
            const el = document.querySelector(`.wk-schedule-table ${q}`);
            if (!el) return null;
            const cs = getComputedStyle(el);
            return `${cs.fontSize} ${cs.color}`;
          }),
        );
        if (!inGroup || !outside) throw new Error("the 2024 page has no grouped and ungrouped rows to compare");
        if (inGroup !== outside) throw new Error(`a grouped title is ${inGroup}, an ungrouped one ${outside}`);
        return inGroup;
      }),
    );
    await run.check("targets are at least 24 × 24 px (link lists, buttons) on a phone", () =>
      at("/", { width: 375 }, async (page) => {
        const small = await page.evaluate(() =>
          [...document.querySelectorAll("[class^='wk-'] [data-slot='links'] a, .wk-button, .wk-time-zone-toggle")]
            .map((el) => ({ el, r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
            .map(({ el, r }) => `${el.textContent.trim().slice(0, 30)} ${Math.round(r.width)}×${Math.round(r.height)}`),
        );
        if (small.length) throw new Error(`${small.length} small targets: ${small.slice(0, 5).join(", ")}`);
      }),
    );
    await run.check("forced colours: the live row and the avatars keep a visible edge", () =>
      at("/", { width: 1280, theme: "forced" }, async (page) => {
        // Live states reach the rows in a deferred render (issue #19): give it a moment on a loaded machine. Polled
        // from here with real time: the page's own timers belong to the frozen clock.
        for (let i = 0; i < 50; i++) {
          if (await page.evaluate(() => !!document.querySelector(".wk-schedule-table [data-state='live']"))) break;
          await new Promise((done) => setTimeout(done, 100));
        }
        const found = await page.evaluate(() => {
          const out = [];
          const live = document.querySelector(".wk-schedule-table [data-state='live']");
          if (!live) out.push("no live row at 10:30");
          else {
            const cs = getComputedStyle(live);
            const first = getComputedStyle(live.firstElementChild ?? live);
            if (cs.outlineStyle === "none" && first.borderInlineStartWidth === "0px")
              out.push("the live row has no edge");
          }
          const avatar = document.querySelector(".wk-avatar");
          if (avatar && getComputedStyle(avatar).borderTopStyle === "none") out.push("an avatar has no border");
          return out;
        });
        if (found.length) throw new Error(found.join("; "));
      }),
    );
    await run.check("invited speakers' cards are compact on a phone (photo beside the name)", () =>
      at("/", { width: 375 }, async (page) => {
        const heights = await page.evaluate(() =>
          [...document.querySelectorAll("#speakers .wk-speaker-card")].map((c) => c.getBoundingClientRect().height),
        );
        if (!heights.length) throw new Error("no speaker cards");
        const tallest = Math.max(...heights);
        if (tallest > 300) throw new Error(`the tallest card is ${Math.round(tallest)} px`);
        return `${heights.length} cards, tallest ${Math.round(tallest)} px`;
      }),
    );
    await run.check("initials are quiet on a dark page (muted, dark discs; white letters)", () =>
      at("/", { width: 1280, theme: "dark" }, async (page) => {
        const loud = await page.evaluate(() =>
          [...document.querySelectorAll(".wk-avatar")]
            .map((el) => {
              const [r, g, b] = getComputedStyle(el)
                .backgroundColor.match(/\d+/g)
                .map((v) => Number(v) / 255);
              const max = Math.max(r, g, b);
              const min = Math.min(r, g, b);
              const l = (max + min) / 2;
              const sat = max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
              return { name: el.textContent, l, sat };
            })
            .filter(({ l, sat }) => l > 0.4 || sat > 0.45)
            .map(({ name, l, sat }) => `${name} (lightness ${l.toFixed(2)}, saturation ${sat.toFixed(2)})`),
        );
        if (loud.length) throw new Error(loud.slice(0, 4).join(", "));
      }),
    );
    await run.check("accessible names read as one phrase (no stray space before a hidden suffix)", () =>
      at("/", { width: 1280 }, async (page) => {
        const controls = page.locator(":is(button, a, summary):has(> span.wk-visually-hidden)");
        const n = await controls.count();
        if (!n) throw new Error("no control with a hidden suffix on the page");
        const bad = [];
        for (let i = 0; i < Math.min(n, 12); i++) {
          const snapshot = await controls.nth(i).ariaSnapshot();
          if (/\s[:,)]/.test(snapshot.split("\n")[0] ?? "")) bad.push(snapshot.split("\n")[0]);
        }
        if (bad.length) throw new Error(bad.slice(0, 3).join("\n"));
        return `${Math.min(n, 12)} names read`;
      }),
    );
  }

  // ── Storybook ───────────────────────────────────────────────────────────────────────────────────────────────
  if (only !== "demo") {
    if (!existsSync(join(staticDir, "index.json"))) {
      run.skip("Storybook", "no storybook-static/: run `pnpm test:reader` (it builds Storybook)");
    } else {
      const server = await serveStatic();
      closers.unshift(server.close);
      // Full widths × themes for the page recipes and the room grid; 320 px light and 1280 px dark for the rest.
      // Without --full: the page recipes and the grid at 320 px light and 1280 px dark, every other story once,
      // alternating between the two.
      const key = (id) => id.startsWith("page-recipes-workshop") || id === "components-scheduletable--multi-room";
      const phone = { width: 320, theme: "light" };
      const laptopDark = { width: 1280, theme: "dark" };
      const jobs = STORIES.flatMap((id, i) => {
        if (!full) return (key(id) ? [phone, laptopDark] : [i % 2 ? laptopDark : phone]).map((r) => ({ id, ...r }));
        return key(id)
          ? [320, 1280].flatMap((width) => THEMES.map((theme) => ({ id, width, theme })))
          : [
              { id, ...phone },
              { id, ...laptopDark },
            ];
      });
      await run.check("print: a dark-theme reader's page prints in the light palette", async () => {
        const { context, page } = await openReader(browser, server.url, { width: 1280, theme: "dark" });
        try {
          await page.goto(
            `${server.url}/iframe.html?id=page-recipes-workshop-page--during-the-workshop&viewMode=story&globals=theme:dark`,
          );
          await page.locator(".wk-schedule-table").first().waitFor();
          await page.emulateMedia({ media: "print", colorScheme: "dark" });
          const colours = await page.evaluate(() =>
            [".wk-schedule-table", ".wk-speaker-card"].map((q) => {
              const el = document.querySelector(q);
              return el
                ? `${q} ${getComputedStyle(el).color} on ${getComputedStyle(el).backgroundColor}`
                : `${q} missing`;
            }),
          );
          const wrong = colours.filter((c) => !/rgb\(0, 0, 0\) on (rgba\(0, 0, 0, 0\)|rgb\(255, 255, 255\))$/.test(c));
          if (wrong.length) throw new Error(wrong.join("; "));
        } finally {
          await context.close();
        }
      });
      await run.check("an 8-room grid scrolls in its own box, its time column and room headers sticky", async () => {
        const { context, page } = await openReader(browser, server.url, { width: 1280 });
        try {
          await page.goto(`${server.url}/iframe.html?id=components-scheduletable--multi-room&viewMode=story`);
          const box = page.locator(".wk-schedule-table [data-slot=scroll]").first();
          await box.waitFor({ timeout: 60_000 });
          const facts = await box.evaluate((el) => ({
            scrolls: el.scrollWidth > el.clientWidth,
            pans: document.documentElement.scrollWidth > document.documentElement.clientWidth,
            head: getComputedStyle(el.querySelector("thead th:nth-child(2)")).position,
            time: getComputedStyle(el.querySelector("tbody th")).position,
            name: el.getAttribute("aria-label"),
            focusable: el.tabIndex === 0,
          }));
          const wrong = [];
          if (!facts.scrolls) wrong.push("the box does not scroll");
          if (facts.pans) wrong.push("the page pans");
          if (facts.head !== "sticky" || facts.time !== "sticky")
            wrong.push(`headers ${facts.head}, times ${facts.time}`);
          if (!facts.name || !facts.focusable) wrong.push("the box is not a named, focusable region");
          if (wrong.length) throw new Error(wrong.join("; "));
          return facts.name;
        } finally {
          await context.close();
        }
      });
      await run.check(
        "a brand colour follows the theme wherever data-theme sits (--wk-brand, --wk-brand-dark)",
        async () => {
          const { context, page } = await openReader(browser, server.url, { width: 1280 });
          try {
            await page.goto(`${server.url}/iframe.html?id=components-callforpapers--open-2025&viewMode=story`);
            await page.locator(".wk-call-for-papers").first().waitFor();
            const accents = await page.evaluate(() => {
              const html = document.documentElement;
              const card = document.querySelector(".wk-call-for-papers");
              html.style.setProperty("--wk-brand", "rgb(120, 20, 60)");
              html.style.setProperty("--wk-brand-dark", "rgb(250, 170, 200)");
              const accent = (el) => getComputedStyle(el).getPropertyValue("--wk-color-accent").trim();
              html.setAttribute("data-theme", "light");
              const light = accent(card);
              card.parentElement.setAttribute("data-theme", "dark");
              const darkContainer = accent(card);
              card.parentElement.removeAttribute("data-theme");
              html.setAttribute("data-theme", "dark");
              const darkRoot = accent(card);
              return { light, darkContainer, darkRoot };
            });
            const want = {
              light: "rgb(120, 20, 60)",
              darkContainer: "rgb(250, 170, 200)",
              darkRoot: "rgb(250, 170, 200)",
            };
            if (JSON.stringify(accents) !== JSON.stringify(want)) throw new Error(`accents ${JSON.stringify(accents)}`);
          } finally {
            await context.close();
          }
        },
      );
      await pool(jobs, async ({ id, width, theme }) => {
        await run.check(`story ${id} ${width} px ${theme}: no pan, axe clean`, async () => {
          const { context, page, problems } = await openReader(browser, server.url, { width, theme });
          try {
            const globals = theme === "forced" ? "" : `&globals=theme:${theme}`;
            await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story${globals}`);
            const how = await page.evaluate(
              () =>
                new Promise((done) => {
                  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
                  const finish = (h) => setTimeout(() => done(h), 200);
                  if (document.getElementById("storybook-root")?.childElementCount) return finish("rendered");
                  channel.once("storyRendered", () => finish("rendered"));
                  channel.once("storyErrored", () => finish("errored"));
                  channel.once("storyThrewException", () => finish("errored"));
                  setTimeout(() => done("timeout"), 60_000);
                }),
            );
            const found = how === "rendered" ? [] : [`story ${how}`];
            const pan = await overflow(page);
            if (pan) found.push(pan);
            found.push(...(await storyAxe(page, id.startsWith("page-recipes"))));
            // A story's play function asserts its own layout (a 1280 px grid at 320 px fails it): not a reader's concern.
            found.push(...problems.filter((p) => !/TestingLibraryElementError|play function|React DevTools/i.test(p)));
            await shoot(page, `story-${id}--${width}-${theme}`);
            if (found.length) throw new Error(found.join("\n"));
          } finally {
            await context.close();
          }
        });
      });
    }
  }
} finally {
  for (const close of closers) await close();
}

if (shotsDir) {
  const esc = (t) => String(t).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  writeFileSync(
    join(shotsDir, "index.html"),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>workshop-kit: the page as readers live it</title>
<style>body{font:14px system-ui,sans-serif;margin:1rem}figure{display:inline-block;margin:0 1rem 1rem 0;vertical-align:top}
img{width:240px;max-height:480px;object-fit:cover;object-position:top;border:1px solid #ccc}figcaption{max-width:240px}</style>
<h1>The page as readers live it: ${shots.length} screenshots (top 2400 px each)</h1>
${shots.map((f) => `<figure><a href="${esc(f)}"><img src="${esc(f)}" alt="${esc(f)}" loading="lazy"></a><figcaption>${esc(f)}</figcaption></figure>`).join("\n")}
</html>\n`,
  );
  console.log(`Screenshots: ${join(shotsDir, "index.html")} (${shots.length})`);
}
console.log(`reader phases (${full ? "full" : "default"} matrix): ${((Date.now() - started) / 1000).toFixed(0)} s`);
run.done();
