/**
 * iCalendar (RFC 5545) output: UTC times, escaped text, lines folded at 75 octets, stable UIDs.
 */
import { isSafeHref, LINK_LABELS } from "../model/links";
import type { Deadline, Edition, Session } from "../model/types";
import { sessionEndMs } from "./schedule";

/** One VEVENT. */
export interface CalendarEvent {
  /** Globally unique and stable across exports, so re-imports update instead of duplicating. */
  readonly uid: string;
  readonly startMs: number;
  /**
   * Omit for an instant-like event (a deadline): it gets no DTEND, which RFC 5545 §3.6.1 reads as an event at
   * DTSTART that takes up no time.
   */
  readonly endMs?: number;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  readonly url?: string;
  /** Add a display alarm this many milliseconds before the start. */
  readonly alarmBeforeMs?: number;
  /** STATUS (RFC 5545 §3.8.1.11): `"TENTATIVE"` for an event on dates not yet confirmed. Default: none. */
  readonly status?: "TENTATIVE" | "CONFIRMED";
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
  // One pass, so an escaping backslash is never escaped again; "\n", "\r\n" and a lone "\r" become "\\n".
  // Other control characters (all but HTAB) are not allowed in TEXT and are dropped.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we remove
  return text.replace(/\r\n?|\n|[\\;,]|[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) =>
    c === "\r\n" || c === "\r" || c === "\n" ? "\\n" : c < " " || c === "\u007f" ? "" : `\\${c}`,
  );
}

const encoder = new TextEncoder();

/** Fold a content line into 75-octet pieces (RFC 5545 §3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  let out = "";
  let bytes = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    bytes += n;
    if (bytes > 75) {
      out += "\r\n ";
      bytes = n + 1; // the continuation line's leading space counts
    }
    out += ch;
  }
  return out;
}

/** `20250718T153000Z` */
export function icsUtc(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]|\.\d{3}/g, "");
}

/** A whole VCALENDAR with CRLF line endings. */
export function toICalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  let out = "";
  const add = (...lines: string[]) => {
    for (const line of lines) out += `${foldLine(line)}\r\n`;
  };
  const text = (name: string, value: string | undefined) => value && add(`${name}:${escapeText(value)}`);
  add("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//workshop-kit//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH");
  text("X-WR-CALNAME", options.name);
  for (const e of events) {
    add("BEGIN:VEVENT", `UID:${e.uid}`, `DTSTAMP:${icsUtc(options.stampMs)}`, `DTSTART:${icsUtc(e.startMs)}`);
    if (e.endMs !== undefined) add(`DTEND:${icsUtc(e.endMs)}`);
    add(`SUMMARY:${escapeText(e.summary)}`);
    if (e.status) add(`STATUS:${e.status}`);
    text("DESCRIPTION", e.description);
    text("LOCATION", e.location);
    // The safe-URL rule for every writer, also for events built by hand.
    if (isSafeHref(e.url)) add(`URL:${e.url}`);
    if (e.alarmBeforeMs !== undefined) {
      add(
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        `DESCRIPTION:${escapeText(e.summary)}`,
        `TRIGGER:-PT${Math.round(e.alarmBeforeMs / 60000)}M`,
        "END:VALARM",
      );
    }
    add("END:VEVENT");
  }
  add("END:VCALENDAR");
  return out;
}

/**
 * The edition's calendar name (X-WR-CALNAME, file names, the workshop event): "ES-FoMo 2025", or the short name
 * alone when it already holds the year ("NeurIPS 2025"). Every calendar of an edition, in every component and
 * exporter, is named here.
 */
export function calendarName(edition: Edition): string {
  return edition.shortName.includes(String(edition.year)) ? edition.shortName : `${edition.shortName} ${edition.year}`;
}

/**
 * The host part of the edition's calendar UIDs: its website's host; without a (safe) website, a name of its own
 * under `.invalid` built from the short name and the name ("es-fomo-3f2a9c.workshop-kit.invalid"), so two
 * unrelated workshops without websites never share UIDs.
 */
