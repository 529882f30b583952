/**
 * Pure helpers over the programme: grouping by day, and which session is on at a given instant.
 */
import type { Edition, Session } from "../model/types";
import { type Instant, instantFromEpoch, startOfDate } from "../time/instant";
import { offsetMsAt, type ZoneId } from "../time/zone";

/** Sessions of one calendar day in some zone. */
export interface ScheduleDay {
  /** `YYYY-MM-DD` in the zone the programme is grouped in. */
  readonly date: string;
  /** Epoch ms of the first session, useful for formatting the day's heading. */
  readonly firstStartMs: number;
  readonly sessions: readonly Session[];
}

/**
 * Group sessions by the day they start on in `zone`, days and sessions in time order.
 *
 * Reads the zone's calendar about once per day rather than once per session (a server render of a long
 * programme spent much of its time here): after reading the wall clock at `t`, every later instant before that
 * wall clock's next midnight keeps the date. A DST change can move that midnight, and no zone shifts by 3 hours
 * or more inside a day, so instants up to 3 hours before it are trusted; later ones read the calendar again.
 */
export function groupSessionsByDay(sessions: readonly Session[], zone: ZoneId): ScheduleDay[] {
  const sorted = [...sessions].sort((a, b) => a.start.epochMs - b.start.epochMs);
  const days: { date: string; firstStartMs: number; sessions: Session[] }[] = [];
  let until = Number.NEGATIVE_INFINITY;
  let date = "";
  for (const s of sorted) {
    const t = s.start.epochMs;
    if (t >= until) {
      // The wall clock is the UTC reading of t plus the zone's offset; `sinceMidnight` is its time of day.
      const local = t + offsetMsAt(t, zone);
      const sinceMidnight = ((local % 86_400_000) + 86_400_000) % 86_400_000;
      // YYYY-MM-DD, as dayKey writes it (the model's years have four digits).
      date = new Date(local - sinceMidnight).toISOString().slice(0, 10);
      until = t + 75_600_000 - sinceMidnight;
    }
    let day = days[days.length - 1];
    if (!day || day.date !== date) {
      day = { date, firstStartMs: t, sessions: [] };
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

/** Where a session stands in a live programme: its {@link SessionState}, or `next` once the day is under way. */
export type LiveState = SessionState | "next";

/**
 * `past` / `live` / `next` / `upcoming` for every session (by id) at `nowMs`. `next` marks the first sessions to
 * start, and only once some session has begun: before the programme starts, nothing is "next" (everything is).
 */
export function liveStates(sessions: readonly Session[], nowMs: number): Map<string, LiveState> {
  const out = new Map<string, LiveState>();
  let begun = false;
  let nextStart = Number.POSITIVE_INFINITY;
  for (const s of sessions) {
    const st = sessionState(s, nowMs);
    out.set(s.id, st);
    if (st !== "upcoming") begun = true;
    else nextStart = Math.min(nextStart, s.start.epochMs);
  }
  if (begun) for (const s of sessions) if (s.start.epochMs === nextStart) out.set(s.id, "next");
  return out;
}

/** When the workshop itself runs: see {@link workshopWindow}. */
export interface WorkshopWindow {
  readonly start: Instant;
  /** Epoch ms when it is over; never before `start`. */
  readonly endMs: number;
}

/**
 * The workshop's window: from `start` (default: its first session, else the first instant of `dates.start` in
 * its zone) until its last session ends, or, when no session ends after `start`, until the day after `dates.end`
 * begins (the next day's first instant, not 24 hours later: DST).
 */
export function workshopWindow(edition: Edition, start?: Instant): WorkshopWindow {
  const { sessions, timeZone, dates } = edition;
  const from = start ?? sessions[0]?.start ?? instantFromEpoch(startOfDate(dates.start.iso, timeZone), timeZone);
  const last = sessions.reduce((end, s) => Math.max(end, sessionEndMs(s)), Number.NEGATIVE_INFINITY);
  const dayAfter = new Date(Date.parse(`${dates.end.iso}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const endMs = last > from.epochMs ? last : Math.max(from.epochMs, startOfDate(dayAfter, timeZone));
  return { start: from, endMs };
}
