/**
 * The papers of an edition as PaperList shows them: `edition.papers` and the sessions' papers, each with the session
 * it is presented in, without duplicates. Pure data: no React.
 */
import type { Edition, Paper, Session } from "@workshop-kit/types";
import { type HrefTemplate, templateHref } from "../internal/href-template";

/** A paper with the session it is presented in and the anchor PaperList gives it. */
export interface ListedPaper {
  readonly paper: Paper;
  /** The session the paper is presented in, or `null`. */
  readonly session: Session | null;
  /**
   * How the session is named: its title, or — when the title is the paper's own (an oral talk) — its group
   * ("Orals Session 1"), else "the programme". `null` without a session. The session filter groups by it.
   */
  readonly sessionLabel: string | null;
  /** Poster number or board ("A12"), or `null`. */
  readonly poster: string | null;
  /** The id part of the anchor (`paper-${key}`): the paper's id, else its session's id; `null` without either. */
  readonly key: string | null;
  /** Lower-cased title, authors, award, poster and session title, for the text filter. */
  readonly text: string;
}

const norm = (title: string) => title.trim().toLowerCase();

/**
 * Every paper of the edition, in order: `edition.papers` first (the accepted-papers list, in its order), then the
 * papers attached to sessions (programme order) that the list does not already hold — the same id, or the same
 * title when one of the two has no id.
 */
export function listPapers(edition: Edition): ListedPaper[] {
  const sessions = new Map(edition.sessions.map((s) => [s.id, s]));
  const carriers = edition.sessions.filter((s) => s.paper);
  const ids = new Set<string>();
  const titles = new Set<string>();
  const titlesWithoutId = new Set<string>();
  const out: ListedPaper[] = [];
  for (const p of [...edition.papers, ...carriers.map((s) => s.paper as Paper)]) {
    const title = norm(p.title);
    if (p.id ? ids.has(p.id) || titlesWithoutId.has(title) : titles.has(title)) continue;
    if (p.id) ids.add(p.id);
    else titlesWithoutId.add(title);
    titles.add(title);
    // The paper's own sessionId, else the session that carries it (or a paper of the same id or title).
    const session =
      (p.sessionId ? sessions.get(p.sessionId) : undefined) ??
      carriers.find((s) => s.paper === p) ??
      carriers.find((s) => (p.id && s.paper?.id ? s.paper.id === p.id : norm(s.paper?.title ?? "") === title)) ??
      null;
    const poster = p.poster;
    const sessionLabel = session
      ? session.title && norm(session.title) !== title
        ? session.title
        : (session.group ?? "the programme")
      : null;
    const text = [p.title, ...p.authors, p.award, poster, sessionLabel].filter(Boolean).join("\n").toLowerCase();
    out.push({ paper: p, session, sessionLabel, poster, key: p.id ?? session?.id ?? null, text });
  }
  return out;
}

/** Where a session link goes: a template (`"#{id}"`, `"/schedule#{id}"`) or a function of the session id. */
export type SessionHref = HrefTemplate;

/**
 * The href for a session through the one relative-link rule (`linkHref`, as SpeakerCard's `sessionHref` and
 * ScheduleTable's `speakerHref`): a same-site link as given, anything else only if it is a safe URL, else `null`.
 */
export function sessionLink(scheme: SessionHref | null | undefined, sessionId: string): string | null {
  return templateHref(scheme, sessionId);
}
