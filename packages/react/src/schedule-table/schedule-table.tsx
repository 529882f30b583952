"use client";

/**
 * `ScheduleTable`: the workshop programme as real tables (one per day), right in the event's zone on the
 * server and in the reader's zone on request, with now/next from the shared clock after hydration,
 * deep links, `.ics` downloads, optional filters, and a stacked layout on narrow containers (CSS only).
 */
import {
  dayShift,
  type Edition,
  formatDate,
  formatTime,
  groupSessionsByDay,
  type Instant,
  type Person,
  type ScheduleDay,
  type Session,
  safeHref,
  sessionState,
  zoneLabel,
} from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, type ReactNode, useEffect, useMemo, useState } from "react";
import { useClockSelector } from "../clock/clock";
import { clockNow } from "../clock/clock-store";
import { withClass } from "../internal/class-name";
import { Heading, type HeadingLevel } from "../internal/heading";
import { dayShiftText } from "../time-zone/local-time";
import { type TimeZoneChoice, useDisplayTimeZone } from "../time-zone/time-zone";
import { TimeZoneToggle } from "../time-zone/time-zone-toggle";
import { SESSION_KIND_LABELS } from "./labels";
import { type DayLayout, type GridCell, lastBoundary, layoutDay, stateBoundaries } from "./schedule-layout";

/** What the programme can be filtered by. */
export type ScheduleFilter = "kind" | "track" | "room";

/** Props of {@link ScheduleTable}. */
export interface ScheduleTableProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /**
   * The parsed edition: its sessions, people (for speaker names) and zone. Required. Treat it as immutable: the
   * layout and server markup are kept with `edition.sessions`, so pass new arrays/objects when the data change.
   */
  edition: Edition;
  /** Level of each day's heading (the date). Default `3`. */
  headingLevel?: HeadingLevel;
  /** Title at the start of each table's caption; the zone follows ("… All times PT (UTC−7)"). Default `"Programme"`. */
  caption?: string;
  /**
   * Link each speaker to their card: return a fragment (`#speaker-${id}`), a root-relative path or an
   * http(s) URL; anything else is dropped. Default: speakers are not linked.
   */
  speakerHref?: (personId: string) => string | null | undefined;
  /** Controlled zone choice (`"event"`, `"reader"` or an IANA zone). Default: the shared choice. */
  timeZone?: TimeZoneChoice;
  /** Called when the reader switches zones. Default: none. */
  onTimeZoneChange?: (choice: TimeZoneChoice) => void;
  /** Show a filter control for each of these. Default `[]` (no filters). */
  filters?: readonly ScheduleFilter[];
  /** Offer "Add to calendar" (.ics) per session and for the whole programme, after hydration. Default `true`. */
  showCalendarLinks?: boolean;
  /** Show the switch to the reader's time zone (after hydration, when it differs). Default `true`. */
  showTimeZoneToggle?: boolean;
  /** Shown when there are no sessions. Default `"Programme to be announced"`. */
  emptyMessage?: ReactNode;
}

const NO_FILTERS: readonly ScheduleFilter[] = [];
const FILTER_KEYS: readonly ScheduleFilter[] = ["kind", "track", "room"];
const ALL_ROOMS = "All rooms";

type LiveState = "past" | "live" | "next" | "upcoming";

interface Ctx {
  /** Formatted times by epoch ms, for this render (an end is usually the next start). */
  readonly times: Map<number, string>;
  readonly zone: string;
  readonly eventZone: string;
  readonly fmt: { locale: string; hour12?: boolean };
  readonly people: ReadonlyMap<string, Person>;
  /** Each speaker's checked link (only people with one). */
  readonly hrefs: ReadonlyMap<string, string>;
  readonly states: ReadonlyMap<string, LiveState> | null;
  readonly highlighted: string | null;
  readonly calendar: ((session: Session) => void) | null;
  /**
   * What the day bodies depend on, when nothing is client-only (no clock state, hash or buttons: the server
   * render and the hydration render); `null` otherwise. Bodies with the same key are reused (see `body`).
   */
  readonly key: string | null;
}

