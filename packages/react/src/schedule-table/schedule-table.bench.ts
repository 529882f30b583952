/**
 * Benchmark: server rendering (renderToString) of ScheduleTable vs a minimal hand-written <table> of the same
 * data, in the same run. Prints a table of timings and the ratio (target ≤ 1.3). Not a test: it never fails.
 *
 * Run from the repository root:
 *   npx tsx packages/react/src/schedule-table/schedule-table.bench.ts
 * Options: --sessions=1000 --iterations=30 --warmup=10
 *
 * `@workshop-kit/types` resolves through packages/react/node_modules to the built package (dist/); run
 * `pnpm --filter @workshop-kit/types build` first if the types sources changed. Both sides of the comparison
 * use the same build, and the same formatTime, so the ratio measures the component, not the helpers.
 */
import { fileURLToPath } from "node:url";
import {
  assertEdition,
  type Edition,
  formatDate,
  formatTime,
  groupSessionsByDay,
  type ScheduleDay,
  zoneLabel,
} from "@workshop-kit/types";
import type { ReactElement } from "react";
import { tsImport } from "tsx/esm/api";
import { syntheticProgramme } from "./schedule-fixtures";
import type { ScheduleTable as ScheduleTableType } from "./schedule-table";

// React's production build, as a server serves pages (the development build adds checks and warnings).
process.env.NODE_ENV = "production";
const { createElement: h } = await import("react");
const { renderToString } = await import("react-dom/server");

// Load the component with the package's tsconfig (automatic JSX runtime, as the build uses), whatever the cwd.
const { ScheduleTable } = (await tsImport("./schedule-table.tsx", {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)),
})) as { ScheduleTable: typeof ScheduleTableType };

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, Number(v)];
  }),
);
const SESSIONS = args.sessions || 1000;
const ITERATIONS = args.iterations || 30;
const WARMUP = args.warmup || 10;

function edition(rooms: number, days: number): Edition {
  return assertEdition(syntheticProgramme({ sessions: SESSIONS, rooms, days }));
}

/** Day grouping for the baseline, computed once per edition outside the timed renders (so the baseline pays less). */
const daysOf = new WeakMap<Edition, ScheduleDay[]>();

/**
 * The baseline: what a person would write by hand to show the same information — per day a heading with the
 * date and one table whose caption names the zone (a programme over several days is unreadable without dates
 * and zone; the first version of this baseline had neither), a room column when there are rooms, a header row
 * per group, and per session its id, times, kind, title and speakers with affiliations. No layout, no zone
 * conversion, no state.
 */
function Minimal({ edition }: { edition: Edition }): ReactElement {
  const zone = edition.timeZone;
  const people = new Map(edition.people.map((p) => [p.id, p]));
  const rooms = new Set(edition.sessions.map((s) => s.room)).size > 1;
  const time = (ms: number, iso: string) => h("time", { dateTime: iso }, formatTime(ms, zone));
  let days = daysOf.get(edition);
  if (!days) {
    days = groupSessionsByDay(edition.sessions, zone);
    daysOf.set(edition, days);
  }
  return h(
    "div",
    null,
    days.map((day) => {
      const rows: ReactElement[] = [];
      let group: string | null = null;
      for (const s of day.sessions) {
        if (s.group && s.group !== group) {
          rows.push(h("tr", { key: `g-${s.id}` }, h("th", { colSpan: rooms ? 3 : 2 }, s.group)));
        }
        group = s.group;
        rows.push(
          h(
            "tr",
            { key: s.id, id: s.id },
            h(
              "th",
              { scope: "row" },
              time(s.start.epochMs, s.start.iso),
              s.end ? " – " : null,
              s.end ? time(s.end.epochMs, s.end.iso) : null,
            ),
            rooms ? h("td", null, s.room ?? "All rooms") : null,
            h(
              "td",
              null,
              h("div", null, `${s.kind}: `, h("b", null, s.title ?? "TBA")),
              s.speakerIds.length
                ? h(
                    "div",
                    null,
                    s.speakerIds
                      .map((id) => people.get(id))
                      .map((p) => (p ? `${p.name}${p.affiliation ? ` (${p.affiliation})` : ""}` : ""))
                      .join(", "),
                  )
                : null,
            ),
          ),
        );
      }
      return h(
        "div",
        { key: day.date },
        h("h3", null, formatDate(day.firstStartMs, zone, { style: "full" })),
        h(
          "table",
          null,
          h("caption", null, `Programme. All times ${zoneLabel(zone, day.firstStartMs).text}`),
          h(
            "thead",
            null,
            h(
              "tr",
              null,
              h("th", { scope: "col" }, "Time"),
              rooms ? h("th", { scope: "col" }, "Room") : null,
              h("th", { scope: "col" }, "Session"),
            ),
          ),
          h("tbody", null, rows),
        ),
      );
    }),
  );
}

