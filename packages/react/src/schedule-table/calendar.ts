/**
 * The `.ics` download of ScheduleTable. Only its calendar buttons load this module, with `import()` on click, so
 * the iCalendar writer stays out of the code a page loads up front.
 */
import { type Edition, type Session, sessionEvents, toICalendar } from "@workshop-kit/types";
import { downloadTextFile, fileSlug } from "../internal/download";

/** Build and download `<file>.ics` with `sessions`, stamped `stampMs` (the shared clock's reading at the click). */
export function downloadSessions(stampMs: number, edition: Edition, sessions: readonly Session[], file: string): void {
  const name = `${edition.shortName} ${edition.year}`;
  downloadTextFile(`${fileSlug(file)}.ics`, toICalendar(sessionEvents(edition, sessions), { stampMs, name }));
}
