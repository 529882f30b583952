/**
 * The programme's days as markup: a heading and a table per day (caption, column headers, list or grid bodies,
 * times, TBA, speakers, links). Pure rendering from a plain context: no directive, no hooks, no event handlers,
 * so a server component can render it (StaticScheduleTable) and ScheduleTable renders through it on the client.
 * What needs JavaScript (the calendar buttons) comes in as a render callback only the client component supplies.
 */
import {
  type Edition,
  formatDate,
  formatTime,
  groupSessionsByDay,
  type LiveState,
  linkHref,
  type Paper,
  type Person,
  type ScheduleDay,
  type Session,
  safeHref,
  startOfDate,
  zoneLabel,
} from "@workshop-kit/types";
import type { ReactNode } from "react";
import { dayShiftText } from "../internal/day-shift";
import { Heading, type HeadingLevel } from "../internal/heading";
import { type HrefTemplate, templateHref } from "../internal/href-template";
import { paragraphs } from "../internal/paragraphs";
import { fill, plural, text } from "../messages/format";
import type { ScheduleMessages } from "./labels";
import { type DayLayout, type GridCell, layoutDay } from "./schedule-layout";

/** Locale options for the formatters. */
export interface DaysFormat {
  readonly locale: string;
  readonly hour12?: boolean | undefined;
}

/** Everything the day tables depend on, for one render. */
export interface DaysContext {
  /** Formatted times by epoch ms, for this render (an end is usually the next start). */
  readonly times: Map<number, string>;
  readonly zone: string;
  readonly eventZone: string;
  readonly fmt: DaysFormat;
  /** The words (resolved: English, then the provider's, then the component's). */
  readonly m: ScheduleMessages;
  readonly people: ReadonlyMap<string, Person>;
  /** Each speaker's checked link (only people with one). */
  readonly hrefs: ReadonlyMap<string, string>;
  /** Each session's link to its paper in a PaperList, by session id (only with `paperHref`). */
  readonly paperHrefs: ReadonlyMap<string, string>;
  readonly states: ReadonlyMap<string, LiveState> | null;
  readonly highlighted: string | null;
  /** Renders a session's calendar control (client only: it needs an event handler); `null`: none. */
  readonly calendar: ((session: Session) => ReactNode) | null;
  /** Renders a session's star (client only); `null`: none. */
  readonly star: ((session: Session) => ReactNode) | null;
  /** The sessions to show (search, agenda): the others get `hidden`, their rows kept; `null`: all. */
  readonly shown: ReadonlySet<string> | null;
  /** The host's render hook for a session's parts; `null`: the built parts as they are. */
  readonly renderPart: RenderSessionPart | null;
  /**
   * What the day bodies depend on, when nothing is client-only (no clock state, hash or buttons: static, server
   * and hydration renders); `null` otherwise. Bodies with the same key are reused (see `body`).
   */
  readonly key: string | null;
  /** The day being rendered, from its midnight to the next, in `zone`: a time outside it is marked "+1 day". */
  readonly day?: readonly [startMs: number, endMs: number];
}

/**
 * Where a session's paper is described (its entry in a PaperList): a template such as `"#paper-{id}"` (`{id}` is
 * the paper's id) or a function of the paper and its session. Return a fragment, a root-relative path or an http(s)
 * URL; anything else is dropped.
 */
export type PaperHref = string | ((paper: Paper, session: Session) => string | null | undefined);

/**
 * Where a speaker's name links to (their card): a template such as `"#speaker-{id}"` or `"/people/{id}/"` (`{id}` is
 * the person's id; a string survives an Astro island or a server-to-client boundary) or a function of the id.
 */
export type SpeakerHref = HrefTemplate;

/**
 * A part of a session's cell that the host can change (`renderPart`): its title, its speakers (and their
 * affiliations), the paper it presents (title) and its links. The row, its time header, its id, the kind label, the
 * hosts, the description and the calendar button are the table's and stay as they are.
 */
export type SessionPart = "title" | "speakers" | "paper" | "links";

/**
 * A render hook: called for each part of each session with the part's built content (`null` when the session has
 * none of it), it returns what goes inside the part's element instead. Return `content` to keep it, wrap or extend
 * it (`<>{content} <Badge /></>`), or `null` to leave the part out (the title cannot be left out: it names the row).
 */
