#!/usr/bin/env node
// biome-ignore-all lint/suspicious/noConsole: a test runner's output is its console
// biome-ignore-all lint/performance/useDomNodeTextContent: innerText here is Playwright's locator method, not the DOM's
// The Jekyll and Hugo examples (issue #16), built by the real tools and opened in Chromium:
//   1. each site's render-fragments.sh runs `workshop-kit render` (this repository's build: packages/cli) on
//      examples/es-fomo/content/2025.yaml into the site's include/partial folder, and copies the standalone script;
//   2. `jekyll build` / `hugo` build the site;
//   3. the site is served on 127.0.0.1 with a strict Content-Security-Policy and checked: it reads without
//      JavaScript; zero CSP violations, no inline code; the countdown ticks under a frozen clock; the zone switch
//      converts every fragment on the page; zero axe violations; no console errors; CLS 0.
// A tool that is not installed is reported as skipped (with what to install), not failed. Needs `pnpm build` first.
// Prints `N passed, N failed, N skipped`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../examples/es-fomo/scripts/serve.mjs";
import {
  assert,
  axeViolations,
  cspViolations,
  inlineCode,
  launchBrowser,
  layoutShift,
  openPage,
  STRICT_CSP,
} from "./page-checks.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(repo, "packages/cli/bin/workshop-kit.mjs");
if (!existsSync(join(repo, "packages/cli/dist/index.js"))) {
  console.error("static sites: packages/cli is not built; run `pnpm build` first");
  process.exit(1);
}

const SITES = [
  {
    name: "Jekyll",
    dir: "examples/jekyll-site",
    tool: ["jekyll", "--version"],
    build: ["jekyll", ["build", "--quiet"]],
    out: "_site",
  },
  { name: "Hugo", dir: "examples/hugo-site", tool: ["hugo", "version"], build: ["hugo", ["--quiet"]], out: "public" },
];

let passed = 0;
let failed = 0;
let skipped = 0;
async function check(name, fn) {
  try {
    const detail = await fn();
    passed++;
    console.log(`  ✓ ${name}${detail ? ` — ${detail}` : ""}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).replaceAll("\n", "\n      ")}`);
  }
}

/** Until the standalone script has made every fragment live (it marks each container with data-wk-live). */
async function live(page) {
  await page.waitForFunction(
    () => {
      const all = document.querySelectorAll("[data-wk-embed]");
      return all.length > 0 && [...all].every((el) => el.hasAttribute("data-wk-live"));
    },
    undefined,
    { timeout: 10_000 },
  );
}

