#!/usr/bin/env node
// The plain-HTML fixture in Chromium, served with a strict Content-Security-Policy (serve.mjs): the standalone script
// makes the rendered fragments live without one CSP violation or console error, the countdown ticks under a frozen
// clock, one zone switch converts every fragment (and is remembered), ids stay unique and resolvable, the server's
// DOM nodes are reused, axe finds nothing, and nothing shifts (CLS 0). Prints `N passed, N failed`.
// Needs the packages built (pnpm build:packages); builds the fixture itself.
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../../scripts/chromium.mjs";
import { build } from "./build.mjs";
import { startServer } from "./serve.mjs";

// Half an hour before the submission deadline (2025-05-27 23:59 UTC): the countdown shows seconds.
const FROZEN = Date.parse("2025-05-27T23:29:30Z");
// Far from the event's zone (America/Vancouver), so the zone switch shows and converts.
const READER_ZONE = "Asia/Tokyo";
// The speakers' photos live on es-fomo.com (allowed by img-src); offline, the test serves one tiny image instead.
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n    ${String(e?.message ?? e).replace(/\n/g, "\n    ")}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

// Before any page script: record CSP violations and layout shifts, and keep a reference to server-rendered nodes
// taken once parsing is done but before the module script runs (readyState "interactive").
// Leaf elements (no element inside): their text is what a reader sees, piece by piece. A held control ([data-pending]:
// invisible and inert, a stand-in keeping a live control's place) is not text a reader sees: the live control may
// replace it (the zone switch's place names the event's zone until the reader's own is known).
const TEXT = "*:not(:has(*)):not([data-pending], [data-pending] *)";
const INIT = `
  window.__TEXT = ${JSON.stringify(TEXT)};
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) =>
    window.__violations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sample || "")));
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__shifts.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        sources: entry.sources.map((s) => s.node && (s.node.className || s.node.nodeName)),
      });
  }).observe({ type: "layout-shift", buffered: true });
  document.addEventListener("readystatechange", () => {
    if (document.readyState !== "interactive") return;
    window.__serverTable = document.querySelector('[data-wk-embed="schedule"] table');
    window.__serverNodes = [...document.querySelectorAll("[data-wk-embed] *")];
    window.__serverDue = document.querySelector('[data-wk-embed="countdown"] time');
    window.__serverText = {};
    for (const el of document.querySelectorAll("[data-wk-embed]"))
      window.__serverText[el.dataset.wkEmbed] = [...el.querySelectorAll(window.__TEXT)].map((e) => e.textContent);
  });
`;

/** Wait for the lazily loaded favourites chunk (the stars), moving the paused clock, so two pages compare alike. */
async function settle(page) {
  const stars = page.getByRole("button", { name: /^Star: / });
  for (let i = 0; i < 50 && (await stars.count()) === 0; i++) await page.clock.runFor(100);
}

/** Every fragment's DOM once live, by component: tags, attributes (sorted: their order means nothing) and text. */
const liveDom = (page) =>
  page.$$eval("[data-wk-embed]", (els) => {
    const canonical = (node) => {
      if (node.nodeType === 3) return node.data;
      if (node.nodeType !== 1) return "";
      const attrs = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort();
      return `<${node.localName} ${attrs.join(" ")}>${[...node.childNodes].map(canonical).join("")}</${node.localName}>`;
    };
    return Object.fromEntries(els.map((el) => [el.dataset.wkEmbed, [...el.childNodes].map(canonical).join("")]));
  });

/** The same page with every fragment emptied before the script runs: what the components render from nothing. */
async function freshDom() {
  const context = await browser.newContext({
    timezoneId: READER_ZONE,
    locale: "en-US",
    viewport: { width: 1280, height: 900 },
  });
  await context.route("https://es-fomo.com/**", (route) => route.fulfill({ contentType: "image/png", body: PIXEL }));
  await context.addInitScript(`document.addEventListener("readystatechange", () => {
    if (document.readyState === "interactive") for (const el of document.querySelectorAll("[data-wk-embed]")) el.textContent = "";
  });`);
  const page = await context.newPage();
  await page.clock.install({ time: FROZEN });
  await page.clock.pauseAt(FROZEN + 500);
  await page.goto(server.url);
  await page.waitForSelector('[data-wk-embed="schedule"][data-wk-live]');
  await settle(page);
  const dom = await liveDom(page);
  await context.close();
  return dom;
}

