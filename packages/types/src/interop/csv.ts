/**
 * Import a simple CSV programme — what many workshops keep in a spreadsheet.
 * Columns (header row, any order, case-insensitive): start, end, title, kind, speakers (`;`-separated), room;
 * optional: track, description, id. RFC 4180 quoting. See docs/interop/csv.md.
 */
import { SESSION_KINDS } from "../model/schema";
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

const KNOWN = ["start", "end", "title", "kind", "speakers", "room", "track", "description", "id"] as const;
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

  const people = new PeopleBuilder();
  const ids = new IdPool("session");
  const sessions: Mutable<SessionInput>[] = [];
  const epochs: number[] = [];
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
    const startText = get("start");
    const start = parseDateTime(startText, zone);
    if (!start.ok) throw new ImportError(`${at}, column "start"`, start.error.message);
    const session: Mutable<SessionInput> = {
      id: ids.take(get("id") || title),
      title,
      kind: "other",
      start: startText.replace(" ", "T"),
    };
    const endText = get("end");
    if (endText) {
      const end = parseDateTime(endText, zone);
      if (!end.ok) throw new ImportError(`${at}, column "end"`, end.error.message);
      session.end = endText.replace(" ", "T");
    }
    const kindText = get("kind");
    const exact = SESSION_KINDS.find((k) => k === slugify(kindText));
    const kind = exact ?? guessKind([kindText], title);
    if (kind) session.kind = kind;
    else notes.add(`${at}, column "kind"`, 'no matching session kind; imported as "other"', kindText || null);
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
    epochs.push(start.instant.epochMs);
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
