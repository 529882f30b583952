/**
 * The edition's other records: papers (with sessions that exist), committees (with members that exist), revisions,
 * venue, sponsors.
 */
import { parseCalendarDate } from "../../time/instant";
import { didYouMean } from "../issues";
import { splitParagraphs } from "../text";
import type { Committee, Edition, Paper, Revision } from "../types";
import { type Data, describeValue, image, type ParseContext, paper } from "./context";

/** `papers:`, each with a session id that exists. */
export function readPapers(ctx: ParseContext, sessionAt: ReadonlyMap<string, string>): Paper[] {
  const { data, error } = ctx;
  return (data.papers ?? []).map((p, i) => {
    if (p.session !== undefined && !sessionAt.has(p.session)) {
      error(
        "unknown-session",
        `papers[${i}].session`,
        `unknown session id ${describeValue(p.session)}; use the id of a session under sessions:${
          didYouMean(p.session, sessionAt.keys()) ? ` did you mean "${didYouMean(p.session, sessionAt.keys())}"?` : ""
        }`,
        "an id from sessions",
        describeValue(p.session),
      );
    }
    return paper(p);
  });
}

/** `committees:`: ids used once, members that exist. */
export function readCommittees(ctx: ParseContext, personIds: ReadonlyMap<string, number>): Committee[] {
  const { data, error, unknownPerson } = ctx;
  const committees: Committee[] = [];
  const committeeIds = new Map<string, number>();
  (data.committees ?? []).forEach((c, i) => {
    const at = `committees[${i}]`;
    const prev = committeeIds.get(c.id);
    if (prev !== undefined)
      error("duplicate-id", `${at}.id`, `duplicate committee id "${c.id}" (also committees[${prev}])`);
    committeeIds.set(c.id, i);
    c.members.forEach((m, j) => {
      if (!personIds.has(m)) {
        error("unknown-person", `${at}.members[${j}]`, unknownPerson(m), "an id from people", describeValue(m));
      }
    });
    committees.push({ id: c.id, name: c.name, description: splitParagraphs(c.description), memberIds: c.members });
  });
  return committees;
}

/** `revisions:`, each with a real date. */
export function readRevisions(ctx: ParseContext): Revision[] {
  const { data, error } = ctx;
  const revisions: Revision[] = [];
  (data.revisions ?? []).forEach((r, i) => {
    const date = parseCalendarDate(r.date);
    if (!date) error("bad-date", `revisions[${i}].date`, `expected a real date, received ${describeValue(r.date)}`);
    else revisions.push({ date, note: r.note });
  });
  return revisions;
}

/** `venue:` as the model's venue (every field present, `null` when not given). */
export function venueOf(data: Data): Edition["venue"] {
  return {
    conference: data.venue?.conference ?? null,
    conferenceShort: data.venue?.conferenceShort ?? null,
    city: data.venue?.city ?? null,
    country: data.venue?.country ?? null,
    building: data.venue?.building ?? null,
    room: data.venue?.room ?? null,
    address: data.venue?.address?.trim() || null,
  };
}

/** `sponsors:` as the model's sponsors. */
export function sponsorsOf(data: Data): Edition["sponsors"] {
  return (data.sponsors ?? []).map((s) => ({
    name: s.name,
    href: s.url ?? null,
    logo: image(s.logo),
    tier: s.tier ?? null,
  }));
}
