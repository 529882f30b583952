"use client";

/**
 * The "(date to be confirmed)" note of EventDetails, read against the shared clock: shown on the server and during
 * hydration (server output never depends on the clock), hidden after hydration once the workshop's first day has
 * begun (a date still marked tentative then is stale data, not news).
 */
import type { ReactNode } from "react";
import { useClockSelector } from "../clock/clock";

/** Props of {@link TentativeNote}. */
export interface TentativeNoteProps {
  /** When the workshop's first day begins in its zone (epoch ms): the note goes away from then on. */
  startsAtMs: number;
  /** The note. */
  children: ReactNode;
}

/** Its children while the clock is unknown or before `startsAtMs`; nothing after. */
export function TentativeNote({ startsAtMs, children }: TentativeNoteProps) {
  // One-hour granularity: the note changes once, at the start of the first day.
  const upcoming = useClockSelector((now) => now === null || now < startsAtMs, 3_600_000);
  return upcoming ? children : null;
}
