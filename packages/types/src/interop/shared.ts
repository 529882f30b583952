/**
 * What every importer shares: notes about unmapped data, id slugs, session-kind heuristics, link mapping,
 * and writing instants back as text a content file accepts. The exporters share its instant and offset writers.
 */
import { isSafeHref, LINK_LABELS } from "../model/links";
import { describeValue } from "../model/parse";
import type { EditionInput } from "../model/schema";
import { SESSION_KINDS } from "../model/schema";
import type { SessionKind } from "../model/types";
import { dayKey } from "../time/instant";
import { isValidZone, offsetMinutesAt, wallClockAt, type ZoneId } from "../time/zone";
import { decodeEntities } from "./xml";

/** Something in the source file that the importer did not map onto the edition. */
export interface ImportNote {
  /** Where in the source: `schedule.conference.days[0].rooms["Hall 1"][2].language`, `row 4, column "notes"`. */
  readonly path: string;
  /** A sentence for a person: what was not mapped, and why or what to do. */
  readonly message: string;
  /** A short rendering of the value that was not mapped (never the whole value), or `null`. */
  readonly value: string | null;
}

/** What an importer returns: the content-file input (validate it with `parseEdition`) and what it left out. */
export interface ImportResult {
  /** Plain data in the shape of a content file; write it out as YAML, or pass it to `parseEdition`. */
  readonly edition: EditionInput;
  /** Everything the importer could not map, so nothing is dropped silently. */
  readonly unmapped: readonly ImportNote[];
}

/** Thrown when a source file cannot be read at all (truncated, wrong types, required fields missing). */
export class ImportError extends Error {
  /** Where the problem is in the source (`schedule.conference.days[1].date`, `line 4`), or `""`. */
  readonly path: string;
  constructor(path: string, message: string) {
    super(path ? `${path}: ${message}` : message);
    this.name = "ImportError";
    this.path = path;
  }
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type SessionInput = NonNullable<EditionInput["sessions"]>[number];
export type PersonInput = NonNullable<EditionInput["people"]>[number];
export type LinksInput = NonNullable<PersonInput["links"]>;

/** Collects notes; `add` skips empty values (`""`, `null`, `[]`, `{}`, `false`), which carry no data. */
export class Notes {
  readonly list: ImportNote[] = [];
  add(path: string, message: string, value?: unknown): void {
    this.list.push({ path, message, value: value === undefined || value === null ? null : describeValue(value) });
  }
  /** Note `value` at `path` as not mapped, unless it is empty. */
  unmapped(path: string, value: unknown, why = "no matching field in the edition model"): void {
    if (isEmpty(value)) return;
    this.add(path, `not mapped: ${why}`, value);
  }
}

/** Whether a value carries no data. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === "") return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value as object).length === 0;
  return false;
}

/** `"Ana María Pérez"` → `"ana-maria-perez"`; `""` when nothing is left (names in non-Latin scripts). */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-+[^-]*$/, "") || slug.slice(0, maxLength);
}

