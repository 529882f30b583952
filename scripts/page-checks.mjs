// biome-ignore-all lint/suspicious/noConsole: a test runner's output is its console
// Browser checks shared by the static-site tests (scripts/static-sites.mjs: Jekyll and Hugo) and the starter's test
// (packages/create-workshop-kit/test/run.mjs): what a reader of a page served with a strict Content-Security-Policy
// would notice. playwright-core + Debian Chromium (scripts/chromium.mjs); the demo's own e2e (examples/es-fomo/e2e)
// predates this file and keeps its checks inline.
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

/**
 * The policy the test servers send: code, styles, fonts, frames and connections from the site only, no
 * 'unsafe-inline'; images also from https: hosts (speaker photos are content the organisers link to). The same
 * policy as the ES-FoMo demo's server (examples/es-fomo/scripts/serve.mjs) and the starter's.
 */
export const STRICT_CSP = "default-src 'self'; img-src 'self' https:; base-uri 'self'; form-action 'self'";
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** An error's message on one line, for a retry's report. */
function oneLine(error) {
  return String(error?.message ?? error)
    .replaceAll(/\s+/g, " ")
    .slice(0, 300);
}

/** `check(name, fn)` runs one check and prints ✓/✗; `done()` prints `label: N passed, N failed` and sets the exit code. */
export function createRunner(label) {
  const results = [];
  return {
    /**
     * Run one check; a check that fails is run once more (a browser on a loaded 2-core CI machine misses a timing
     * now and then). A pass on the second attempt is printed with the first attempt's error, never hidden.
     */
    async check(name, fn) {
      // CHECKS=<regular expression>: run only the checks whose names match (to rerun one while fixing it).
      if (process.env.CHECKS && !new RegExp(process.env.CHECKS).test(name)) return;
      let firstError = null;
      for (let attempt = 1; attempt <= 2; attempt++) {
        try {
          const detail = await fn();
          results.push(true);
          console.log(`  ✓ ${name}${detail ? ` — ${detail}` : ""}`);
          if (firstError) console.log(`      (passed on a second attempt; the first failed: ${oneLine(firstError)})`);
          return;
        } catch (error) {
          if (attempt === 1) {
            firstError = error;
            continue;
          }
          results.push(false);
          console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).replaceAll("\n", "\n      ")}`);
          console.log(`      (failed twice; the first attempt: ${oneLine(firstError)})`);
        }
      }
    },
    /** Count a step that could not run as skipped (printed, not failed). */
    skip(name, why) {
      console.log(`  - ${name} — skipped: ${why}`);
    },
    done() {
      const passed = results.filter(Boolean).length;
      const failed = results.length - passed;
      console.log(`${label}: ${passed} passed, ${failed} failed`);
      process.exitCode = failed > 0 ? 1 : 0;
      return failed;
    },
  };
}

export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/**
 * A fresh context and page, offline beyond `origin`. Collects console errors and warnings, page errors and
 * `securitypolicyviolation` events (an init script, which runs outside the page's CSP), and layout shifts from the
 * first paint on (a buffered PerformanceObserver). Read them with `cspViolations(page)` / `layoutShift(page)`.
 */
export async function openPage(browser, origin, options = {}, { clock } = {}) {
  const context = await browser.newContext({ locale: "en-US", ...options });
  await context.route(
    (u) => !u.href.startsWith(origin),
    (route) => route.abort("internetdisconnected"),
  );
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  await page.addInitScript(() => {
    window.__csp = [];
    window.__cls = 0;
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  if (clock) await page.clock.install({ time: clock });
  return { context, page, problems };
}

export const cspViolations = (page) => page.evaluate(() => window.__csp);
export const layoutShift = (page) => page.evaluate(() => window.__cls);

/** Inline code in served HTML that a strict policy blocks: scripts without src (JSON data blocks excepted),
 *  <style> blocks, style attributes. */
export function inlineCode(html) {
  return [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>|<style\b|\sstyle="/g),
  ].map((m) => m[0]);
}

/** axe violations (WCAG 2.2 AA + best practice), one line each. */
export async function axeViolations(page) {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return axe.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}
