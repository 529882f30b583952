/**
 * Validation cost against programme size (issue #18): validating 5,000 sessions must cost at most 10x validating
 * 500. Two shapes: a valid programme spread over rooms, and the worst case the issue reported, every session
 * overlapping in one room. Prints the figures and the ratios, marking a ratio over 10 (timings on a loaded machine
 * are noisy, so it reports rather than fails).
 * Run with `pnpm bench` (or `tsx packages/types/src/model/validate.bench.ts`).
 */
import { parseEdition } from "./parse";

const base = {
  name: "Benchmark Workshop",
  shortName: "BW",
  year: 2025,
  timeZone: "America/Vancouver",
  dates: { start: "2025-07-18", end: "2025-07-20" },
  people: Array.from({ length: 200 }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    roles: ["invited-speaker"],
    bio: "Works on efficient systems.",
  })),
};

const pad = (n: number) => String(n).padStart(2, "0");

/** `n` sessions of 10 minutes, 30 rooms, over three days, each with a speaker: valid. */
function valid(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const slot = Math.floor(i / 30);
    const day = 1 + Math.floor(slot / 60);
    const minutes = 8 * 60 + (slot % 60) * 10;
    return {
      id: `s${i}`,
      title: `Talk ${i}`,
      kind: "contributed-talk",
      day,
      start: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`,
      end: `${pad(Math.floor((minutes + 10) / 60))}:${pad((minutes + 10) % 60)}`,
      room: `Room ${i % 30}`,
      speakers: [`p${i % 200}`],
    };
  });
}

/** `n` sessions all at 09:00-10:00 in one room: every one overlaps. */
function overlapping(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    title: `Talk ${i}`,
    kind: "oral",
    start: "2025-07-18T09:00",
    end: "2025-07-18T10:00",
  }));
}

/**
 * The fastest of 7 runs after a warm-up, in CPU time of this process (user + system), not wall-clock time: on a
 * machine shared with other work a 100 ms run is preempted many times and a 10 ms run hardly ever, which alone made
 * the wall-clock ratio swing from 9x to 28x between runs of the same code (load average 25 on 2 cores).
 */
function measure(sessions: object[]): number {
  const input = { ...base, sessions };
  parseEdition(input);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 7; i++) {
    const before = process.cpuUsage();
    parseEdition(input);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

console.log("validation cost (parseEdition, CPU time, fastest of 7 runs)");
for (const [name, make] of [
  ["valid programme", valid],
  ["all overlapping in one room", overlapping],
] as const) {
  const small = measure(make(500));
  const large = measure(make(5000));
  const ratio = large / small;
  console.log(
    `  ${name.padEnd(28)} 500: ${small.toFixed(1)} ms   5,000: ${large.toFixed(1)} ms   ratio ${ratio.toFixed(1)}x (target <= 10x)${ratio > 10 ? "  OVER TARGET" : ""}`,
  );
}
