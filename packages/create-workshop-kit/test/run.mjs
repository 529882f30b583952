#!/usr/bin/env node
// biome-ignore-all lint/suspicious/noConsole: a test runner's output is its console
// biome-ignore-all lint/performance/useDomNodeTextContent: innerText here is Playwright's locator method, not the DOM's
// The starter, end to end: `create-workshop-kit` makes a site from the ES-FoMo content files into .test-output/site
// (gitignored), the site's own build writes dist/, the site's own server serves it (with its strict CSP), and
// Chromium checks what the ES-FoMo demo's e2e checks: every page reads without JavaScript, has its head tags (og:
// card included) and is in the sitemap; zero CSP violations, no inline code; the countdown ticks under a frozen
// clock; the zone switch converts; the year switch navigates; zero axe violations light and dark; no console
// errors; CLS 0. A second build under BASE_PATH=/my-workshop/ (a GitHub Pages project site) must work the same.
// Lighthouse audits .test-output/site/dist afterwards (`pnpm lighthouse`). Needs `pnpm build` first.
// Prints `N passed, N failed`.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  assert,
  axeViolations,
  createRunner,
  cspViolations,
  inlineCode,
  launchBrowser,
  layoutShift,
  openPage,
} from "../../../scripts/page-checks.mjs";
import { run } from "../src/create.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");
export const OUTPUT = resolve(here, "../.test-output");
const site = join(OUTPUT, "site");
const based = join(OUTPUT, "based");
const content = join(repo, "examples/es-fomo/content");
const { check, done } = createRunner("create-workshop-kit");

console.log("create-workshop-kit: making a site from examples/es-fomo/content");
rmSync(OUTPUT, { recursive: true, force: true });

// 1. The command itself.
await check("refuses to run without --content (usage error, exit 2)", () => {
  const errors = [];
  const code = run([join(OUTPUT, "nothing")], { log: () => {}, error: (m) => errors.push(m) });
  assert(code === 2, `exit ${code}`);
  assert(/--content is required/.test(errors.join("\n")), errors.join("\n"));
  assert(!existsSync(join(OUTPUT, "nothing")), "wrote a folder anyway");
});
await check("refuses an invalid content file, writing nothing (exit 1)", () => {
  const bad = join(OUTPUT, "bad.yaml");
  execFileSync("mkdir", ["-p", OUTPUT]);
  writeFileSync(bad, "year: nope\n");
  const errors = [];
  const code = run([join(OUTPUT, "bad-site"), "--content", bad], { log: () => {}, error: (m) => errors.push(m) });
  assert(code === 1, `exit ${code}`);
  assert(/does not validate/.test(errors.join("\n")), errors.join("\n"));
  assert(!existsSync(join(OUTPUT, "bad-site")), "wrote a folder anyway");
});
await check("creates a complete site from a content folder", () => {
  const code = run([site, "--content", content], { log: () => {}, error: console.error });
  assert(code === 0, `exit ${code}`);
  for (const f of [
    "package.json",
    "site.json",
    ".gitignore",
    ".github/workflows/pages.yml",
    "content/2025.yaml",
    "content/2024.yaml",
    "content/2023.yaml",
    "scripts/build.mjs",
    "src/live.tsx",
  ]) {
    assert(existsSync(join(site, f)), `${f} missing`);
  }
  const workflow = readFileSync(join(site, ".github/workflows/pages.yml"), "utf8");
  assert(/actions\/deploy-pages/.test(workflow) && /BASE_PATH/.test(workflow), "pages.yml does not deploy");
  assert(JSON.parse(readFileSync(join(site, "site.json"), "utf8")).name === "ES-FoMo", "site name not derived");
  return "3 editions";
});

// 2. The site's own build, at the root and under a project-site base path.
execFileSync(process.execPath, [join(site, "scripts/build.mjs")], { cwd: site, stdio: "inherit" });
execFileSync(process.execPath, [join(site, "scripts/build.mjs")], {
  cwd: site,
  stdio: "inherit",
  env: { ...process.env, BASE_PATH: "/my-workshop/", OUT_DIR: join(based, "my-workshop") },
});
writeFileSync(join(based, "index.html"), '<!doctype html><title>host</title><a href="/my-workshop/">site</a>\n');

