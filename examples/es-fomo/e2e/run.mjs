#!/usr/bin/env node
// biome-ignore-all lint/suspicious/noConsole: a test runner's output is its console
// biome-ignore-all lint/performance/useDomNodeTextContent: innerText here is Playwright's locator method, not the DOM's
// End-to-end checks of the built ES-FoMo site in Debian Chromium (playwright-core; CHROMIUM_PATH overrides).
// Builds first when dist/ is missing (or with --build). Prints one line per check and `N passed, N failed`;
// exits 1 on any failure. Screenshots go to test-results/ (gitignored).
//
// The server sends a strict Content-Security-Policy (serve.mjs: `default-src 'self'`, no 'unsafe-inline'), so every
// check below also runs under it; each page records `securitypolicyviolation` events and any violation is a problem.
//
// The machine is offline, like a reader on a train: every request that leaves localhost is aborted, so remote
// speaker photos fail and the cards must fall back to initials. Those failed loads are the only console errors
// the checks tolerate (they are counted and reported, not hidden).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../../scripts/chromium.mjs";
import { createRunner } from "../../../scripts/page-checks.mjs";
import { STRICT_CSP, startServer } from "../scripts/serve.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const artefacts = join(root, "test-results");
mkdirSync(artefacts, { recursive: true });

if (process.argv.includes("--build") || !existsSync(join(root, "dist/index.html"))) {
  execFileSync(process.execPath, [join(root, "scripts/build.mjs")], { stdio: "inherit" });
}

const PAGES = [
  { path: "/", year: 2025, title: /ES-FoMo III/ },
  { path: "/2024/", year: 2024, title: /ES-FoMo II\b/ },
  { path: "/2023/", year: 2023, title: /ES-FoMo\b/ },
];
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

const { url: origin, close } = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

let offlineImageErrors = 0;

// One check, run once more if it fails, the retry printed (scripts/page-checks.mjs).
const run = createRunner("e2e");
const { check } = run;

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * A fresh context and page, offline beyond localhost, collecting console errors/warnings and page errors.
 * `problems` lists everything except failed loads of off-site resources (the offline photos).
 */
async function open(options = {}, { clock } = {}) {
  const context = await browser.newContext({ locale: "en-US", ...options });
  await context.route(
    (u) => !u.href.startsWith(origin),
    (route) => route.abort("internetdisconnected"),
  );
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error" && msg.type() !== "warning") return;
    const where = msg.location()?.url ?? "";
    if (msg.text().startsWith("Failed to load resource") && where && !where.startsWith(origin)) {
      offlineImageErrors++;
      return;
    }
    problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  // Init scripts run through the DevTools protocol, outside the page's CSP.
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  if (clock) await page.clock.install({ time: clock });
  return { context, page, problems };
}

/** Wait until React has hydrated the page (the theme button is wired before hydration starts). The schedule's
 *  toolbar is held on the server with data-hydrating and loses it once hydrated (the per-session calendar buttons
 *  this used to wait for are gone, and no calendar is offered once the workshop is over). */
async function hydrated(page) {
  await page
    .locator("#schedule [data-slot='toolbar']:not([data-hydrating])")
    .first()
    .waitFor({ state: "attached", timeout: 10_000 });
}

console.log(`ES-FoMo e2e against ${origin} (Chromium: ${chromiumPath()})`);

// 1. Without JavaScript every page is complete: schedule, speakers, dates, call.
for (const p of PAGES) {
  await check(`${p.path} renders without JavaScript`, async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    await page.goto(origin + p.path);
    assert(p.title.test(await page.locator("h1").innerText()), `h1 is "${await page.locator("h1").innerText()}"`);
    const table = page.getByRole("table").first();
    assert(await table.isVisible(), "no visible schedule table");
    const rows = await page.locator("#schedule [data-slot='session']").count();
    assert(rows >= 8, `only ${rows} sessions in the schedule`);
    const speakers = await page.locator("#speakers article").count();
    assert(speakers >= 3, `only ${speakers} speaker cards`);
    assert(await page.locator("#dates li").first().isVisible(), "no important dates");
    if (p.year !== 2023 || (await page.locator("#call").count()) > 0) {
      assert(await page.getByRole("heading", { name: "Call for papers", level: 2 }).isVisible(), "no call for papers");
    }
    assert(!(await page.locator(".theme-toggle").isVisible()), "theme button shown although it cannot work");
    await context.close();
    return `${rows} sessions, ${speakers} speakers`;
  });
}

