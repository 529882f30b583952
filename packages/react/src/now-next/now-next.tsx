"use client";

/**
 * `NowNext`: one line that says what matters now on the workshop day ("Now: Orals Session 1 · Next: Poster session
 * at 2:00 PM"), quiet otherwise: before the workshop it says when it starts, after it renders nothing (or the host's
 * `after`, e.g. a link to the recordings). It reads the shared clock at minute granularity; the server renders the
 * state at the `ClockProvider`'s `now`/`serverNow`, or — with no time known — the workshop's start alone.
 */
import {
  type Edition,
  formatDate,
  formatDateTimeZone,
  formatTime,
  type Session,
  sessionState,
  workshopWindow,
  zoneLabel,
} from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, type ReactNode, useMemo } from "react";
import { useClockSelector } from "../clock/clock";
import { withClass } from "../internal/class-name";
import { fill } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { type SessionHref, sessionLink } from "../paper-list/papers";
import { SCHEDULE_MESSAGES, SESSION_KIND_NAMES } from "../schedule-table/labels";
import { useDisplayTimeZone } from "../time-zone/time-zone";

/** Props of {@link NowNext}. */
export interface NowNextProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The edition whose programme is followed. Required. */
  edition: Edition;
  /**
   * Where a session's name links to: a template (`"#{id}"`, `"/schedule#{id}"`) or a function of the session id.
   * Default: no link.
   * @default undefined (names are plain text)
   */
  sessionHref?: SessionHref;
  /**
   * What to show once the workshop is over ("Recordings are online", a link). Default: nothing — the component renders
   * no element at all, so an archive page carries no stale "Now" row.
   * @default undefined (renders nothing after the event)
   */
  after?: ReactNode;
  /** Show "Starts Fri, Jul 18, 8:30 AM PT" before the workshop begins. Default `true`. */
  showStart?: boolean;
  /**
   * Words to replace (`now`, `next`, `nextAt`, `startsOn`…), or a whole catalogue. Laid over the provider's messages.
   * Default: the provider's, else English.
   * @default the provider's messages
   */
  messages?: MessagesOverride;
}

/** Where the workshop stands: `unknown` (no time yet: server without a clock, hydration), `before`, `during`, `after`. */
export type NowNextState = "unknown" | "before" | "during" | "after";

/** The sessions a reader follows: top-level ones (not the items inside a block). */
function topLevel(sessions: readonly Session[]): Session[] {
  return sessions.filter((s) => s.blockId === null);
}

/** A session's name in one line: its group ("Orals Session 1"), else its title, label or kind name. */
export function sessionName(session: Session): string {
  return session.group ?? session.title ?? session.label ?? SESSION_KIND_NAMES[session.kind];
}

/**
 * `"during\n<ids on now>\n<ids next>"`, `"before"`, `"after"` or `""` (unknown): what the line shows at `now`, as a
 * primitive so the shared clock re-renders only when it changes. "Next" skips sessions of a group already on now
 * (the second talk of "Orals Session 1" is not news); parallel sessions are listed together.
 */
export function nowNextKey(edition: Edition, now: number | null): string {
  if (now === null) return "";
  const { start, endMs } = workshopWindow(edition);
  if (now < start.epochMs) return "before";
  if (now >= endMs) return "after";
  const sessions = topLevel(edition.sessions);
  const live = sessions.filter((s) => sessionState(s, now) === "live");
  const onNow = new Set(live.map(sessionName));
  let nextStart = Number.POSITIVE_INFINITY;
  for (const s of sessions) {
    if (s.start.epochMs > now && s.start.epochMs < nextStart && !onNow.has(sessionName(s))) nextStart = s.start.epochMs;
  }
  const next = sessions.filter((s) => s.start.epochMs === nextStart && !onNow.has(sessionName(s)));
  return `during\n${live.map((s) => s.id).join(" ")}\n${next.map((s) => s.id).join(" ")}`;
}

/** What matters now on the workshop day, in one line; the start before it; nothing (or `after`) after it. */
export function NowNext({ edition, sessionHref, after, showStart = true, messages, className, ...rest }: NowNextProps) {
  const key = useClockSelector((now) => nowNextKey(edition, now), 60_000);
  const display = useDisplayTimeZone(edition.timeZone);
  const m = resolveMessages(SCHEDULE_MESSAGES, display.messages, messages);
  const byId = useMemo(() => new Map(edition.sessions.map((s) => [s.id, s])), [edition.sessions]);
  const [phase = "", nowIds = "", nextIds = ""] = key.split("\n");
  const state: NowNextState = (phase || "unknown") as NowNextState;
  const start = workshopWindow(edition).start;
  const opts = { locale: display.locale, hour12: display.hour12 };
  const startTime = (
    <time dateTime={start.iso}>
      {formatDateTimeZone(start.epochMs, start.zone, { ...opts, weekday: true, year: false })}
    </time>
  );

  if (state === "after" && after === undefined) return null;
  const pick = (ids: string) => ids.split(" ").flatMap((id) => byId.get(id) ?? []);
  const name = (s: Session) => {
    const href = sessionHref ? sessionLink(sessionHref, s.id) : null;
    return href ? <a href={href}>{sessionName(s)}</a> : sessionName(s);
  };
  const list = (sessions: Session[]) =>
    sessions.map((s, i) => (
      <span key={s.id}>
        {i ? m.listSeparator : null}
        {name(s)}
      </span>
    ));
  const live = pick(nowIds);
  const next = pick(nextIds);
  const first = next[0];
  // The next session's time in the display zone; its day too when it is not today's (a multi-day workshop), and the
  // zone when it is not the event's.
  const nextWhen = first
    ? (() => {
        const ms = first.start.epochMs;
        const today = live[0] ? formatDate(live[0].start.epochMs, display.zone, opts) : null;
        const day = formatDate(ms, display.zone, opts);
        const time = formatTime(ms, display.zone, opts);
        const label = zoneLabel(display.zone, ms);
        const zone = display.converted ? ` ${label.abbreviation ?? label.offset}` : "";
        return (
          <time dateTime={first.start.iso}>
            {today === day || today === null ? "" : `${formatDate(ms, display.zone, { ...opts, style: "medium" })}, `}
            {time}
            {zone}
          </time>
        );
      })()
    : null;

  return (
    <div {...rest} className={withClass("wk-now-next", className)} data-state={state}>
      {state === "during" ? (
        <p>
          {live.length ? (
            <span data-slot="now">
              <span data-slot="label">{m.now + m.colon.trimEnd()}</span> {list(live)}
            </span>
          ) : null}
          {live.length && first ? <span data-slot="separator">{m.separator}</span> : null}
          {first ? (
            <span data-slot="next">
              <span data-slot="label">{m.next + m.colon.trimEnd()}</span>{" "}
              {fill(m.nextAt, { session: <>{list(next)}</>, time: nextWhen })}
            </span>
          ) : null}
        </p>
      ) : state === "after" ? (
        <p data-slot="after">{after}</p>
      ) : showStart || state === "unknown" ? (
        <p data-slot="start">{state === "before" ? fill(m.startsOn, { date: startTime }) : startTime}</p>
      ) : null}
    </div>
  );
}
