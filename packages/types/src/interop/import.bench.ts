/**
 * Benchmark: importing a 10 MB frab `schedule.xml` vs the same programme as frab `schedule.json`, in one run.
 * Prints the sizes, median times and the ratio (target: XML at most 3× JSON). Not a test: it never fails.
 *
 * Run from the repository root (part of `pnpm bench`):
 *   npx tsx packages/types/src/interop/import.bench.ts
 * Options: --mb=10 --iterations=5
 *
 * Both files are written here from one generated programme (days × rooms × events, realistic field sizes, some
 * entities and CDATA in the XML), so the two importers read the same data. Times swing with machine load: compare
 * the ratio, measured in one run, not the absolute figures.
 */
import { importFrabJson, importFrabXml } from "./frab";
import { escapeXml } from "./xml";

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, Number(v)];
  }),
);
const TARGET_MB = args.mb || 10;
const ITERATIONS = args.iterations || 5;

interface BenchEvent {
  id: number;
  day: number;
  room: string;
  start: string;
  date: string;
  title: string;
  abstract: string;
  person: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A programme of `perRoomDay` ten-minute events per room and day, 20 days, 10 rooms. */
function programme(perRoomDay: number): BenchEvent[] {
  const events: BenchEvent[] = [];
  let id = 1;
  for (let day = 1; day <= 20; day++) {
    const date = `2025-07-${pad(day)}`;
    for (let r = 1; r <= 10; r++) {
      for (let k = 0; k < perRoomDay; k++) {
        const minutes = 8 * 60 + k * 10;
        const start = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
        events.push({
          id,
          day,
          room: `Room ${r}`,
          start,
          date: `${date}T${start}:00+02:00`,
          title: `Talk ${id}: small models & "efficient" inference`,
          abstract: `We study <efficiency> of model ${id}. `.repeat(6),
          person: `Speaker ${id % 500}`,
        });
        id++;
      }
    }
  }
  return events;
}

const conference = {
  acronym: "bench2025",
  title: "Benchmark Conference",
  start: "2025-07-01",
  end: "2025-07-20",
  time_zone_name: "Europe/Vienna",
};

function toXml(events: readonly BenchEvent[]): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<schedule>\n  <version>1</version>\n  <conference>'];
  for (const [k, v] of Object.entries(conference)) out.push(`    <${k}>${escapeXml(v)}</${k}>`);
  out.push("  </conference>");
  for (let day = 1; day <= 20; day++) {
    out.push(`  <day index="${day}" date="2025-07-${pad(day)}">`);
    for (let r = 1; r <= 10; r++) {
      out.push(`    <room name="Room ${r}">`);
      for (const e of events) {
        if (e.day !== day || e.room !== `Room ${r}`) continue;
        out.push(
          `      <event guid="00000000-0000-4000-8000-${String(e.id).padStart(12, "0")}" id="${e.id}">`,
          `        <date>${e.date}</date>`,
          `        <start>${e.start}</start>`,
          "        <duration>00:10</duration>",
          `        <room>${e.room}</room>`,
          `        <slug>talk-${e.id}</slug>`,
          `        <title>${escapeXml(e.title)}</title>`,
          "        <type>Talk</type>",
          "        <language>en</language>",
          `        <abstract><![CDATA[${e.abstract}]]></abstract>`,
          `        <persons><person id="${e.id % 500}">${escapeXml(e.person)}</person></persons>`,
          "      </event>",
        );
      }
      out.push("    </room>");
    }
    out.push("  </day>");
  }
  out.push("</schedule>\n");
  return out.join("\n");
}

function toJson(events: readonly BenchEvent[]): string {
  const days = Array.from({ length: 20 }, (_, d) => {
    const rooms: Record<string, unknown[]> = {};
    for (const e of events) {
      if (e.day !== d + 1) continue;
      const list = rooms[e.room] ?? [];
      rooms[e.room] = list;
      list.push({
        guid: `00000000-0000-4000-8000-${String(e.id).padStart(12, "0")}`,
        id: e.id,
        date: e.date,
        start: e.start,
        duration: "00:10",
        room: e.room,
        slug: `talk-${e.id}`,
        title: e.title,
        type: "Talk",
        language: "en",
        abstract: e.abstract,
        persons: [{ id: e.id % 500, public_name: e.person }],
      });
    }
    return { index: d + 1, date: `2025-07-${pad(d + 1)}`, rooms };
  });
  return JSON.stringify({ schedule: { version: "1", conference: { ...conference, days } } }, null, 1);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

// About 730 bytes of XML per event: find how many events per room and day make TARGET_MB.
const perRoomDay = Math.max(1, Math.round((TARGET_MB * 1_000_000) / 730 / 200));
const events = programme(perRoomDay);
const xml = toXml(events);
const json = toJson(events);
const xmlResult = importFrabXml(xml);
const jsonResult = importFrabJson(json);
const sessions = (r: typeof xmlResult) => (r.edition as { sessions?: unknown[] }).sessions?.length ?? 0;
if (sessions(xmlResult) !== sessions(jsonResult) || sessions(xmlResult) !== events.length) {
  console.error(`the two imports differ: ${sessions(xmlResult)} vs ${sessions(jsonResult)} of ${events.length}`);
}

const xmlMs: number[] = [];
const jsonMs: number[] = [];
for (let i = 0; i < ITERATIONS; i++) {
  // Interleaved, so load on the machine hits both sides alike.
  xmlMs.push(time(() => importFrabXml(xml)));
  jsonMs.push(time(() => importFrabJson(json)));
}
const x = median(xmlMs);
const j = median(jsonMs);
const mb = (s: string) => (Buffer.byteLength(s) / 1_000_000).toFixed(1);
console.log(`frab import, ${events.length} events, median of ${ITERATIONS}:`);
console.table([
  { input: "schedule.xml", MB: mb(xml), "median ms": x.toFixed(0) },
  { input: "schedule.json", MB: mb(json), "median ms": j.toFixed(0) },
]);
console.log(`XML / JSON: ${(x / j).toFixed(2)}× (target ≤ 3×)${x / j <= 3 ? "" : " — OVER TARGET"}`);