/** Hands out unique kebab-case ids: `jane-doe`, then `jane-doe-2`. */
export class IdPool {
  private readonly used = new Set<string>();
  constructor(private readonly fallback: string) {}
  take(preferred: string): string {
    const base = slugify(preferred) || `${this.fallback}-${this.used.size + 1}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

const KIND_RULES: readonly [RegExp, SessionKind][] = [
  [/keynote/i, "keynote"],
  [/invited/i, "invited-talk"],
  [/panel/i, "panel"],
  [/poster/i, "poster-session"],
  [/lightning/i, "lightning-talks"],
  [/spotlight/i, "spotlight"],
  [/tutorial/i, "tutorial"],
  [/\bdemo(nstration)?s?\b/i, "demo"],
  [/sponsor/i, "sponsor-talk"],
  [/\b(coffee|break|pause)\b/i, "break"],
  [/\b(lunch|dinner|breakfast|meal)\b/i, "meal"],
  [/award|prize/i, "awards"],
  [/\b(opening|welcome|introduction)\b/i, "opening"],
  [/\b(closing|wrap[- ]?up|farewell)\b/i, "closing"],
  [/\b(social|reception|party|networking|mixer)\b/i, "social"],
  [/\b(talk|lecture|oral|presentation|contributed)\b/i, "oral"],
];

/**
 * Guess a session kind from the source's type/format labels, then from the title.
 * Titles only decide for items that read like programme furniture ("Coffee break", "Opening remarks").
 */
export function guessKind(labels: readonly (string | null | undefined)[], title: string): SessionKind | null {
  for (const label of labels) {
    if (!label) continue;
    const exact = SESSION_KINDS.find((k) => k === label.trim().toLowerCase());
    if (exact) return exact;
    for (const [re, kind] of KIND_RULES) if (re.test(label)) return kind;
  }
  const t = title.trim();
  for (const [re, kind] of KIND_RULES) {
    // Titles name talks, tutorials and demos too often to decide those ("A tutorial on …").
    if (kind === "oral" || kind === "invited-talk" || kind === "tutorial" || kind === "demo") continue;
    if (kind === "sponsor-talk") continue;
    if (re.test(t) && (t.split(/\s+/).length <= 4 || new RegExp(`^${re.source}`, "i").test(t))) return kind;
  }
  return null;
}

/**
 * Person role implied by the kind of session they speak in: openings, closings and awards are given by
 * organisers; breaks, meals and socials imply no role (people with no role at all end up `oral-presenter`).
 */
export function roleForKind(kind: SessionKind): NonNullable<PersonInput["roles"]>[number] | null {
  if (kind === "opening" || kind === "closing" || kind === "awards") return "organiser";
  if (kind === "break" || kind === "meal" || kind === "social") return null;
  if (kind === "keynote") return "keynote";
  if (kind === "invited-talk") return "invited-speaker";
  if (kind === "panel") return "panelist";
  return "oral-presenter";
}

/**
 * A web URL the content file accepts, resolved against `base` when relative; else `null`. Only `https:`/`http:`:
 * {@link isSafeHref} would also pass `mailto:`, which is not a web page, photo or recording.
 */
export function safeUrl(url: unknown, base?: string | null): string | null {
  if (typeof url !== "string" || !url.trim()) return null;
  let parsed: URL;
  try {
    parsed = base ? new URL(url.trim(), base) : new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return isSafeHref(parsed.href) ? parsed.href : null;
}

type LinkKey = keyof LinksInput;

/** The link kind a URL's host suggests for a person (`github.com` → `github`), or `null`. */
export function personLinkKey(url: string): LinkKey | null {
  const host = new URL(url).hostname.replace(/^www\./, "");
  if (host === "github.com") return "github";
  if (host === "twitter.com" || host === "x.com") return "x";
  if (host === "bsky.app") return "bluesky";
  if (host.endsWith("linkedin.com")) return "linkedin";
  if (host === "scholar.google.com") return "scholar";
  if (host === "openreview.net") return "openreview";
  if (/mastodon|fosstodon|chaos\.social|hachyderm|sigmoid\.social/.test(host)) return "mastodon";
  return null;
}

/** Put a URL under `key` in a links record; returns false (so the caller can note it) when the key is taken. */
export function putLink(links: Partial<Record<LinkKey, string>>, key: LinkKey, url: string): boolean {
  if (links[key] === url) return true;
  if (links[key] !== undefined) return false;
  links[key] = url;
  return true;
}

/** Plain text from a source field: CRLF → LF, trimmed; `undefined` when empty. */
export function plainText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const t = value.replace(/\r\n?/g, "\n").trim();
  return t ? t : undefined;
}

const HTML_TAG =
  /<\/?(?:p|a|ul|ol|li|br|div|span|small|strong|em|b|i|u|h[1-6]|code|pre|blockquote|hr|table|tr|td|th)\b[^>]*>/i;

/**
 * Plain text from a source field that may hold HTML (pretalx and frab descriptions often do): `null` when it holds
 * no HTML tags, else the text a content file can carry. Paragraphs, headings and blocks become paragraphs; each list
 * item becomes a paragraph starting "• "; a link becomes its text followed by its URL in parentheses (the URL alone
 * when that is its text), which the components turn back into a link; unsafe URLs are left out. Other tags are
 * dropped and entities decoded.
 */
export function htmlToText(value: string): string | null {
  if (!HTML_TAG.test(value)) return null;
  return value
    .replace(/\r\n?/g, "\n")
    .replace(
      /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi,
      (_m, a, b, c, inner) => {
        const text = String(inner)
          .replace(/<[^>]*>/g, "")
          .trim();
        const href = safeUrl(decodeHtmlEntities(String(a ?? b ?? c ?? "")));
        if (!href) return text;
        return !text || text === href || `${text}/` === href ? href : `${text} (${href})`;
      },
    )
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "\n\n\u2022 ")
    .replace(/<\/?(?:p|div|ul|ol|li|h[1-6]|blockquote|pre|hr|table|tr)\b[^>]*>/gi, "\n\n")
    .replace(/<\/?[a-z][a-z0-9]*\b[^>]*>/gi, "")
    .split("\n")
    .map((line) =>
      decodeHtmlEntities(line)
        .replace(/[ \t]+/g, " ")
        .trim(),
    )
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** HTML text's entities: XML's ({@link decodeEntities}) and `&nbsp;`, which HTML descriptions use most. */
function decodeHtmlEntities(text: string): string {
  return decodeEntities(text.replace(/&nbsp;/gi, " "));
}

/**
 * {@link plainText}, converting HTML ({@link htmlToText}) and noting at `path` that it did, so the change is never
 * silent.
 */
export function richText(value: unknown, path: string, notes: Notes): string | undefined {
  const text = plainText(value);
  if (text === undefined) return undefined;
  const converted = htmlToText(text);
  if (converted === null) return keepLineStructure(text);
  notes.add(
    path,
    "converted HTML to plain text: paragraphs and list items kept as paragraphs, links as text with their URL",
    text,
  );
  return converted || undefined;
}

const LIST_LINE = /^\s*(?:[-*+\u2022]|\d{1,3}[.)])\s+/;

/**
 * pretalx descriptions are Markdown, and a content file joins single line breaks into spaces: a list written one
 * item a line would run together ("…on an Arm SoC: - Early serial port debugging - Devicetree"). Each list line
 * becomes its own paragraph (`- x` → "• x", numbers kept), and a Markdown link `[text](https://…)` reads
 * "text (https://…)" so the components link it; sentences wrapped over lines still join as before.
 */
export function keepLineStructure(text: string): string {
  return text
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, (_m, label: string, url: string) => {
      const href = safeUrl(url);
      if (!href) return label;
      return label === url || label === href ? href : `${label} (${href})`;
    })
    .split("\n")
    .map((line, i, lines) => {
      if (!LIST_LINE.test(line)) return line;
      const item = line.trim().replace(/^[-*+\u2022]\s+/, "\u2022 ");
      // A blank line before and after the item, unless there already is one.
      const before = i > 0 && (lines[i - 1] ?? "").trim() !== "" ? "\n" : "";
      const after = i < lines.length - 1 && (lines[i + 1] ?? "").trim() !== "" ? "\n" : "";
      return `${before}${item}${after}`;
    })
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * An exact instant written for a content file: the wall-clock time in `zone` with its offset
 * (`2025-07-18T08:30-07:00`), readable and unambiguous across DST changes.
 */
export function writeInstant(epochMs: number, zone: ZoneId): string {
  const w = wallClockAt(epochMs, zone);
  const offset = offsetMinutesAt(epochMs, zone);
  const seconds = w.second ? `:${pad(w.second)}` : "";
  const off = offset === 0 ? "Z" : offsetText(offset);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}${seconds}${off}`;
}

/** `2025-07-18T08:30:00-07:00`: the wall clock in `zone` with seconds and its numeric offset (`+00:00`, never `Z`). */
export function isoWithOffset(epochMs: number, zone: ZoneId): string {
  const w = wallClockAt(epochMs, zone);
  const off = offsetText(offsetMinutesAt(epochMs, zone));
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${off}`;
}

/** An ISO 8601 offset of a number of minutes: `-07:00`, `+05:45`, `+00:00` (callers that want `Z` decide so). */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * An IANA zone for a bare UTC offset (`+01:00` → `Etc/GMT-1`), when the source names no zone.
 * Returns `null` for offsets that are not whole hours (no `Etc/` zone exists for them).
 */
export function zoneForOffset(offsetMinutes: number): ZoneId | null {
  if (offsetMinutes === 0) return "UTC";
  if (offsetMinutes % 60 !== 0) return null;
  const h = -offsetMinutes / 60; // Etc/ names invert the sign
  const zone = `Etc/GMT${h > 0 ? "+" : ""}${h}`;
  return isValidZone(zone) ? zone : null;
}

/**
 * The importers' `timeZone` option, checked: an IANA zone (not `AoE`, which no event is held in), else an
 * {@link ImportError} at path `timeZone` (the field the caller passed; the CLI calls it `--time-zone`) naming
 * `example`. With `missing`, an absent or blank zone throws that message; without it, the caller has already
 * decided the option was given. A non-string from a JavaScript caller is an ImportError too, never a TypeError.
 */
export function requireZone(zone: unknown, example: string, missing?: string): ZoneId {
  if (missing !== undefined && !isNonEmptyString(zone)) throw new ImportError("timeZone", missing);
  if (typeof zone !== "string" || !isValidZone(zone) || zone === "AoE") {
    const received = typeof zone === "string" ? `"${zone}"` : describeValue(zone);
    throw new ImportError("timeZone", `expected an IANA zone such as "${example}", received ${received}`);
  }
  return zone;
}

/** A type guard for plain objects parsed from JSON. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parse JSON text, turning a syntax error into an {@link ImportError} that says what kind of file was expected. */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const truncated = /end of (JSON )?input|Unterminated/i.test(msg);
    throw new ImportError(
      "",
      `${truncated ? "the file ends too early (truncated?)" : "not valid JSON"}: ${msg}; expected ${what}`,
    );
  }
}

