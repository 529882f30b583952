/**
 * `CallForPapers`: an edition's whole call for papers, from data, with a submit link that knows when
 * submissions have closed. No 'use client': it has no hooks, so a server component renders it without shipping
 * its code; what depends on the clock is in ./submission-status (a client module, given plain data).
 */
import {
  type CallForPapers as CallForPapersData,
  type Deadline,
  type Edition,
  type SubmissionFormat,
  safeHref,
  submissionDeadline,
} from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, Fragment, type ReactNode } from "react";
import { withClass } from "../internal/class-name";
import { DateOnly } from "../internal/date-only";
import { Heading } from "../internal/heading";
import { paragraph, paragraphs } from "../internal/paragraphs";
import { enCallForPapers, enCommon, enDeadlines } from "../messages/en";
import { fill, plural, text } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { LocalTime } from "../time-zone/local-time";
import { CallForPapersRoot, OpensIn, WhenSubmissions } from "./submission-status";

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

/**
 * Where submissions stand: not open yet (before a `submissions-open` deadline's `due`), open (before the submission
 * deadline), closed (after it), or not known (no clock yet, or no deadline).
 */
export type CallForPapersState = "not-yet-open" | "open" | "closed" | "unknown";

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
  /** The first `submissions-open` deadline with a date, or `null`: while its `due` is ahead, the state is "not-yet-open". */
  readonly opening: Deadline | null;
  /**
   * `content`, shown only while the submission state (as of the shared clock) is `states` or one of them:
   * `when("open", <p>…</p>)`, `when("not-yet-open", <p>…</p>)`. A small client component decides, so this works when a server component renders the
   * call (a render function cannot read the clock there).
   */
  readonly when: (states: CallForPapersState | readonly CallForPapersState[], content: ReactNode) => ReactNode;
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
  /**
   * The title heading's text. Default: the `callForPapers` message, "Call for papers".
   * @default the callForPapers message
   */
  title?: ReactNode;
  /**
   * Which sections to render, in this order. A section with nothing to show is left out.
   * Default `["intro", "topics", "themes", "formats", "review", "dates", "submission", "contact"]`.
   * @default ["intro", "topics", "themes", "formats", "review", "dates", "submission", "contact"]
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
   * Content of the dates section, e.g. `<ImportantDates edition={edition} headingLevel={headingLevel + 1} />`. It
   * brings its own heading, so the section then has none of its own (it keeps its id). Default: a heading
   * "Important dates" and a built-in list of `edition.deadlines` in the zone each was announced in.
   * @default a built-in "Important dates" list
   */
  importantDates?: ReactNode;
  /**
   * The words: a whole catalogue (`@workshop-kit/react/messages/de`), whose locale then formats the dates too, or
   * messages to replace. A server component reads no provider, so pass them here. Default: English.
   * @default English
   */
  messages?: MessagesOverride;
}

/** The messages of CallForPapers. */
export type CallForPapersMessages = typeof enCommon &
  typeof enCallForPapers &
  Pick<typeof enDeadlines, "importantDates">;
const CFP_MESSAGES: CallForPapersMessages = /* @__PURE__ */ Object.assign({}, enCommon, enCallForPapers, {
  importantDates: enDeadlines.importantDates,
});

