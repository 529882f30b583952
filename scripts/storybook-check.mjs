#!/usr/bin/env node
// Reads Storybook's index (storybook-static/index.json, from `pnpm build-storybook`) and fails when:
//   - a component exported by @workshop-kit/react has no docs page or no `Playground` story
//     (its title ends in `/<ComponentName>`: "Components/ScheduleTable", "Companions/LocalTime"…), or its docs
//     page finds no guide in docs/ (docs/<kebab-name>.md or `parameters.docs.guide`);
//   - a Playground control does not change the render: each control is set to another value through Storybook's
//     own channel (as the Controls panel does) and the canvas HTML must differ. A control that only matters in
//     another state is listed, with a reason beside it in the story, in `parameters.controlsCheck.skip`.
// New components and their stories are covered without editing this file. Prints `N passed, N failed`.
import { readFileSync } from "node:fs";
import { launchChromium, openStory, readIndex, serveStatic } from "./storybook-static.mjs";

/** PascalCase value exports of the React package: its components (types and constants excluded). */
export function exportedComponents(source) {
  const names = new Set();
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const raw of (block[1] ?? "").split(",")) {
      const name = raw.trim();
      if (/^[A-Z][a-z]+(?:[A-Z][a-z]*)+$/.test(name)) names.add(name);
    }
  }
  return [...names].sort();
}

/** Another value for a control, or undefined when the control cannot be exercised (object, date, none). */
function otherValue(argType, current) {
  const type = typeof argType.control === "object" && argType.control ? argType.control.type : argType.control;
  const options = argType.options;
  if (!type || type === "object" || type === "date" || type === "file" || type === "color") return undefined;
  if (Array.isArray(options) && /check/.test(type)) {
    const now = Array.isArray(current) ? current : [];
    return now.length === 0 ? [options[0]] : [];
  }
  if (Array.isArray(options)) {
    const next = options.find((o) => o !== current && o !== undefined);
    return next === undefined ? undefined : { value: next };
  }
  if (type === "boolean") return { value: !current };
  if (type === "number" || type === "range") return { value: current === 1 ? 2 : 1 };
  if (type === "text") return { value: current ? `${current}-changed` : "Changed by the check" };
  return undefined;
}

async function main() {
  const entries = Object.values(readIndex());
  const components = exportedComponents(readFileSync("packages/react/src/index.ts", "utf8"));
  const failures = [];
  let passed = 0;
  const playgrounds = [];
  const docsPages = [];
  for (const name of components) {
    const mine = entries.filter((e) => e.title.endsWith(`/${name}`));
    const docs = mine.find((e) => e.type === "docs");
    if (!docs) failures.push(`${name}: no docs page (add tags: ["autodocs"])`);
    else {
      passed++;
      docsPages.push(docs);
    }
    const playground = mine.find((e) => e.type === "story" && e.id.endsWith("--playground"));
    if (!playground) failures.push(`${name}: no Playground story`);
    else {
      passed++;
      playgrounds.push(playground);
    }
  }

  const server = await serveStatic();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("pageerror", (e) => failures.push(`page error: ${e.message}`));
    // Each docs page renders its guide from docs/ (.storybook/docs-page.tsx marks a missing one).
    for (const docs of docsPages) {
      await page.goto(`${server.url}/iframe.html?id=${docs.id}&viewMode=docs`);
      const guide = await page
        .waitForSelector("[data-guide-missing], section[aria-label='Guide']", { timeout: 15000 })
        .catch(() => null);
      const missing = guide ? await guide.getAttribute("data-guide-missing") : "(page did not render)";
      if (missing) failures.push(`${docs.title}: no guide page (${missing})`);
      else passed++;
    }
    for (const story of playgrounds) {
      const how = await openStory(page, server.url, story.id);
      if (how !== "rendered") {
        failures.push(`${story.id}: did not render (${how})`);
        continue;
      }
      const info = await page.evaluate(async (id) => {
        const preview = window.__STORYBOOK_PREVIEW__;
        const s = await preview.storyStore.loadStory({ storyId: id });
        const argTypes = Object.fromEntries(
          Object.entries(s.argTypes).map(([k, v]) => [k, { control: v.control, options: v.options }]),
        );
        // Mapped args hold objects (a whole edition): compare by option key, which is what a control sends.
        const args = Object.fromEntries(
          Object.entries(s.initialArgs).map(([k, v]) => {
            const mapping = s.argTypes[k]?.mapping;
            // Args may be copies of the mapped object: compare contents, not identity.
            const same = (m) => mapping[m] === v || JSON.stringify(mapping[m]) === JSON.stringify(v);
            const key = mapping ? Object.keys(mapping).find(same) : undefined;
            return [k, key ?? (typeof v === "object" && v !== null && !Array.isArray(v) ? "[object]" : v)];
          }),
        );
        return { argTypes, args, skip: s.parameters.controlsCheck?.skip ?? [] };
      }, story.id);
      const baseline = await page.locator("#storybook-root").innerHTML();
      for (const [arg, argType] of Object.entries(info.argTypes)) {
        if (info.skip.includes(arg) || argType.control === false) continue;
        const next = otherValue(argType, info.args[arg]);
        if (next === undefined) continue;
        const value = Array.isArray(next) ? next : next.value;
        const changed = await page.evaluate(
          ({ id, arg, value }) =>
            new Promise((done) => {
              const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
              channel.once("storyRendered", () =>
                setTimeout(() => done(document.getElementById("storybook-root")?.innerHTML ?? ""), 150),
              );
              channel.emit("updateStoryArgs", { storyId: id, updatedArgs: { [arg]: value } });
              setTimeout(() => done(null), 10000);
            }),
          { id: story.id, arg, value },
        );
        if (changed === null) failures.push(`${story.id}: setting ${arg} did not re-render`);
        else if (changed === baseline)
          failures.push(`${story.id}: control "${arg}" → ${JSON.stringify(value)} changes nothing`);
        else passed++;
        await page.evaluate(
          ({ id, arg }) =>
            new Promise((done) => {
              const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
              channel.once("storyRendered", () => setTimeout(done, 150));
              channel.emit("resetStoryArgs", { storyId: id, argNames: [arg] });
              setTimeout(done, 10000);
            }),
          { id: story.id, arg },
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const f of failures) console.error(`✗ ${f}`);
  console.log(`components: ${components.join(", ")}`);
  console.log(`${passed} passed, ${failures.length} failed`);
  process.exitCode = failures.length ? 1 : 0;
}

await main();