// 1b. Head: title, description, canonical and schema.org Event JSON-LD on every page; the skip link comes first.
for (const p of PAGES) {
  await check(`${p.path} has title, description, canonical, JSON-LD and a skip link`, async () => {
    const { context, page, problems } = await open();
    await page.goto(origin + p.path);
    assert(p.title.test(await page.title()), `title is "${await page.title()}"`);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    assert(description && description.length > 50, `description "${description}"`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    assert(canonical?.endsWith(p.path), `canonical ${canonical}`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null");
    assert(ld?.["@type"] === "Event" && String(ld.startDate).startsWith(String(p.year)), "no Event JSON-LD");
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => document.activeElement?.textContent);
    assert(first === "Skip to content", `first Tab stop is "${first}"`);
    await page.keyboard.press("Enter");
    assert((await page.evaluate(() => location.hash)) === "#main", "skip link does not go to #main");
    assert(problems.length === 0, problems.join("\n"));
    await context.close();
    return `${ld.subEvent?.length ?? 0} sub-events`;
  });
}

// 1c. Strict CSP: the policy is on every page, and a whole page (scrolled to the end, so every lazy photo is
//     requested) hydrates with zero violations. The countdown, zone switch and theme checks below run under it too.
for (const p of PAGES) {
  await check(`${p.path} hydrates under a strict CSP with zero violations`, async () => {
    const { context, page, problems } = await open({ viewport: { width: 1280, height: 900 } });
    const response = await page.goto(origin + p.path);
    const policy = response?.headers()["content-security-policy"];
    assert(policy === STRICT_CSP, `Content-Security-Policy is "${policy}"`);
    assert(!/unsafe-inline/.test(policy), "policy allows inline code");
    await hydrated(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    const violations = await page.evaluate(() => window.__csp);
    assert(violations.length === 0, violations.join("\n"));
    // The served HTML itself: no inline code for a policy to block (JSON data blocks are not code).
    const html = (await response?.text()) ?? "";
    const inline = [
      ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>|<style\b|\sstyle="/g),
    ].length;
    assert(inline === 0, `${inline} inline scripts, style blocks or style attributes in the HTML`);
    assert(problems.length === 0, problems.join("\n"));
    await context.close();
    return "0 violations";
  });
}

// 2. After hydration the next deadline's countdown ticks (time frozen 30 minutes before the 2025 submission deadline).
await check("countdown ticks after hydration", async () => {
  const { context, page, problems } = await open({}, { clock: new Date("2025-05-27T23:29:30Z") });
  await page.goto(origin);
  await hydrated(page);
  const remaining = page.locator("#dates [data-slot='remaining']").first();
  await remaining.waitFor({ timeout: 5000 });
  const before = await remaining.innerText();
  await page.clock.runFor(5000);
  const after = await remaining.innerText();
  assert(before !== after, `still "${before}" five seconds later`);
  assert(/\b(29|30) min/.test(before), `expected about 30 minutes left, got "${before}"`);
  assert(problems.length === 0, problems.join("\n"));
  await context.close();
  return `"${before}" → "${after}"`;
});

// 3. The zone switch converts the 08:30 PT opening into the reader's zone (Berlin: 17:30).
await check("zone switch shows the 08:30 PT opening at 17:30 in Berlin", async () => {
  const { context, page, problems } = await open({ timezoneId: "Europe/Berlin" });
  await page.goto(origin);
  await hydrated(page);
  const opening = page.locator("#schedule #opening");
  // textContent: a row skipped by content-visibility (off screen) has no rendered text for innerText.
  const before = (await opening.textContent()) ?? "";
  assert(/8:30\s?AM/.test(before), `opening row before the switch: "${before}"`);
  const toggle = page.getByRole("button", { name: /Show times in my time zone/ }).first();
  await toggle.click();
  assert((await toggle.getAttribute("aria-pressed")) === "true", "toggle not pressed");
  // The switch is deferred (the new zone's rows render in a background render): wait for them.
  await opening
    .filter({ hasText: /5:30\s?PM/ })
    .waitFor({ state: "attached", timeout: 10_000 })
    .catch(() => {});
  const after = (await opening.textContent()) ?? "";
  assert(/5:30\s?PM/.test(after), `opening row after the switch: "${after}"`);
  assert(/UTC\+2/.test(await page.locator("#schedule caption").first().innerText()), "caption does not name UTC+2");
  assert(problems.length === 0, problems.join("\n"));
  await context.close();
  return "8:30 AM → 5:30 PM";
});

// 4. A deep link lands on its session, highlighted, in view.
await check("deep link #talk-lupesko lands on the session, highlighted", async () => {
  const { context, page, problems } = await open({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${origin}/#talk-lupesko`);
  await hydrated(page);
  const row = page.locator("#talk-lupesko");
  await page.waitForFunction(() => document.getElementById("talk-lupesko")?.hasAttribute("data-highlighted"));
  assert(await row.isVisible(), "row not visible");
  // Allow a smooth scroll to finish.
  let box = await row.boundingBox();
  for (let i = 0; i < 20 && !(box && box.y >= 0 && box.y + box.height <= 800); i++) {
    await page.waitForTimeout(100);
    box = await row.boundingBox();
  }
  assert(box && box.y >= 0 && box.y + box.height <= 800, `row not in the viewport (y = ${box?.y})`);
  assert(problems.length === 0, problems.join("\n"));
  await context.close();
});

// 5. The year switch goes to the archive and back, marking the current year.
await check("year switch navigates between editions", async () => {
  const { context, page, problems } = await open();
  await page.goto(origin);
  const nav = page.getByRole("navigation", { name: "Editions" });
  await nav.getByRole("link", { name: "2024" }).click();
  await page.waitForURL(`${origin}/2024/`);
  assert(/ES-FoMo II\b/.test(await page.locator("h1").innerText()), "2024 page has the wrong title");
  assert((await nav.getByRole("link", { name: "2024" }).getAttribute("aria-current")) === "page", "2024 not current");
  await nav.getByRole("link", { name: "2023" }).click();
  await page.waitForURL(`${origin}/2023/`);
  await nav.getByRole("link", { name: "2025" }).click();
  await page.waitForURL(`${origin}/`);
  assert(/ES-FoMo III/.test(await page.locator("h1").innerText()), "back on 2025");
  assert(problems.length === 0, problems.join("\n"));
  await context.close();
});

// 6. The theme toggle switches, remembers across reloads, and the system preference is the default.
await check("theme follows the system and the toggle remembers", async () => {
  const { context, page, problems } = await open({ colorScheme: "dark" });
  await page.goto(origin);
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  assert((await theme()) === "dark", "system dark not followed");
  // The button says what it does (issue #14: it used to say "Dark theme" in both states).
  const toLight = page.getByRole("button", { name: /^Switch to light theme$/i });
  // The button shows once the client bundle has wired it, which the loader starts after the first frame: `load` can
  // fire before that (a race the check lost about half the time on a busy machine), so wait for it.
  const wired = await toLight.waitFor({ state: "visible", timeout: 15_000 }).then(
    () => true,
    () => false,
  );
  assert(wired, "in dark, the button does not offer the light theme");
  await toLight.click();
  assert((await theme()) === "light", "toggle did not switch to light");
  const toDark = page.getByRole("button", { name: /^Switch to dark theme$/i });
  assert(await toDark.isVisible(), "in light, the button does not offer the dark theme");
  assert((await toLight.count()) === 0, "the button still offers the light theme");
  await page.reload();
  assert((await theme()) === "light", "choice not remembered after reload");
  assert(problems.length === 0, problems.join("\n"));
  await context.close();
});

// 7. Every page, after hydration, in light and dark, in a zone other than the event's: no console errors, no
//    hydration warnings, initials instead of the (offline) photos, zero axe violations; screenshots.
for (const p of PAGES) {
  for (const scheme of ["light", "dark"]) {
    await check(`${p.path} ${scheme}: hydrates cleanly, zero axe violations`, async () => {
      const { context, page, problems } = await open({
        colorScheme: scheme,
        timezoneId: "Asia/Tokyo",
        viewport: { width: 1280, height: 900 },
      });
      await page.goto(origin + p.path);
      await hydrated(page);
      await page.waitForTimeout(300);
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const violations = axe.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      );
      assert(violations.length === 0, violations.join("\n"));
      assert(problems.length === 0, problems.join("\n"));
      const slug = p.path === "/" ? "home" : p.path.replaceAll("/", "");
      await page.screenshot({ path: join(artefacts, `${slug}-1280-${scheme}.png`), fullPage: true });
      if (scheme === "light" || p.path === "/") {
        await page.setViewportSize({ width: 375, height: 812 });
        await page.waitForTimeout(100);
        await page.screenshot({ path: join(artefacts, `${slug}-375-${scheme}.png`), fullPage: true });
      }
      await context.close();
      return `${axe.passes.length} rules passed`;
    });
  }
}

// 8. Favourites, agenda, share link and search (issue #17): keyboard only, in fresh contexts like two readers.
await check("star a session, reload: still starred, no hydration warning", async () => {
  const { context, page, problems } = await open();
  await page.goto(origin);
  await hydrated(page);
  const star = page.getByRole("button", { name: /^Star: Zero to 50 ExaFLOPS/ });
  await star.focus();
  await page.keyboard.press("Space");
  assert((await star.getAttribute("aria-pressed")) === "true", "not pressed after Space");
  await page.reload();
  await hydrated(page);
  const again = page.getByRole("button", { name: /^Star: Zero to 50 ExaFLOPS/ });
  await again.waitFor();
  assert((await again.getAttribute("aria-pressed")) === "true", "star lost on reload");
  const agenda = page.getByRole("button", { name: "My agenda (1 starred)" });
  await agenda.click();
  const shown = await page.locator("#schedule [data-slot='session']:not([hidden])").count();
  assert(shown === 1, `${shown} sessions shown in My agenda`);
  assert(problems.length === 0, problems.join("\n"));
  await context.close();
  return "starred, reloaded, 1 session in My agenda";
});

// Before the workshop (a fortnight before): once it is over the schedule is an archive and offers no agenda actions.
const beforeWorkshop = new Date("2025-07-04T12:00:00Z");
await check("a share link opened in a fresh context shows the same agenda and adds it on request", async () => {
  const first = await open({}, { clock: beforeWorkshop });
  await first.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  await first.page.goto(origin);
  await hydrated(first.page);
  for (const name of [/^Star: TorchTitan/, /^Star: The Quest For Blazingly Fast/]) {
    await first.page.getByRole("button", { name }).click();
  }
  await first.page.getByRole("button", { name: "Copy a link to my agenda" }).click();
  const link = await first.page.getByRole("textbox", { name: /Link to your agenda/ }).inputValue();
  assert(link === `${origin}/#agenda=talk-liang,talk-kasikci`, `share link ${link}`);
  await first.context.close();

  const { context, page, problems } = await open({}, { clock: beforeWorkshop });
  await page.goto(link);
  await hydrated(page);
  const region = page.getByRole("region", { name: "Shared agenda" });
  await region.waitFor();
  const ids = await page
    .locator("#schedule [data-slot='session']:not([hidden])")
    .evaluateAll((els) => els.map((e) => e.id));
  assert(ids.join() === "talk-liang,talk-kasikci", `shared view shows ${ids.join()}`);
  await region.getByRole("button", { name: "Add these to my favourites" }).click();
  await region.getByRole("button", { name: "Show the whole programme" }).click();
  const pressed = await page.locator("#schedule .wk-favourite[aria-pressed='true']").count();
  assert(pressed === 2, `${pressed} stars pressed after adding`);
  assert(problems.length === 0, problems.join("\n"));
  await context.close();
  return link.slice(origin.length);
});

await check("search narrows the programme and announces the count, keyboard only", async () => {
  const { context, page, problems } = await open();
  await page.goto(origin);
  await hydrated(page);
  // Tab from the top of the page to the search box: it is reachable without a mouse.
  let tabs = 0;
  while (tabs < 80 && !(await page.evaluate(() => document.activeElement?.getAttribute("type") === "search"))) {
    await page.keyboard.press("Tab");
    tabs++;
  }
  assert(tabs < 80, "search box not reached with Tab");
  await page.keyboard.type("quantization");
  const status = page.locator("#schedule [role='status']");
  await page.waitForFunction(() =>
    /Showing \d+ of/.test(document.querySelector("#schedule [role='status']")?.textContent ?? ""),
  );
  const text = await status.innerText();
  const shown = await page.locator("#schedule [data-slot='session']:not([hidden])").count();
  assert(shown >= 1 && text.includes(`Showing ${shown} of`), `status "${text}" with ${shown} rows shown`);
  // Escape clears a search box; the whole programme comes back.
  await page.keyboard.press("Escape");
  await page.waitForFunction(
    () => !/Showing/.test(document.querySelector("#schedule [role='status']")?.textContent ?? "x"),
  );
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).include("#schedule").analyze();
  assert(axe.violations.length === 0, axe.violations.map((v) => v.id).join(", "));
  assert(problems.length === 0, problems.join("\n"));
  await context.close();
  return `${tabs} Tabs to the box; "${text}"`;
});

// The detector itself: a page whose hydration data disagrees with its HTML must be reported.
await check("a hydration mismatch would be caught (self-test of the console check)", async () => {
  const { context, page, problems } = await open();
  await page.route(`${origin}/`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/"builtAt":\d+/, '"builtAt":0');
    await route.fulfill({ response, body });
  });
  await page.goto(origin);
  // Hydration starts after the first paint and the bundle's download: on a loaded machine that can take seconds.
  for (let waited = 0; problems.length === 0 && waited < 15_000; waited += 250) await page.waitForTimeout(250);
  await context.close();
  assert(problems.length > 0, "no error reported for a tampered page");
  return problems[0]?.slice(0, 80);
});

