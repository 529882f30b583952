"use client";

/**
 * `PaperList`: an edition's accepted papers — title, authors, award, presentation, poster board, the session it is
 * presented in (linked to the schedule) and links — with a filter by text, award and session after hydration. The
 * server HTML is the complete list; filtering hides items (they stay in the page, so anchors keep working).
 */
import { type Edition, type Paper, safeHref } from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, memo, type ReactNode, useDeferredValue, useMemo, useState } from "react";
import { withClass } from "../internal/class-name";
import { Heading, type HeadingLevel } from "../internal/heading";
import { liveValue, pendingProps, useHydrated } from "../internal/use-hydrated";
import { enCommon, enEvent } from "../messages/en";
import { fill, number, plural, text } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { useProviderMessages } from "../time-zone/time-zone";
import { type ListedPaper, listPapers, type SessionHref, sessionLink } from "./papers";

/** Props of {@link PaperList}. */
export interface PaperListProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The edition: its `papers` and the papers of its sessions are listed. */
  edition: Edition;
  /**
   * Where a paper's session links to: a template in which `{id}` is the session id, or a function of it. A fragment
   * or same-site path is used as given, anything else only if it is a safe URL. Default `"#{id}"`: the id
   * `ScheduleTable` puts on the session's row.
   */
  sessionHref?: SessionHref;
  /**
   * Prefix of every paper's id (`${idPrefix}paper-${paper.id}`; a paper without an id uses its session's id), and
   * of the filter's ids. Default `""`.
   */
  idPrefix?: string;
  /** Level of each paper's title heading. Default `3`. */
  headingLevel?: HeadingLevel;
  /** Show the filter (text, award, session) after hydration. Default `true`. */
  filter?: boolean;
  /**
   * Per-paper actions (a favourite star, a "copy citation" button), rendered at the end of each paper. A function,
   * so it only works when PaperList is rendered from a client component. Default: none.
   */
  renderActions?: (paper: Paper, listed: ListedPaper) => ReactNode;
  /**
   * Change a part of each paper — its title, authors, the line with its award, presentation, poster board and
   * session (`"meta"`), or its links — without rebuilding the item: called with the part's name, its built content
   * (`null` when the paper has none) and the paper; return what goes inside the part instead (`null` leaves it out;
   * the title cannot be left out: it is the item's heading). The item, its id and the heading's level stay the
   * library's. Give a stable function (as for `renderActions`). See docs/customising.md.
   * @default undefined (the built parts)
   */
  renderPart?: RenderPaperPart;
  /**
   * Shown when the edition has no paper. Default: the `papersTba` message, "Accepted papers will be listed here."
   * @default the papersTba message
   */
  emptyMessage?: ReactNode;
  /**
   * Words to replace, or a whole catalogue (`@workshop-kit/react/messages/de`). Laid over the provider's messages.
   * Default: the provider's, else English.
   * @default the provider's messages
   */
  messages?: MessagesOverride;
}

type PaperMessages = typeof enCommon & typeof enEvent;
const PAPER_MESSAGES: PaperMessages = /* @__PURE__ */ Object.assign({}, enCommon, enEvent);

/** A part of a listed paper that the host can change with `renderPart`. */
export type PaperPart = "title" | "authors" | "meta" | "links";

/**
 * A render hook for a paper's parts: the part's name, its built content (`null` when the paper has none of it) and
 * the paper; returns what goes inside the part's element instead (`null` leaves the part out).
 */
export type RenderPaperPart = (part: PaperPart, content: ReactNode, paper: Paper) => ReactNode;

const present = (node: ReactNode) => node !== null && node !== undefined && node !== false;

