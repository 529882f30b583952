/**
 * The `.ics` downloads of every component (ScheduleTable's sessions, DeadlineCountdown's and ImportantDates'
 * deadlines). Only calendar buttons load this module, through {@link addToCalendar} in `./add-to-calendar` with
 * `import()` on click, so the iCalendar writer stays out of the code a page loads up front. Names come from
 * `calendarName` (@workshop-kit/types), the one place that names an edition's calendar.
 */
import {
  type CalendarEvent,
  calendarName,
  type Deadline,
  deadlineEvents,
  type Edition,
  type Session,
  sessionEvents,
  toICalendar,
  workshopEvent,
} from "@workshop-kit/types";
import { downloadTextFile, fileSlug } from "./download";

/**
 * Download `sessions` as `<calendar name>[ <part>].ics` ("es-fomo-2025-opening.ics"), stamped `stampMs` (the shared
 * clock's reading at the click). Returns the file's name.
 */
export function downloadSessions(stampMs: number, edition: Edition, sessions: readonly Session[], part = ""): string {
  const name = calendarName(edition);
  const file = `${fileSlug(`${name} ${part}`)}.ics`;
  downloadTextFile(file, toICalendar(sessionEvents(edition, sessions), { stampMs, name }));
  return file;
}

/**
 * Download `deadlines` (alarm a day before each) as `<calendar name> <what>.ics`, stamped `stampMs`; `workshop`
 * adds the workshop itself as an event. Without an edition (a deadline built in code) the file is named `what`.
 * Returns the file's name.
 */
export function downloadDeadlines(
  stampMs: number,
  edition: Edition | undefined,
  deadlines: readonly Deadline[],
  what: string,
  workshop?: { readonly startMs: number; readonly endMs: number },
): string {
  const events: CalendarEvent[] = edition
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
  if (edition && workshop) events.push(workshopEvent(edition, workshop.startMs, workshop.endMs));
  const title = edition ? `${calendarName(edition)} ${what}` : what;
  const file = `${fileSlug(title)}.ics`;
  downloadTextFile(file, toICalendar(events, { stampMs, name: title }));
  return file;
}
