#!/usr/bin/env node
// React 18 consumer: renders every export of @workshop-kit/react to HTML with react-dom/server (as a Node SSR
// framework would), then hydrates that HTML with react-dom/client in jsdom and fails on any hydration error or
// console.error. Runs in a project where npm installed react@18.3.1 and the packed tarballs (so npm also checked
// the peer range). Plain Node + jsdom rather than Vitest: the package is loaded through its `exports` exactly as a
// consumer's server loads it — no test-runner transforms or aliases in between — and nothing more to install.
import { readFileSync } from "node:fs";
import * as kit from "@workshop-kit/react";
import { editionJsonLd } from "@workshop-kit/types/interop";
import { parseEditionText } from "@workshop-kit/types/yaml";
import { JSDOM } from "jsdom";
import { createElement as h, StrictMode, version } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";

let passed = 0;
let failed = 0;
const check = (ok, what, detail = "") => {
  if (ok) passed += 1;
  else failed += 1;
  console[ok ? "log" : "error"](`  ${ok ? "✓" : "✗"} ${what}${ok || !detail ? "" : `\n      ${detail}`}`);
};

const parsed = parseEditionText(readFileSync(new URL("../content.yaml", import.meta.url), "utf8"));
if (!parsed.ok) throw new Error("content.yaml does not parse");
const { edition } = parsed;
const first = edition.sessions[0];
const deadline = edition.deadlines[0];
const person = edition.people.find((p) => p.bio.length > 0) ?? edition.people[0];
// The 2025 content lists no sponsor (its site has no sponsor section): one made up here, logo with its size.
const sponsor = {
  name: "Example Sponsor",
  href: "https://example.org",
  logo: { src: "https://example.org/logo.png", alt: "Example Sponsor", width: 240, height: 80 },
  tier: "Gold",
};
// A title that tries to end the JSON-LD script: it must stay data.
const threeDays = parseEditionText(readFileSync(new URL("../three-days.yaml", import.meta.url), "utf8"));
if (!threeDays.ok) throw new Error("three-days.yaml does not validate");
const hostile = { ...edition, name: "</script><script>alert(1)</script> \u2028" };
const serverNow = Date.parse("2025-05-20T12:00:00Z"); // before the submission deadline: countdowns are live

function Hooks() {
  const now = kit.useNow(60_000);
  const minute = kit.useClockSelector((t) => (t === null ? "no clock" : "clock"), 60_000);
  const { zone } = kit.useDisplayTimeZone(edition.timeZone);
  const reader = kit.useReaderTimeZone();
  const choice = kit.useTimeZoneChoice();
  return h("p", { "data-hooks": "" }, `${minute} ${now === null ? "" : "set"} ${zone} ${reader ?? ""} ${choice}`);
}

const cases = {
  LocalTime: () => h(kit.LocalTime, { instant: first.start, show: "datetime", withZone: true }),
  TimeZoneToggle: () => h(kit.TimeZoneToggle, { eventZone: edition.timeZone, referenceMs: first.start.epochMs }),
  hooks: () => h(Hooks),
  ScheduleTable: () => h(kit.ScheduleTable, { edition, headingLevel: 2 }),
  StaticScheduleTable: () =>
    h(kit.StaticScheduleTable, { edition, headingLevel: 2, speakerHref: (id) => `/speakers#${id}` }),
  SpeakerCard: () => h(kit.SpeakerCard, { person, edition, headingLevel: 3 }),
  SpeakerGrid: () => h(kit.SpeakerGrid, { people: edition.people, edition, headingLevel: 2 }),
  DeadlineCountdown: () => h(kit.DeadlineCountdown, { deadline, edition, headingLevel: 2 }),
  ImportantDates: () => h(kit.ImportantDates, { edition, headingLevel: 2 }),
  CallForPapers: () => h(kit.CallForPapers, { edition, headingLevel: 2 }),
  FavouriteToggle: () => h(kit.FavouriteToggle, { edition, itemId: first.id, label: first.title ?? "to be announced" }),
  MyAgenda: () => h(kit.MyAgenda, { edition, headingLevel: 2 }),
  "ScheduleTable with favourites and search": () =>
    h(kit.ScheduleTable, { edition, headingLevel: 2, favourites: true, search: true }),
  EventDetails: () => h(kit.EventDetails, { edition }),
  PaperList: () =>
    h(kit.PaperList, {
      edition,
      sessionHref: "/schedule#{id}",
      renderActions: () => h("button", { type: "button" }, "Star"),
    }),
  Sponsors: () => h(kit.Sponsors, { sponsors: [sponsor], headingLevel: 2 }),
  EditionJsonLd: () => h(kit.EditionJsonLd, { edition: hostile }),
  NowNext: () => h(kit.NowNext, { edition }),
  SubmissionCallout: () => h(kit.SubmissionCallout, { edition }),
  ScheduleJumpList: () => h(kit.ScheduleJumpList, { edition: threeDays.edition }),
  "ScheduleTable with a jump list": () =>
    h(kit.ScheduleTable, { edition: threeDays.edition, headingLevel: 2, jumpList: true }),
};
// Negative control: the harness must notice a mismatch, or its "no errors" means nothing.
let side = "server";
const mismatch = () => h("p", null, `${side} text`);
const page = (body) =>
  h(StrictMode, null, h(kit.ClockProvider, { serverNow }, h(kit.TimeZoneProvider, null, h("main", null, body))));

