#!/usr/bin/env node
// Post-build check of dist/: React Server Components boundaries survived the build.
//
// Rules (each failure is printed; exit code 1 if any):
// 1. Every dist module comes from one source module (no shared chunks a server import could bypass a boundary through),
//    and every ESM module has its CJS twin with the same directive.
// 2. dist/index.js has no directive (a 'use client' barrel would make every export a client reference).
// 3. Each public export is classified below: CLIENT exports must be defined in a module whose first statement is
//    'use client'; SERVER_SAFE components and plain VALUES in a module without it. A new export must be classified.
// 4. Walking the import graph from index.js the way a server component would (stopping at 'use client' modules),
//    no module reached may import React's client-only APIs (hooks, createContext, …) or call a non-component
//    binding of a client module (on the server it would be a client reference, not a function).
// 5. Fully static modules (STATIC_MODULES) import no client module, directly or through others: rendered from a
//    server component they put nothing into the client bundle, not even a client child.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const src = join(root, "src");

/**
 * Where each public runtime export must live. When you add an export to src/index.ts, add it to one of these.
 * CLIENT: reads the clock, the display zone or browser state (hooks) — a client boundary, still renderable from a
 * server component (its props must be serializable: data, not functions).
 * SERVER_SAFE: no hooks of its own; from a server component it ships no JavaScript of its own (live children such as
 * LocalTime are their own boundaries).
 */
const CLIENT = new Set([
  "ClockProvider",
  "DeadlineCountdown",
  "FavouriteToggle", // reads the favourites in this browser
  "ImportantDates",
  "LocalTime",
  "MyAgenda",
  "NowNext", // now/next from the shared clock
  "PaperList", // the filter (text, award, session) after hydration
  "ScheduleTable", // now/next highlighting and the zone switch
  "SubmissionCallout", // the call's phase from the shared clock
  "TimeZoneProvider",
  "TimeZoneToggle",
  "useClockSelector",
  "useDisplayTimeZone",
  "useNow",
  "useReaderTimeZone",
  "useTimeZoneChoice",
]);
const SERVER_SAFE = new Set([
  "CallForPapers",
  "EditionJsonLd", // a <script> with text; under React 18 a ref fills it on the client, no hooks
  "EventDetails", // its one client child is the tentative-date note (none when given `now`)
  "SpeakerCard",
  "SpeakerGrid",
  "Sponsors",
  "ScheduleJumpList", // plain links to the days, no hooks
  "StaticScheduleTable",
]);
/**
 * Plain values and helper functions. They must be defined in a module WITHOUT 'use client': imported from a client
 * module into a server component they are client references (reading a property or calling them throws).
 */
const VALUES = new Set([
  "en", // the English messages
  "SESSION_KIND_LABELS",
  "SESSION_KIND_NAMES",
  "ZONE_STORAGE_KEY",
  "canonicalZone",
  "keepFragmentInView", // a ResizeObserver over the page, called by a site's client entry before hydrating
  "favouritesNamespace",
  "favouritesStore",
  "initials",
  "validZoneChoice",
  "zoneName",
]);
/**
 * Modules whose whole import graph must be free of 'use client' (rule 5): StaticScheduleTable, the day tables it
 * shares with ScheduleTable, and Sponsors have no live child at all (SpeakerCard and CallForPapers have LocalTime children).
 */
const STATIC_MODULES = [
  "schedule-table/schedule-days.js",
  "schedule-table/static-schedule-table.js",
  "sponsors/sponsors.js",
];

const CLIENT_ONLY_REACT = /^(use[A-Z]\w*|createContext|Component|PureComponent|createRef|startTransition)$/;
const CLIENT_ONLY_REACT_DOM = /^(createPortal|flushSync|useFormStatus|useFormState)$/;

const problems = [];
const fail = (msg) => problems.push(msg);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The directive prologue: string-literal statements before any other code (comments skipped). */
function directives(code) {
  const found = [];
  let rest = code;
  for (;;) {
    rest = rest.replace(/^(\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)+/, "");
    const m = /^(["'])(use [\w-]+|use strict)\1\s*;?/.exec(rest);
    if (!m) return found;
    found.push(m[2]);
    rest = rest.slice(m[0].length);
  }
}

/** Static imports of an esbuild output module: { from, names: [{ imported, local }], default }. */
function imports(code) {
  const out = [];
  const re =
    /\bimport\s*(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\})?\s*(?:\*\s*as\s+([\w$]+)\s*)?from\s*"([^"]+)"|\bimport\s*"([^"]+)"/g;
  for (const m of code.matchAll(re)) {
    if (m[5]) {
      out.push({ from: m[5], names: [] });
      continue;
    }
    const names = (m[2] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [imported, local = imported] = s.split(/\s+as\s+/);
        return { imported, local };
      });
    if (m[1]) names.push({ imported: "default", local: m[1] });
    if (m[3]) names.push({ imported: "*", local: m[3] });
    out.push({ from: m[4], names });
  }
  return out;
}

if (!existsSync(join(dist, "index.js"))) {
  console.error("check-dist: dist/index.js is missing — run the build first.");
  process.exit(1);
}