/** An edition's call for papers: topics, formats, review policy, dates, and a submit link that closes on time. */
export function CallForPapers({
  edition,
  headingLevel = 2,
  title,
  sections,
  renderSection,
  idPrefix = "",
  importantDates,
  messages,
  className,
  ...rest
}: CallForPapersProps) {
  const m = resolveMessages(CFP_MESSAGES, messages);
  // The live times (client components) get the locale only: plain data, and no more of it than they read.
  const times = messages?.locale ? { locale: messages.locale } : undefined;
  const dueDate = (d: Deadline) => dueDateOf(d, m, times);
  const cfp = edition.callForPapers;
  const deadline = submissionDeadline(edition.deadlines);
  // A submission deadline to be announced closes nothing yet: the call stays open.
  const due = deadline?.due?.epochMs ?? null;
  // Submissions open at the first dated submissions-open deadline's `due` (one to be announced gates nothing).
  const opening = edition.deadlines.find((d) => d.kind === "submissions-open" && d.due) ?? null;
  const opens = opening?.due?.epochMs ?? null;
  const when = (show: CallForPapersState | readonly CallForPapersState[], content: ReactNode) => (
    <WhenSubmissions due={due} opens={opens} show={show}>
      {content}
    </WhenSubmissions>
  );
  const titleId = `${idPrefix}call-for-papers-title`;
  const level = headingLevel + 1;
  const submitHref = safeHref(cfp?.submissionUrl);
  const email = cfp?.contactEmail ?? edition.contactEmail;
  const contactHref = safeHref(email && `mailto:${email}`);
  const themes = cfp?.themes;

  // Each section's heading and default content, in the default order (falsy content: nothing to show).
  const parts: Record<CallForPapersSection, [heading: string, content: ReactNode]> = {
    intro: ["", cfp?.intro.length && paragraphs(cfp.intro)],
    topics: [
      m.topics,
      cfp?.topicGroups.some((g) => g.topics.length) &&
        cfp.topicGroups.map(
          (g, i) =>
            g.topics.length > 0 && (
              // biome-ignore lint/suspicious/noArrayIndexKey: content data never reorders between renders
              <div key={i} data-slot="topic-group">
                {g.title && (
                  <Heading level={level + 1} data-slot="topic-group-title">
                    {g.title}
                  </Heading>
                )}
                {itemList(g.topics, "topic-list")}
              </div>
            ),
        ),
    ],
    themes: [
      text(m.themesFor, { year: edition.year }),
      themes && (themes.intro.length || themes.items.length) && (
        <>
          {paragraphs(themes.intro)}
          {themes.items.length > 0 && itemList(themes.items, "theme-list")}
        </>
      ),
    ],
    formats: [
      plural(m.formats, cfp?.formats.length ?? 0, m.locale),
      cfp?.formats.length && <dl data-slot="format-list">{cfp.formats.map((f) => format(f, when, m))}</dl>,
    ],
    review: [m.review, cfp && reviewContent(cfp, m)],
    dates: [
      m.importantDates,
      importantDates ||
        (edition.deadlines.length > 0 && (
          <ul data-slot="deadline-list">
            {datedFirst(edition.deadlines).map((d) => (
              <li key={d.id} data-slot="deadline" data-kind={d.kind} data-change={dateChange(d)}>
                <span data-slot="deadline-label" dir="auto">
                  {d.label}
                </span>
                {m.colon}
                {dueDate(d)}
                {d.note && <span data-slot="deadline-note">{fill(m.paren, { text: <bdi>{d.note}</bdi> })}</span>}
              </li>
            ))}
          </ul>
        )),
    ],
    submission: [
      m.submission,
      (submitHref || deadline || opening) && (
        <>
          {opening?.due &&
            when(
              "not-yet-open",
              <p data-slot="not-yet-open">
                {fill(m.opensOn, { date: dueDate(opening) })}{" "}
                <OpensIn
                  opens={opening.due.epochMs}
                  zone={opening.due.zone}
                  template={m.opensInSentence}
                  lessThanMinute={m.lessThanMinute}
                  locale={messages?.locale}
                />
                {deadline && (
                  <span data-slot="submission-deadline"> {fill(m.deadline, { date: dueDate(deadline) })}</span>
                )}
              </p>,
            )}
          {deadline?.due &&
            when(
              "closed",
              <p data-slot="closed">
                {fill(m.closedOn, {
                  date: deadline.dateOnly ? (
                    dueDate(deadline)
                  ) : (
                    <LocalTime instant={deadline.due} show="datetime" withZone messages={times} />
                  ),
                })}
              </p>,
            )}
          {when(
            ["open", "unknown"],
            <p data-slot={submitHref ? "submit-row" : "submission-tba"}>
              {submitHref ? (
                <a className="wk-button" data-slot="submit" href={submitHref}>
                  {cfp?.submissionPlatform ? text(m.submitOn, { platform: cfp.submissionPlatform }) : m.submitPaper}
                </a>
              ) : (
                m.siteTba
              )}
              {deadline && (
                <span data-slot="submission-deadline"> {fill(m.deadline, { date: dueDate(deadline) })}</span>
              )}
            </p>,
          )}
        </>
      ),
    ],
    contact: [m.contact, contactHref && <p>{fill(m.questions, { email: <a href={contactHref}>{email}</a> })}</p>],
  };

  return (
    <CallForPapersRoot
      {...rest}
      due={due}
      opens={opens}
      aria-labelledby={titleId}
      className={withClass("wk-call-for-papers", className)}
    >
      <Heading level={headingLevel} id={titleId} data-slot="title">
        {title ?? m.callForPapers}
      </Heading>
      {cfp ? null : <p data-slot="not-published">{m.notPublished}</p>}
      {[...new Set(sections ?? (Object.keys(parts) as CallForPapersSection[]))]
        .map((section) => {
          const id = idPrefix + section;
          const defaultContent = parts[section][1] || null;
          const custom = renderSection?.[section];
          const content = custom
            ? custom({
                section,
                edition,
                callForPapers: cfp,
                deadline,
                opening,
                when,
                id,
                headingLevel: level,
                defaultContent,
              })
            : defaultContent;
          return { section, id, content };
        })
        .filter(({ content }) => content != null && content !== false)
        .map(({ section, id, content }, index) => {
          // The intro needs no heading right below the title; moved further down, it gets one, or it would read
          // as part of the section above it.
          const heading = section === "intro" && index ? m.introduction : parts[section][0];
          // Plain containers, not landmarks: the root is the one region (a page's own "Contact" region must stay
          // unique). An importantDates element (ImportantDates) brings its own heading.
          return (
            <div key={section} id={id} data-slot="section" data-section={section}>
              {heading && !(section === "dates" && importantDates) && (
                <Heading level={level} data-slot="section-title">
                  {heading}
                </Heading>
              )}
              {content}
            </div>
          );
        })}
    </CallForPapersRoot>
  );
}

