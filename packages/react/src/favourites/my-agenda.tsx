"use client";

/**
 * `MyAgenda`: the reader's starred sessions (or a shared selection), day by day in the page's zone
 * (TimeZoneProvider), with overlaps between them said in words. Favourites live in the browser, so the list
 * renders after hydration; the server and the hydration render write only the empty container.
 */
import { type Edition, formatDate, formatTime, groupSessionsByDay, type Session } from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, type ReactNode, useMemo } from "react";
import { withClass } from "../internal/class-name";
import { Heading, type HeadingLevel } from "../internal/heading";
import { plural, text } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { SCHEDULE_MESSAGES } from "../schedule-table/labels";
import { type TimeZoneChoice, useDisplayTimeZone } from "../time-zone/time-zone";
import { overlaps } from "./conflicts";
import { FavouriteToggle } from "./favourite-toggle";
import { useFavouritesStore, useHydrated, useStarredSessions } from "./use-favourites";

/** Props of {@link MyAgenda}. */
export interface MyAgendaProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The parsed edition. Required. */
  edition: Edition;
  /** Show these session ids (a shared selection) instead of the reader's favourites. Default: the favourites. */
  sessionIds?: readonly string[];
  /** Level of each day's heading. Default `3`. */
  headingLevel?: HeadingLevel;
  /** Controlled zone choice. Default: the shared choice (TimeZoneProvider), else the event's zone. */
  timeZone?: TimeZoneChoice;
  /**
   * Shown when nothing is starred. Default: the `agendaEmpty` message, "Nothing starred yet: star sessions in the
   * programme to list them here."
   * @default the agendaEmpty message
   */
  emptyMessage?: ReactNode;
  /**
   * Words to replace, or a whole catalogue (its locale then formats the dates too). Default: the provider's, else
   * English.
   * @default the provider's messages
   */
  messages?: MessagesOverride;
}

/** The starred (or shared) sessions of an edition as an agenda. */
export function MyAgenda({
  edition,
  sessionIds,
  headingLevel = 3,
  timeZone,
  emptyMessage,
  messages,
  className,
  ...rest
}: MyAgendaProps) {
  const store = useFavouritesStore(edition);
  const starred = useStarredSessions(store, edition.sessions, sessionIds === undefined);
  const display = useDisplayTimeZone(edition.timeZone, { timeZone });
  const hydrated = useHydrated();
  const picked = useMemo(() => {
    const ids = starred ?? new Set(sessionIds);
    return edition.sessions.filter((s) => ids.has(s.id));
  }, [edition.sessions, starred, sessionIds]);
  const clash = useMemo(() => overlaps(picked), [picked]);
  const m = resolveMessages(SCHEDULE_MESSAGES, display.messages, messages);
  const fmt = { locale: messages?.locale ?? display.locale, hour12: display.hour12 };
  const title = (s: Session) => s.title ?? m.tbaAlone;
  const at = (ms: number, iso: string) => <time dateTime={iso}>{formatTime(ms, display.zone, fmt)}</time>;

  return (
    <div {...rest} className={withClass("wk-my-agenda", className)} data-state={hydrated ? "ready" : "pending"}>
      {!hydrated ? null : picked.length === 0 ? (
        <p data-slot="empty">{emptyMessage ?? m.agendaEmpty}</p>
      ) : (
        // Days by the date in the zone the times are shown in: a reader's Saturday, not the event's Friday.
        groupSessionsByDay(picked, display.zone).map((day) => (
          <section key={day.date} data-slot="day">
            <Heading level={headingLevel} data-slot="day-heading">
              {formatDate(day.firstStartMs, display.zone, { ...fmt, style: "full" })}
            </Heading>
            <ul>
              {day.sessions.map((s) => {
                const others = clash.get(s.id);
                return (
                  <li key={s.id} data-slot="item" data-conflict={others ? "" : undefined}>
                    <span data-slot="time">
                      {at(s.start.epochMs, s.start.iso)}
                      {s.end ? m.range : null}
                      {s.end ? at(s.end.epochMs, s.end.iso) : null}
                    </span>{" "}
                    <bdi data-slot="title">{title(s)}</bdi>
                    {s.room ? (
                      <span data-slot="room" dir="auto">
                        {m.separator + s.room}
                      </span>
                    ) : null}
                    {others ? (
                      <p data-slot="conflict">
                        <strong>{plural(m.conflicts, 1, fmt.locale)}</strong>{" "}
                        {text(m.overlapsWith, { titles: others.map(title).join(m.listSeparator) })}
                      </p>
                    ) : null}
                    {sessionIds === undefined ? (
                      <FavouriteToggle edition={edition} itemId={s.id} label={title(s)} messages={messages} />
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
