/**
 * Import the Sessionize API "All" view: sessions, speakers (bios, photos, links), rooms and categories.
 * Sessionize times carry no zone, so the edition's zone is a required option. See docs/interop/sessionize.md.
 */
import { parseDateTime } from "../time/instant";
import {
  editionSkeleton,
  guessKind,
  hoistSingleRoom,
  IdPool,
  ImportError,
  type ImportResult,
  isArray,
  isNonEmptyString,
  isRecord,
  isString,
  type LinksInput,
  type Mutable,
  Notes,
  need,
  PeopleBuilder,
  parseJsonText,
  personLinkKey,
  plainText,
  putLink,
  requireZone,
  roleForKind,
  type SessionInput,
  safeUrl,
  spanOf,
} from "./shared";

/** Options for {@link importSessionize}. */
export interface SessionizeImportOptions {
  /** Required: the IANA zone the Sessionize times are in (they carry no zone). */
  readonly timeZone: string;
  /** The workshop's full name (the "All" view has none). Default: "Imported programme", with a note. */
  readonly name?: string;
  /** Short name. Default: the name. */
  readonly shortName?: string;
}

const SESSION_USED = new Set([
  "id",
  "title",
  "description",
  "startsAt",
  "endsAt",
  "speakers",
  "roomId",
  "room",
  "categoryItems",
  "categories",
  "recordingUrl",
  "liveUrl",
  "isServiceSession",
  // Workflow flags of the Sessionize back office, not programme content:
  "isPlenumSession",
  "isInformed",
  "isConfirmed",
]);
const SPEAKER_USED = new Set(["id", "firstName", "lastName", "fullName", "bio", "profilePicture", "links", "sessions"]);

const SESSIONIZE_LINKS: Readonly<Record<string, keyof LinksInput>> = {
  twitter: "x",
  x: "x",
  linkedin: "linkedin",
  blog: "homepage",
  company_website: "website",
  github: "github",
  bluesky: "bluesky",
  mastodon: "mastodon",
};

