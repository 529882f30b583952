/**
 * `sessions:` of a content file, with their blocks' items: times on the workshop's days, speakers and hosts that
 * exist, items within their block, no overlap in a room, only a day's last item without an end, sessions within the
 * workshop's dates; each as the model's {@link Session}, in time order.
 */
import { type Instant, TIME_PATTERN } from "../../time/instant";
import { utcFromFields } from "../../time/zone";
import { linksFromRecord } from "../links";
import type { EditionInput } from "../schema";
import { splitParagraphs } from "../text";
import type { Session, SessionHost } from "../types";
import { describeValue, type ParseContext, paper } from "./context";

type RawSession = NonNullable<EditionInput["sessions"]>[number];
type RawItem = NonNullable<RawSession["items"]>[number];

const TBA = /^(tba|tbd|to be announced)$/i;

/**
 * The sessions (each block followed by its items), and where each session id was first defined (`sessions[3]`,
 * `sessions[2].items[1]`; malformed sessions' ids included, so a reference to them is not unknown).
 */
export function readSessions(
  ctx: ParseContext,
  personIds: ReadonlyMap<string, number>,
  broken: ReadonlyMap<string, string>,
) {
  const { data, zone, start, end, checkDates, error, warn, time, dayOf, unknownPerson } = ctx;
  // A time written as "08:30" is on the workshop's first day, or on `day: N` of a multi-day workshop,
  // so the date lives in one place (dates.start) and moving the workshop is a one-line change.
  const spanDays =
    Math.round(
      (utcFromFields(end.year, end.month, end.day) - utcFromFields(start.year, start.month, start.day)) / 86_400_000,
    ) + 1;
  const sessionTime = (path: string, text: string, dayNumber: number | undefined): Instant | null => {
    if (!TIME_PATTERN.test(text)) return time(path, text, zone);
    if (dayNumber === undefined && spanDays > 1) {
      error(
        "time-without-day",
        path,
        `"${text}" has no date and the workshop spans ${spanDays} days; add day: 1..${spanDays} or write the full date`,
      );
      return null;
    }
    const n = dayNumber ?? 1;
    if (n > spanDays) {
      error(
        "day-out-of-range",
        path.replace(/\.(start|end)$/, ".day"),
        `day ${n} is after the workshop's last day (it has ${spanDays})`,
      );
      return null;
    }
    // utcFromFields, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
    const d = new Date(utcFromFields(start.year, start.month, start.day + n - 1));
    const iso = d.toISOString().slice(0, 10);
    return time(path, `${iso}T${text}`, zone);
  };
  const sessions: Session[] = [];
  /** Where each session id was first defined (`sessions[3]`, `sessions[2].items[1]`). */
  const sessionAt = new Map<string, string>(broken);
  const rawAt = new Map<string, RawItem>();
  const rawSessions = data.sessions ?? [];
  const readSession = (s: RawItem, at: string, block: { session: Session; raw: RawSession } | null) => {
    const prev = sessionAt.get(s.id);
    if (prev !== undefined) error("duplicate-id", `${at}.id`, `duplicate session id "${s.id}" (also ${prev})`);
    else {
      sessionAt.set(s.id, at);
      rawAt.set(s.id, s);
    }
    // An item is on its block's day and in its block's room unless it says otherwise.
    const day = s.day ?? block?.raw.day;
    const startI = sessionTime(`${at}.start`, s.start, day);
    const endI = s.end === undefined ? null : sessionTime(`${at}.end`, s.end, day);
    if (startI && endI && endI.epochMs <= startI.epochMs) {
      error(
        "end-before-start",
        `${at}.end`,
        `expected the end to be after the start (${s.start}), received ${describeValue(s.end)}`,
      );
    }
    const speakerIds = Array.isArray(s.speakers) ? s.speakers : [];
    const knownPerson = (path: string, pid: string) => {
      if (personIds.has(pid)) return;
      error("unknown-person", path, unknownPerson(pid), "an id from people", describeValue(pid));
    };
    speakerIds.forEach((sid, j) => {
      knownPerson(`${at}.speakers[${j}]`, sid);
    });
    const hosts: SessionHost[] = (s.hosts ?? []).map((h, j) => {
      knownPerson(`${at}.hosts[${j}].id`, h.id);
      return { personId: h.id, role: h.role };
    });
    const affiliations: Record<string, string> = {};
    for (const [pid, aff] of Object.entries(s.affiliations ?? {})) {
      knownPerson(`${at}.affiliations.${pid}`, pid);
      Object.defineProperty(affiliations, pid, { value: aff, enumerable: true, writable: false, configurable: true });
    }
    if (!startI) return null;
    if (block) {
      const b = block.session;
      if (startI.epochMs < b.start.epochMs || (b.end && (endI ?? startI).epochMs > b.end.epochMs)) {
        error(
          "item-outside-block",
          `${at}.start`,
          `"${s.title}" is not within its block "${b.title ?? b.id}" (${block.raw.start}${block.raw.end ? `–${block.raw.end}` : ""}); items must lie within the block`,
        );
      }
    }
    const session: Session = {
      id: s.id,
      title: TBA.test(s.title) ? null : s.title,
      kind: s.kind,
      label: s.label?.trim() || null,
      blockId: block?.session.id ?? null,
      start: startI,
      end: endI,
      room: s.room?.trim() || block?.session.room || null,
      track: s.track?.trim() || block?.session.track || null,
      speakerIds,
      speakersTba: s.speakers === "TBA",
      hosts,
      affiliations,
      group: s.group?.trim() || null,
      description: splitParagraphs(s.description),
      paper: s.paper ? paper(s.paper, s.id) : null,
      links: linksFromRecord(s.links),
    };
    return session;
  };
  /** Top-level sessions, each with its items (already read), before sorting. */
  const tops: { session: Session; items: Session[] }[] = [];
  rawSessions.forEach((s, i) => {
    const at = `sessions[${i}]`;
    const session = readSession(s, at, null);
    const items: Session[] = [];
    (s.items ?? []).forEach((item, j) => {
      const read = session ? readSession(item, `${at}.items[${j}]`, { session, raw: s }) : null;
      if (read) items.push(read);
    });
    if (session) tops.push({ session, items });
  });
  // Code-unit order, not localeCompare: the order must not depend on the host's locale.
  const byTime = (a: Session, b: Session) =>
    a.start.epochMs - b.start.epochMs ||
    ((a.room ?? "") < (b.room ?? "") ? -1 : (a.room ?? "") > (b.room ?? "") ? 1 : 0);
  tops.sort((a, b) => byTime(a.session, b.session));
  for (const t of tops) sessions.push(t.session, ...t.items.sort(byTime));
  const pathOfSession = (s: Session) => sessionAt.get(s.id) ?? "sessions";
  const name = (s: Session) => `"${s.title ?? s.id}"`;

  // Per room (a missing room is the edition's own room), in start order: one pass, n log n.
  const byRoom = new Map<string, Session[]>();
  for (const s of sessions) {
    const key = s.room ?? "";
    const list = byRoom.get(key);
    if (list) list.push(s);
    else byRoom.set(key, [s]);
  }
  for (const list of byRoom.values()) {
    list.sort(
      (a, b) => a.start.epochMs - b.start.epochMs || (a.blockId === null ? -1 : 0) - (b.blockId === null ? -1 : 0),
    );
    // A start without an end is only allowed for the last item(s) of its day in its room: nothing may start later.
    // `nextStart[i]` is the first index after i that starts later than list[i]: from there only the session's own
    // items are skipped, so the check stays linear when many sessions share one start.
    const nextStart: number[] = new Array(list.length);
    for (let i = list.length - 1; i >= 0; i--) {
      const next = list[i + 1];
      nextStart[i] =
        next === undefined
          ? list.length
          : next.start.epochMs > (list[i] as Session).start.epochMs
            ? i + 1
            : (nextStart[i + 1] as number);
    }
    for (let i = 0; i < list.length; i++) {
      const s = list[i] as Session;
      if (s.end) continue;
      const day = dayOf(s.start.epochMs);
      let later: Session | undefined;
      for (let j = nextStart[i] as number; j < list.length; j++) {
        const o = list[j] as Session;
        if (dayOf(o.start.epochMs) !== day) break;
        if (o.blockId !== s.id) {
          later = o;
          break;
        }
      }
      if (later) {
        error(
          "missing-end",
          `${pathOfSession(s)}.end`,
          `${name(s)} has no end, but ${name(later)} follows it; only the last item of a day may omit its end`,
          "an end time",
          "nothing",
        );
      }
    }
    // Sessions in one room must not overlap. Items do not overlap their own block; two sessions that start together
    // are allowed when at most one of them has an end ("Closing remarks" and "Awards" at 17:00). Each session is
    // compared with the session before it that ends last (ignoring its own block), so the message names the session
    // it really runs into.
    const endOf = (s: Session) => s.end?.epochMs ?? s.start.epochMs;
    // The two earlier sessions that end last (one of them may be the current item's own block).
    let first: Session | null = null;
    let second: Session | null = null;
    for (const y of list) {
      const x = first && first.id === y.blockId ? second : first;
      const together = x !== null && y.start.epochMs === x.start.epochMs && !(x.end && y.end);
      if (x && y.start.epochMs < endOf(x) && !together) {
        error(
          "session-overlap",
          `${pathOfSession(y)}.start`,
          `${name(y)} starts before ${name(x)} (${pathOfSession(x)}) ends in the same room${y.room ? ` (${y.room})` : ""}`,
          "no overlap in one room",
          describeValue(rawAt.get(y.id)?.start),
        );
      }
      if (!first || endOf(y) > endOf(first)) {
        second = first;
        first = y;
      } else if (!second || endOf(y) > endOf(second)) {
        second = y;
      }
    }
  }
  // Sessions outside the workshop's dates look copied from another year.
  for (const s of checkDates ? sessions : []) {
    const day = dayOf(s.start.epochMs);
    if (day < start.iso || day > end.iso) {
      warn(
        "session-outside-dates",
        `${pathOfSession(s)}.start`,
        `${name(s)} is on ${day}, outside the workshop's dates (${start.iso}${end.iso !== start.iso ? ` to ${end.iso}` : ""})`,
      );
    }
  }
  return { sessions, sessionAt };
}