/** A format's page limit: a maximum, an optional minimum, whether it is enforced (`null`: not stated), exclusions. */
export interface PageLimit {
  /** Fewest pages ("6–10 pages": 6); `null` or absent: no minimum. */
  readonly min?: number | null;
  /** Most pages. */
  readonly pages: number;
  /** `true` enforced, `false` recommended only, `null` not stated (nothing is said about enforcement). */
  readonly enforced: boolean | null;
  /** What the limit leaves out, as the call words it. */
  readonly excludes: string | null;
}

/** Words that continue the limit's own clause: "4 pages, excluding references", not "4 pages; excluding …". */
const CONTINUES = /^(excluding|not (counting|including)|plus|without|with|including)\b/;

/**
 * "4 pages recommended, not enforced; references and appendix unlimited", "6–10 pages, enforced", "8 pages maximum"
 * (enforcement not stated: nothing said about it). `excludes` is the author's text, joined the way it reads: a
 * sentence ("References are unlimited.") after a full stop, a clause that continues the limit ("excluding
 * references") after a comma, any other phrase after a semicolon; never with words of ours added in front of it.
 */
export function pageLimitText(
  { min = null, pages, enforced, excludes }: PageLimit,
  m: CallForPapersMessages = CFP_MESSAGES,
): string {
  const range = min !== null && min < pages;
  const count = range ? text(m.pageRange, { min, max: pages }) : plural(m.pages, pages, m.locale);
  const rule =
    enforced === false
      ? text(m.pagesRecommended, { pages: count })
      : enforced
        ? text(m.pagesEnforced, { pages: range ? count : text(m.pagesMaximum, { pages: count }) })
        : range
          ? count
          : text(m.pagesMaximum, { pages: count });
  const extra = excludes?.trim();
  if (!extra) return rule;
  if (/^[A-Z][a-z]/.test(extra)) return `${rule}. ${/[.!?]$/.test(extra) ? extra : `${extra}.`}`;
  return `${rule}${CONTINUES.test(extra) ? "," : ";"} ${extra}`;
}

/**
 * The supplementary-material rule, labelled "Supplementary material:" unless the author's sentence already names it
 * ("Supplementary material may include code." would otherwise read "Supplementary material: Supplementary material…").
 */
function supplementaryText(rule: string, m: CallForPapersMessages): ReactNode {
  return /\bsupplementary\b/i.test(rule) ? paragraph(rule) : fill(m.supplementary, { rule: <>{paragraph(rule)}</> });
}

function itemList(items: readonly string[], name: string) {
  return (
    <ul data-slot={name} data-size={items.length > 6 ? "long" : undefined}>
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: content data never reorders between renders
        <li key={i}>{paragraph(item)}</li>
      ))}
    </ul>
  );
}

/**
 * One format: its name as a `<dt>`, then description, length, template link, supplementary rule, and the track's
 * own submit link (shown like the call's: while submissions are open or their state is unknown).
 */
