"use client";

/**
 * `LocalTime`: one instant in a `<time>` element, shown in the page's display zone.
 */
import { dayShift, formatDate, formatDateTime, formatTime, type Instant, zoneLabel } from "@workshop-kit/types";
import { type ComponentPropsWithoutRef, useDeferredValue } from "react";
import { withClass } from "../internal/class-name";
import type { MessagesOverride } from "../messages/resolve";
import { type TimeZoneChoice, useDisplayTimeZone } from "./time-zone";

/** Props of {@link LocalTime}. */
export interface LocalTimeProps extends Omit<ComponentPropsWithoutRef<"time">, "dateTime" | "children"> {
  /** The instant to show. Its `zone` is the event zone used by default. */
  instant: Instant;
  /** What to show: `"time"` (8:30 AM), `"date"` (July 18, 2025) or `"datetime"`. Default `"time"`. */
  show?: "time" | "date" | "datetime";
  /**
   * Append the zone's label ("PT (UTC−7)"). Default `false`.
   * @default false
   */
  withZone?: boolean;
  /**
   * With `show="time"`: when the display zone puts the time on another date than the event's, show that date too
   * ("Sat, Jul 19, 3:00 PM" rather than a bare "3:00 PM", or a "+1 day" that does not say which day it is).
   * Default `true` for `show="time"`.
   * @default true for show="time"
   */
  withDayShift?: boolean;
  /**
   * Override the shared time-zone choice for this element. Default: the shared choice.
   * @default the shared choice
   */
  timeZone?: TimeZoneChoice;
  /**
   * With a catalogue, the locale the time is written in. Default: the provider's, else English.
   * @default the provider's messages
   */
  messages?: MessagesOverride;
}

/** One instant as a `<time dateTime>`, formatted in the display zone. */
export function LocalTime({
  instant,
  show = "time",
  withZone,
  withDayShift,
  timeZone,
  messages,
  className,
  ...rest
}: LocalTimeProps) {
  const display = useDisplayTimeZone(instant.zone, { timeZone });
  // The new zone arrives in a deferred render, as it does in ScheduleTable: a zone switch paints the toggle at once,
  // and a page's many times (a speaker grid's talks) follow in an interruptible background render instead of
  // lengthening the switch itself (issue #19: the switch grew with the programme).
  const zone = useDeferredValue(display.zone);
  const locale = messages?.locale ?? display.locale;
  // The locale and hour12 the formatters read (an undefined hour12 means the locale's own).
  const fmt = { locale, hour12: display.hour12 };
  // A time on another date than the event's carries its date: "+1 day" alone does not say which day that is.
  const shift = show === "time" && (withDayShift ?? true) && dayShift(instant.epochMs, instant.zone, zone);
  const text = shift
    ? formatDateTime(instant.epochMs, zone, { ...fmt, weekday: true, year: false, month: "short" })
    : (show === "time" ? formatTime : show === "date" ? formatDate : formatDateTime)(instant.epochMs, zone, fmt);
  return (
    <time
      {...rest}
      className={withClass("wk-local-time", className)}
      dateTime={instant.iso}
      data-converted={zone !== instant.zone ? "" : undefined}
    >
      {text}
      {withZone ? ` ${zoneLabel(zone, instant.epochMs).text}` : null}
    </time>
  );
}
