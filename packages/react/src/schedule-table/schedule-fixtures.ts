/**
 * Synthetic programmes for stories, tests and the benchmark: many days, many rooms, deterministic.
 *
 * Lives beside the schedule tests that import it (issue #18: test fixtures stay with their tests); the stories
 * import it from here. Returns the content-file shape (`EditionInput`), not a parsed edition, so this file imports
 * types only and runs anywhere (Storybook, Vitest, plain `tsx`); pass the result to `parseEdition`.
 */
// Type-only: erased at run time, so plain `tsx` (the benchmark) needs no alias.
import type { EditionInput } from "@workshop-kit/types";

/** Options of {@link syntheticProgramme}. */
export interface SyntheticOptions {
  /** Number of sessions in total, including each day's opening and closing. Default `300`. */
  readonly sessions?: number;
  /** Number of days. Default `3`. */
  readonly days?: number;
  /** Number of parallel rooms. Default `8`; `1` gives a single-track programme. Default `8`. */
  readonly rooms?: number;
  /** Seed for titles and speakers. Default `1`. */
  readonly seed?: number;
  /** First day. Default `"2025-07-18"`. */
  readonly start?: string;
  /** The event's zone. Default `"America/Vancouver"`. */
  readonly timeZone?: string;
}

const WORDS = [
  "efficient",
  "sparse",
  "attention",
  "quantization",
  "kernels",
  "serving",
  "inference",
  "distillation",
  "mixture-of-experts",
  "long-context",
  "memory",
  "throughput",
  "scaling",
  "speculative",
  "decoding",
  "pruning",
  "compilers",
  "low-rank",
  "adapters",
  "hardware",
];
const KINDS = ["oral", "invited-talk", "spotlight", "poster-session", "panel"] as const;
const AFFILIATIONS = ["University of Washington", "ETH Zürich", "Cerebras Systems", "Stanford University", null];

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4_294_967_296;
  };
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A programme of `sessions` items over `days` days and `rooms` rooms: each day opens and closes with a
 * plenary item (the closing has no end), and the rooms run talks in parallel in between, starting 0, 5 or 10
 * minutes past the hour so that rooms' slots do not line up. The grid orders room columns by first use, so
 * rooms are named (and numbered in ids) in the order they start: columns read A to H, not A, D, G, B…
 */
export function syntheticProgramme(options: SyntheticOptions = {}): EditionInput {
  const total = options.sessions ?? 300;
  const days = options.days ?? 3;
  const rooms = options.rooms ?? 8;
  const start = options.start ?? "2025-07-18";
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

  const people = Array.from({ length: 60 }, (_, i) => {
    const affiliation = pick(AFFILIATIONS);
    return {
      id: `person-${i + 1}`,
      name: `Speaker ${i + 1}`,
      roles: ["oral-presenter" as const],
      ...(affiliation ? { affiliation } : {}),
    };
  });
  const sessions: NonNullable<EditionInput["sessions"]> = [];
  const perDay = Math.max(0, total - 2 * days);
  for (let day = 1; day <= days; day++) {
    const today = Math.floor(perDay / days) + (day <= perDay % days ? 1 : 0);
    sessions.push({
      id: `d${day}-opening`,
      title: "Opening remarks",
      kind: "opening",
      day,
      start: "08:30",
      end: "09:00",
    });
    let latest = 9 * 60;
    // Rooms start 0, 5 or 10 minutes past (index % 3); name them in that order (A, B, C start first).
    const slot = Array.from({ length: rooms }, (_, r) => r)
      .sort((a, b) => (a % 3) - (b % 3) || a - b)
      .reduce<number[]>((bySlot, r, i) => {
        bySlot[r] = i;
        return bySlot;
      }, []);
    for (let room = 0; room < rooms; room++) {
      const name = slot[room] as number;
      const count = Math.floor(today / rooms) + (room < today % rooms ? 1 : 0);
      if (count === 0) continue;
      const offset = (room % 3) * 5;
      const length = Math.max(5, Math.min(45, Math.floor((14 * 60 - offset) / count)));
      for (let k = 0; k < count; k++) {
        const from = 9 * 60 + offset + k * length;
        const kind = pick(KINDS);
        const words = Array.from({ length: 3 + Math.floor(rand() * 6) }, () => pick(WORDS)).join(" ");
        sessions.push({
          id: `d${day}-r${name + 1}-${k + 1}`,
          title: words.charAt(0).toUpperCase() + words.slice(1),
          kind,
          day,
          start: hhmm(from),
          end: hhmm(from + length),
          ...(rooms > 1 ? { room: `Room ${String.fromCharCode(65 + name)}` } : {}),
          speakers: [pick(people).id, ...(rand() < 0.3 ? [pick(people).id] : [])].filter(
            (id, i, all) => all.indexOf(id) === i,
          ),
          ...(rooms === 1 && kind === "oral" ? { group: `Orals, day ${day}` } : {}),
        });
        latest = Math.max(latest, from + length);
      }
    }
    sessions.push({ id: `d${day}-closing`, title: "Closing remarks", kind: "closing", day, start: hhmm(latest) });
  }
  return {
    name: "Synthetic Workshop on Parallel Tracks",
    shortName: "SWPT",
    year: Number(start.slice(0, 4)),
    timeZone: options.timeZone ?? "America/Vancouver",
    dates: { start, end: addDays(start, days - 1) },
    venue: { city: "Vancouver", country: "Canada" },
    people,
    sessions,
  };
}