const browser = await launchBrowser();
for (const site of SITES) {
  const dir = join(repo, site.dir);
  if (spawnSync(site.tool[0], [site.tool[1]], { stdio: "ignore" }).status !== 0) {
    skipped++;
    console.log(
      `  - ${site.name} site — skipped: \`${site.tool[0]}\` is not installed (Debian/Ubuntu: sudo apt-get install -y ${site.tool[0]}; npm test installs it when run as root)`,
    );
    continue;
  }
  console.log(`${site.name} (${site.dir})`);
  await check(`${site.name}: fragments rendered and the site built by ${site.tool[0]}`, () => {
    execFileSync("sh", [join(dir, "render-fragments.sh")], {
      env: { ...process.env, WORKSHOP_KIT: `${process.execPath} ${cli}` },
      stdio: ["ignore", "ignore", "inherit"],
    });
    execFileSync(site.build[0], site.build[1], { cwd: dir, stdio: "inherit" });
    const html = readFileSync(join(dir, site.out, "index.html"), "utf8");
    const embeds = [...html.matchAll(/data-wk-embed="(\w+)"/g)].map((m) => m[1]);
    assert(embeds.join() === "countdown,dates,schedule,speakers", `fragments on the page: ${embeds.join(", ")}`);
    const inline = inlineCode(html);
    assert(inline.length === 0, `inline code: ${inline.join(", ")}`);
    return embeds.join(", ");
  });
  if (!existsSync(join(dir, site.out, "index.html"))) continue;
  const { url: origin, close } = await startServer({ port: 0, dir: join(dir, site.out), csp: STRICT_CSP });

  await check(`${site.name}: reads without JavaScript`, async () => {
    const { context, page } = await openPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(origin);
    const rows = await page.locator("[data-wk-embed='schedule'] [data-slot='session']").count();
    assert(rows >= 8, `${rows} sessions`);
    assert(/8:30\s?AM/.test(await page.locator("#opening").innerText()), "no 8:30 AM opening");
    assert((await page.locator("[data-wk-embed='dates'] li").count()) > 0, "no dates");
    assert((await page.locator("[data-wk-embed='speakers'] article").count()) >= 3, "no speakers");
    await context.close();
    return `${rows} sessions`;
  });

  await check(`${site.name}: live under the strict CSP (0 violations, no console errors, CLS 0)`, async () => {
    const { context, page, problems } = await openPage(browser, origin, { viewport: { width: 1280, height: 900 } });
    const response = await page.goto(origin);
    assert(response?.headers()["content-security-policy"] === STRICT_CSP, "no CSP header");
    await live(page);
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
  });

  await check(
    `${site.name}: the countdown ticks (clock frozen 30 minutes before the submission deadline)`,
    async () => {
      const { context, page, problems } = await openPage(
        browser,
        origin,
        {},
        { clock: new Date("2025-05-27T23:29:30Z") },
      );
      await page.goto(origin);
      await live(page);
      const remaining = page.locator("[data-wk-embed='countdown'] [data-slot='remaining']").first();
      await remaining.waitFor({ timeout: 5000 });
      const before = await remaining.innerText();
      await page.clock.runFor(5000);
      const after = await remaining.innerText();
      assert(before !== after, `still "${before}" five seconds later`);
      assert(/\b(29|30) min/.test(before), `expected about 30 minutes left, got "${before}"`);
      // Before the deadline, going live adds the most (time left in the countdown and the dates): still no shift.
      const cls = await layoutShift(page);
      assert(cls === 0, `CLS ${cls}`);
      assert(problems.length === 0, problems.join("\n"));
      await context.close();
      return `"${before}" → "${after}"`;
    },
  );

  await check(`${site.name}: one zone switch converts every fragment that shows the event's times`, async () => {
    const { context, page, problems } = await openPage(browser, origin, { timezoneId: "Europe/Berlin" });
    await page.goto(origin);
    await live(page);
    const times = () =>
      page
        .locator("[data-wk-embed]")
        .evaluateAll((els) =>
          Object.fromEntries(
            els.map((e) => [e.dataset.wkEmbed, [...e.querySelectorAll("time")].map((t) => t.textContent).join("|")]),
          ),
        );
    const before = await times();
    await page
      .getByRole("button", { name: /Show times in my time zone/ })
      .first()
      .click();
    await page.waitForTimeout(200);
    const after = await times();
    assert(/5:30\s?PM/.test(await page.locator("#opening").innerText()), "opening not at 5:30 PM in Berlin");
    // The programme and the speakers' talk times follow the page's one zone choice; deadlines (countdown, dates)
    // stay in the zone they were announced in, with the reader's own time beside them (docs/deadline-countdown.md).
    const unchanged = ["schedule", "speakers"].filter((name) => before[name] === after[name]);
    assert(unchanged.length === 0, `not converted: ${unchanged.join(", ")}`);
    assert((await cspViolations(page)).length === 0, "CSP violations");
    assert(problems.length === 0, problems.join("\n"));
    await context.close();
    return "schedule and speakers converted";
  });

  for (const colorScheme of ["light", "dark"]) {
    await check(`${site.name} ${colorScheme}: zero axe violations`, async () => {
      const { context, page } = await openPage(browser, origin, {
        colorScheme,
        viewport: { width: 1280, height: 900 },
      });
      await page.goto(origin);
      await live(page);
      const violations = await axeViolations(page);
      assert(violations.length === 0, violations.join("\n"));
      await context.close();
    });
  }
  await close();
}
await browser.close();

console.log(`static sites: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