/** Import a Sessionize "All" export (text or parsed data). Throws {@link ImportError} if unreadable. */
export function importSessionize(input: string | unknown, options: SessionizeImportOptions): ImportResult {
  const zone = requireZone(
    options?.timeZone,
    "Australia/Melbourne",
    "required: Sessionize times carry no zone; pass the event's IANA zone (e.g. Australia/Melbourne)",
  );
  const data = typeof input === "string" ? parseJsonText(input, 'a Sessionize "All" export') : input;
  const root = need(data, "", 'the Sessionize "All" object (sessions, speakers, rooms, categories)', isRecord);
  const rawSessions = need(root.sessions, "sessions", "a list of sessions", isArray);
  const rawSpeakers = root.speakers === undefined ? [] : need(root.speakers, "speakers", "a list of speakers", isArray);
  const rawRooms = root.rooms === undefined ? [] : need(root.rooms, "rooms", "a list of rooms", isArray);
  const rawCategories =
    root.categories === undefined ? [] : need(root.categories, "categories", "a list of categories", isArray);
  const notes = new Notes();
  for (const [k, val] of Object.entries(root)) {
    if (!["sessions", "speakers", "rooms", "categories"].includes(k)) notes.unmapped(k, val);
  }

  const rooms = new Map<string, string>();
  rawRooms.forEach((r, i) => {
    const room = need(r, `rooms[${i}]`, "a room object", isRecord);
    if (isNonEmptyString(room.name)) rooms.set(String(room.id), room.name.trim());
  });
  // Category items: id → { category title, item name }.
  const items = new Map<string, { category: string; name: string }>();
  rawCategories.forEach((c, i) => {
    const cat = need(c, `categories[${i}]`, "a category object", isRecord);
    const title = isString(cat.title) ? cat.title : `category ${i + 1}`;
    for (const it of isArray(cat.items) ? cat.items : []) {
      if (isRecord(it) && isString(it.name)) items.set(String(it.id), { category: title, name: it.name });
    }
  });

  // Speakers first, so sessions can refer to them.
  const people = new PeopleBuilder();
  const speakerById = new Map<string, ReturnType<PeopleBuilder["get"]>["person"]>();
  rawSpeakers.forEach((s, i) => {
    const at = `speakers[${i}]`;
    const sp = need(s, at, "a speaker object", isRecord);
    const name = (
      isNonEmptyString(sp.fullName) ? sp.fullName : [sp.firstName, sp.lastName].filter(isNonEmptyString).join(" ")
    ).trim();
    if (!name) throw new ImportError(`${at}.fullName`, "missing required field: expected the speaker's name");
    const { person } = people.get(String(sp.id ?? name), name);
    speakerById.set(String(sp.id), person);
    const bio = plainText(sp.bio);
    if (bio) person.bio = bio;
    const photo = safeUrl(sp.profilePicture);
    if (photo) person.photo = { src: photo, alt: `Portrait of ${name}` };
    else notes.unmapped(`${at}.profilePicture`, sp.profilePicture, "not an http(s) URL");
    const links: Partial<Record<keyof LinksInput, string>> = {};
    for (const [j, l] of (isArray(sp.links) ? sp.links : []).entries()) {
      const lp = `${at}.links[${j}]`;
      const href = isRecord(l) ? safeUrl(l.url) : null;
      if (!isRecord(l) || !href) {
        notes.unmapped(lp, l, "not an http(s) link");
        continue;
      }
      const key = SESSIONIZE_LINKS[String(l.linkType ?? "").toLowerCase()] ?? personLinkKey(href);
      if (!key) {
        notes.add(lp, `not mapped: no matching link kind for ${JSON.stringify(l.linkType ?? l.title ?? "")}`, href);
        continue;
      }
      if (!putLink(links, key, href)) notes.add(lp, `not mapped: a second "${key}" link`, href);
    }
    if (Object.keys(links).length) person.links = links;
    if (isString(sp.tagLine) && sp.tagLine.trim()) {
      notes.add(
        `${at}.tagLine`,
        "not mapped: a tag line is not always an affiliation; copy it to affiliation if it is one",
        sp.tagLine,
      );
    }
    for (const [k, val] of Object.entries(sp)) {
      if (SPEAKER_USED.has(k) || k === "tagLine") continue;
      if (k === "isTopSpeaker" && val === true) notes.add(`${at}.${k}`, "not mapped: Sessionize's top-speaker badge");
      else if (k !== "isTopSpeaker") notes.unmapped(`${at}.${k}`, val);
    }
  });

  const ids = new IdPool("session");
  const sessions: Mutable<SessionInput>[] = [];
  const epochs: number[] = [];
  const usedRooms = new Set<string>();
  rawSessions.forEach((s, i) => {
    const at = `sessions[${i}]`;
    const ses = need(s, at, "a session object", isRecord);
    const title = need(ses.title, `${at}.title`, "the session title", isNonEmptyString).trim();
    if (ses.startsAt === null || ses.startsAt === undefined) {
      notes.add(`${at}.startsAt`, "not imported: the session is not scheduled yet (no start time)", title);
      return;
    }
    const startText = need(ses.startsAt, `${at}.startsAt`, 'a time like "2024-03-16T09:00:00"', isString);
    const start = parseDateTime(startText, zone);
    if (!start.ok) throw new ImportError(`${at}.startsAt`, start.error.message);
    let end: string | undefined;
    if (isNonEmptyString(ses.endsAt)) {
      const e = parseDateTime(ses.endsAt, zone);
      if (!e.ok) throw new ImportError(`${at}.endsAt`, e.error.message);
      if (e.instant.epochMs > start.instant.epochMs) end = wall(ses.endsAt);
      else notes.add(`${at}.endsAt`, "the end is not after the start; imported without an end", ses.endsAt);
    }
    epochs.push(start.instant.epochMs);

    // Categories: a "Track" category becomes the track; a format/type category may decide the kind.
    const labels: string[] = [];
    let track: string | undefined;
    for (const [j, c] of (isArray(ses.categoryItems) ? ses.categoryItems : []).entries()) {
      const item = items.get(String(c));
      if (!item) {
        notes.add(`${at}.categoryItems[${j}]`, "not mapped: unknown category item", c);
        continue;
      }
      if (/track/i.test(item.category) && !track) track = item.name;
      else if (/format|type|kind/i.test(item.category)) labels.push(item.name);
      else notes.add(`${at}.categoryItems[${j}]`, `not mapped: category "${item.category}"`, item.name);
    }
    if (labels.length && !guessKind(labels, "")) {
      notes.add(`${at}.categoryItems`, "not mapped: session format (it names no session kind)", labels.join(", "));
    }
    let kind = guessKind(labels, title);
    if (!kind && ses.isServiceSession !== true) kind = "oral"; // a speaker session on Sessionize is a talk
    if (!kind) {
      kind = "other";
      notes.add(`${at}.title`, 'no matching session kind for this service session; imported as "other"', title);
    }
    const room = ses.roomId === null || ses.roomId === undefined ? undefined : rooms.get(String(ses.roomId));
    if (ses.roomId !== null && ses.roomId !== undefined && !room)
      notes.add(`${at}.roomId`, "not mapped: unknown room id", ses.roomId);
    if (room) usedRooms.add(room);
    const session: Mutable<SessionInput> = {
      id: ids.take(title),
      title,
      kind,
      start: wall(startText),
      ...(end ? { end } : {}),
      ...(room ? { room } : {}),
      ...(track ? { track } : {}),
    };
    const description = plainText(ses.description);
    if (description) session.description = description;
    const links: Partial<Record<keyof LinksInput, string>> = {};
    const video = safeUrl(ses.recordingUrl);
    if (video) links.video = video;
    else notes.unmapped(`${at}.recordingUrl`, ses.recordingUrl, "not an http(s) URL");
    const live = safeUrl(ses.liveUrl);
    if (live) links.virtual = live;
    else notes.unmapped(`${at}.liveUrl`, ses.liveUrl, "not an http(s) URL");
    if (Object.keys(links).length) session.links = links;
    const speakerIds: string[] = [];
    for (const [j, sp] of (isArray(ses.speakers) ? ses.speakers : []).entries()) {
      const key = isRecord(sp) ? String(sp.id) : String(sp);
      const person = speakerById.get(key);
      if (!person) {
        notes.add(`${at}.speakers[${j}]`, "not mapped: no speaker with this id in speakers", key);
        continue;
      }
      PeopleBuilder.addRole(person, roleForKind(kind));
      speakerIds.push(person.id);
    }
    if (speakerIds.length) session.speakers = speakerIds;
    if (isString(ses.status) && ses.status !== "Accepted") {
      notes.add(
        `${at}.status`,
        "not mapped: the session's status is not Accepted; check it belongs in the programme",
        ses.status,
      );
    }
    for (const [k, val] of Object.entries(ses)) {
      if (SESSION_USED.has(k) || k === "status") continue;
      if (k === "questionAnswers") {
        if (isArray(val) && val.length)
          notes.add(
            `${at}.${k}`,
            "not mapped: answers to organiser questions (contents not copied here)",
            `${val.length} answer(s)`,
          );
        continue;
      }
      notes.unmapped(`${at}.${k}`, val);
    }
    sessions.push(session);
  });

  const span = spanOf(epochs, zone);
  if (!span) throw new ImportError("sessions", "no scheduled sessions: at least one session needs a start time");
  const edition = editionSkeleton(span, zone, options, notes, 'the "All" view');
  const venueRoom = hoistSingleRoom(usedRooms, sessions);
  if (venueRoom !== undefined) edition.venue = { room: venueRoom };
  const peopleList = people.finish();
  if (peopleList.length) edition.people = peopleList;
  if (sessions.length) edition.sessions = sessions;
  return { edition, unmapped: notes.list };
}

/** `2024-03-16T09:00:00` → `2024-03-16T09:00` (seconds kept only when not zero). */
function wall(text: string): string {
  return text
    .trim()
    .replace(" ", "T")
    .replace(/(T\d{2}:\d{2}):00(\.0+)?$/, "$1");
}
