"use client";

/**
 * `ScheduleTable`: the workshop programme as real tables (one per day), right in the event's zone on the
 * server and in the reader's zone on request, with now/next from the shared clock after hydration,
 * deep links, `.ics` downloads, optional filters, and a stacked layout on narrow containers (CSS only). The days
 * themselves render through schedule-days.tsx, which StaticScheduleTable shares for server components.
 */
import { type Edition, formatDate, linkHref, liveStates, type Session, workshopWindow } from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, type ReactNode, useDeferredValue, useEffect, useMemo, useState } from "react";
import { flushSync } from "react-dom";
import { useClockSelector } from "../clock/clock";
import { isStarrable, useStarredSessions } from "../favourites/use-favourites";
import { useCalendarDownload } from "../internal/add-to-calendar";
import { withClass } from "../internal/class-name";
import type { HeadingLevel } from "../internal/heading";
import { liveValue, pendingProps } from "../internal/use-hydrated";
import { number, plural, text } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { type TimeZoneChoice, useDisplayTimeZone } from "../time-zone/time-zone";
import { TimeZoneToggle } from "../time-zone/time-zone-toggle";
import { SCHEDULE_MESSAGES, type ScheduleMessages } from "./labels";
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
  /**
   * Offer calendar files until the workshop is over: one "Add to calendar" menu for the programme (the whole
   * programme, each day of a multi-day workshop), and a per-session button inside each session's description (never
   * on breaks or meals). The buttons work after hydration; their place is held (invisible) before. Default `true`.
   */
  showCalendarLinks?: boolean;
  /**
   * The programme's calendar file as the host publishes it (`"/es-fomo-2025.ics"` or an `https:` URL): the menu then
   * links it ("Download the programme (.ics)", and for an `https:` URL "Subscribe in your calendar app" by `webcal:`),
   * which works without JavaScript. Default: none (the menu generates files after hydration).
   * @default undefined
   */
  calendarUrl?: string;
  /**
   * Show the switch to the reader's time zone, on a row of its own above the programme: its place is held from the
   * first paint, the switch appears for a reader whose zone is not the event's, and a reader in the event's zone
   * reads "Times are in your time zone" there instead. Default `true`.
   * @default true
   */
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
  calendarUrl,
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

  // Once the workshop is over the programme is an archive: no live state, so nothing is dimmed as "past" (dimming
  // helps on the live day; years later it would turn every title one grey).
  const windowEndMs = useMemo(() => workshopWindow(edition).endMs, [edition]);
  const over = useClockSelector((now) => now !== null && now >= windowEndMs, 60_000);
  const states = useMemo(() => (at === null || over ? null : liveStates(all, at)), [all, at, over]);

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

  const [calendarNotice, startDownload] = useCalendarDownload();
  // Once the workshop is over there is nothing to add to a calendar (archive pages years later).
  const offerCalendar = showCalendarLinks && !over && all.length > 0;
  const calendarOn = hydrated && offerCalendar;
  const starOn = tools !== null && store !== null;
  const yourZone = zone === display.readerZone;
  const { hour12 } = display;
  // What rows show besides their facts — live states, their calendar buttons, their stars, the deep link's
  // highlight — arrives for every row at once (at hydration, when the attendee tools load, each minute a session
  // starts or ends), so it reaches the rows in a deferred render: interruptible and in short tasks, while the
  // urgent render that brought it keeps every row as it is (issue #19: blocking time that does not grow).
  const rowStates = useDeferredValue(states);
  const rowHighlight = useDeferredValue(highlighted);
  const rowCalendar = useDeferredValue(calendarOn);
  const rowStars = useDeferredValue(tools && starOn ? tools : null);
  // The days' markup, kept while nothing it shows changes: a zone switch re-renders this component (its toggle)
  // without rebuilding a row until the deferred zone arrives.
  const rendered = useMemo(() => {
    // A session's own calendar button sits inside its description (where a reader opens a session), never on
    // breaks and meals; it needs an event handler, so it comes to the shared markup as a render callback.
    const calendar = rowCalendar
      ? (s: Session) =>
          s.kind === "break" || s.kind === "meal" ? null : <SessionCalendar edition={edition} session={s} m={m} />
      : null;
    const ctx = daysContext(edition, zone, { locale, hour12 }, speakerHref, rowStates, rowHighlight, calendar, {
      star: rowStars
        ? (s: Session) =>
            rowStars.isStarrable(s) ? (
              <rowStars.SessionStar edition={edition} itemId={s.id} label={s.title ?? m.tba} messages={m} />
            ) : null
        : favourites
          ? // Until the star works (the attendee tools load after hydration) its place is held, so no title moves.
            (s: Session) =>
              isStarrable(s) ? <span className="wk-favourite" data-pending="" aria-hidden="true" /> : null
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
    rowStates,
    rowHighlight,
    rowCalendar,
    rowStars,
    favourites,
    grid,
    visible,
    paperHref,
    days,
    headingLevel,
    caption,
    yourZone,
    m,
    renderPart,
  ]);
  const download = (sessions: readonly Session[], part?: string) =>
    startDownload((c, stampMs) => c.downloadSessions(stampMs, edition, sessions, part));

  const options = (key: ScheduleFilter) => [...new Set(all.map((s) => s[key]))].filter((v): v is string => !!v);
  // Controls need JavaScript. The filters, the search box and the agenda toggle are rendered on the server too, held
  // (invisible, inert) until they work, so nothing below them moves when they do; so is the zone switch's row.
  const activeFilters = filters.filter((f) => options(f).length > 1);
  const held = pendingProps(hydrated);
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
  // The attendee tools (search, stars, agenda) will be there once loaded: their controls and the count hold their place.
  const attendee = first !== undefined && (favourites || search);
  // Controls the server renders in the toolbar (held until they work), beside the zone switch's row.
  const toolbarOnServer = offerCalendar || activeFilters.length > 0 || attendee;

  return (
    <div
      {...rest}
      className={withClass("wk-schedule-table", className)}
      data-converted={zone !== eventZone ? "" : undefined}
      aria-busy={zone !== display.zone ? true : undefined}
      data-phase={over ? "archive" : undefined}
    >
      {/* With a calendar menu the toolbar is on the server too, holding its row, so nothing shifts on hydration. */}
      {first && (toolbarOnServer || showTimeZoneToggle) ? (
        <div data-slot="toolbar" data-hydrating={hydrated ? undefined : ""}>
          {activeFilters.map((key) => (
            // The label wraps its select: labelled without ids.
            <label key={key} data-slot="filter" {...held}>
              {key === "kind" ? m.filterKind : key === "track" ? m.filterTrack : m.filterRoom}{" "}
              <select
                key={hydrated ? "live" : "held"}
                {...liveValue(hydrated, chosen[key] ?? "", (v) => setChosen({ ...chosen, [key]: v }))}
              >
                <option value="">{m.filterAll}</option>
                {options(key).map((v) => (
                  <option key={v} value={v}>
                    {key === "kind" ? (m.kindNames[v as Session["kind"]] ?? cap(v)) : v}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {tools && search ? (
            <tools.ScheduleSearch onChange={setQuery} m={m} />
          ) : search ? (
            <label data-slot="search" {...pendingProps(false)}>
              {m.search} <input type="search" placeholder={m.searchPlaceholder} />
            </label>
          ) : null}
          {tools && store && !shared ? (
            <tools.AgendaToggle store={store} sessions={all} pressed={agenda} onChange={setAgenda} m={m} />
          ) : favourites && !tools ? (
            <button type="button" className="wk-button" data-slot="agenda-toggle" {...pendingProps(false)}>
              {text(m.myAgenda, { count: 0 })}
            </button>
          ) : null}
          {offerCalendar ? (
            <CalendarMenu
              hydrated={hydrated}
              calendarUrl={calendarUrl}
              days={allDays(all, eventZone).map((d) => ({
                key: d.date,
                label: formatDate(d.firstStartMs, eventZone, { locale, style: "full" }),
                sessions: d.sessions,
              }))}
              onDownload={download}
              m={m}
            />
          ) : null}
          {tools && store && calendarOn ? (
            <tools.AgendaActions
              store={store}
              sessions={all}
              onDownload={(list) => download(list, "my agenda")}
              m={m}
            />
          ) : null}
          {offerCalendar ? (
            <span aria-live="polite" data-slot="calendar-notice">
              {calendarNotice && text(m.calendarDownloaded, { file: calendarNotice })}
            </span>
          ) : null}
          {showTimeZoneToggle ? (
            // A row of its own, held from the first paint: the switch for a reader whose zone is not the event's
            // (which only the browser knows), a note saying so for a reader in the event's zone. Either is two lines
            // of the same height, so nothing below moves when it appears (deep links, a reader in Auckland).
            <div data-slot="time-zone">
              <TimeZoneToggle
                eventZone={eventZone}
                referenceMs={first.start.epochMs}
                timeZone={display.choice}
                onTimeZoneChange={display.setChoice}
                messages={messages}
                holdPlace
              />
            </div>
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

/**
 * The programme's one calendar menu, a `<details>` (works without JavaScript): the host's published file when there is
 * one, then, after hydration, generated files of the whole programme and of each day (multi-day workshops). With
 * nothing that works yet it is invisible, holding its place.
 */
function CalendarMenu({
  hydrated,
  calendarUrl,
  days,
  onDownload,
  m,
}: {
  m: ScheduleMessages;
  hydrated: boolean;
  calendarUrl: string | undefined;
  days: readonly { key: string; label: string; sessions: readonly Session[] }[];
  onDownload: (sessions: readonly Session[], part?: string) => void;
}) {
  const href = calendarUrl ? linkHref(calendarUrl) : null;
  const webcal = href && /^https:\/\//i.test(href) ? href.replace(/^https:/i, "webcal:") : null;
  const all = days.flatMap((d) => d.sessions);
  return (
    <details data-slot="calendar-menu" {...pendingProps(hydrated || !!href)}>
      <summary>{m.addToCalendar}</summary>
      <div data-slot="calendar-options">
        {href ? (
          <a href={href} data-slot="calendar-file">
            {m.calendarFile}
          </a>
        ) : null}
        {webcal ? (
          <a href={webcal} data-slot="calendar-subscribe">
            {m.calendarSubscribe}
          </a>
        ) : null}
        {hydrated ? (
          <button type="button" className="wk-button" data-slot="calendar-all" onClick={() => onDownload(all)}>
            {m.addProgramme}
          </button>
        ) : null}
        {hydrated && days.length > 1
          ? days.map((d) => (
              <button
                key={d.key}
                type="button"
                className="wk-button"
                data-slot="calendar-day"
                onClick={() => onDownload(d.sessions, d.key)}
              >
                {text(m.addDay, { day: d.label })}
              </button>
            ))
          : null}
      </div>
    </details>
  );
}

/** A session's own calendar button, with its visible confirmation beside it. */
function SessionCalendar({ edition, session, m }: { edition: Edition; session: Session; m: ScheduleMessages }) {
  const [notice, download] = useCalendarDownload();
  return (
    <p data-slot="calendar-row">
      <button
        type="button"
        className="wk-button"
        data-slot="calendar"
        onClick={() => download((c, stampMs) => c.downloadSessions(stampMs, edition, [session], session.id))}
      >
        {m.addToCalendar}
        <span className="wk-visually-hidden">{m.colon + (session.title ?? m.tba)}</span>
      </button>{" "}
      <span aria-live="polite" data-slot="calendar-notice">
        {notice && text(m.calendarDownloaded, { file: notice })}
      </span>
    </p>
  );
}

/** "kind" → "Kind", "break" → "Break": filter labels and the names of kinds without a visible label. */
function cap(text: string): string {
  return text[0]?.toUpperCase() + text.slice(1);
}
