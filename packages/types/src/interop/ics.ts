/**
 * iCalendar export of an edition: the whole programme, one session, or all deadlines (RFC 5545, UTC times,
 * stable UIDs so a re-import updates events instead of duplicating them). Built on `helpers/ics.ts`.
 * See docs/interop/ics.md.
 */
import { calendarName, deadlineEvents, sessionEvents, toICalendar } from "../helpers/ics";
import type { Edition } from "../model/types";

/** Options for {@link editionCalendar}. */
export interface EditionCalendarOptions {
  /** DTSTAMP: when the file is made, in epoch ms. Pass the clock's reading (the CLI passes `Date.now()`). */
  readonly stampMs: number;
  /** What to include. Default `"all"`: every session and every deadline. */
  readonly include?: "all" | "programme" | "deadlines";
  /** Only this session (by id). Overrides `include`. */
  readonly sessionId?: string;
  /** Alarm before each deadline in ms; `null` for none. Default one day. */
  readonly deadlineAlarmMs?: number | null;
}

/** The edition (or part of it) as a VCALENDAR string. Throws a `RangeError` for an unknown `sessionId`. */
export function editionCalendar(edition: Edition, options: EditionCalendarOptions): string {
  const name = calendarName(edition);
  if (options.sessionId !== undefined) {
    const session = edition.sessions.find((s) => s.id === options.sessionId);
    if (!session) throw new RangeError(`no session with id "${options.sessionId}"`);
    return toICalendar(sessionEvents(edition, [session]), { stampMs: options.stampMs, name });
  }
  const include = options.include ?? "all";
  const events = [
    ...(include === "deadlines" ? [] : sessionEvents(edition)),
    ...(include === "programme"
      ? []
      : deadlineEvents(edition, edition.deadlines, options.deadlineAlarmMs ?? 86_400_000)),
  ];
  return toICalendar(events, { stampMs: options.stampMs, name: include === "deadlines" ? `${name} deadlines` : name });
}
