"use client";

/**
 * `ScheduleTable`: the workshop programme as real tables (one per day), right in the event's zone on the
 * server and in the reader's zone on request, with now/next from the shared clock after hydration,
 * deep links, `.ics` downloads, optional filters, and a stacked layout on narrow containers (CSS only). The days
 * themselves render through schedule-days.tsx, which StaticScheduleTable shares for server components.
 */
import { type Edition, liveStates, type Session } from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, type ReactNode, useDeferredValue, useEffect, useMemo, useState } from "react";
import { flushSync } from "react-dom";
import { useClockSelector } from "../clock/clock";
import { useStarredSessions } from "../favourites/use-favourites";
import { addToCalendar } from "../internal/add-to-calendar";
import { withClass } from "../internal/class-name";
import type { HeadingLevel } from "../internal/heading";
import { number, plural } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { type TimeZoneChoice, useDisplayTimeZone } from "../time-zone/time-zone";
import { TimeZoneToggle } from "../time-zone/time-zone-toggle";
import { SCHEDULE_MESSAGES } from "./labels";
import {
  allDays,
  daysContext,
  layoutDays,
  type PaperHref,
  type RenderSessionPart,
  renderDays,
  renderRevisions,
  type SpeakerHref,
} from "./schedule-days";
import { ScheduleJumpList } from "./schedule-jump-list";
import { lastBoundary, stateBoundaries } from "./schedule-layout";

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
  /**
   * Title at the start of each table's caption; the zone follows ("… All times PT (UTC−7)"). Default: the
   * `programme` message, "Programme".
   * @default the programme message
   */
  caption?: string;
  /**
   * Link each speaker to their card: a template (`"#speaker-{id}"`, `"/people/{id}/"`; `{id}` is the person's id, and
   * a string survives an Astro island or a server-to-client boundary) or a function of the id. A link within the
   * site is used as given, anything else only if it is a safe URL (`linkHref`, the one relative-link rule).
   * Default: not linked.
   * @default undefined (speakers not linked)
   */
  speakerHref?: SpeakerHref | null;
  /**
   * Link a session to its paper's entry in a PaperList: a template (`"#paper-{id}"`, `{id}` is the paper's id, as
   * PaperList's `id="{idPrefix}paper-{id}"`) or a function of the paper and its session. Sessions that present one
   * paper with an id (their own `paper`, or the one paper whose `sessionId` names them) get a "Paper" link. Default:
   * no paper links.
   * @default undefined (no paper links)
   */
  paperHref?: PaperHref;
  /**
   * Change a part of each session's cell — its title (add a "Best paper" badge), speakers, paper or links (add a
   * venue-specific link) — without rebuilding the row: called with the part's name, its built content (`null` when
   * the session has none) and the session; return what goes inside the part instead (`null` leaves it out). The
   * row, its time header, its id and the table around it stay the library's. See docs/customising.md. A function: pass it from a client
   * component (or use StaticScheduleTable, which runs on the server).
   * @default undefined (the built parts)
   */
  renderPart?: RenderSessionPart;
  /**
   * Controlled zone choice (`"event"`, `"reader"` or an IANA zone). Default: the shared choice.
   * @default the shared choice
   */
  timeZone?: TimeZoneChoice;
  /**
   * Called when the reader switches zones. Default: none.
   * @default undefined
   */
  onTimeZoneChange?: (choice: TimeZoneChoice) => void;
  /**
   * Show a filter control for each of these (after hydration, for those with 2+ values). Items with no room or
   * track (plenary) stay under every room or track. Default `[]` (no filters).
   */
  filters?: readonly ScheduleFilter[];
  /** Offer "Add to calendar" (.ics) per session and for the whole programme, after hydration. Default `true`. */
  showCalendarLinks?: boolean;
  /** Show the switch to the reader's time zone (after hydration, when it differs). Default `true`. */
  showTimeZoneToggle?: boolean;
  /**
   * Shown when there are no sessions. Default: the `programmeTba` message, "Programme to be announced".
   * @default the programmeTba message
   */
  emptyMessage?: ReactNode;
  /**
   * Links to each day above the tables (ScheduleJumpList), for programmes of two days or more: plain links, so they
   * work before hydration and without JavaScript. Default `false`.
   */
  jumpList?: boolean;
  /**
   * Words to replace, or a whole catalogue (`@workshop-kit/react/messages/de`), whose locale then formats the
   * dates and times too. Laid over the provider's messages. Default: the provider's, else English.
   * @default the provider's messages
   */
  messages?: MessagesOverride;
  /**
   * Attendee favourites, after hydration: a star on every session but breaks and meals (kept in this browser per
   * edition), a "My agenda" view of the starred sessions, their `.ics`, a share link, and the view of an agenda
   * shared through such a link (`#agenda=…`). See docs/favourites.md. Default `false`.
   */
  favourites?: boolean;
  /**
   * A search box, after hydration, filtering by title, speaker, affiliation, description and paper, alongside
   * the `filters`; the count of matches is announced politely. Default `false`.
   */
  search?: boolean;
}