function format(f: SubmissionFormat, when: CallForPapersSectionContext["when"], m: CallForPapersMessages) {
  const template = safeHref(f.templateUrl);
  const submit = safeHref(f.submissionUrl);
  return (
    <Fragment key={f.id}>
      <dt data-slot="format-name">{f.name}</dt>
      <dd data-slot="format-details">
        {paragraphs(f.description)}
        {(f.pageLimit || template || f.supplementary) && (
          <ul data-slot="format-facts">
            {f.pageLimit && <li>{text(m.length, { limit: pageLimitText(f.pageLimit, m) })}</li>}
            {template && (
              <li>
                <a href={template}>{text(m.template, { name: f.name })}</a>
              </li>
            )}
            {f.supplementary && <li>{supplementaryText(f.supplementary, m)}</li>}
          </ul>
        )}
        {submit &&
          when(
            ["open", "unknown"],
            <p data-slot="format-submit-row">
              <a className="wk-button" data-slot="format-submit" href={submit}>
                {f.submissionPlatform ? text(m.submitOn, { platform: f.submissionPlatform }) : m.submit}
                <span className="wk-visually-hidden">{m.colon + f.name}</span>
              </a>
            </p>,
          )}
      </dd>
    </Fragment>
  );
}

/** A paragraph that starts with a bold label: "**Non-archival:** accepted papers are…". */
function labelled(label: string, children: ReactNode, m: CallForPapersMessages) {
  return (
    <p>
      <strong>{label + m.colon.trimEnd()}</strong>
      {m.colon.endsWith(" ") ? " " : null}
      {children}
    </p>
  );
}

/** Review policy, archival status and dual-submission policy; `null` when the call states none. */
function reviewContent(
  { review, archival, archivalNote, dualSubmission }: CallForPapersData,
  m: CallForPapersMessages,
): ReactNode {
  const [note, ...notes] = review?.notes ?? [];
  const [dual, ...duals] = dualSubmission;
  const archivalText = archival === null ? null : archival ? m.explainArchival : m.explainNonArchival;
  const policy = review?.policy;
  return (
    (review || archivalText || archivalNote || dual) && (
      <>
        {review &&
          labelled(
            policy === "double-blind"
              ? m.reviewDoubleBlind
              : policy === "single-blind"
                ? m.reviewSingleBlind
                : m.reviewOpen,
            note
              ? paragraph(note)
              : policy === "double-blind"
                ? m.explainDoubleBlind
                : policy === "single-blind"
                  ? m.explainSingleBlind
                  : m.explainOpen,
            m,
          )}
        {paragraphs(notes)}
        {archivalText
          ? labelled(
              archival ? m.archival : m.nonArchival,
              <>
                {archivalText}
                {archivalNote && <> {paragraph(archivalNote)}</>}
              </>,
              m,
            )
          : archivalNote && paragraphs([archivalNote])}
        {dual && labelled(m.dualSubmission, paragraph(dual), m)}
        {paragraphs(duals)}
      </>
    )
  );
}

/** How a deadline moved from its first announced date: later (`"extended"`), earlier, or not at all (or not known). */
function dateChange({ history, due }: Deadline): "extended" | "earlier" | undefined {
  const original = history[0];
  return original && due ? (original.due.epochMs < due.epochMs ? "extended" : "earlier") : undefined;
}

/** Deadlines in the given order, those to be announced moved to the end. */
function datedFirst(deadlines: readonly Deadline[]): readonly Deadline[] {
  return deadlines.some((d) => !d.due)
    ? [...deadlines.filter((d) => d.due), ...deadlines.filter((d) => !d.due)]
    : deadlines;
}

/**
 * The due date in its announced zone (a date-only deadline: the date alone; one to be announced: "to be announced"),
 * and "extended from …" (or "moved earlier from …") when it moved. `times`: the locale for the live times.
 */
function dueDateOf(deadline: Deadline, m: CallForPapersMessages, times: MessagesOverride | undefined) {
  const { due, dateOnly } = deadline;
  const original = deadline.history[0];
  const change = dateChange(deadline);
  const options = { locale: m.locale };
  return (
    <>
      {!due ? (
        <span data-slot="due" data-tba="">
          {m.tba}
        </span>
      ) : dateOnly ? (
        <DateOnly instant={due} options={options} />
      ) : (
        <LocalTime instant={due} show="datetime" withZone messages={times} />
      )}
      {original && (
        <span data-slot="date-change" data-change={change}>
          {fill(m.paren, {
            text: (
              <>
                {fill(change === "extended" ? m.extendedFrom : m.movedEarlierFrom, {
                  date: original.dateOnly ? (
                    <DateOnly instant={original.due} options={options} />
                  ) : (
                    <LocalTime instant={original.due} show="date" messages={times} />
                  ),
                })}
              </>
            ),
          })}
        </span>
      )}
    </>
  );
}
