/**
 * Pure helpers over deadlines.
 */
import type { Deadline } from "../model/types";

/** Where a deadline stands at some instant. */
export type DeadlineStatus = "upcoming" | "closing-soon" | "passed";

/** Default "closing soon" window: 24 hours. */
export const CLOSING_SOON_MS = 24 * 3_600_000;

/**
 * `passed` at and after the due instant; `closing-soon` within `closingSoonMs` before it; else `upcoming`.
 */
export function deadlineStatus(dueMs: number, nowMs: number, closingSoonMs: number = CLOSING_SOON_MS): DeadlineStatus {
  if (nowMs >= dueMs) return "passed";
  if (dueMs - nowMs <= closingSoonMs) return "closing-soon";
  return "upcoming";
}

/** The first deadline (in due order) that has not passed at `nowMs`, or `null`. */
export function nextDeadline(deadlines: readonly Deadline[], nowMs: number): Deadline | null {
  let best: Deadline | null = null;
  for (const d of deadlines) {
    // A deadline to be announced (due null) is never the next one.
    if (d.due && d.due.epochMs > nowMs && (!best?.due || d.due.epochMs < best.due.epochMs)) best = d;
  }
  return best;
}

/** The submission deadline of an edition: the first of kind `submission`, else `abstract`, else `null`. */
export function submissionDeadline(deadlines: readonly Deadline[]): Deadline | null {
  return deadlines.find((d) => d.kind === "submission") ?? deadlines.find((d) => d.kind === "abstract") ?? null;
}
