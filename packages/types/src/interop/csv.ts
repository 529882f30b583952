/**
 * Import a simple CSV programme — what many workshops keep in a spreadsheet.
 * Columns (header row, any order, case-insensitive): start, title; optional: end, date, kind, speakers
 * (`;`-separated), room, track, description, id. Times may be `HH:MM` with the date set once (a `date` column, the
 * `date` option, or an earlier row's full date); a missing end is the next item's start. RFC 4180 quoting.
 * See docs/interop/csv.md.
 */
import { SESSION_KINDS } from "../model/schema";
import type { SessionKind } from "../model/types";
import { parseDateTime } from "../time/instant";
import {
  editionSkeleton,
  guessKind,
  IdPool,
  ImportError,
  type ImportResult,
  type Mutable,
  Notes,
  PeopleBuilder,
  requireZone,
  roleForKind,
  type SessionInput,
  slugify,
  spanOf,
} from "./shared";

/** Options for {@link importCsv}. */
export interface CsvImportOptions {
  /** Required: the IANA zone of times written without an offset. */
  readonly timeZone: string;
  /** The workshop's full name. Default: "Imported programme", with a note. */
  readonly name?: string;
  /** Short name. Default: the name. */
  readonly shortName?: string;
  /** The date (`YYYY-MM-DD`) of rows whose times are `HH:MM`, until a row names another. Default: none. */
  readonly date?: string;
}

/**
 * Parse CSV text per RFC 4180: fields separated by commas, records by CRLF or LF; a field in double quotes
 * may contain commas, line breaks and `""` (an escaped quote). Throws {@link ImportError} for an unclosed quote
 * or text after a closing quote.
 */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let line = 1;
  let quoted = false;
  let startedQuoted = false;
  const endField = () => {
    row.push(field);
    field = "";
    startedQuoted = false;
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === "")) rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = src[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          throw new ImportError(
            `line ${line}`,
            `unexpected text after a closing quote; write a quote inside a quoted field as ""`,
          );
        }
        continue;
      }
      if (ch === "\n") line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "" && !startedQuoted) {
      quoted = true;
      startedQuoted = true;
      i++;
    } else if (ch === ",") {
      endField();
      i++;
    } else if (ch === "\r" || ch === "\n") {
      endRow();
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
      line++;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new ImportError(`line ${line}`, "a quoted field is never closed (the file ends too early?)");
  if (field !== "" || row.length) endRow();
  return rows;
}

const KNOWN = ["start", "end", "date", "title", "kind", "speakers", "room", "track", "description", "id"] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^(\d{1,2})[:.](\d{2})$/;
const FULL = /^(\d{4}-\d{2}-\d{2})[ T]/;

/**
 * A printed programme's item labels ("Invited Talk 1", "Oral Talk 3", "Keynote 2") name the kind, as the
 * furniture titles do; {@link guessKind} leaves talk titles alone, so these are read here.
 */
const NUMBERED_TALK: readonly [RegExp, SessionKind][] = [
  [/^invited\s+talk\b/i, "invited-talk"],
  [/^keynote\b/i, "keynote"],
  [/^(oral|contributed)\s+(talk|presentation)\b/i, "oral"],
  [/^spotlight\b/i, "spotlight"],
];
type Column = (typeof KNOWN)[number];