console.log(`react18: React ${version}, server zone ${Intl.DateTimeFormat().resolvedOptions().timeZone}`);
check(version.startsWith("18."), `react resolves to React 18 (${version})`);
// Every component and hook the package exports is exercised: a new export without a case here fails.
const providers = ["ClockProvider", "TimeZoneProvider"]; // every case renders inside both (page() below)
const hooks = ["useClockSelector", "useDisplayTimeZone", "useNow", "useReaderTimeZone", "useTimeZoneChoice"]; // the "hooks" case
for (const name of Object.keys(kit).filter((n) => /^([A-Z][a-z]|use[A-Z])/.test(n)))
  check(name in cases || providers.includes(name) || hooks.includes(name), `${name}: rendered by a case below`);

// 1. Server: every case renders to HTML (no DOM globals exist yet).
const html = {};
for (const [name, render] of Object.entries(cases)) {
  try {
    html[name] = renderToString(page(render()));
    // TimeZoneToggle and FavouriteToggle render nothing on the server (the reader's zone and favourites are
    // unknown there): only the wrappers.
    // EditionJsonLd's script is empty in React 18's server HTML (filled on hydration, see below).
    const min = name === "TimeZoneToggle" || name === "FavouriteToggle" || name === "EditionJsonLd" ? 0 : 50;
    check(html[name].length > min, `${name}: server-rendered (${html[name].length} chars)`);
  } catch (e) {
    check(false, `${name}: server-rendered`, e.stack);
  }
}
// React 18 HTML-escapes a script's text child (so JSON in it would read &quot;@context&quot;): EditionJsonLd must
// not put its JSON there, and leaves the script empty on the server instead.
check(
  renderToString(h("script", { type: "application/ld+json" }, '{"a":1}')).includes("&quot;"),
  "React 18 escapes the quotes of a script's text child (why EditionJsonLd fills its script on the client)",
);
check(
  html.EditionJsonLd?.includes('<script type="application/ld+json"></script>') &&
    !html.EditionJsonLd.includes("&quot;"),
  "EditionJsonLd: an empty script in the server HTML, no HTML-escaped JSON",
);
check(html.SpeakerGrid?.includes(person.name.replace(/&/g, "&amp;")), "SpeakerGrid HTML contains the speakers");
check(Boolean(first.title && html.ScheduleTable?.includes(first.title)), "ScheduleTable HTML contains the programme");
check(
  Boolean(first.title && html.StaticScheduleTable?.includes(first.title)),
  "StaticScheduleTable HTML contains the programme",
);

// 2. Client: hydrate each page in jsdom, an hour after the server rendered it.
const dom = new JSDOM("<!doctype html><html><body></body></html>", {
  pretendToBeVisual: true,
  url: "https://example.org/",
});
const g = globalThis;
for (const key of ["window", "document", "navigator", "HTMLElement", "Node", "Element", "Event", "MutationObserver"]) {
  if (!(key in g) || key === "window" || key === "document" || key === "navigator")
    Object.defineProperty(g, key, { value: dom.window[key] ?? dom.window, configurable: true, writable: true });
}
g.window = dom.window;
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in g)) {
    try {
      g[key] = dom.window[key];
    } catch {}
  }
}
const realNow = Date.now;
Date.now = () => serverNow + 3_600_000;
const consoleErrors = [];
const originalError = console.error;
console.error = (...args) => consoleErrors.push(args.map(String).join(" "));

for (const [name, render] of Object.entries(cases)) {
  if (!html[name]) continue;
  const container = document.createElement("div");
  container.innerHTML = html[name];
  document.body.appendChild(container);
  const recoverable = [];
  consoleErrors.length = 0;
  const root = hydrateRoot(container, page(render()), { onRecoverableError: (e) => recoverable.push(String(e)) });
  await new Promise((r) => setTimeout(r, 30));
  const errors = [...recoverable, ...consoleErrors];
  console.error = originalError;
  check(errors.length === 0, `${name}: hydrated without errors or warnings`, errors.join("\n      "));
  check(container.textContent.trim().length > 0, `${name}: content there after hydration`);
  if (name === "TimeZoneToggle" || name === "FavouriteToggle")
    check(Boolean(container.querySelector("button[aria-pressed]")), `${name}: the toggle appears after hydration`);
  if (name === "EditionJsonLd") {
    const scripts = container.querySelectorAll("script");
    let parsed = null;
    try {
      parsed = JSON.parse(scripts[0]?.textContent ?? "");
    } catch {}
    check(
      scripts.length === 1 && JSON.stringify(parsed) === JSON.stringify(editionJsonLd(hostile)),
      "EditionJsonLd: after hydration one script whose text JSON.parse reads as editionJsonLd (hostile title kept)",
    );
  }
  console.error = (...args) => consoleErrors.push(args.map(String).join(" "));
  root.unmount();
  container.remove();
}
{
  const container = document.createElement("div");
  container.innerHTML = renderToString(page(h(mismatch)));
  side = "client";
  const seen = [];
  const root = hydrateRoot(container, page(h(mismatch)), { onRecoverableError: (e) => seen.push(String(e)) });
  await new Promise((r) => setTimeout(r, 30));
  const reported = seen.length + consoleErrors.length;
  root.unmount();
  console.error = originalError;
  check(reported > 0, "negative control: a deliberate mismatch IS reported");
}
Date.now = realNow;
check(
  Object.values(kit).every((value) => value !== undefined),
  `all ${Object.keys(kit).length} exports are defined`,
);

console.log(`react18: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