/** The accepted papers of an edition, complete without JavaScript, filterable after hydration. */
export function PaperList({
  edition,
  sessionHref = "#{id}",
  idPrefix = "",
  headingLevel = 3,
  filter = true,
  renderActions,
  renderPart,
  emptyMessage,
  messages,
  className,
  ...rest
}: PaperListProps) {
  const m = resolveMessages(PAPER_MESSAGES, useProviderMessages(), messages);
  const papers = useMemo(() => listPapers(edition), [edition]);
  // false on the server and during hydration, true after: the filter cannot work without JavaScript.
  const hydrated = useHydrated();
  const [query, setQuery] = useState("");
  const [award, setAward] = useState("");
  const [session, setSession] = useState("");
  // Typing stays fast with hundreds of papers: the input updates at once, the list in a background render.
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => {
    const words = deferredQuery.toLowerCase().split(/\s+/).filter(Boolean);
    return papers.map(
      (p) =>
        (!award || (award === "*" ? !!p.paper.award : p.paper.award === award)) &&
        (!session || p.sessionLabel === session) &&
        words.every((w) => p.text.includes(w)),
    );
  }, [papers, deferredQuery, award, session]);
  const count = shown.filter(Boolean).length;
  const awards = [...new Set(papers.map((p) => p.paper.award).filter((a): a is string => !!a))];
  const sessions = [...new Set(papers.map((p) => p.sessionLabel).filter((l): l is string => !!l))];
  // The filter is rendered on the server too, held (invisible, inert) until hydrated: its space is kept, so the list
  // does not jump down under a reader who followed a link to it when the filter starts to work.
  const filtering = filter && papers.length > 1;
  const held = pendingProps(hydrated);

  if (papers.length === 0)
    return (
      <div {...rest} className={withClass("wk-paper-list", className)}>
        <p data-slot="empty">{emptyMessage ?? m.papersTba}</p>
      </div>
    );
  return (
    <div {...rest} className={withClass("wk-paper-list", className)}>
      {filtering ? (
        // biome-ignore lint/a11y/useSemanticElements: React 18 (a supported peer) warns about <search> where the DOM does not know it (jsdom, older browsers)
        <div role="search" data-slot="toolbar" {...held}>
          <label data-slot="filter">
            <span>{m.searchPapers}</span>
            <input type="search" key={hydrated ? "live" : "held"} {...liveValue(hydrated, query, setQuery)} />
          </label>
          {awards.length > 0 ? (
            <label data-slot="filter">
              <span>{m.award}</span>
              <select key={hydrated ? "live" : "held"} {...liveValue(hydrated, award, setAward)}>
                <option value="">{m.allPapers}</option>
                <option value="*">{m.awardWinners}</option>
                {awards.length > 1 ? awards.map((a) => <option key={a}>{a}</option>) : null}
              </select>
            </label>
          ) : null}
          {sessions.length > 1 ? (
            <label data-slot="filter">
              <span>{m.session}</span>
              <select key={hydrated ? "live" : "held"} {...liveValue(hydrated, session, setSession)}>
                <option value="">{m.allSessions}</option>
                {sessions.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      ) : null}
      {filtering ? (
        // Polite: announced after the reader stops typing, never interrupting.
        <p data-slot="status" role="status" {...held}>
          {count === papers.length
            ? plural(m.papers, count, m.locale)
            : plural(count ? m.papersShown : m.papersNoMatch, papers.length, m.locale, {
                shown: number(count, m.locale),
              })}
          {count < papers.length ? (
            <>
              {" "}
              <button
                type="button"
                onClick={() => {
                  setQuery("");
                  setAward("");
                  setSession("");
                }}
              >
                {m.showAll}
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      <ul data-slot="list" aria-busy={deferredQuery !== query || undefined}>
        {papers.map((p, i) => (
          <PaperItem
            key={p.key ?? `${i} ${p.paper.title}`}
            listed={p}
            hidden={!shown[i]}
            anchor={p.key ? `${idPrefix}paper-${p.key}` : undefined}
            sessionHref={p.session ? sessionLink(sessionHref, p.session.id) : null}
            level={headingLevel}
            renderActions={renderActions}
            renderPart={renderPart}
            m={m}
          />
        ))}
      </ul>
    </div>
  );
}

interface PaperItemProps {
  listed: ListedPaper;
  hidden: boolean;
  anchor: string | undefined;
  sessionHref: string | null;
  level: HeadingLevel;
  renderActions: PaperListProps["renderActions"];
  renderPart: PaperListProps["renderPart"];
  m: PaperMessages;
}

/**
 * One paper; memoised, so a filter change re-renders only the papers whose visibility changed (give a stable
 * `renderActions`, e.g. from `useCallback`, to keep that).
 */
const PaperItem = memo(function PaperItem({
  listed,
  hidden,
  anchor,
  sessionHref,
  level,
  renderActions,
  renderPart,
  m,
}: PaperItemProps) {
  const { paper, sessionLabel, poster } = listed;
  const links = paper.links.flatMap((l) => {
    const href = safeHref(l.href);
    return href ? [{ ...l, href }] : [];
  });
  const actions = renderActions?.(paper, listed);
  const part = (which: PaperPart, content: ReactNode): ReactNode =>
    renderPart ? renderPart(which, content, paper) : content;
  const wrap = (which: PaperPart, content: ReactNode, element: (content: ReactNode) => ReactNode): ReactNode => {
    const shown = part(which, content);
    return present(shown) ? element(shown) : null;
  };
  return (
    <li id={anchor} data-slot="paper" data-award={paper.award ? "" : undefined} hidden={hidden}>
      <Heading level={level} data-slot="title">
        {part("title", paper.title) ?? paper.title}
      </Heading>
      {wrap("authors", paper.authors.length > 0 ? paper.authors.join(m.listSeparator) : null, (c) => (
        <p data-slot="authors">{c}</p>
      ))}
      {wrap(
        "meta",
        paper.award || paper.presentation || poster || sessionLabel ? (
          <>
            {paper.award ? <strong data-slot="award">{paper.award}</strong> : null}
            {/* "Poster A12" says both: no separate "Poster" before it. */}
            {paper.presentation && !(paper.presentation === "poster" && poster) ? (
              <span data-slot="presentation">
                {paper.presentation === "oral"
                  ? m.presentationOral
                  : paper.presentation === "spotlight"
                    ? m.presentationSpotlight
                    : m.presentationPoster}
              </span>
            ) : null}
            {poster ? <span data-slot="poster">{text(m.paperPoster, { poster })}</span> : null}
            {sessionLabel ? (
              <span data-slot="session">
                {fill(m.presentedIn, {
                  session: sessionHref ? <a href={sessionHref}>{sessionLabel}</a> : sessionLabel,
                })}
              </span>
            ) : null}
          </>
        ) : null,
        (c) => (
          <p data-slot="meta">{c}</p>
        ),
      )}
      {wrap(
        "links",
        links.length > 0
          ? links.map((l) => (
              <li key={l.kind + l.href}>
                <a href={l.href} data-kind={l.kind}>
                  {l.label}
                </a>
              </li>
            ))
          : null,
        (c) => (
          <ul data-slot="links" aria-label={text(m.linksFor, { title: paper.title })}>
            {c}
          </ul>
        ),
      )}
      {actions ? <div data-slot="actions">{actions}</div> : null}
    </li>
  );
});
