/**
 * Programme search: one normalised text per session (title, label or kind label, group, speakers and hosts with
 * their affiliations — the card's and the talk's own —, description, paper title and authors, room, track), built once per sessions array and kept with it. A query
 * matches a session when every word of it occurs in that text (case- and accent-insensitive).
 */
import type { Edition, Session } from "@workshop-kit/types";
import { isKeptText } from "../internal/paragraphs";
import { SESSION_KIND_LABELS } from "../schedule-table/labels";

const indexes = new WeakMap<readonly Session[], readonly string[]>();

/** Lower case without accents: "Müller" and "muller" match. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** The search text of each session of `edition`, in order; built on first use and kept with `edition.sessions`. */
export function searchIndex(edition: Edition): readonly string[] {
  let index = indexes.get(edition.sessions);
  if (!index) {
    const people = new Map(edition.people.map((p) => [p.id, p]));
    index = edition.sessions.map((s) => {
      const parts: (string | null | undefined)[] = [
        s.title,
        s.label ?? SESSION_KIND_LABELS[s.kind],
        s.group,
        s.room,
        s.track,
      ];
      // Speakers and hosts (moderators, chairs), with the affiliation on their card and the one this talk prints.
      for (const id of [...s.speakerIds, ...s.hosts.map((h) => h.personId)]) {
        const p = people.get(id);
        if (p) parts.push(p.name, p.affiliation, s.affiliations[id]);
      }
      parts.push(...(isKeptText(s.description) ? [keptDescription(s.id)] : s.description));
      if (s.paper) parts.push(s.paper.title, ...s.paper.authors);
      return fold(parts.filter(Boolean).join("\n"));
    });
    indexes.set(edition.sessions, index);
  }
  return index;
}

/**
 * A description the page's data left out (clientEdition) is searched in the page, where the server wrote it: the
 * session's own `<details data-slot="description">` (a grid cell or block also holds its items' descriptions).
 * Read once, when the first search builds the index, after hydration.
 */
function keptDescription(id: string): string {
  if (typeof document === "undefined") return "";
  const el = document.getElementById(id);
  return (
    el?.querySelector(":scope > [data-slot=description] > div, :scope > td > [data-slot=description] > div")
      ?.textContent ?? ""
  );
}

/** The ids of the sessions matching `query`; `null` when the query is blank (everything matches). */
export function searchSessions(edition: Edition, query: string): ReadonlySet<string> | null {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const index = searchIndex(edition);
  const out = new Set<string>();
  edition.sessions.forEach((s, i) => {
    const text = index[i] ?? "";
    if (words.every((w) => text.includes(w))) out.add(s.id);
  });
  return out;
}
