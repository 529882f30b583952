"use client";
// The app's own client component: the hooks are usable only here, below a 'use client' boundary.
import { useClockSelector, useDisplayTimeZone, useNow, useReaderTimeZone } from "@workshop-kit/react";

export function LiveStatus({ eventZone, startsAt }: { eventZone: string; startsAt: number }) {
  const now = useNow(60_000);
  const started = useClockSelector((t) => (t === null ? null : t >= startsAt), 60_000);
  const { zone } = useDisplayTimeZone(eventZone);
  const reader = useReaderTimeZone();
  return (
    <p data-testid="live-status">
      Times in {zone}
      {reader ? ` (you are in ${reader})` : ""}.{" "}
      {now === null ? "" : started ? "The workshop has started." : "The workshop has not started yet."}
    </p>
  );
}