// The CSP detector itself: an inline script and style block slipped into a page must be reported as violations.
await check("an inline script would be caught (self-test of the CSP check)", async () => {
  const { context, page } = await open();
  await page.route(`${origin}/`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      "</head>",
      "<script>document.title='x'</script><style>p{}</style></head>",
    );
    await route.fulfill({ response, body });
  });
  await page.goto(origin);
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => window.__csp);
  await context.close();
  assert(violations.length === 2, `expected 2 violations, got ${violations.length}: ${violations.join("; ")}`);
  return violations.join("; ");
});

await check("speaker photos fall back to initials offline", async () => {
  const { context, page } = await open();
  await page.goto(origin);
  await hydrated(page);
  const cards = page.locator("#speakers article");
  const n = await cards.count();
  // Photos load lazily: bring the cards into view, then every failed photo must have become initials.
  await page.locator("#speakers").scrollIntoViewIfNeeded();
  await cards.last().scrollIntoViewIfNeeded();
  const avatars = page.locator("#speakers [data-slot='avatar']");
  for (let i = 0; i < 30 && (await avatars.count()) < n; i++) await page.waitForTimeout(100);
  assert((await avatars.count()) === n, `${await avatars.count()} initials avatars for ${n} cards`);
  const brokenImages = await page.evaluate(
    () =>
      [...document.querySelectorAll("#speakers img")].filter((img) => img.complete && img.naturalWidth === 0).length,
  );
  assert(brokenImages === 0, `${brokenImages} broken images shown`);
  await context.close();
  return `${n} cards`;
});

await browser.close();
await close();

console.log(
  `\n(offline: ${offlineImageErrors} remote resource loads failed and were ignored; screenshots in test-results/)`,
);
process.exit(run.done() > 0 ? 1 : 0);