/** The programme: one table per day, with a caption naming the zone the times are in. */
export function ScheduleTable({
  edition,
  headingLevel = 3,
  caption = "Programme",
  speakerHref,
  timeZone,
  onTimeZoneChange,
  filters = NO_FILTERS,
  showCalendarLinks = true,
  showTimeZoneToggle = true,
  emptyMessage = "Programme to be announced",
  className,
  ...rest
}: ScheduleTableProps) {
  const eventZone = edition.timeZone;
  const all = edition.sessions;
  const display = useDisplayTimeZone(eventZone, { timeZone, onTimeZoneChange });
  // The reader's zone is known only after hydration: the same signal gates everything that needs JavaScript.
  const hydrated = display.readerZone !== null;
  const [chosen, setChosen] = useState<Partial<Record<ScheduleFilter, string>>>({});
  const [highlighted, setHighlighted] = useState<string | null>(null);

  // Built on first use: a server render without a clock never needs the boundaries.
  const boundaries = useMemo(() => ({ all, sorted: null as number[] | null }), [all]);
  const at = useClockSelector((now) => {
    if (now === null) return null;
    boundaries.sorted ??= stateBoundaries(boundaries.all);
    return lastBoundary(boundaries.sorted, now);
  }, 60_000);
  const people = peopleOf(edition.people);

  const filtered = useMemo(() => {
    const on = FILTER_KEYS.filter((k) => chosen[k]);
    return on.length
      ? layoutDays(
          all.filter((s) => on.every((k) => s[k] === chosen[k])),
          eventZone,
        )
      : null;
  }, [all, chosen, eventZone]);
  // Outside the memo: a cheap lookup that also notices a sessions array grown or shrunk in place.
  const days = filtered ?? allDays(all, eventZone);

  const states = useMemo(() => (at === null ? null : liveStates(all, at)), [all, at]);

  useEffect(() => {
    const ids = new Set(all.map((s) => s.id));
    const follow = () => {
      let id = "";
      try {
        id = decodeURIComponent(window.location.hash.slice(1));
      } catch {
        // a malformed hash targets nothing
      }
      const hit = ids.has(id) ? id : null;
      setHighlighted(hit);
      if (hit) document.getElementById(hit)?.scrollIntoView?.({ block: "center" });
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [all]);

  const name = `${edition.shortName} ${edition.year}`;
  // The writer loads on first use (a lazy chunk for the app's bundler); the stamp is the clock at the click.
  const download = (sessions: readonly Session[], file: string) => {
    const stampMs = clockNow();
    void import("./calendar").then((m) => m.downloadSessions(stampMs, edition, sessions, file));
  };

  const fmt = { locale: display.locale, hour12: display.hour12 };
  const hrefs = new Map<string, string>();
  let key = `${display.zone} ${fmt.locale} ${fmt.hour12}`;
  if (speakerHref) {
    for (const p of edition.people) {
      const raw = speakerHref(p.id);
      // A slash, backslash, tab or newline after the first "/" would make browsers read it as another host.
      const href = raw && (/^#|^\/(?![/\\\t\n\r])/.test(raw) ? raw : safeHref(raw));
      if (href) {
        hrefs.set(p.id, href);
        key += ` ${p.id}=${href}`;
      }
    }
  }
  const calendar = hydrated && showCalendarLinks ? (s: Session) => download([s], `${name} ${s.id}`) : null;
  const ctx: Ctx = {
    times: new Map(),
    zone: display.zone,
    eventZone,
    fmt,
    people,
    hrefs,
    states,
    highlighted,
    calendar,
    key: states || highlighted || calendar ? null : key,
  };

  const options = (key: ScheduleFilter) => [...new Set(all.map((s) => s[key]))].filter((v): v is string => !!v);
  // Controls need JavaScript: they appear after hydration, like the zone switch.
  const activeFilters = hydrated ? filters.filter((f) => options(f).length > 1) : [];
  const count = days.reduce((n, d) => n + d.sessions.length, 0);
  const first = all[0];

  return (
    <div
      {...rest}
      className={withClass("wk-schedule-table", className)}
      data-converted={display.converted ? "" : undefined}
    >
      {hydrated && first && (showTimeZoneToggle || activeFilters.length > 0 || ctx.calendar) ? (
        <div data-slot="toolbar">
          {showTimeZoneToggle ? (
            <TimeZoneToggle
              eventZone={eventZone}
              referenceMs={first.start.epochMs}
              timeZone={display.choice}
              onTimeZoneChange={display.setChoice}
            />
          ) : null}
          {activeFilters.map((key) => (
            // The label wraps its select: labelled without ids.
            <label key={key} data-slot="filter">
              {cap(key)}{" "}
              <select value={chosen[key] ?? ""} onChange={(e) => setChosen({ ...chosen, [key]: e.target.value })}>
                <option value="">All</option>
                {options(key).map((v) => (
                  <option key={v} value={v}>
                    {key === "kind" ? (SESSION_KIND_LABELS[v as Session["kind"]] ?? cap(v)) : v}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {ctx.calendar ? (
            <button type="button" className="wk-button" data-slot="calendar-all" onClick={() => download(all, name)}>
              Add the whole programme to your calendar
            </button>
          ) : null}
        </div>
      ) : null}
      {activeFilters.length > 0 ? (
        <p data-slot="filter-status" aria-live="polite">
          {count === all.length ? `${count} sessions` : `Showing ${count} of ${all.length} sessions`}
        </p>
      ) : null}
      {all.length === 0 ? <p data-slot="empty">{emptyMessage}</p> : null}
      {days.map(({ date, firstStartMs, sessions, layout }) => (
        <div key={date} data-slot="day">
          <Heading level={headingLevel} data-slot="day-heading">
            {formatDate(firstStartMs, eventZone, { ...fmt, style: "full" })}
          </Heading>
          <table data-layout={layout.kind}>
            <caption>
              <span data-slot="caption-title">
                {days.length > 1
                  ? `${caption}, ${formatDate(firstStartMs, eventZone, { ...fmt, style: "short" })}.`
                  : `${caption}.`}
              </span>{" "}
              <span data-slot="caption-zone">{`All times ${zoneLabel(display.zone, firstStartMs).text}`}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                {layout.kind === "grid" ? (
                  layout.rooms.map((r) => (
                    <th key={r.name} scope="col" colSpan={many(r.lanes)} dir="auto">
                      {r.name}
                    </th>
                  ))
                ) : (
                  <>
                    {layout.rooms.length > 1 ? <th scope="col">Room</th> : null}
                    <th scope="col">Session</th>
                  </>
                )}
              </tr>
            </thead>
            {body({ sessions, layout }, ctx)}
          </table>
        </div>
      ))}
    </div>
  );
}

type Day = ScheduleDay & { readonly layout: DayLayout };

function layoutDays(sessions: readonly Session[], zone: string): Day[] {
  return groupSessionsByDay(sessions, zone).map((d) => ({ ...d, layout: layoutDay(d.sessions) }));
}

/**
 * The unfiltered days of a programme, kept with its sessions array: a server rendering the same edition for
 * every request lays it out once (hooks' memos do not survive a server render). An array changed in place
 * (a push, a splice, a replaced first or last session) is caught by its length and ends; other in-place
 * changes are not, which is why the props ask for a new array.
 */
const laidOut = new WeakMap<readonly Session[], { zone: string; n: number; a?: Session; z?: Session; days: Day[] }>();
function allDays(sessions: readonly Session[], zone: string): Day[] {
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

const bodies = new WeakMap<object, { key: string; people: Ctx["people"]; node: ReactNode }>();
/**
 * A day's table body. Without client-only state (server and hydration renders) it depends only on the day and
 * `ctx.key`, so it is kept with the laid-out day: a server rendering the same edition for every request builds
 * the elements once (React still writes them out each time, but element building, formatting and their garbage
 * were half of the render).
 */
function body(day: Pick<Day, "sessions" | "layout">, ctx: Ctx): ReactNode {
  const hit = ctx.key === null ? undefined : bodies.get(day.layout);
  // `people` is kept with `edition.people` (peopleOf): the same map for the same array.
  if (hit && hit.key === ctx.key && hit.people === ctx.people) return hit.node;
  const node =
    day.layout.kind === "grid" ? gridBody(day.layout, ctx) : listBody(day.sessions, day.layout.rooms.length > 1, ctx);
  if (ctx.key !== null) bodies.set(day.layout, { key: ctx.key, people: ctx.people, node });
  return node;
}

/** A span attribute: only when it spans more than one. */
function many(n = 0): number | undefined {
  return n > 1 ? n : undefined;
}

/** "kind" → "Kind", "break" → "Break": filter labels and the names of kinds without a visible label. */
function cap(text: string): string {
  return text[0]?.toUpperCase() + text.slice(1);
}

/** past / live / next / upcoming for every session at instant `at` ("next": the first to start once the day is under way). */
function liveStates(sessions: readonly Session[], at: number): Map<string, LiveState> {
  const out = new Map<string, LiveState>();
  let begun = false;
  let nextStart = Infinity;
  for (const s of sessions) {
    const st = sessionState(s, at);
    out.set(s.id, st);
    if (st !== "upcoming") begun = true;
    else nextStart = Math.min(nextStart, s.start.epochMs);
  }
  if (begun) for (const s of sessions) if (s.start.epochMs === nextStart) out.set(s.id, "next");
  return out;
}

function clock(ms: number, ctx: Ctx): string {
  let text = ctx.times.get(ms);
  if (text === undefined) {
    text = formatTime(ms, ctx.zone, ctx.fmt);
    ctx.times.set(ms, text);
  }
  return text;
}

function time(instant: Instant, ctx: Ctx): ReactNode {
  const shift = ctx.zone === ctx.eventZone ? 0 : dayShift(instant.epochMs, ctx.eventZone, ctx.zone);
  // A single text child when there is no day shift: the server renders one node fewer per time.
  return (
    <time dateTime={instant.iso}>
      {shift ? (
        <>
          {clock(instant.epochMs, ctx)}
          <span data-slot="day-shift"> {dayShiftText(shift)}</span>
        </>
      ) : (
        clock(instant.epochMs, ctx)
      )}
    </time>
  );
}

/** Start and end as the children of one element (a fragment would cost the server a node per session). */
function range(s: Session, ctx: Ctx, row: boolean): ReactNode {
  const Tag = row ? "th" : "div";
  return (
    <Tag scope={row ? "row" : undefined} data-slot="time">
      {time(s.start, ctx)}
      {s.end ? " – " : null}
      {s.end ? time(s.end, ctx) : null}
    </Tag>
  );
}

const TBA = (
  <>
    <span aria-hidden="true">TBA</span>
    <span className="wk-visually-hidden"> (to be announced)</span>
  </>
);

/** A session's element: its row (list) or its cell (grid, with the spans and the room its column header names). */
function sessionProps(s: Session, ctx: Ctx, cell?: GridCell) {
  return {
    id: s.id,
    "data-slot": "session",
    "data-kind": s.kind,
    "data-track": s.track, // null renders no attribute
    "data-state": ctx.states?.get(s.id),
    "data-highlighted": ctx.highlighted === s.id ? "" : undefined,
    rowSpan: many(cell?.rowSpan),
    colSpan: many(cell?.colSpan),
    "data-room": cell ? (s.room ?? ALL_ROOMS) : undefined,
  };
}

/** The cell that shows a session: status, kind, title, speakers, paper, links and its calendar button. */
function details(s: Session, ctx: Ctx, cell?: GridCell): ReactNode {
  const state = ctx.states?.get(s.id);
  const kind = SESSION_KIND_LABELS[s.kind];
  const title = s.title ?? "to be announced";
  const speakers: ReactNode[] = [];
  for (const id of s.speakerIds) {
    const p = ctx.people.get(id);
    if (!p) continue; // unknown ids (unvalidated input) are skipped
    const href = ctx.hrefs.get(id);
    if (speakers.length) speakers.push(", ");
    speakers.push(
      <bdi key={id}>
        {href ? <a href={href}>{p.name}</a> : p.name}
        {p.affiliation ? <span data-slot="affiliation">{` (${p.affiliation})`}</span> : null}
      </bdi>,
    );
  }
  const links: ReactNode[] = [];
  const seen = new Set<string>();
  for (const l of s.paper ? [...s.links, ...s.paper.links] : s.links) {
    // Re-checked: a hand-made edition may carry links that never met the parser. A link listed by both the
    // session and its paper is shown once.
    const href = safeHref(l.href);
    const key = `${l.kind} ${href}`;
    if (!href || seen.has(key)) continue;
    seen.add(key);
    if (links.length) links.push(" · ");
    links.push(
      <a key={key} href={href}>
        {l.label}
        <span className="wk-visually-hidden">{`: ${title}`}</span>
      </a>,
    );
  }
  const authors = s.paper && !speakers.length ? s.paper.authors : [];
  return (
    <td key={s.id} {...(cell ? sessionProps(s, ctx, cell) : null)}>
      {cell ? range(s, ctx, false) : null}
      {state === "live" || state === "next" ? (
        <strong data-slot="status">{state === "live" ? "Now: " : "Next: "}</strong>
      ) : null}
      {kind ? <span data-slot="kind">{`${kind}: `}</span> : null}
      <bdi data-slot="title">{s.title ?? TBA}</bdi>
      {cell && s.group ? <div data-slot="group">{s.group}</div> : null}
      {speakers.length || s.speakersTba ? <div data-slot="speakers">{s.speakersTba ? TBA : speakers}</div> : null}
      {s.paper && s.paper.title !== s.title ? (
        <div data-slot="paper" dir="auto">
          {s.paper.title}
        </div>
      ) : null}
      {authors.length ? (
        <div data-slot="authors" dir="auto">
          {authors.join(", ")}
        </div>
      ) : null}
      {links.length ? <div data-slot="links">{links}</div> : null}
      {ctx.calendar ? (
        <button type="button" className="wk-button" data-slot="calendar" onClick={() => ctx.calendar?.(s)}>
          Add to calendar<span className="wk-visually-hidden">{`: ${title}`}</span>
        </button>
      ) : null}
    </td>
  );
}

/** One row per session; consecutive sessions of a group share a `<tbody>` headed by the group's name. */
function listBody(sessions: readonly Session[], withRoom: boolean, ctx: Ctx): ReactNode {
  const runs: Session[][] = [];
  for (const s of sessions) {
    const run = runs[runs.length - 1];
    if (run && (run[0] as Session).group === s.group) run.push(s);
    else runs.push([s]);
  }
  return runs.map((run) => {
    const group = (run[0] as Session).group;
    return (
      <tbody key={(run[0] as Session).id} data-slot={group ? "group" : undefined}>
        {group ? (
          <tr data-slot="group-row">
            <th scope="rowgroup" colSpan={withRoom ? 3 : 2} dir="auto">
              {group}
            </th>
          </tr>
        ) : null}
        {run.map((s) => (
          <tr key={s.id} {...sessionProps(s, ctx)}>
            {range(s, ctx, true)}
            {withRoom ? <td data-slot="room">{s.room ?? ALL_ROOMS}</td> : null}
            {details(s, ctx)}
          </tr>
        ))}
      </tbody>
    );
  });
}

/** Rows cut at every start and end; sessions span the rows and rooms they cover; empty cells stay empty. */
function gridBody(layout: Extract<DayLayout, { kind: "grid" }>, ctx: Ctx): ReactNode {
  return (
    <tbody>
      {layout.rows.map((row) => (
        <tr key={row.startMs} data-slot={row.starts ? undefined : "continued"}>
          <th scope="row" data-slot="time">
            <time dateTime={new Date(row.startMs).toISOString()}>{clock(row.startMs, ctx)}</time>
          </th>
          {row.cells.map((cell) =>
            cell.session ? (
              details(cell.session, ctx, cell)
            ) : (
              <td key={`gap${cell.col}`} colSpan={many(cell.colSpan)} />
            ),
          )}
        </tr>
      ))}
    </tbody>
  );
}