export type RenderSessionPart = (part: SessionPart, content: ReactNode, session: Session) => ReactNode;

/** A day of the programme with its layout. */
export type Day = ScheduleDay & { readonly layout: DayLayout };

/** A number per messages object, for the kept bodies' key (different words, different bodies). */
const messageIds = new WeakMap<object, number>();
let messagesSeen = 0;

/**
 * The context for one render: speaker links resolved once per person (`linkHref`: the one relative-link rule),
 * and the key of kept bodies when there is no client-only state.
 */
export function daysContext(
  edition: Edition,
  zone: string,
  fmt: DaysFormat,
  speakerHref: SpeakerHref | null | undefined,
  states: ReadonlyMap<string, LiveState> | null = null,
  highlighted: string | null = null,
  calendar: DaysContext["calendar"] = null,
  {
    star = null,
    shown = null,
    paperHref,
    renderPart = null,
    m,
  }: Partial<Pick<DaysContext, "star" | "shown" | "renderPart">> & { paperHref?: PaperHref; m: ScheduleMessages },
): DaysContext {
  const hrefs = new Map<string, string>();
  if (!messageIds.has(m)) messageIds.set(m, ++messagesSeen);
  let key = `${zone} ${fmt.locale} ${fmt.hour12} ${messageIds.get(m)}`;
  if (speakerHref) {
    for (const p of edition.people) {
      const href = templateHref(speakerHref, p.id);
      if (href) {
        hrefs.set(p.id, href);
        key += ` ${p.id}=${href}`;
      }
    }
  }
  const paperHrefs = new Map<string, string>();
  if (paperHref) {
    for (const [sessionId, [paper, session]] of papersBySession(edition)) {
      const href =
        typeof paperHref === "string" ? templateHref(paperHref, paper.id ?? "") : linkHref(paperHref(paper, session));
      if (href) {
        paperHrefs.set(sessionId, href);
        key += ` ${sessionId}>${href}`;
      }
    }
  }
  return {
    times: new Map(),
    zone,
    eventZone: edition.timeZone,
    fmt,
    m,
    people: peopleOf(edition.people),
    hrefs,
    paperHrefs,
    states,
    highlighted,
    calendar,
    star,
    shown,
    renderPart,
    // A render hook's output is the host's: bodies are not kept.
    key: states || highlighted || calendar || star || shown || renderPart ? null : key,
  };
}

/**
 * The one paper each session presents, with an id a PaperList can anchor: the session's own paper, or the only
 * paper of `edition.papers` that names the session (`paper.sessionId`). A session presenting several papers (a
 * poster session) links to none of them: one link cannot name them all.
 */
function papersBySession(edition: Edition): Map<string, [Paper, Session]> {
  const out = new Map<string, [Paper, Session]>();
  const sessions = new Map(edition.sessions.map((s) => [s.id, s]));
  const count = new Map<string, number>();
  for (const p of edition.papers) {
    if (p.sessionId === null || p.id === null) continue;
    const s = sessions.get(p.sessionId);
    count.set(p.sessionId, (count.get(p.sessionId) ?? 0) + 1);
    if (s) out.set(s.id, [p, s]);
  }
  for (const [id, n] of count) if (n > 1) out.delete(id);
  for (const s of edition.sessions) if (s.paper?.id) out.set(s.id, [s.paper, s]);
  return out;
}

/**
 * The edition's schedule revisions ("Schedule updated on July 14, 2025: …"), newest first as written, or nothing.
 * Each date is a `<time dateTime>`; calendar dates have no zone, so every reader sees the same date.
 */
