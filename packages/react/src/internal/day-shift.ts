/**
 * "+1 day", "−1 day", "+2 days": the mark of a converted time that falls on another calendar day. A plain module
 * (no directive), so server modules (schedule-days) and client modules (LocalTime) share it.
 */
import { enCommon } from "../messages/en";
import { plural } from "../messages/format";

export function dayShiftText(
  shift: number,
  m: Pick<typeof enCommon, "dayLater" | "dayEarlier"> = enCommon,
  locale = enCommon.locale,
): string {
  return plural(shift > 0 ? m.dayLater : m.dayEarlier, Math.abs(shift), locale);
}