/** Import a CSV programme. Throws {@link ImportError} for missing columns, bad rows or unreadable times. */
export function importCsv(text: string, options: CsvImportOptions): ImportResult {
  const zone = requireZone(
    options?.timeZone,
    "Europe/Vienna",
    "required: pass the IANA zone the times are written in (e.g. Europe/Vienna)",
  );
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header)
    throw new ImportError("line 1", "the file is empty; expected a header row: start,end,title,kind,speakers,room");
  const notes = new Notes();
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    const name = h.trim().toLowerCase() as Column;
    if ((KNOWN as readonly string[]).includes(name)) index.set(name, i);
  });
  for (const required of ["start", "title"] as const) {
    if (!index.has(required)) {
      throw new ImportError(
        "line 1",
        `missing required column "${required}"; the header has ${header.map((h) => JSON.stringify(h)).join(", ")}`,
      );
    }
  }
  const extra = header
    .map((h, i) => ({ h, i }))
    .filter(({ h }) => !(KNOWN as readonly string[]).includes(h.trim().toLowerCase()));

  if (options.date !== undefined && !DATE.test(options.date)) {
    throw new ImportError("date", `expected a date such as "2025-07-18", received ${JSON.stringify(options.date)}`);
  }
  let currentDate: string | null = options.date ?? null;
  /**
   * A start or end cell as a content-file date-time: full (`2025-07-18 09:00`, sets the date for later rows) or
   * `HH:MM` on the current date. `after` (an end's start) moves an end past midnight to the next day.
   */
  const timeOf = (text: string, at: string, after?: number): { text: string; epochMs: number } => {
    const clock = CLOCK.exec(text);
    let written = text.replace(" ", "T");
    if (clock) {
      if (!currentDate) {
        throw new ImportError(
          at,
          `"${text}" has no date: add a "date" column, pass the date option (--date 2025-07-18), or write the first row's time in full ("2025-07-18 ${text}")`,
        );
      }
      written = `${currentDate}T${clock[1]?.padStart(2, "0")}:${clock[2]}`;
    }
    let r = parseDateTime(written, zone);
    if (!r.ok) throw new ImportError(at, r.error.message);
    if (clock && after !== undefined && r.instant.epochMs <= after) {
      const next = new Date(`${written.slice(0, 10)}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      written = `${next.toISOString().slice(0, 10)}${written.slice(10)}`;
      r = parseDateTime(written, zone);
      if (!r.ok) throw new ImportError(at, r.error.message);
    }
    const full = FULL.exec(text);
    if (full?.[1]) currentDate = full[1];
    return { text: written, epochMs: r.instant.epochMs };
  };

  const people = new PeopleBuilder();
  const ids = new IdPool("session");
  const sessions: Mutable<SessionInput>[] = [];
  const epochs: number[] = [];
  /** Sessions without an end in the file, which take the next item's start. */
  const openEnded = new Set<Mutable<SessionInput>>();
  rows.slice(1).forEach((cells, r) => {
    const rowNo = r + 2;
    const at = `row ${rowNo}`;
    const get = (c: Column) => {
      const i = index.get(c);
      return i === undefined ? "" : (cells[i] ?? "").trim();
    };
    if (cells.every((c) => c.trim() === "")) return;
    if (cells.length > header.length) {
      notes.add(
        at,
        `not mapped: ${cells.length - header.length} cell(s) beyond the header's ${header.length} columns`,
        cells.slice(header.length).join(","),
      );
    }
    const title = get("title").replace(/\s+/g, " "); // a line break inside a title cell is layout
    if (!title) throw new ImportError(`${at}, column "title"`, "missing: every row needs a title");
    const dateText = get("date");
    if (dateText) {
      if (!DATE.test(dateText)) {
        throw new ImportError(`${at}, column "date"`, `expected a date such as "2025-07-18", received "${dateText}"`);
      }
      currentDate = dateText;
    }
    const start = timeOf(get("start"), `${at}, column "start"`);
    const session: Mutable<SessionInput> = {
      id: ids.take(get("id") || title),
      title,
      kind: "other",
      start: start.text,
    };
    // An earlier item of the same day without an end, which started before this one, ends where this one starts.
    for (const prev of openEnded) {
      const prevStart = parseDateTime(prev.start, zone);
      if (prev.start.slice(0, 10) !== start.text.slice(0, 10)) openEnded.delete(prev);
      else if (prevStart.ok && prevStart.instant.epochMs < start.epochMs) {
        prev.end = start.text;
        openEnded.delete(prev);
      }
    }
    const endText = get("end");
    if (endText) session.end = timeOf(endText, `${at}, column "end"`, start.epochMs).text;
    else openEnded.add(session);
    const kindText = get("kind");
    const exact = SESSION_KINDS.find((k) => k === slugify(kindText));
    const kind = exact ?? guessKind([kindText], title) ?? NUMBERED_TALK.find(([re]) => re.test(title))?.[1] ?? null;
    if (kind) session.kind = kind;
    else if (index.has("kind")) {
      notes.add(`${at}, column "kind"`, 'no matching session kind; imported as "other"', kindText || null);
    } else {
      notes.add(
        `${at}, column "title"`,
        'no session kind: the file has no "kind" column and the title names none; imported as "other"',
        title,
      );
    }
    const room = get("room");
    if (room) session.room = room;
    const track = get("track");
    if (track) session.track = track;
    const description = get("description");
    if (description) session.description = description;
    const speakers = get("speakers")
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    if (speakers.length === 1 && /^(tba|tbd)$/i.test(speakers[0] as string)) session.speakers = "TBA";
    else if (speakers.length) {
      session.speakers = speakers.map((entry) => {
        // "Name (Affiliation)" is common in spreadsheets.
        const m = /^(.*?)\s*\(([^()]+)\)$/.exec(entry);
        const name = (m ? m[1] : entry)?.trim() || entry;
        const { person, created } = people.get(`name:${name.toLowerCase()}`, name);
        if (created && m?.[2]) person.affiliation = m[2].trim();
        PeopleBuilder.addRole(person, roleForKind(session.kind));
        return person.id;
      });
    }
    for (const { h, i } of extra) {
      const value = (cells[i] ?? "").trim();
      if (value) notes.add(`${at}, column ${JSON.stringify(h)}`, "not mapped: unknown column", value);
    }
    epochs.push(start.epochMs);
    sessions.push(session);
  });
  const span = spanOf(epochs, zone);
  if (!span) throw new ImportError("line 2", "no sessions: the file has a header but no rows");
  const edition = editionSkeleton(span, zone, options, notes, "the CSV");
  const peopleList = people.finish();
  if (peopleList.length) edition.people = peopleList;
  edition.sessions = sessions;
  return { edition, unmapped: notes.list };
}
