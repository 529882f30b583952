/**
 * The day of a date-only deadline ("Notification: March 5"). Its `due` is the instant that day ends in its zone (the
 * next day's 00:00), so the day shown is the one just before `due`; no time and no zone are shown.
 */
import { dayKey, type FormatOptions, formatDate, type Instant } from "@workshop-kit/types";

/** "March 5, 2026" in a `<time dateTime="2026-03-05">`. */
export function DateOnly({
  instant,
  options,
  ...rest
}: {
  instant: Instant;
  options?: FormatOptions | undefined;
  "data-slot"?: string;
}) {
  const lastMs = instant.epochMs - 1;
  return (
    <time dateTime={dayKey(lastMs, instant.zone)} {...rest}>
      {formatDate(lastMs, instant.zone, { ...options, style: "long" })}
    </time>
  );
}
