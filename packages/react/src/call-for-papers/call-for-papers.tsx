"use client";

/**
 * `CallForPapers`: an edition's whole call for papers, from data, with a submit link that knows when
 * submissions have closed.
 */
import {
  type CallForPapers as CallForPapersData,
  type Deadline,
  type Edition,
  type SubmissionFormat,
  safeHref,
  submissionDeadline,
} from "@workshop-kit/types";
import clsx from "clsx";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { useClockSelector } from "../clock/clock";
import { Heading } from "../internal/heading";
import { LocalTime } from "../time-zone/local-time";
import { Paragraph, Paragraphs } from "./paragraphs";

/** The parts of a call, each rendered as one section with a stable id. */
export type CallForPapersSection =
  | "intro"
  | "topics"
  | "themes"
  | "formats"
  | "review"
  | "dates"
  | "submission"
  | "contact";

/** Where submissions stand: before the deadline, after it, or not known (no clock yet, or no deadline). */
export type CallForPapersState = "open" | "closed" | "unknown";

/** What a custom section renderer receives. */
export interface CallForPapersSectionContext {
  /** Which section is being rendered. */
  readonly section: CallForPapersSection;
  /** The whole edition. */
  readonly edition: Edition;
  /** `edition.callForPapers` (`null` when the call is not published). */
  readonly callForPapers: CallForPapersData | null;
  /** The submission deadline (`submissionDeadline(edition.deadlines)`), or `null`. */
  readonly deadline: Deadline | null;
  /** Submission state as of the shared clock. */
  readonly state: CallForPapersState;
  /** The section's element id (`idPrefix` + section name). */
  readonly id: string;
  /** The level of the section's heading; use `headingLevel + 1` for headings inside. */
  readonly headingLevel: number;
  /** What the component would render in this section, or `null` when it has nothing to say. */
  readonly defaultContent: ReactNode;
}

/** Props of {@link CallForPapers}. */
export interface CallForPapersProps extends Omit<ComponentPropsWithoutRef<"section">, "title" | "children"> {
  /** The edition; reads `edition.callForPapers` and `edition.deadlines`. Required. */
  edition: Edition;
  /** Level of the title heading; section headings are one level below. Default `2`. */
  headingLevel?: number;
  /** The title heading's text. Default `"Call for papers"`. */
  title?: ReactNode;
  /**
   * Which sections to render, in this order. A section with nothing to show is left out.
   * Default `["intro", "topics", "themes", "formats", "review", "dates", "submission", "contact"]`.
   */
  sections?: readonly CallForPapersSection[];
  /**
   * Replace one section's content (below its heading) without forking: a function per section that gets a
   * {@link CallForPapersSectionContext} (with `defaultContent`) and returns what to render; `null` leaves the
   * section out. Called even when the data has nothing for that section. Default: none.
   */
  renderSection?: Partial<Record<CallForPapersSection, (context: CallForPapersSectionContext) => ReactNode>>;
  /** Prefix of every element id (`${idPrefix}topics`, `${idPrefix}submission`…). Default `""`. */
  idPrefix?: string;
  /**
   * Content of the "Important dates" section, e.g. an `<ImportantDates>` element. Default: a built-in list of
   * `edition.deadlines` in the zone each was announced in.
   */
  importantDates?: ReactNode;
}

/** The default order of sections. */
export const CALL_FOR_PAPERS_SECTIONS: readonly CallForPapersSection[] = [
  "intro",
  "topics",
  "themes",
  "formats",
  "review",
  "dates",
  "submission",
  "contact",
];

const REVIEW_POLICY: Record<"double-blind" | "single-blind" | "open", [string, string]> = {
  "double-blind": [
    "Double-blind review",
    "reviewers do not see the authors' names and authors do not see the reviewers', so anonymize your submission.",
  ],
  "single-blind": ["Single-blind review", "reviewers see the authors' names; authors do not see the reviewers'."],
  open: ["Open review", "reviews and the authors' names are public."],
};

