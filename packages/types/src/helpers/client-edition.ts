/**
 * The edition a browser needs to hydrate a server-rendered page: everything the interactive parts use, without the
 * long texts the page already shows as HTML (issue #19: no fact travels both as HTML and as JSON).
 */
import type { Edition } from "../model/types";

/**
 * `edition` for the page's hydration data: every paragraph of the edition's description, of each session's
 * description, of each person's bio and of each committee's description becomes `""`, keeping how many there are.
 * The components of @workshop-kit/react render an empty paragraph (`""`) by keeping the paragraph the server wrote
 * (see docs/performance.md), so the page hydrates without a mismatch while the text travels once, as HTML.
 *
 * Use it only for data that hydrates markup rendered on the server from the full `edition`: a client-only render
 * of the slim edition shows empty paragraphs. Everything else (ids, titles, times, people, links, papers, deadlines,
 * the call for papers) is kept, the same objects where nothing was removed.
 */
export function clientEdition(edition: Edition): Edition {
  return {
    ...edition,
    description: blank(edition.description),
    people: edition.people.map((p) => (p.bio.length ? { ...p, bio: blank(p.bio) } : p)),
    committees: edition.committees.map((c) => (c.description.length ? { ...c, description: blank(c.description) } : c)),
    sessions: edition.sessions.map((s) => (s.description.length ? { ...s, description: blank(s.description) } : s)),
  };
}

/** As many empty paragraphs as `texts` has: the count stays (a bio's lead and "Read more" split on it). */
function blank(texts: readonly string[]): readonly string[] {
  return texts.map(() => "");
}
