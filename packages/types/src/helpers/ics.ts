/**
 * iCalendar (RFC 5545) output: UTC times, escaped text, lines folded at 75 octets, stable UIDs.
 */
import { LINK_LABELS } from "../model/links";
import type { Deadline, Edition, Session } from "../model/types";
import { sessionEndMs } from "./schedule";

/** One VEVENT. */
export interface CalendarEvent {
  /** Globally unique and stable across exports, so re-imports update instead of duplicating. */
  readonly uid: string;
  readonly startMs: number;
  /** Omit for an instant-like event (a deadline): it gets a zero-length DTEND. */
  readonly endMs?: number;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  readonly url?: string;
  /** Add a display alarm this many milliseconds before the start. */
  readonly alarmBeforeMs?: number;
}

/** Options for {@link toICalendar}. */
export interface CalendarOptions {
  /** DTSTAMP of every event: when the file was made, in epoch ms. Pass the clock's reading. */
  readonly stampMs: number;
  /** X-WR-CALNAME, shown by calendar apps. */
  readonly name?: string;
}

/** Escape a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Fold a content line into 75-octet pieces (RFC 5545 §3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (bytes + n > limit) {
      out.push(current);
      current = "";
      bytes = 0;
      limit = 74; // continuation lines start with a space
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** `20250718T153000Z` */
export function icsUtc(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** A whole VCALENDAR with CRLF line endings. */
export function toICalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//workshop-kit//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${icsUtc(options.stampMs)}`,
      `DTSTART:${icsUtc(e.startMs)}`,
      `DTEND:${icsUtc(e.endMs ?? e.startMs)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    if (e.alarmBeforeMs !== undefined) {
      const minutes = Math.round(e.alarmBeforeMs / 60000);
      lines.push(
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        `DESCRIPTION:${escapeText(e.summary)}`,
        `TRIGGER:-PT${minutes}M`,
        "END:VALARM",
      );
    }
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

function uidDomain(edition: Edition): string {
  if (edition.website) {
    try {
      return new URL(edition.website).hostname;
    } catch {
      // fall through
    }
  }
  return "workshop-kit.invalid";
}

function location(edition: Edition, room: string | null): string | undefined {
  const v = edition.venue;
  const parts = [room ?? v.room, v.building, v.city, v.country].filter((p): p is string => !!p);
  return parts.length ? parts.join(", ") : undefined;
}

/** One calendar event per session. Speaker names are resolved from the edition's people. */
export function sessionEvents(edition: Edition, sessions: readonly Session[] = edition.sessions): CalendarEvent[] {
  const names = new Map(edition.people.map((p) => [p.id, p.name]));
  return sessions.map((s) => {
    const speakers = s.speakerIds.map((id) => names.get(id) ?? id);
    const description = [
      speakers.length ? speakers.join(", ") : s.speakersTba ? "Speakers to be announced" : "",
      s.paper ? `${s.paper.title}${s.paper.authors.length ? ` (${s.paper.authors.join(", ")})` : ""}` : "",
      ...s.description,
      ...s.links.map((l) => `${LINK_LABELS[l.kind]}: ${l.href}`),
    ]
      .filter(Boolean)
      .join("\n\n");
    return {
      uid: `session-${s.id}.${edition.year}@${uidDomain(edition)}`,
      startMs: s.start.epochMs,
      endMs: sessionEndMs(s),
      summary: `${s.title ?? "To be announced"} — ${edition.shortName}`,
      ...(description ? { description } : {}),
      ...(location(edition, s.room) ? { location: location(edition, s.room) } : {}),
      ...(edition.website ? { url: `${edition.website.replace(/\/$/, "")}/#${s.id}` } : {}),
    };
  });
}

/** One calendar event per deadline, each with an alarm a day before by default. */
export function deadlineEvents(
  edition: Edition,
  deadlines: readonly Deadline[] = edition.deadlines,
  alarmBeforeMs: number | null = 86_400_000,
): CalendarEvent[] {
  return deadlines.map((d) => ({
    uid: `deadline-${d.id}.${edition.year}@${uidDomain(edition)}`,
    startMs: d.due.epochMs,
    summary: `${edition.shortName}: ${d.label}`,
    description: [d.note ?? "", d.history.length ? `Extended from ${d.history.length} earlier date(s).` : ""]
      .filter(Boolean)
      .join("\n"),
    ...(edition.website ? { url: edition.website } : {}),
    ...(alarmBeforeMs === null ? {} : { alarmBeforeMs }),
  }));
}