const out = build();
const server = await startServer({ port: 0, dir: out });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const context = await browser.newContext({
    timezoneId: READER_ZONE,
    locale: "en-US",
    viewport: { width: 1280, height: 900 },
  });
  await context.route("https://es-fomo.com/**", (route) => route.fulfill({ contentType: "image/png", body: PIXEL }));
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const consoleErrors = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") consoleErrors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on("crash", () => consoleErrors.push("the page crashed"));
  // Time stands still at FROZEN + 500 ms until the test moves it (runFor), in this page and in freshDom's.
  await page.clock.install({ time: FROZEN });
  await page.clock.pauseAt(FROZEN + 500);
  const response = await page.goto(server.url);
  await page.waitForSelector('[data-wk-embed="schedule"][data-wk-live]');
  await settle(page);
  console.log("static-html fixture (strict CSP, standalone script)");

  await check("the page is served with a strict Content-Security-Policy", async () => {
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(/default-src 'self'/.test(csp) && !csp.includes("unsafe-inline"), `CSP: ${csp}`);
  });

  await check("every fragment goes live", async () => {
    const names = await page.$$eval("[data-wk-embed]", (els) =>
      els.map((el) => `${el.dataset.wkEmbed}:${el.hasAttribute("data-wk-live")}`),
    );
    expect(names.length === 8 && names.every((n) => n.endsWith(":true")), `fragments: ${names.join(", ")}`);
  });

  await check("the render over the server HTML ends in the same DOM as a render into empty containers", async () => {
    const fresh = await freshDom();
    const over = await liveDom(page);
    const differ = Object.keys(fresh).filter((name) => fresh[name] !== over[name]);
    const first = (a, b) => {
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      return `\n  fresh: …${a.slice(Math.max(0, i - 80), i + 120)}\n  over:  …${b.slice(Math.max(0, i - 80), i + 120)}`;
    };
    expect(
      Object.keys(fresh).length === 8 && differ.length === 0,
      `${Object.keys(fresh).join(", ")}\n${differ.map((name) => `${name}:${first(fresh[name], over[name])}`).join("\n")}`,
    );
    const reused = await page.evaluate(() => {
      const kept = window.__serverNodes.filter((n) => n.isConnected).length;
      return `${kept} of ${window.__serverNodes.length}`;
    });
    // Preact pairs existing children by tag in order, so an element the client adds (a zone switch before the day
    // tables) takes over the next element of its tag; what follows is created anew. The result is the same DOM.
    console.log(`    (server element nodes kept: ${reused})`);
  });

  await check("the client render keeps the server's text, adding only live parts", async () => {
    const problems = await page.evaluate(() => {
      const bad = [];
      // Every heading, cell, time, item, paragraph and link the server wrote is still there with its text (in the
      // event's zone, the default); live parts (time left, the reader's own time, buttons) only add to it.
      for (const [name, texts] of Object.entries(window.__serverText)) {
        const container = document.querySelector(`[data-wk-embed="${name}"]`);
        const now = [...container.querySelectorAll(window.__TEXT)].map((e) => e.textContent);
        const missing = texts.filter((t) => !now.includes(t));
        if (missing.length) bad.push(`${name}: lost ${JSON.stringify(missing.slice(0, 3))}`);
      }
      return bad;
    });
    expect(problems.length === 0, problems.join("\n"));
  });

  await check("the countdown ticks under a frozen clock", async () => {
    const timer = page.locator('[data-wk-embed="countdown"] [role="timer"]');
    const before = await timer.textContent();
    expect(/left|remaining|in /i.test(before ?? ""), `no time left shown: ${before}`);
    await page.clock.runFor(3000);
    const after = await timer.textContent();
    expect(before !== after, `still "${before}" three seconds later`);
  });

  await check("ids are unique and every aria reference resolves", async () => {
    const problems = await page.evaluate(() => {
      const bad = [];
      const seen = new Set();
      for (const el of document.querySelectorAll("[id]")) {
        if (seen.has(el.id)) bad.push(`duplicate id ${el.id}`);
        seen.add(el.id);
      }
      for (const attr of ["aria-labelledby", "aria-describedby", "aria-controls", "for"]) {
        for (const el of document.querySelectorAll(`[${attr}]`)) {
          for (const id of el.getAttribute(attr).split(/\s+/))
            if (!document.getElementById(id)) bad.push(`${attr}=${id}`);
        }
      }
      return bad;
    });
    expect(problems.length === 0, problems.join("\n"));
  });

  const tokyoTimes = () =>
    page.$$eval("[data-wk-embed] time", (els) => {
      const by = {};
      for (const el of els) {
        const name = el.closest("[data-wk-embed]").dataset.wkEmbed;
        by[name] ??= [];
        by[name].push(el.textContent);
      }
      return by;
    });

  await check("no layout shift while the fragments go live (CLS 0)", async () => {
    const shifts = await page.evaluate(() => window.__shifts);
    const cls = shifts.reduce((a, b) => a + b.value, 0);
    expect(cls === 0, `CLS ${cls.toFixed(4)} from ${shifts.length} shifts: ${JSON.stringify(shifts)}`);
  });

  await check("one zone switch converts every fragment, and the choice is remembered", async () => {
    const switches = page.getByRole("button", { name: /Show times in my time zone/ });
    const count = await switches.count();
    expect(count >= 2, `expected the schedule's and the page's zone switch, found ${count}`);
    const before = await tokyoTimes();
    await switches.first().click();
    await page.clock.runFor(100);
    const after = await tokyoTimes();
    // Deadlines (countdown, dates) are shown in the zone they were announced in, plus the reader's, whatever the
    // choice; the programme and the speakers' talk times follow it.
    for (const name of ["schedule", "speakers"]) {
      expect(
        JSON.stringify(before[name]) !== JSON.stringify(after[name]),
        `${name} did not convert: ${JSON.stringify(after[name]?.slice(0, 2))}`,
      );
    }
    const pressed = await switches.evaluateAll((els) => els.map((el) => el.getAttribute("aria-pressed")));
    expect(
      pressed.every((p) => p === "true"),
      `every switch shows the choice: ${pressed.join(", ")}`,
    );
    expect((await page.evaluate(() => localStorage.getItem("workshop-kit:time-zone"))) === "reader", "not stored");
    await page.reload();
    await page.waitForSelector('[data-wk-embed="schedule"][data-wk-live]');
    const reloaded = await tokyoTimes();
    const shifts = await page.evaluate(() => window.__shifts);
    expect(shifts.length === 0, `restoring the choice moved things: ${JSON.stringify(shifts)}`);
    expect(
      JSON.stringify(reloaded.schedule) === JSON.stringify(after.schedule),
      "the choice was not restored on reload",
    );
    await page
      .getByRole("button", { name: /Show times in my time zone/ })
      .first()
      .click();
    await page.clock.runFor(100);
  });

  await check("favourites work in an embedded schedule: a star is remembered on reload", async () => {
    const star = page.getByRole("button", { name: /^Star: / }).first();
    for (let i = 0; i < 50 && (await star.count()) === 0; i++) await page.clock.runFor(100);
    const name = await star.getAttribute("aria-label");
    await star.click();
    await page.clock.runFor(100);
    expect((await star.getAttribute("aria-pressed")) === "true", `${name} not pressed after a click`);
    await page.reload();
    await page.waitForSelector('[data-wk-embed="schedule"][data-wk-live]');
    const again = page.getByRole("button", { name: name ?? "" });
    // The favourites code is a lazily loaded chunk; let the paused clock move until the stars are back.
    for (let i = 0; i < 50 && (await again.count()) === 0; i++) await page.clock.runFor(100);
    expect((await again.getAttribute("aria-pressed")) === "true", `${name} forgotten after reload`);
    await again.click();
    await page.clock.runFor(100);
  });

  await check("axe finds no violations", async () => {
    // axe finishes its run in a blank page of this context, whose timers must run: let time flow again.
    await page.clock.resume();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.length === 0,
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n"),
    );
  });

  await check("zero CSP violations", async () => {
    const violations = await page.evaluate(() => window.__violations);
    expect(violations.length === 0, violations.join("\n"));
  });

  await check("zero console errors or warnings", async () => {
    expect(consoleErrors.length === 0, consoleErrors.join("\n"));
  });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const failed = results.filter((r) => !r.ok).length;
console.log(`static-html: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
