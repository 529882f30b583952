/**
 * Overlaps between chosen sessions (MyAgenda, and the schedule's My agenda view): two sessions conflict when one
 * starts before the other ends; an open end counts as the start (a point in time), and two that start together
 * conflict. An item inside a block (`blockId`) does not conflict with its own block: starring both is one plan.
 */
import type { Session } from "@workshop-kit/types";

/** The sessions each session overlaps with, by id; sessions without a conflict are absent. */
export function overlaps(sessions: readonly Session[]): Map<string, Session[]> {
  const sorted = [...sessions].sort((a, b) => a.start.epochMs - b.start.epochMs);
  const out = new Map<string, Session[]>();
  const endOf = (s: Session) => s.end?.epochMs ?? s.start.epochMs;
  sorted.forEach((a, i) => {
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Session;
      if (b.start.epochMs >= endOf(a) && !(b.start.epochMs === a.start.epochMs)) break;
      if (a.blockId === b.id || b.blockId === a.id) continue;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const list = out.get(x.id) ?? [];
        list.push(y);
        out.set(x.id, list);
      }
    }
  });
  return out;
}