/** Require a field of a given type, or throw an {@link ImportError} naming the path and what was found. */
export function need<T>(value: unknown, path: string, expected: string, check: (v: unknown) => v is T): T {
  if (check(value)) return value;
  throw new ImportError(
    path,
    value === undefined
      ? `missing required field: expected ${expected}`
      : `expected ${expected}, received ${describeValue(value)}`,
  );
}

export const isString = (v: unknown): v is string => typeof v === "string";
export const isNonEmptyString = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
export const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

/** Year and first/last date of sessions in `zone`; `null` when there are none. */
export function spanOf(epochs: readonly number[], zone: ZoneId): { start: string; end: string } | null {
  if (epochs.length === 0) return null;
  const min = Math.min(...epochs);
  const max = Math.max(...epochs);
  return { start: dayKey(min, zone), end: dayKey(max, zone) };
}

/**
 * The skeleton of an imported edition for formats that carry no event name (Sessionize, CSV): a note asks for
 * one, and the dates span the sessions.
 */
export function editionSkeleton(
  span: { start: string; end: string },
  zone: ZoneId,
  options: { name?: string | undefined; shortName?: string | undefined },
  notes: Notes,
  source: string,
): Mutable<EditionInput> {
  if (!options.name) notes.add("", `${source} has no event name; set name and shortName (--name) in the YAML`, null);
  const name = options.name?.trim() || "Imported programme";
  return {
    name,
    shortName: options.shortName?.trim() || name,
    year: Number(span.start.slice(0, 4)),
    timeZone: zone,
    dates: { start: span.start, ...(span.end !== span.start ? { end: span.end } : {}) },
  };
}