const NO_FILTERS: readonly ScheduleFilter[] = [];
const FILTER_KEYS: readonly ScheduleFilter[] = ["kind", "track", "room"];
/** The programme: one table per day, with a caption naming the zone the times are in. */
export function ScheduleTable({
  edition,
  headingLevel = 3,
  caption,
  speakerHref,
  paperHref,
  renderPart,
  timeZone,
  onTimeZoneChange,
  filters = NO_FILTERS,
  showCalendarLinks = true,
  showTimeZoneToggle = true,
  emptyMessage,
  jumpList = false,
  favourites = false,
  search = false,
  messages,
  className,
  ...rest
}: ScheduleTableProps) {
  const eventZone = edition.timeZone;
  const all = edition.sessions;
  const display = useDisplayTimeZone(eventZone, { timeZone, onTimeZoneChange });
  // The programme follows the zone in a deferred render: the switch paints at once (the toggle, and every other
  // time on the page, which reads the choice itself), then the days are re-headed and re-timed in the background,
  // interruptibly, as a transition would. Until then the memo below keeps every row as it is.
  const zone = useDeferredValue(display.zone);
  const m = resolveMessages(SCHEDULE_MESSAGES, display.messages, messages);
  const locale = messages?.locale ?? display.locale;
  // The reader's zone is known only after hydration: the same signal gates everything that needs JavaScript.
  const hydrated = display.readerZone !== null;
  const [chosen, setChosen] = useState<Partial<Record<ScheduleFilter, string>>>({});
  const [highlighted, setHighlighted] = useState<string | null>(null);
  // While the browser prints, the whole programme: a filter narrows the screen, never the printout.
  const [printing, setPrinting] = useState(false);

  // Set in a transition by the search box, which keeps what is typed: typing never waits for the programme.
  const [query, setQuery] = useState("");
  const [agenda, setAgenda] = useState(false);
  const [shared, setShared] = useState<string[] | null>(null);
  // The attendee tools load after hydration, only when asked for (see favourites/schedule-attendee.ts).
  const [tools, setTools] = useState<Attendee | null>(null);
  const wanted = favourites || search;
  useEffect(() => {
    if (wanted && !tools) void import("../favourites/schedule-attendee").then(setTools);
  }, [wanted, tools]);
  // The page's store of this edition (the same object on every render: one per edition).
  const store = tools && favourites ? tools.favouritesStore(tools.favouritesNamespace(edition)) : null;
  // The whole set only while the agenda view is on: otherwise a star re-renders itself, not the programme.
  const starred = useStarredSessions(store, all, agenda && !shared);
  const matches = useMemo(
    () => (tools && search && !printing ? tools.searchSessions(edition, query) : null),
    [tools, search, printing, edition, query],
  );
  const shown = useMemo(() => {
    if (printing) return null;
    const view = shared ? new Set(shared) : agenda ? starred : null;
    if (!view || !matches) return view ?? matches;
    return new Set([...view].filter((id) => matches.has(id)));
  }, [printing, shared, agenda, starred, matches]);

  // Built on first use: a server render without a clock never needs the boundaries.
  const boundaries = useMemo(() => ({ all, sorted: null as number[] | null }), [all]);
  const at = useClockSelector((now) => {
    if (now === null) return null;
    boundaries.sorted ??= stateBoundaries(boundaries.all);
    return lastBoundary(boundaries.sorted, now);
  }, 60_000);
  // What the filters, the search and the agenda leave: `null`, everything.
  const visible = useMemo(() => {
    const on = printing ? [] : FILTER_KEYS.filter((k) => chosen[k]);
    if (!on.length) return shown;
    // An item with no room or track (plenary: the grid spans it over every room) belongs to each of them.
    const pass = (s: Session) => on.every((k) => s[k] === chosen[k] || (k !== "kind" && s[k] === null));
    return new Set(all.filter((s) => pass(s) && (!shown || shown.has(s.id))).map((s) => s.id));
  }, [all, chosen, printing, shown]);
  // Rows the reader filters out get `hidden` and are kept (issue #19: no row is created again, so a change costs
  // attributes, not DOM); a grid, whose cells cannot hide, is laid out again.
  const grid = visible !== null && allDays(all, zone).some((d) => d.layout.kind === "grid");
  const filtered = useMemo(
    () =>
      grid
        ? layoutDays(
            all.filter((s) => visible?.has(s.id)),
            zone,
          )
        : null,
    [all, zone, grid, visible],
  );
  // Outside the memo: a cheap lookup that also notices a sessions array grown or shrunk in place.
  const days = filtered ?? allDays(all, zone);

  const states = useMemo(() => (at === null ? null : liveStates(all, at)), [all, at]);

  const filtering = filters.length > 0;
  useEffect(() => {
    if (!filtering) return;
    // Synchronously: the browser lays out the printout right after `beforeprint`, before a scheduled render.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, [filtering]);

  useEffect(() => {
    if (!favourites || !tools) return;
    const known = new Set(all.filter(tools.isStarrable).map((s) => s.id));
    // A shared agenda opens from the fragment; other fragments (deep links) leave the view as it is.
    const read = () => {
      const ids = tools.readAgendaFragment(window.location.hash, known);
      if (ids) setShared(ids);
    };
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, [favourites, all, tools]);

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

  const calendarOn = hydrated && showCalendarLinks;
  const starOn = tools !== null && store !== null;
  const yourZone = zone === display.readerZone;
  const { hour12 } = display;
  // The days' markup, kept while nothing it shows changes: a zone switch re-renders this component (its toggle)
  // without rebuilding a row until the deferred zone arrives.
  const rendered = useMemo(() => {
    const download = (sessions: readonly Session[], part?: string) =>
      addToCalendar((c, stampMs) => c.downloadSessions(stampMs, edition, sessions, part));
    // The calendar buttons need an event handler: they come to the shared markup as a render callback.
    const calendar = calendarOn
      ? (s: Session) => (
          <button type="button" className="wk-button" data-slot="calendar" onClick={() => download([s], s.id)}>
            {m.addToCalendar}
            <span className="wk-visually-hidden">{m.colon + (s.title ?? m.tba)}</span>
          </button>
        )
      : null;
    const ctx = daysContext(edition, zone, { locale, hour12 }, speakerHref, states, highlighted, calendar, {
      star:
        tools && starOn
          ? (s: Session) =>
              tools.isStarrable(s) ? (
                <tools.SessionStar edition={edition} itemId={s.id} label={s.title ?? m.tba} messages={m} />
              ) : null
          : null,
      shown: grid ? null : visible,
      paperHref,
      renderPart: renderPart ?? null,
      m,
    });
    return renderDays(days, ctx, headingLevel, caption ?? m.programme, yourZone);
  }, [
    edition,
    zone,
    locale,
    hour12,
    speakerHref,
    states,
    highlighted,
    calendarOn,
    tools,
    starOn,
    grid,
    visible,
    paperHref,
    renderPart,
    days,
    headingLevel,
    caption,
    yourZone,
    m,
  ]);
  const download = (sessions: readonly Session[], part?: string) =>
    addToCalendar((c, stampMs) => c.downloadSessions(stampMs, edition, sessions, part));

  const options = (key: ScheduleFilter) => [...new Set(all.map((s) => s[key]))].filter((v): v is string => !!v);
  // Controls need JavaScript: they appear after hydration, like the zone switch.
  const activeFilters = hydrated ? filters.filter((f) => options(f).length > 1) : [];
  const first = all[0];
  const count = days.reduce(
    (n, d) => n + (visible && !grid ? d.sessions.filter((s) => visible.has(s.id)).length : d.sessions.length),
    0,
  );
  const closeShared = () => {
    setShared(null);
    // Leave the shared fragment: a reload then shows the reader's own programme.
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
  };
  const attendee = hydrated && first !== undefined && tools !== null;

  return (
    <div
      {...rest}
      className={withClass("wk-schedule-table", className)}
      data-converted={zone !== eventZone ? "" : undefined}
      aria-busy={zone !== display.zone ? true : undefined}
    >
      {hydrated && first && (showTimeZoneToggle || activeFilters.length > 0 || calendarOn || attendee) ? (
        <div data-slot="toolbar">
          {showTimeZoneToggle ? (
            <TimeZoneToggle
              eventZone={eventZone}
              referenceMs={first.start.epochMs}
              timeZone={display.choice}
              onTimeZoneChange={display.setChoice}
              messages={messages}
            />
          ) : null}
          {activeFilters.map((key) => (
            // The label wraps its select: labelled without ids.
            <label key={key} data-slot="filter">
              {key === "kind" ? m.filterKind : key === "track" ? m.filterTrack : m.filterRoom}{" "}
              <select value={chosen[key] ?? ""} onChange={(e) => setChosen({ ...chosen, [key]: e.target.value })}>
                <option value="">{m.filterAll}</option>
                {options(key).map((v) => (
                  <option key={v} value={v}>
                    {key === "kind" ? (m.kindNames[v as Session["kind"]] ?? cap(v)) : v}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {tools && search ? <tools.ScheduleSearch onChange={setQuery} m={m} /> : null}
          {tools && store && !shared ? (
            <tools.AgendaToggle store={store} sessions={all} pressed={agenda} onChange={setAgenda} m={m} />
          ) : null}
          {calendarOn ? (
            <button type="button" className="wk-button" data-slot="calendar-all" onClick={() => download(all)}>
              {m.addProgramme}
            </button>
          ) : null}
          {tools && store && calendarOn ? (
            <tools.AgendaActions
              store={store}
              sessions={all}
              onDownload={(list) => download(list, "my agenda")}
              m={m}
            />
          ) : null}
        </div>
      ) : null}
      {tools && store && shared ? <tools.SharedAgenda store={store} ids={shared} onClose={closeShared} m={m} /> : null}
      {tools && (shared ?? starred) ? (
        <tools.AgendaConflicts sessions={all} ids={shared ?? starred ?? []} m={m} />
      ) : null}
      {activeFilters.length > 0 || attendee ? (
        <p data-slot="filter-status" role="status">
          {count === all.length
            ? plural(m.sessions, count, locale)
            : plural(m.showing, all.length, locale, { shown: number(count, locale) })}
        </p>
      ) : null}
      {all.length === 0 ? <p data-slot="empty">{emptyMessage ?? m.programmeTba}</p> : null}
      {renderRevisions(edition, locale, m)}
      {jumpList ? <ScheduleJumpList edition={edition} locale={locale} timeZone={zone} messages={m} /> : null}
      {rendered}
    </div>
  );
}

type Attendee = typeof import("../favourites/schedule-attendee");

/** "kind" → "Kind", "break" → "Break": filter labels and the names of kinds without a visible label. */
function cap(text: string): string {
  return text[0]?.toUpperCase() + text.slice(1);
}
