#!/usr/bin/env node
// After `next build`: the prerendered page contains the ES-FoMo 2025 speakers and programme, and the server/client
// split is the one the library promises — client modules are exactly the 'use client' files of dist/, and the
// static components (SpeakerCard, SpeakerGrid, StaticScheduleTable) ship no JavaScript of their own. The static
// page /programme (StaticScheduleTable only) has the whole programme in its HTML and no library client module.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseEditionText } from "@workshop-kit/types/yaml";

const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const htmlFile = join(app, ".next/server/app/index.html");
const manifestFile = join(app, ".next/server/app/page_client-reference-manifest.js");
let failed = 0;
let passed = 0;
const check = (ok, what) => {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.error(`  ✗ ${what}`);
  }
};

if (!existsSync(htmlFile)) {
  console.error(`check-html: ${htmlFile} is missing — did \`next build\` prerender "/"?`);
  process.exit(1);
}
const html = readFileSync(htmlFile, "utf8");
const entities = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const textOf = (html) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (entities[e] ?? m),
    )
    .replace(/\s+/g, " ");
const text = textOf(html);

const parsed = parseEditionText(readFileSync(join(app, "../es-fomo/content/2025.yaml"), "utf8"));
if (!parsed.ok) throw new Error("ES-FoMo 2025 content does not parse");
const { edition } = parsed;
const norm = (s) => s.replace(/\s+/g, " ").trim();

check(text.includes(norm(edition.name)), `the edition's name "${edition.name}"`);
for (const p of edition.people) check(text.includes(norm(p.name)), `person "${p.name}" in the HTML`);
const titled = edition.sessions.filter((s) => s.title);
for (const s of titled) check(text.includes(norm(s.title)), `session "${s.title}" in the programme`);
check(/<table[\s>]/.test(html), "the programme is a <table>");
check(text.includes("No sponsors listed for this edition."), "Sponsors rendered by a server component");
check(text.includes("East Exhibition Hall A"), "EventDetails rendered by a server component (the room)");
for (const s of edition.sessions.filter((s) => s.paper?.id))
  check(
    html.includes(`id="paper-${s.paper.id}"`),
    `PaperList: paper "${s.paper.title}" in the server HTML with its anchor`,
  );
check(/<time [^>]*dateTime=|<time [^>]*datetime=/i.test(html), "times are <time datetime> elements");
check(/<link[^>]+rel="stylesheet"/.test(html), "the stylesheet is linked");

// The stylesheet Next emitted is the package's (wrapped in the workshop-kit cascade layer).
const cssDir = join(app, ".next/static");
const cssFiles = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(d, e.name));
    else if (e.name.endsWith(".css")) cssFiles.push(join(d, e.name));
  }
};
walk(cssDir);
check(
  cssFiles.some((f) => readFileSync(f, "utf8").includes("@layer workshop-kit")),
  "@workshop-kit/react/styles.css reached the CSS bundle",
);

// Client boundaries, as Next recorded them.
const manifest = readFileSync(manifestFile, "utf8");
const clientModules = new Set(
  [...manifest.matchAll(/packages\/react\/dist\/([\w/-]+\.js)/g)]
    .map((m) => m[1])
    .filter((m) => !m.endsWith("index.js")),
);
const dist = resolve(app, "../../packages/react/dist");
const distClient = [];
const walkDist = (d, prefix = "") => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) walkDist(join(d, e.name), `${prefix}${e.name}/`);
    else if (e.name.endsWith(".js") && /^\s*(["'])use client\1/.test(readFileSync(join(d, e.name), "utf8")))
      distClient.push(prefix + e.name);
  }
};
walkDist(dist);
for (const m of distClient)
  check(clientModules.has(m), `dist/${m} ('use client') is a client reference in Next's manifest`);
for (const m of clientModules) check(distClient.includes(m), `${m} is a client module only because it says so`);
const staticModules = [
  "schedule-table/static-schedule-table.js",
  "schedule-table/schedule-days.js",
  "sponsors/sponsors.js",
];
for (const m of [
  "call-for-papers/call-for-papers.js",
  "event-details/event-details.js",
  "internal/paragraphs.js",
  "speaker-card/speaker-card.js",
  "speaker-card/speaker-grid.js",
  "internal/heading.js",
  ...staticModules,
])
  check(!clientModules.has(m), `${m} ships no client JavaScript (server component)`);
check(!manifest.includes("packages/react/dist/index.js"), "the barrel index.js is not a client module");

// The static programme page: StaticScheduleTable rendered by a server component.
const programmeFile = join(app, ".next/server/app/programme.html");
const programmeManifest = join(app, ".next/server/app/programme/page_client-reference-manifest.js");
if (!existsSync(programmeFile) || !existsSync(programmeManifest)) {
  check(false, `/programme was prerendered (${programmeFile} and its client manifest)`);
} else {
  const page = readFileSync(programmeFile, "utf8");
  const pageText = textOf(page);
  for (const s of titled)
    check(pageText.includes(norm(s.title)), `/programme: session "${s.title}" in the static programme`);
  const speakers = new Set(edition.sessions.flatMap((s) => s.speakerIds));
  for (const p of edition.people.filter((p) => speakers.has(p.id))) {
    check(pageText.includes(norm(p.name)), `/programme: speaker "${p.name}" in the static programme`);
    check(page.includes(`href="/#speaker-${p.id}"`), `/programme: "${p.name}" links to their card on /`);
  }
  for (const s of edition.sessions) check(page.includes(` id="${s.id}"`), `/programme: session row #${s.id}`);
  check(/<table[\s>]/.test(page) && /<caption>/.test(page), "/programme: the programme is a captioned <table>");
  check(pageText.includes("All times PT (UTC−7)"), "/programme: the caption names the event's zone");
  check(
    /<time [^>]*dateTime="2025-07-18T15:30:00.000Z"[^>]*>8:30 AM<\/time>/i.test(page),
    "/programme: the opening's start as <time dateTime> in the event's zone",
  );
  check(!/data-slot="(toolbar|calendar|status)"/.test(page), "/programme: no toolbar, calendar button or live status");
  const pageClient = [...readFileSync(programmeManifest, "utf8").matchAll(/packages\/react\/dist\/([\w/-]+\.js)/g)].map(
    (m) => m[1],
  );
  // The day tables' code (its "caption-zone" slot name is a marker) is in the scripts of "/" (ScheduleTable's client
  // chunk), and in none of the scripts /programme loads.
  const scripts = (h) =>
    [...h.matchAll(/<script src="\/_next\/(static\/[^"]+\.js)"/g)].map((m) =>
      readFileSync(join(app, ".next", m[1]), "utf8"),
    );
  check(
    scripts(html).some((js) => js.includes("caption-zone")),
    '"/": the day tables\' code is in its scripts (the marker works)',
  );
  check(!scripts(page).some((js) => js.includes("caption-zone")), "/programme: no schedule code in its scripts");
  check(
    pageClient.length === 0,
    `/programme: no client module from @workshop-kit/react (found: ${pageClient.join(", ")})`,
  );
}

console.log(
  `check-html: ${edition.people.length} people, ${titled.length} titled sessions, ` +
    `${clientModules.size} client modules from @workshop-kit/react: ${[...clientModules].sort().join(", ")}`,
);
console.log(`next-app: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
