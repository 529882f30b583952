/**
 * The `.ics` download of DeadlineCountdown and ImportantDates. Only their calendar buttons load this module, with
 * `import()` on click, so the iCalendar writer stays out of the code a page loads up front.
 */
import { type CalendarEvent, type Deadline, deadlineEvents, type Edition, toICalendar } from "@workshop-kit/types";
import { downloadTextFile, fileSlug } from "../internal/download";

/** Build and download an `.ics` file for `deadlines`, stamped `stampMs` (the shared clock's reading at the click). */
export function downloadCalendar(
  stampMs: number,
  edition: Edition | undefined,
  deadlines: readonly Deadline[],
  name: string,
  extra: readonly CalendarEvent[] = [],
): void {
  const events = edition
    ? deadlineEvents(edition, deadlines)
    : deadlines.flatMap((d) =>
        // A deadline to be announced has no time to put in a calendar.
        d.due
          ? [
              {
                uid: `deadline-${d.id}@workshop-kit.invalid`,
                startMs: d.due.epochMs,
                summary: d.label,
                alarmBeforeMs: 86_400_000,
              },
            ]
          : [],
      );
  const title = edition ? `${edition.shortName} ${edition.year} ${name}` : name;
  downloadTextFile(`${fileSlug(title)}.ics`, toICalendar([...events, ...extra], { stampMs, name: title }));
}