const files = walk(dist);
const esm = files.filter((f) => f.endsWith(".js"));
const modules = new Map();
for (const file of esm) {
  const code = readFileSync(file, "utf8");
  const rel = relative(dist, file);
  const base = rel.replace(/\.js$/, "");
  const source = [".ts", ".tsx"].map((e) => join(src, base + e)).find((p) => existsSync(p));
  if (!source) fail(`${rel}: no source module src/${base}.ts(x) — a shared chunk? (splitting must stay off)`);
  const cjs = file.replace(/\.js$/, ".cjs");
  const client = directives(code).includes("use client");
  if (!existsSync(cjs)) fail(`${rel}: no CJS twin ${relative(dist, cjs)}`);
  else if (directives(readFileSync(cjs, "utf8")).includes("use client") !== client)
    fail(`${relative(dist, cjs)}: 'use client' differs from ${rel}`);
  if (source && directives(readFileSync(source, "utf8")).includes("use client") !== client)
    fail(`${rel}: 'use client' ${client ? "added" : "lost"} by the build (source: ${relative(root, source)})`);
  modules.set(file, { rel, code, client, imports: imports(code) });
}

const index = modules.get(join(dist, "index.js"));
if (index.client) fail("index.js: carries 'use client' — every export would become a client reference");

const target = (from, imp) => resolve(dirname(from), imp.from);

// Rule 3: where each export is defined.
const exported = [...index.code.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
  m[1]
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split(/\s+as\s+/).pop()),
);
const definedIn = new Map();
for (const imp of index.imports) for (const n of imp.names) definedIn.set(n.local, target(join(dist, "index.js"), imp));
const rows = [];
for (const name of exported.sort()) {
  const file = definedIn.get(name);
  const mod = file && modules.get(file);
  if (!mod) {
    fail(`export ${name}: defined in index.js itself or in a module not found in dist/`);
    continue;
  }
  const kind = CLIENT.has(name) ? "client" : SERVER_SAFE.has(name) ? "server-safe" : VALUES.has(name) ? "value" : null;
  rows.push(`  ${name.padEnd(20)} ${(mod.client ? "'use client'" : "(no directive)").padEnd(15)} ${mod.rel}`);
  if (kind === null)
    fail(
      `export ${name}: not classified — add it to CLIENT, SERVER_SAFE or VALUES in packages/react/scripts/check-dist.mjs`,
    );
  else if (kind === "client" && !mod.client) fail(`export ${name}: ${mod.rel} must start with 'use client'`);
  else if (kind === "server-safe" && mod.client)
    fail(`export ${name}: ${mod.rel} has 'use client' but ${name} is meant to render on the server without client JS`);
  else if (kind === "value" && mod.client)
    fail(
      `export ${name}: a plain value defined in client module ${mod.rel} — a server component importing it gets a ` +
        "client reference; move it to a module without 'use client'",
    );
}

// Rule 4: the server's view of the graph.
const seen = new Set();
const queue = [join(dist, "index.js")];
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const mod = modules.get(file);
  if (!mod) continue;
  for (const imp of mod.imports) {
    if (imp.from === "react" || imp.from === "react-dom") {
      const bad = imp.names.filter((n) =>
        (imp.from === "react" ? CLIENT_ONLY_REACT : CLIENT_ONLY_REACT_DOM).test(n.imported),
      );
      if (bad.length > 0)
        fail(
          `${mod.rel}: imports ${bad.map((n) => n.imported).join(", ")} from "${imp.from}" and is reachable from a ` +
            "server component without a 'use client' boundary — add the directive or move the hook into a client child",
        );
      continue;
    }
    if (!imp.from.startsWith(".")) continue;
    const dep = target(file, imp);
    const depMod = modules.get(dep);
    if (!depMod) {
      fail(`${mod.rel}: imports ${imp.from}, which is not in dist/`);
      continue;
    }
    if (depMod.client) {
      if (file === join(dist, "index.js")) continue; // the barrel only re-exports
      const nonComponents = imp.names.filter((n) => !/^[A-Z]/.test(n.imported));
      if (nonComponents.length > 0)
        fail(
          `${mod.rel}: server-reachable, but uses ${nonComponents.map((n) => n.imported).join(", ")} from client ` +
            `module ${depMod.rel} — on the server that is a client reference, not a value`,
        );
      continue; // a client boundary: its code is not part of the server graph
    }
    queue.push(dep);
  }
}

// Rule 5: static modules reach no client module.
for (const rel of STATIC_MODULES) {
  const start = join(dist, rel);
  if (!modules.has(start)) {
    fail(`${rel}: listed in STATIC_MODULES but not in dist/`);
    continue;
  }
  const reached = new Set();
  const todo = [start];
  while (todo.length > 0) {
    const file = todo.pop();
    if (reached.has(file)) continue;
    reached.add(file);
    const mod = modules.get(file);
    if (!mod) continue;
    if (mod.client) {
      fail(`${rel}: must ship no client JavaScript, but reaches 'use client' module ${mod.rel}`);
      continue;
    }
    for (const imp of mod.imports) if (imp.from.startsWith(".")) todo.push(target(file, imp));
  }
}

const server = [...seen].map((f) => modules.get(f)?.rel).filter(Boolean);
console.log("check-dist: public exports");
console.log(rows.join("\n"));
console.log(`check-dist: ${modules.size} ESM modules; server graph (no directive, reached from index.js):`);
console.log(`  ${server.sort().join(", ")}`);
console.log(`check-dist: static (no client module in their graph): ${STATIC_MODULES.join(", ")}`);
console.log(
  `check-dist: client modules: ${[...modules.values()]
    .filter((m) => m.client)
    .map((m) => m.rel)
    .sort()
    .join(", ")}`,
);
if (problems.length > 0) {
  console.error(`\ncheck-dist: ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ✗ ${p}`);
  process.exitCode = 1;
} else {
  console.log("check-dist: ok");
}
