/**
 * The one way a component starts an `.ics` download: the calendar module (`./calendar`) loads on first use (a lazy
 * chunk for the app's bundler), and the stamp is the shared clock's reading at the click.
 */
import { clockNow } from "../clock/clock-store";

type CalendarModule = typeof import("./calendar");

/** Call from an event handler: `addToCalendar((c, stampMs) => c.downloadSessions(stampMs, edition, sessions))`. */
export function addToCalendar(run: (calendar: CalendarModule, stampMs: number) => void): void {
  const stampMs = clockNow();
  void import("./calendar").then((calendar) => run(calendar, stampMs));
}
