/**
 * The `.ics` download of DeadlineCountdown and ImportantDates. Only their calendar buttons load this module, with
 * `import()` on click, so the iCalendar writer stays out of the code a page loads up front.
 */
import {
  type CalendarEvent,
  type Deadline,
  deadlineEvents,
  type Edition,
  type Instant,
  toICalendar,
} from "@workshop-kit/types";
import { downloadTextFile, fileSlug } from "../internal/download";

/** Build and download an `.ics` file for `deadlines`, stamped `stampMs` (the shared clock's reading at the click). */
export function downloadCalendar(
  stampMs: number,
  edition: Edition | undefined,
  deadlines: readonly Deadline[],
  name: string,
  extra: readonly CalendarEvent[] = [],
): void {
  // A deadline to be announced has no date to put in a calendar.
  const dated = deadlines.filter((d): d is Deadline & { due: Instant } => d.due !== null);
  const events = edition
    ? deadlineEvents(edition, dated)
    : dated.map((d) => ({
        uid: `deadline-${d.id}@workshop-kit.invalid`,
        startMs: d.due.epochMs,
        summary: d.label,
        alarmBeforeMs: 86_400_000,
      }));
  const title = edition ? `${edition.shortName} ${edition.year} ${name}` : name;
  downloadTextFile(`${fileSlug(title)}.ics`, toICalendar([...events, ...extra], { stampMs, name: title }));
}