/**
 * First renders: each timed render gets an edition it has never seen (a structured clone: new arrays and
 * objects, made just before the render and outside the timing), so nothing kept from an earlier render of the
 * same data can help. Earlier copies become garbage, as a real server's would.
 */
function measureFirst(e: Edition, render: (e: Edition) => ReactElement): number {
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS + WARMUP; i++) {
    const element = render(structuredClone(e));
    const t0 = performance.now();
    renderToString(element);
    if (i >= WARMUP) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function measure(element: ReactElement): { ms: number; bytes: number } {
  let bytes = 0;
  for (let i = 0; i < WARMUP; i++) bytes = renderToString(element).length;
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    renderToString(element);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, bytes };
}

const rows: Record<string, string | number>[] = [];
for (const [label, rooms, days] of [
  ["single track", 1, 20],
  ["8 rooms", 8, 5],
] as const) {
  const e = edition(rooms, days);
  // Alternate the two so that JIT warm-up and GC pressure fall on both alike.
  const base = measure(h(Minimal, { edition: e }));
  const mine = measure(h(ScheduleTable, { edition: e }));
  const base2 = measure(h(Minimal, { edition: e }));
  const minimal = Math.min(base.ms, base2.ms);
  rows.push({
    programme: `${e.sessions.length} sessions, ${label}, same edition per request`,
    "minimal <table> (ms, median)": Number(minimal.toFixed(2)),
    "ScheduleTable (ms, median)": Number(mine.ms.toFixed(2)),
    ratio: Number((mine.ms / minimal).toFixed(2)),
    "minimal HTML (kB)": Math.round(base.bytes / 1024),
    "ScheduleTable HTML (kB)": Math.round(mine.bytes / 1024),
  });
  const firstBase = measureFirst(e, (copy) => h(Minimal, { edition: copy }));
  const firstMine = measureFirst(e, (copy) => h(ScheduleTable, { edition: copy }));
  const firstBase2 = measureFirst(e, (copy) => h(Minimal, { edition: copy }));
  const firstMinimal = Math.min(firstBase, firstBase2);
  rows.push({
    programme: `${e.sessions.length} sessions, ${label}, first render of a new edition`,
    "minimal <table> (ms, median)": Number(firstMinimal.toFixed(2)),
    "ScheduleTable (ms, median)": Number(firstMine.toFixed(2)),
    ratio: Number((firstMine / firstMinimal).toFixed(2)),
    "minimal HTML (kB)": Math.round(base.bytes / 1024),
    "ScheduleTable HTML (kB)": Math.round(mine.bytes / 1024),
  });
}
console.log(`renderToString, ${ITERATIONS} iterations after ${WARMUP} warm-up, Node ${process.version}`);
console.table(rows);
console.log(
  "target: ratio ≤ 1.3. 'Same edition per request': a server rendering one parsed edition for every request (the\n" +
    "component keeps its laid-out days and table bodies with the edition). 'First render': a fresh copy each time.",
);