function uidDomain(edition: Edition): string {
  try {
    if (isSafeHref(edition.website) && /^https?:/i.test(edition.website)) return new URL(edition.website).hostname;
  } catch {
    // fall through to the name-based domain
  }
  const slug = edition.shortName
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${slug || "edition"}-${fnv1a(edition.name).toString(16).padStart(8, "0")}.workshop-kit.invalid`;
}

/** 32-bit FNV-1a of a string's UTF-16 units: a short, stable fingerprint (not for security). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** `session-opening.2025@es-fomo.com`: stable across exports, unique across editions and sites. */
function uid(edition: Edition, kind: string, id: string): string {
  return `${kind}-${id}.${edition.year}@${uidDomain(edition)}`;
}

/**
 * The workshop itself as one calendar event, from `startMs` to `endMs` (ImportantDates adds it to the deadlines'
 * calendar when the edition has no deadline of kind `workshop`).
 */
export function workshopEvent(edition: Edition, startMs: number, endMs: number): CalendarEvent {
  return {
    uid: `workshop.${edition.year}@${uidDomain(edition)}`,
    startMs,
    endMs,
    summary: calendarName(edition),
    ...(edition.dates.tentative ? { status: "TENTATIVE" as const } : {}),
  };
}

/** One calendar event per session. Speaker names are resolved from the edition's people. */
export function sessionEvents(edition: Edition, sessions: readonly Session[] = edition.sessions): CalendarEvent[] {
  const names = new Map(edition.people.map((p) => [p.id, p.name]));
  const { venue, website } = edition;
  return sessions.map((s) => {
    const speakers = s.speakerIds.map((id) => names.get(id) ?? id);
    const paper = s.paper;
    const description = [
      speakers.length ? speakers.join(", ") : s.speakersTba ? "Speakers to be announced" : "",
      paper ? `${paper.title}${paper.authors.length ? ` (${paper.authors.join(", ")})` : ""}` : "",
      ...s.description,
      ...s.links.filter((l) => isSafeHref(l.href)).map((l) => `${LINK_LABELS[l.kind]}: ${l.href}`),
    ]
      .filter(Boolean)
      .join("\n\n");
    const location = [s.room ?? venue.room, venue.building, venue.city, venue.country].filter(Boolean).join(", ");
    return {
      uid: uid(edition, "session", s.id),
      startMs: s.start.epochMs,
      endMs: sessionEndMs(s),
      summary: `${s.title ?? "To be announced"} — ${edition.shortName}`,
      ...(edition.dates.tentative ? { status: "TENTATIVE" as const } : {}),
      ...(description ? { description } : {}),
      ...(location ? { location } : {}),
      ...(website ? { url: `${website.replace(/\/$/, "")}/#${s.id}` } : {}),
    };
  });
}

/** One calendar event per deadline, each with an alarm a day before by default. */
export function deadlineEvents(
  edition: Edition,
  deadlines: readonly Deadline[] = edition.deadlines,
  alarmBeforeMs: number | null = 86_400_000,
): CalendarEvent[] {
  // A deadline to be announced has no time to put in a calendar.
  return deadlines.flatMap((d) => {
    if (!d.due) return [];
    return [
      {
        uid: uid(edition, "deadline", d.id),
        startMs: d.due.epochMs,
        summary: `${edition.shortName}: ${d.label}`,
        // The workshop's own date is as tentative as the edition's dates.
        ...(edition.dates.tentative && d.kind === "workshop" ? { status: "TENTATIVE" as const } : {}),
        description: [d.note ?? "", d.history.length ? `Extended from ${d.history.length} earlier date(s).` : ""]
          .filter(Boolean)
          .join("\n"),
        ...(edition.website ? { url: edition.website } : {}),
        ...(alarmBeforeMs === null ? {} : { alarmBeforeMs }),
      },
    ];
  });
}
