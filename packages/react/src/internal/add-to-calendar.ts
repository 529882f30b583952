/**
 * The one way a component starts an `.ics` download: the calendar module (`./calendar`) loads on first use (a lazy
 * chunk for the app's bundler), and the stamp is the shared clock's reading at the click. The download is silent in
 * the browser, so components confirm it in words ({@link useCalendarDownload}).
 */
import { useCallback, useState } from "react";
import { clockNow } from "../clock/clock-store";

type CalendarModule = typeof import("./calendar");

/**
 * Call from an event handler: `addToCalendar((c, stampMs) => c.downloadSessions(stampMs, edition, sessions))`.
 * Resolves to the downloaded file's name.
 */
export function addToCalendar(run: (calendar: CalendarModule, stampMs: number) => string): Promise<string> {
  const stampMs = clockNow();
  return import("./calendar").then((calendar) => run(calendar, stampMs));
}

/**
 * `[file, download]`: `download` starts an `.ics` download like {@link addToCalendar}; `file` is then the downloaded
 * file's name ("" before), for the `calendarDownloaded` message in a visible polite live region next to the control
 * (a download gives no feedback of its own, to the eye or to a screen reader).
 */
export function useCalendarDownload(): [string, (run: (calendar: CalendarModule, stampMs: number) => string) => void] {
  const [file, setFile] = useState("");
  const download = useCallback((run: (calendar: CalendarModule, stampMs: number) => string) => {
    setFile("");
    void addToCalendar(run).then(setFile);
  }, []);
  return [file, download];
}