const { startServer } = await import(pathToFileURL(join(site, "scripts/serve.mjs")).href);
const { url: origin, close } = await startServer({ port: 0, dir: join(site, "dist") });
const { url: basedOrigin, close: closeBased } = await startServer({ port: 0, dir: based });
const browser = await launchBrowser();

const sitemap = readFileSync(join(site, "dist/sitemap.xml"), "utf8");
const PAGES = [
  { path: "/", year: 2025 },
  { path: "/2024/", year: 2024 },
  { path: "/2023/", year: 2023 },
];

for (const p of PAGES) {
  await check(`${p.path} reads without JavaScript, is in the sitemap, has its head tags`, async () => {
    assert(sitemap.includes(`<loc>https://es-fomo.com${p.path}</loc>`), "not in sitemap.xml");
    const { context, page } = await openPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(origin + p.path);
    const edition = readFileSync(join(site, `content/${p.year}.yaml`), "utf8");
    const name = /^name:\s*(.+)$/m.exec(edition)?.[1]?.replace(/^["']|["']$/g, "");
    assert((await page.locator("h1").innerText()) === name, `h1 is not "${name}"`);
    const rows = await page.locator("#schedule [data-slot='session']").count();
    assert(rows >= 8, `${rows} sessions`);
    const nav = page.getByRole("navigation", { name: "Editions" });
    assert(
      (await nav.getByRole("link", { name: String(p.year) }).getAttribute("aria-current")) === "page",
      "year not current",
    );
    const meta = (sel) => page.locator(sel).getAttribute("content");
    assert((await meta('meta[property="og:title"]')) === name, "og:title");
    const image = await meta('meta[property="og:image"]');
    assert(image === `https://es-fomo.com/cards/${p.year}.svg`, `og:image ${image}`);
    const card = await fetch(`${origin}/cards/${p.year}.svg`);
    assert(card.ok && /<svg/.test(await card.text()), "social card not served");
    assert((await meta('meta[name="twitter:card"]')) === "summary_large_image", "twitter:card");
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null");
    assert(ld?.["@type"] === "Event", "no Event JSON-LD");
    await context.close();
    return `${rows} sessions`;
  });
}

for (const p of PAGES) {
  await check(
    `${p.path} hydrates under the strict CSP: 0 violations, no inline code, CLS 0, no console errors`,
    async () => {
      const { context, page, problems } = await openPage(browser, origin, { viewport: { width: 1280, height: 900 } });
      const response = await page.goto(origin + p.path);
      const policy = response?.headers()["content-security-policy"] ?? "";
      assert(/default-src 'self'/.test(policy) && !/unsafe-inline/.test(policy), `policy "${policy}"`);
      const inline = inlineCode((await response?.text()) ?? "");
      assert(inline.length === 0, `inline code: ${inline.join(", ")}`);
      await page
        .locator("#schedule [data-slot='toolbar']:not([data-hydrating])")
        .first()
        .waitFor({ state: "attached", timeout: 10_000 });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(300);
      const violations = await cspViolations(page);
      assert(violations.length === 0, violations.join("\n"));
      const cls = await layoutShift(page);
      assert(cls === 0, `CLS ${cls}`);
      const real = problems.filter((m) => !/Failed to load resource.*ERR_INTERNET_DISCONNECTED/.test(m));
      assert(real.length === 0, real.join("\n"));
      await context.close();
      return "0 violations, CLS 0";
    },
  );
}

await check("the countdown ticks (clock frozen 30 minutes before the 2025 submission deadline)", async () => {
  const { context, page, problems } = await openPage(browser, origin, {}, { clock: new Date("2025-05-27T23:29:30Z") });
  await page.goto(origin);
  const remaining = page.locator("#dates [data-slot='remaining']").first();
  await remaining.waitFor({ timeout: 10_000 });
  const before = await remaining.innerText();
  await page.clock.runFor(5000);
  const after = await remaining.innerText();
  assert(before !== after, `still "${before}"`);
  assert((await cspViolations(page)).length === 0, "CSP violations");
  assert(problems.length === 0, problems.join("\n"));
  await context.close();
  return `"${before}" → "${after}"`;
});

await check("the zone switch converts the schedule (08:30 PT → 17:30 in Berlin)", async () => {
  const { context, page, problems } = await openPage(browser, origin, { timezoneId: "Europe/Berlin" });
  await page.goto(origin);
  await page
    .locator("#schedule [data-slot='toolbar']:not([data-hydrating])")
    .first()
    .waitFor({ state: "attached", timeout: 10_000 });
  const opening = page.locator("#schedule #opening");
  // textContent, not innerText: with content-visibility an off-screen row has no rendered text.
  assert(/8:30\s?AM/.test((await opening.textContent()) ?? ""), "opening not at 8:30 AM before");
  await page
    .getByRole("button", { name: /Show times in my time zone/ })
    .first()
    .click();
  // The switch is deferred (the new zone's rows render in a background render): wait for them.
  await opening
    .filter({ hasText: /5:30\s?PM/ })
    .waitFor({ timeout: 10_000 })
    .catch(() => {});
  const after = (await opening.textContent()) ?? "";
  assert(/5:30\s?PM/.test(after), `opening after: ${after}`);
  const caption = await page.locator("#schedule caption").first().innerText();
  assert(/UTC\+2/.test(caption), `caption does not name UTC+2: ${caption}`);
  assert((await cspViolations(page)).length === 0, "CSP violations");
  assert(problems.length === 0, problems.join("\n"));
  await context.close();
});

await check("the year switch navigates between editions", async () => {
  const { context, page } = await openPage(browser, origin);
  await page.goto(origin);
  const nav = page.getByRole("navigation", { name: "Editions" });
  await nav.getByRole("link", { name: "2024" }).click();
  await page.waitForURL(`${origin}/2024/`);
  await nav.getByRole("link", { name: "2025" }).click();
  await page.waitForURL(`${origin}/`);
  await context.close();
});

for (const p of PAGES) {
  for (const colorScheme of ["light", "dark"]) {
    await check(`${p.path} ${colorScheme}: zero axe violations`, async () => {
      const { context, page } = await openPage(browser, origin, {
        colorScheme,
        timezoneId: "Asia/Tokyo",
        viewport: { width: 1280, height: 900 },
      });
      await page.goto(origin + p.path);
      await page
        .locator("#schedule [data-slot='toolbar']:not([data-hydrating])")
        .first()
        .waitFor({ state: "attached", timeout: 10_000 });
      const violations = await axeViolations(page);
      assert(violations.length === 0, violations.join("\n"));
      await context.close();
    });
  }
}

await check(
  "built with BASE_PATH=/my-workshop/ (a GitHub Pages project site) every link and asset stays inside it",
  async () => {
    const { context, page, problems } = await openPage(browser, basedOrigin);
    const failed = [];
    page.on("response", (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${basedOrigin}/my-workshop/`);
    await page
      .locator("#schedule [data-slot='toolbar']:not([data-hydrating])")
      .first()
      .waitFor({ state: "attached", timeout: 10_000 });
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll("link[href], script[src], a[href^='/']")].map(
        (e) => e.getAttribute("href") ?? e.getAttribute("src"),
      ),
    );
    const outside = hrefs.filter((h) => h?.startsWith("/") && !h.startsWith("/my-workshop/"));
    assert(outside.length === 0, `outside the base path: ${outside.join(", ")}`);
    await page.getByRole("navigation", { name: "Editions" }).getByRole("link", { name: "2024" }).click();
    await page.waitForURL(`${basedOrigin}/my-workshop/2024/`);
    assert(failed.length === 0, failed.join("\n"));
    assert((await cspViolations(page)).length === 0, "CSP violations");
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    assert(og === "https://es-fomo.com/my-workshop/cards/2024.svg", `og:image ${og}`);
    assert(problems.length === 0, problems.join("\n"));
    await context.close();
    return `${hrefs.length} links and assets`;
  },
);

await browser.close();
await close();
await closeBased();
done();
