/**
 * Pure helpers over the programme: grouping by day, and which session is on at a given instant.
 */
import type { Session } from "../model/types";
import { dayKey } from "../time/instant";
import type { ZoneId } from "../time/zone";

/** Sessions of one calendar day in some zone. */
export interface ScheduleDay {
  /** `YYYY-MM-DD` in the zone the programme is grouped in. */
  readonly date: string;
  /** Epoch ms of the first session, useful for formatting the day's heading. */
  readonly firstStartMs: number;
  readonly sessions: readonly Session[];
}

/** Group sessions by the day they start on in `zone`, days and sessions in time order. */
export function groupSessionsByDay(sessions: readonly Session[], zone: ZoneId): ScheduleDay[] {
  const sorted = [...sessions].sort((a, b) => a.start.epochMs - b.start.epochMs);
  const days: { date: string; firstStartMs: number; sessions: Session[] }[] = [];
  for (const s of sorted) {
    const date = dayKey(s.start.epochMs, zone);
    let day = days[days.length - 1];
    if (!day || day.date !== date) {
      day = { date, firstStartMs: s.start.epochMs, sessions: [] };
      days.push(day);
    }
    day.sessions.push(s);
  }
  return days;
}

/** Where a session stands at some instant. */
export type SessionState = "upcoming" | "live" | "past";

/** How long a session with no end counts as live. 30 minutes. */
export const OPEN_ENDED_MS = 30 * 60_000;

/** End of a session in epoch ms; sessions without an end last {@link OPEN_ENDED_MS}. */
export function sessionEndMs(session: Session): number {
  return session.end?.epochMs ?? session.start.epochMs + OPEN_ENDED_MS;
}

/** `live` from its start (inclusive) to its end (exclusive); `past` after; `upcoming` before. */
export function sessionState(session: Session, nowMs: number): SessionState {
  if (nowMs < session.start.epochMs) return "upcoming";
  if (nowMs < sessionEndMs(session)) return "live";
  return "past";
}

/** What is on now and what comes next. */
export interface NowAndNext {
  /** Sessions in progress (several with parallel rooms). */
  readonly now: readonly Session[];
  /** The earliest sessions that start after `nowMs` (several when they start together). */
  readonly next: readonly Session[];
}

/** The sessions in progress at `nowMs`, and the next ones to start. */
export function nowAndNext(sessions: readonly Session[], nowMs: number): NowAndNext {
  const now = sessions.filter((s) => sessionState(s, nowMs) === "live");
  let nextStart = Number.POSITIVE_INFINITY;
  for (const s of sessions) if (s.start.epochMs > nowMs && s.start.epochMs < nextStart) nextStart = s.start.epochMs;
  const next = sessions.filter((s) => s.start.epochMs === nextStart);
  return { now, next };
}