/**
 * One room for every session is the edition's room, not a per-session detail: when the sessions use exactly one
 * room (`rooms`), it is deleted from each session and returned for `venue.room`; otherwise `undefined`.
 */
export function hoistSingleRoom(
  rooms: ReadonlySet<string>,
  sessions: readonly Mutable<SessionInput>[],
): string | undefined {
  if (rooms.size !== 1) return undefined;
  for (const s of sessions) delete s.room;
  return [...rooms][0];
}

/** Builds the `people:` list: one record per source person, ids slugged from names and de-duplicated. */
export class PeopleBuilder {
  private readonly byKey = new Map<string, Mutable<PersonInput>>();
  private readonly ids = new IdPool("person");
  readonly list: Mutable<PersonInput>[] = [];
  /** The person for a source key (guid, code or name); created with `name` on first sight. */
  get(key: string, name: string): { person: Mutable<PersonInput>; created: boolean } {
    const found = this.byKey.get(key);
    if (found) return { person: found, created: false };
    const person: Mutable<PersonInput> = { id: this.ids.take(name), name, roles: [] };
    this.byKey.set(key, person);
    this.list.push(person);
    return { person, created: true };
  }
  /** Give a person a role (once). */
  static addRole(person: Mutable<PersonInput>, role: NonNullable<PersonInput["roles"]>[number] | null): void {
    const roles = person.roles ?? [];
    if (role && !roles.includes(role)) person.roles = [...roles, role];
  }
  /** People in order of first appearance; anyone without a role gets `oral-presenter`. */
  finish(): PersonInput[] {
    for (const p of this.list) if (!p.roles?.length) p.roles = ["oral-presenter"];
    return this.list;
  }
}

/**
 * The link key whose label ({@link LINK_LABELS}) a link's title is, exactly: our own exports title each link so
 * ("PDF", "arXiv", "Homepage"), and reading it back keeps `pdf` and `arxiv` apart from `paper`. `null` otherwise.
 */
export function linkKeyForLabel(title: unknown): LinkKey | null {
  if (typeof title !== "string") return null;
  for (const [kind, label] of Object.entries(LINK_LABELS)) {
    if (label !== title.trim() || kind === "other" || kind === "email") continue;
    return (kind === "accepted-papers" ? "acceptedPapers" : kind) as LinkKey;
  }
  return null;
}

/** The link kind a URL suggests for a session (`youtube.com` → `video`, `.pdf` → `pdf`), or `null`. */
export function sessionLinkKey(url: string, hint?: string | null): LinkKey | null {
  const h = (hint ?? "").toLowerCase();
  if (/slide/.test(h)) return "slides";
  if (/video|media|recording/.test(h)) return "video";
  if (/poster/.test(h)) return "poster";
  if (/paper|article/.test(h)) return "paper";
  if (/code|repo/.test(h)) return "code";
  const u = new URL(url);
  const host = u.hostname.replace(/^www\./, "");
  if (/(^|\.)youtube\.com$|^youtu\.be$|vimeo\.com$|media\.ccc\.de$/.test(host)) return "video";
  if (host === "arxiv.org") return "arxiv";
  if (host === "openreview.net") return "openreview";
  if (host === "github.com" || host === "gitlab.com") return "code";
  if (/\.pdf$/i.test(u.pathname)) return "pdf";
  if (/web|blog|related|website|homepage/.test(h)) return "website";
  return null;
}