/** An edition's call for papers: topics, formats, review policy, dates, and a submit link that closes on time. */
export function CallForPapers({
  edition,
  headingLevel = 2,
  title = "Call for papers",
  sections = CALL_FOR_PAPERS_SECTIONS,
  renderSection,
  idPrefix = "",
  importantDates,
  className,
  ...rest
}: CallForPapersProps) {
  const cfp = edition.callForPapers;
  const deadline = submissionDeadline(edition.deadlines);
  const due = deadline?.due.epochMs ?? null;
  const passed = useClockSelector((now) => (now === null || due === null ? null : now >= due), 60_000, due !== null);
  const state: CallForPapersState = passed === null ? "unknown" : passed ? "closed" : "open";
  const titleId = `${idPrefix}call-for-papers-title`;
  const level = headingLevel + 1;

  const defaults: Record<CallForPapersSection, () => ReactNode> = {
    intro: () => (cfp?.intro.length ? <Paragraphs paragraphs={cfp.intro} /> : null),
    topics: () => {
      const groups = cfp?.topicGroups.filter((g) => g.topics.length > 0) ?? [];
      if (groups.length === 0) return null;
      return groups.map((g, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: content data never reorders between renders
        <div key={i} data-slot="topic-group">
          {g.title ? (
            <Heading level={level + 1} data-slot="topic-group-title">
              {g.title}
            </Heading>
          ) : null}
          <ItemList items={g.topics} slot="topic-list" />
        </div>
      ));
    },
    themes: () => {
      const themes = cfp?.themes;
      if (!themes || (themes.intro.length === 0 && themes.items.length === 0)) return null;
      return (
        <>
          <Paragraphs paragraphs={themes.intro} />
          {themes.items.length > 0 ? <ItemList items={themes.items} slot="theme-list" /> : null}
        </>
      );
    },
    formats: () =>
      cfp?.formats.length ? (
        <dl data-slot="format-list">
          {cfp.formats.map((f) => (
            <Format key={f.id} format={f} />
          ))}
        </dl>
      ) : null,
    review: () => (cfp ? reviewContent(cfp) : null),
    dates: () =>
      importantDates != null && importantDates !== false ? (
        importantDates
      ) : edition.deadlines.length > 0 ? (
        <ul data-slot="deadline-list">
          {edition.deadlines.map((d) => (
            <li key={d.id} data-slot="deadline" data-kind={d.kind} data-change={dateChange(d) ?? undefined}>
              <span data-slot="deadline-label">{d.label}</span>: <DueDate deadline={d} />
              {d.note ? (
                <>
                  {" "}
                  <span data-slot="deadline-note">({d.note})</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null,
    submission: () => {
      const href = safeHref(cfp?.submissionUrl);
      if (!href && !deadline) return null;
      if (state === "closed" && deadline) {
        return (
          <p data-slot="closed">
            Submissions closed on <LocalTime instant={deadline.due} show="datetime" withZone />.
          </p>
        );
      }
      const dueText = deadline ? (
        <>
          Deadline: <DueDate deadline={deadline} />
        </>
      ) : null;
      if (!href) {
        return (
          <p data-slot="submission-tba">
            Submission site to be announced.{dueText ? " " : null}
            {dueText ? <span data-slot="submission-deadline">{dueText}</span> : null}
          </p>
        );
      }
      return (
        <p data-slot="submit-row">
          <a className="wk-button" data-slot="submit" href={href}>
            {cfp?.submissionPlatform ? `Submit on ${cfp.submissionPlatform}` : "Submit your paper"}
          </a>
          {dueText ? (
            <>
              {" "}
              <span data-slot="submission-deadline">{dueText}</span>
            </>
          ) : null}
        </p>
      );
    },
    contact: () => {
      const email = cfp?.contactEmail ?? edition.contactEmail;
      const href = safeHref(cfp?.contactHref ?? (email ? `mailto:${email}` : null));
      if (!email || !href) return null;
      return (
        <p>
          Questions? Write to <a href={href}>{email}</a>.
        </p>
      );
    },
  };

  const seen = new Set<CallForPapersSection>();
  const rendered: ReactNode[] = [];
  for (const section of sections) {
    if (seen.has(section) || !(section in defaults)) continue;
    seen.add(section);
    const id = `${idPrefix}${section}`;
    const defaultContent = defaults[section]();
    const custom = renderSection?.[section];
    const content = custom
      ? custom({ section, edition, callForPapers: cfp, deadline, state, id, headingLevel: level, defaultContent })
      : defaultContent;
    if (content == null || content === false) continue;
    if (section === "intro") {
      rendered.push(
        <div key={section} id={id} data-slot="section" data-section={section}>
          {content}
        </div>,
      );
      continue;
    }
    const headingId = `${id}-heading`;
    rendered.push(
      <section key={section} id={id} aria-labelledby={headingId} data-slot="section" data-section={section}>
        <Heading level={level} id={headingId} data-slot="section-title">
          {sectionTitle(section, edition, cfp)}
        </Heading>
        {content}
      </section>,
    );
  }

  return (
    <section {...rest} aria-labelledby={titleId} className={clsx("wk-call-for-papers", className)} data-state={state}>
      <Heading level={headingLevel} id={titleId} data-slot="title">
        {title}
      </Heading>
      {cfp ? null : <p data-slot="not-published">The call for papers has not been published yet.</p>}
      {rendered}
    </section>
  );
}

function sectionTitle(section: CallForPapersSection, edition: Edition, cfp: CallForPapersData | null): string {
  switch (section) {
    case "intro":
      return "Introduction";
    case "topics":
      return "Topics";
    case "themes":
      return `Themes for ${edition.year}`;
    case "formats":
      return cfp?.formats.length === 1 ? "Submission format" : "Submission formats";
    case "review":
      return "Review and publication";
    case "dates":
      return "Important dates";
    case "submission":
      return "Submission";
    case "contact":
      return "Contact";
  }
}

/** "4 pages recommended, not enforced; references and appendix unlimited" (from `{pages, enforced, excludes}`). */
export function pageLimitText(limit: NonNullable<SubmissionFormat["pageLimit"]>): string {
  const pages = `${limit.pages} page${limit.pages === 1 ? "" : "s"}`;
  const rule = limit.enforced ? `${pages} maximum, enforced` : `${pages} recommended, not enforced`;
  if (!limit.excludes) return rule;
  // "References are unlimited." reads as its own sentence; "references unlimited" as a clause.
  return /^[A-Z][a-z]/.test(limit.excludes) ? `${rule}. ${limit.excludes}` : `${rule}; ${limit.excludes}`;
}

function ItemList({ items, slot }: { items: readonly string[]; slot: string }) {
  return (
    <ul data-slot={slot} data-size={items.length > 6 ? "long" : undefined}>
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: content data never reorders between renders
        <li key={i}>
          <Paragraph text={item} />
        </li>
      ))}
    </ul>
  );
}

function Format({ format }: { format: SubmissionFormat }) {
  const template = safeHref(format.templateUrl);
  return (
    <>
      <dt data-slot="format-name">{format.name}</dt>
      <dd data-slot="format-details">
        <Paragraphs paragraphs={format.description} />
        {format.pageLimit || template || format.supplementary ? (
          <ul data-slot="format-facts">
            {format.pageLimit ? <li data-slot="page-limit">Length: {pageLimitText(format.pageLimit)}</li> : null}
            {template ? (
              <li data-slot="template">
                <a href={template}>{format.name} template</a>
              </li>
            ) : null}
            {format.supplementary ? (
              <li data-slot="supplementary">
                Supplementary material: <Paragraph text={format.supplementary} />
              </li>
            ) : null}
          </ul>
        ) : null}
      </dd>
    </>
  );
}

/** Review policy, archival status and dual-submission policy; `null` when the call states none. */
function reviewContent(cfp: CallForPapersData): ReactNode {
  const parts: ReactNode[] = [];
  if (cfp.review) {
    const [label, explanation] = REVIEW_POLICY[cfp.review.policy];
    const [first, ...more] = cfp.review.notes;
    parts.push(
      <p key="policy" data-slot="review-policy">
        <strong>{label}:</strong> {first === undefined ? explanation : <Paragraph text={first} />}
      </p>,
      <Paragraphs key="policy-notes" paragraphs={more} />,
    );
  }
  if (cfp.archival !== null || cfp.archivalNote) {
    parts.push(
      <p key="archival" data-slot="archival" data-archival={cfp.archival === null ? undefined : String(cfp.archival)}>
        {cfp.archival === false ? (
          <>
            <strong>Non-archival:</strong> accepted papers are not published in proceedings, so you may submit them to a
            conference or journal later.
          </>
        ) : cfp.archival ? (
          <>
            <strong>Archival:</strong> accepted papers are published in the workshop's proceedings.
          </>
        ) : null}
        {cfp.archival !== null && cfp.archivalNote ? " " : null}
        {cfp.archivalNote ? <Paragraph text={cfp.archivalNote} /> : null}
      </p>,
    );
  }
  const [dual, ...dualMore] = cfp.dualSubmission;
  if (dual !== undefined) {
    parts.push(
      <p key="dual" data-slot="dual-submission">
        <strong>Dual submission:</strong> <Paragraph text={dual} />
      </p>,
      <Paragraphs key="dual-more" paragraphs={dualMore} />,
    );
  }
  return parts.length > 0 ? parts : null;
}

/** How a deadline moved from its first announced date: later (`"extended"`), earlier, or not at all. */
function dateChange(deadline: Deadline): "extended" | "earlier" | null {
  const original = deadline.history[0];
  if (!original) return null;
  return original.due.epochMs < deadline.due.epochMs ? "extended" : "earlier";
}

/** The due date in its announced zone, and "extended from …" (or "moved earlier from …") when it moved. */
function DueDate({ deadline }: { deadline: Deadline }) {
  const original = deadline.history[0];
  const change = dateChange(deadline);
  return (
    <>
      <LocalTime instant={deadline.due} show="datetime" withZone />
      {original && change ? (
        <>
          {" "}
          <span data-slot="date-change" data-change={change}>
            ({change === "extended" ? "extended" : "moved earlier"} from{" "}
            <LocalTime instant={original.due} show="date" />)
          </span>
        </>
      ) : null}
    </>
  );
}
