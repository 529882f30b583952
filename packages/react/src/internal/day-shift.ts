/**
 * "+1 day", "−1 day", "+2 days": the mark of a converted time that falls on another calendar day. A plain module
 * (no directive), so server modules (schedule-days) and client modules (LocalTime) share it.
 */
export function dayShiftText(shift: number): string {
  const n = Math.abs(shift);
  return `${shift > 0 ? "+" : "\u2212"}${n} day${n === 1 ? "" : "s"}`;
}