export function renderRevisions(edition: Edition, locale: string, m: ScheduleMessages): ReactNode {
  const revisions = edition.revisions;
  if (!revisions.length) return null;
  return (
    <ul data-slot="revisions">
      {revisions.map((r, i) => {
        const { year, month, day, iso } = r.date;
        const date = formatDate(Date.UTC(year, month - 1, day, 12), "UTC", { locale, style: "long" });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: content data never reorders between renders
          <li key={i} data-slot="revision">
            {fill(m.revision, { date: <time dateTime={iso}>{date}</time>, note: <bdi>{r.note}</bdi> })}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Each day: its date as a heading, then its table (caption with the zone, column headers, body). Days are the dates
 * in the display zone (`ctx.zone`): a reader in Auckland gets "Saturday, July 19" for a Friday in Vancouver, with
 * "your time" and the zone in the heading, and the event's own date and times on a quiet line below it.
 */
export function renderDays(
  days: readonly Day[],
  ctx: DaysContext,
  headingLevel: HeadingLevel,
  caption: string,
  yourZone?: boolean,
) {
  const { eventZone, fmt, zone, shown: visible, m } = ctx;
  return days.map(({ date, firstStartMs, sessions, layout }) => {
    const startMs = startOfDate(date, zone);
    const dayCtx: DaysContext = { ...ctx, day: [startMs, startOfDate(nextDate(date), zone)] };
    const shown = zoneLabel(zone, firstStartMs);
    const label = shown.text;
    // Another name for the event's offset (a reader in Los Angeles at a Vancouver event) reads as the event's.
    const converted = zone !== eventZone && shown.offsetMinutes !== zoneLabel(eventZone, firstStartMs).offsetMinutes;
    return (
      <div
        key={date}
        id={dayAnchor(date)}
        data-slot="day"
        data-size={daySize(sessions.length)}
        hidden={visible && !sessions.some((s) => visible.has(s.id)) ? true : undefined}
      >
        <Heading level={headingLevel} data-slot="day-heading">
          {formatDate(firstStartMs, zone, { ...fmt, style: "full" })}
          {converted ? " " : null}
          {converted ? (
            <span data-slot="day-zone">{text(yourZone ? m.dayZoneYours : m.dayZone, { zone: label })}</span>
          ) : null}
        </Heading>
        {converted ? (
          // The event's own times, quietly: what the organisers and the other attendees will say.
          <p data-slot="event-time">{text(m.eventTime, { span: eventSpan(sessions, eventZone, fmt, m.range) })}</p>
        ) : null}
        {scrollBox(
          layout.kind === "grid",
          // Always with the date: the caption alone ("Programme") would repeat the page section's landmark name.
          text(m.captionDay, { caption, date: formatDate(firstStartMs, zone, { ...fmt, style: "short" }) }),
          <table data-layout={layout.kind}>
            <caption>
              <span data-slot="caption-title">
                {text(days.length > 1 ? m.captionDay : m.captionOne, {
                  caption,
                  date: formatDate(firstStartMs, zone, { ...fmt, style: "short" }),
                })}
              </span>{" "}
              <span data-slot="caption-zone">{text(m.allTimes, { zone: label })}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{m.time}</th>
                {layout.kind === "grid" ? (
                  layout.rooms.map((r) => (
                    <th key={r.name} scope="col" colSpan={many(r.lanes)} dir="auto">
                      {r.name}
                    </th>
                  ))
                ) : (
                  <>
                    {layout.rooms.length > 1 ? <th scope="col">{m.room}</th> : null}
                    <th scope="col">{m.session}</th>
                  </>
                )}
              </tr>
            </thead>
            {body({ sessions, layout }, dayCtx)}
          </table>,
        )}
      </div>
    );
  });
}

/** The ISO date after `iso` (YYYY-MM-DD). */
function nextDate(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** "Fri, Jul 18, 8:30 AM – 5:30 PM PT (UTC−7)": a day's sessions as the event announced them. */
function eventSpan(sessions: readonly Session[], eventZone: string, fmt: DaysFormat, range: string): string {
  const first = sessions[0] as Session;
  let lastMs = first.start.epochMs;
  for (const s of sessions) lastMs = Math.max(lastMs, s.end?.epochMs ?? s.start.epochMs);
  const from = formatDate(first.start.epochMs, eventZone, { ...fmt, style: "medium" });
  const until = formatDate(lastMs, eventZone, { ...fmt, style: "medium" });
  // A reader's day can hold the end of one event day and the start of the next: then both dates.
  const to = `${until === from ? "" : `${until}, `}${formatTime(lastMs, eventZone, fmt)}`;
  return `${from}, ${formatTime(first.start.epochMs, eventZone, fmt)}${range}${to} ${zoneLabel(eventZone, lastMs).text}`;
}

/** The id of a day's section (`wk-day-2025-07-18`): ScheduleJumpList links to it, and so can a host. */
export function dayAnchor(date: string): string {
  return `wk-day-${date}`;
}

/**
 * A long day's size class, by its number of sessions (`l` from 41 to 120, `xl` beyond; none up to 40): the
 * stylesheet skips rendering a long day while it is off screen and estimates its height from the class
 * (`contain-intrinsic-size`) without an inline style. A short day is always rendered: skipping it saves little, and
 * an estimate that is off by a few hundred pixels would put a reader who follows a link to something below the
 * schedule (#papers) that far from it.
 */
function daySize(n: number): string | undefined {
  return n <= 40 ? undefined : n <= 120 ? "l" : "xl";
}

/**
 * A room grid scrolls in its own box (sticky times and room headers, see the stylesheet) instead of panning the
 * page; the box is a named region a keyboard can reach and scroll. A list needs none.
 */
function scrollBox(grid: boolean, label: string, table: ReactNode): ReactNode {
  if (!grid) return table;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section data-slot="scroll" aria-label={label} tabIndex={0}>
      {table}
    </section>
  );
}

/** Lay out each day of `sessions` (grouped in the event zone `zone`). */
export function layoutDays(sessions: readonly Session[], zone: string): Day[] {
  return groupSessionsByDay(sessions, zone).map((d) => ({ ...d, layout: layoutDay(d.sessions) }));
}

/**
 * The unfiltered days of a programme, kept with its sessions array: a server rendering the same edition for
 * every request lays it out once (hooks' memos do not survive a server render). An array changed in place
 * (a push, a splice, a replaced first or last session) is caught by its length and ends; other in-place
 * changes are not, which is why the props ask for a new array.
 */
const laidOut = new WeakMap<readonly Session[], { zone: string; n: number; a?: Session; z?: Session; days: Day[] }>();
export function allDays(sessions: readonly Session[], zone: string): Day[] {
  let hit = laidOut.get(sessions);
  const n = sessions.length;
  const a = sessions[0];
  const z = sessions[n - 1];
  if (hit?.zone !== zone || hit.n !== n || hit.a !== a || hit.z !== z) {
    hit = { zone, n, a, z, days: layoutDays(sessions, zone) };
    laidOut.set(sessions, hit);
  }
  return hit.days;
}

const peopleMaps = new WeakMap<readonly Person[], ReadonlyMap<string, Person>>();
/** People by id, kept with the array (a server render rebuilds no memo). */
function peopleOf(list: readonly Person[]): ReadonlyMap<string, Person> {
  let map = peopleMaps.get(list);
  if (!map) {
    map = new Map(list.map((p) => [p.id, p]));
    peopleMaps.set(list, map);
  }
  return map;
}

const bodies = new WeakMap<object, { key: string; people: DaysContext["people"]; node: ReactNode }>();
/**
 * A day's table body. Without client-only state (static, server and hydration renders) it depends only on the
 * day and `ctx.key`, so it is kept with the laid-out day: a server rendering the same edition for every request
 * builds the elements once (React still writes them out each time, but element building, formatting and their
 * garbage were half of the render).
 */
function body(day: Pick<Day, "sessions" | "layout">, ctx: DaysContext): ReactNode {
  const hit = ctx.key === null ? undefined : bodies.get(day.layout);
  // `people` is kept with `edition.people` (peopleOf): the same map for the same array.
  if (hit && hit.key === ctx.key && hit.people === ctx.people) return hit.node;
  const node =
    day.layout.kind === "grid"
      ? gridBody(day.layout, itemsOf(day.sessions), ctx)
      : listBody(day.sessions, day.layout.rooms.length > 1, ctx);
  if (ctx.key !== null) bodies.set(day.layout, { key: ctx.key, people: ctx.people, node });
  return node;
}

/** A span attribute: only when it spans more than one. */
function many(n = 0): number | undefined {
  return n > 1 ? n : undefined;
}

function clock(ms: number, ctx: DaysContext): string {
  let text = ctx.times.get(ms);
  if (text === undefined) {
    text = formatTime(ms, ctx.zone, ctx.fmt);
    ctx.times.set(ms, text);
  }
  return text;
}

/**
 * A `<time>` in the display zone, with "+1 day" only when it falls after the midnight that ends its day's heading
 * (a session running past midnight), never for every time of a converted programme: the days are the reader's.
 */
function time(epochMs: number, iso: string, ctx: DaysContext): ReactNode {
  const day = ctx.day;
  const shift = day ? (epochMs >= day[1] ? 1 : epochMs < day[0] ? -1 : 0) : 0;
  // A single text child when there is no day shift: the server renders one node fewer per time.
  return (
    <time dateTime={iso}>
      {shift ? (
        <>
          {clock(epochMs, ctx)}
          <span data-slot="day-shift"> {dayShiftText(shift, ctx.m, ctx.fmt.locale)}</span>
        </>
      ) : (
        clock(epochMs, ctx)
      )}
    </time>
  );
}

/** Start and end as the children of one element (a fragment would cost the server a node per session). */
function range(s: Session, ctx: DaysContext, row: boolean): ReactNode {
  const start = time(s.start.epochMs, s.start.iso, ctx);
  const end = s.end ? time(s.end.epochMs, s.end.iso, ctx) : null;
  // Two spelt-out elements: an attribute given as undefined still costs the server a look.
  return row ? (
    <th scope="row" data-slot="time">
      {start}
      {end ? ctx.m.range : null}
      {end}
    </th>
  ) : (
    <div data-slot="time">
      {start}
      {end ? ctx.m.range : null}
      {end}
    </div>
  );
}

/** "TBA" to eyes, "(to be announced)" aloud. */
function tba(m: ScheduleMessages): ReactNode {
  return (
    <>
      <span aria-hidden="true">{m.tbaShort}</span>
      <span className="wk-visually-hidden">{text(m.paren, { text: m.tba })}</span>
    </>
  );
}

/**
 * A session's element: its row (list) or its cell (grid, with the spans and the room its column header names).
 * Only the attributes it has: the server writes out every key it is given, undefined or not.
 */
function sessionProps(s: Session, ctx: DaysContext, cell?: GridCell) {
  const props: Record<string, string | number | boolean> = { id: s.id, "data-slot": "session", "data-kind": s.kind };
  if (s.track) props["data-track"] = s.track;
  const state = ctx.states?.get(s.id);
  if (state) props["data-state"] = state;
  if (ctx.highlighted === s.id) props["data-highlighted"] = "";
  if (ctx.shown && !ctx.shown.has(s.id)) props.hidden = true;
  if (cell) {
    if (cell.rowSpan > 1) props.rowSpan = cell.rowSpan;
    if (cell.colSpan > 1) props.colSpan = cell.colSpan;
    props["data-room"] = s.room ?? ctx.m.allRooms;
  }
  return props;
}

/** Each block's items, in order, by the block's id. */
function itemsOf(sessions: readonly Session[]): Map<string, Session[]> {
  const out = new Map<string, Session[]>();
  for (const s of sessions) {
    if (!s.blockId) continue;
    // An item without its block (a filter left the block out) has a cell of its own.
    const items = out.get(s.blockId);
    if (items) items.push(s);
    else out.set(s.blockId, [s]);
  }
  return out;
}

/** People as names (linked to their cards when the host gives hrefs), each with the affiliation this talk prints. */
function names(ids: readonly string[], s: Session, ctx: DaysContext): ReactNode[] {
  const out: ReactNode[] = [];
  for (const id of ids) {
    const p = ctx.people.get(id);
    if (!p) continue; // unknown ids (unvalidated input) are skipped
    const href = ctx.hrefs.get(id);
    // The programme's affiliation for this talk, where it differs from the person's card.
    const affiliation = s.affiliations[id] ?? p.affiliation;
    if (out.length) out.push(ctx.m.listSeparator);
    out.push(
      <bdi key={id}>
        {href ? <a href={href}>{p.name}</a> : p.name}
        {affiliation ? <span data-slot="affiliation">{text(ctx.m.paren, { text: affiliation })}</span> : null}
      </bdi>,
    );
  }
  return out;
}

/** "Moderator: …", "Chairs: …": one line per role, in the order the roles first appear. */
function hosts(s: Session, ctx: DaysContext): ReactNode {
  const list = s.hosts;
  if (!list.length) return null;
  const roles = [...new Set(list.map((h) => h.role))];
  return roles.map((role) => {
    const ids = list.filter((h) => h.role === role).map((h) => h.personId);
    const people = names(ids, s, ctx);
    if (!people.length) return null;
    const label = role === "moderator" ? ctx.m.hostModerator : role === "chair" ? ctx.m.hostChair : ctx.m.hostHost;
    return (
      <div key={role} data-slot="hosts" data-role={role}>
        {plural(label, ids.length, ctx.fmt.locale) + ctx.m.colon}
        {people}
      </div>
    );
  });
}

/**
 * What describes a session: kind or label, title, group, hosts, speakers, paper, links, description and its calendar
 * control (`inGrid`: the group name too, which the list shows as a row of its own).
 */
function content(s: Session, ctx: DaysContext, inGrid: boolean, roomLine = false): ReactNode {
  const { m } = ctx;
  const state = ctx.states?.get(s.id);
  const title = s.title ?? m.tba;
  const hidden = <span className="wk-visually-hidden">{m.colon + title}</span>;
  const kind = kindLabel(s, m);
  const speakers = names(s.speakerIds, s, ctx);
  const links: ReactNode[] = [];
  const paperHref = ctx.paperHrefs.get(s.id);
  if (paperHref) {
    links.push(
      <a key="paper-entry" href={paperHref} data-slot="paper-link">
        {m.paper}
        {hidden}
      </a>,
    );
  }
  const all = s.paper?.links.length ? [...s.links, ...s.paper.links] : s.links;
  const seen = all.length ? new Set<string>() : null;
  for (const l of all) {
    // Re-checked: a hand-made edition may carry links that never met the parser. A link listed by both the
    // session and its paper is shown once.
    const href = safeHref(l.href);
    const key = `${l.kind} ${href}`;
    if (!href || seen?.has(key)) continue;
    seen?.add(key);
    if (links.length) links.push(m.separator);
    links.push(
      <a key={key} href={href}>
        {l.label}
        {hidden}
      </a>,
    );
  }
  const authors = s.paper && !speakers.length ? s.paper.authors : null;
  const poster = s.paper?.poster;
  // Each part's content: the built one, or the host's (`renderPart`).
  const part = (name: SessionPart, built: ReactNode) => (ctx.renderPart ? ctx.renderPart(name, built, s) : built);
  const builtTitle = s.title ?? tba(m);
  const titleContent = part("title", builtTitle) ?? builtTitle;
  const speakersContent = part("speakers", s.speakersTba ? tba(m) : speakers.length ? speakers : null);
  const paperContent = part("paper", s.paper && s.paper.title !== s.title ? s.paper.title : null);
  const linksContent = part("links", links.length ? links : null);
  return (
    <>
      {state === "live" || state === "next" ? (
        <strong data-slot="status">{(state === "live" ? m.now : m.next) + m.colon}</strong>
      ) : null}
      {ctx.star ? ctx.star(s) : null}
      {kind ? <span data-slot="kind">{kind + m.colon}</span> : null}
      <bdi data-slot="title">{titleContent}</bdi>
      {roomLine && s.room ? (
        <div data-slot="room" dir="auto">
          {s.room}
        </div>
      ) : null}
      {inGrid && s.group ? (
        <div data-slot="group" dir="auto">
          {s.group}
        </div>
      ) : null}
      {hosts(s, ctx)}
      {present(speakersContent) ? <div data-slot="speakers">{speakersContent}</div> : null}
      {present(paperContent) ? (
        <div data-slot="paper" dir="auto">
          {paperContent}
        </div>
      ) : null}
      {authors?.length ? (
        <div data-slot="authors" dir="auto">
          {authors.join(m.listSeparator)}
        </div>
      ) : null}
      {poster ? <div data-slot="poster">{text(m.poster, { poster })}</div> : null}
      {present(linksContent) ? <div data-slot="links">{linksContent}</div> : null}
      {s.description.length ? (
        // A disclosure that works without JavaScript; its name says whose description it is.
        <details data-slot="description">
          <summary>
            {m.description}
            {hidden}
          </summary>
          <div dir="auto">{paragraphs(s.description)}</div>
          {/* Where a reader opens a session: its calendar button, not one on every row. */}
          {ctx.calendar ? ctx.calendar(s) : null}
        </details>
      ) : null}
    </>
  );
}

/** Whether a part has anything to show (a hook's `null`, `undefined` or `false` leaves it out). */
function present(node: ReactNode): boolean {
  return node !== null && node !== undefined && node !== false;
}

/** The cell that shows a session (in the grid: with its times, and a block's items as a list inside it). */
function details(
  s: Session,
  ctx: DaysContext,
  cell?: GridCell,
  items?: readonly Session[],
  roomLine = false,
): ReactNode {
  return (
    <td key={s.id} {...(cell ? sessionProps(s, ctx, cell) : null)}>
      {cell ? range(s, ctx, false) : null}
      {content(s, ctx, !!cell, roomLine)}
      {items?.length ? (
        <ol data-slot="items">
          {items.map((item) => (
            <li key={item.id} {...sessionProps(item, ctx)} data-slot="item">
              {range(item, ctx, false)}
              {content(item, ctx, false)}
            </li>
          ))}
        </ol>
      ) : null}
    </td>
  );
}

/**
 * The visible label (the session's own `label`, else its kind's), unless the title already starts with it as a whole
 * word ("Panel: …", "Poster Session", "Awards"): real programmes often title items by their kind, and "Panel: Panel:
 * …" reads badly aloud and on screen.
 */
function kindLabel({ kind, label: own, title }: Session, m: ScheduleMessages): string | undefined {
  const label = own || m.kindLabels[kind];
  if (!label || !title || title.slice(0, label.length).toLowerCase() !== label.toLowerCase()) return label;
  return /^[\p{L}\p{N}]/u.test(title.slice(label.length)) ? label : undefined;
}

/**
 * One row per session. Consecutive sessions of a group share a `<tbody>` headed by the group's name; a block and its
 * items share a `<tbody data-slot="block">`: the block's row (its time span, title, hosts, description) and then
 * one row per item with the item's own times.
 */
function listBody(sessions: readonly Session[], withRoom: boolean, ctx: DaysContext): ReactNode {
  // One named room beside the plenary (sessions without a room) gets no column; the session held there says
  // where, under its title, or attendees go to the wrong hall.
  const roomLine = !withRoom && sessions.some((s) => s.room === null);
  const blocks = new Set<string>();
  for (const s of sessions) if (s.blockId) blocks.add(s.blockId);
  const runs: { block: string | null; group: string | null; sessions: Session[] }[] = [];
  for (const s of sessions) {
    const block = s.blockId ?? (blocks.has(s.id) ? s.id : null);
    const run = runs[runs.length - 1];
    if (run && (block ? run.block === block && !blocks.has(s.id) : !run.block && run.group === s.group)) {
      run.sessions.push(s);
    } else runs.push({ block, group: block ? null : s.group, sessions: [s] });
  }
  return runs.map(({ block, group, sessions: run }) => (
    <tbody
      key={(run[0] as Session).id}
      data-slot={block ? "block" : group ? "group" : undefined}
      hidden={ctx.shown && !run.some((s) => ctx.shown?.has(s.id)) ? true : undefined}
    >
      {group ? (
        <tr data-slot="group-row">
          <th scope="rowgroup" colSpan={withRoom ? 3 : 2} dir="auto">
            {group}
          </th>
        </tr>
      ) : null}
      {run.map((s) => {
        const props = sessionProps(s, ctx);
        if (block) props["data-block"] = s.blockId ? "item" : "block";
        return (
          <tr key={s.id} {...props}>
            {range(s, ctx, true)}
            {withRoom ? (
              <td data-slot="room" dir="auto">
                {s.room ?? ctx.m.allRooms}
              </td>
            ) : null}
            {details(s, ctx, undefined, undefined, roomLine)}
          </tr>
        );
      })}
    </tbody>
  ));
}

/** Rows cut at every start and end; sessions span the rows and rooms they cover; empty cells stay empty. */
function gridBody(
  layout: Extract<DayLayout, { kind: "grid" }>,
  items: ReadonlyMap<string, readonly Session[]>,
  ctx: DaysContext,
): ReactNode {
  return (
    <tbody>
      {layout.rows.map((row) => (
        <tr key={row.startMs} data-slot={row.starts ? undefined : "continued"}>
          <th scope="row" data-slot="time">
            {/* The slot's start, marked "+1 day" like the times in its cells (the stacked layout's time heading). */}
            {time(row.startMs, new Date(row.startMs).toISOString(), ctx)}
          </th>
          {row.cells.map((cell) =>
            cell.session ? (
              details(cell.session, ctx, cell, items.get(cell.session.id))
            ) : (
              <td key={`gap${cell.col}`} colSpan={many(cell.colSpan)} />
            ),
          )}
        </tr>
      ))}
    </tbody>
  );
}
