"use client";

/**
 * `LocalTime`: one instant in a `<time>` element, shown in the page's display zone.
 */
import { dayShift, formatDate, formatDateTime, formatTime, type Instant, zoneLabel } from "@workshop-kit/types";
import type { ComponentPropsWithoutRef } from "react";
import { withClass } from "../internal/class-name";
import { dayShiftText } from "../internal/day-shift";
import { enCommon } from "../messages/en";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
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
   * When the display zone is not the event zone and the date differs, append "+1 day" / "−1 day".
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
   * Words to replace (the day-shift mark) and, with a catalogue, its locale. Default: the provider's, else English.
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
  const m = resolveMessages(enCommon, display.messages, messages);
  const locale = messages?.locale ?? display.locale;
  // `display` carries the locale and hour12 the formatters read (an undefined hour12 means the locale's own).
  const text = (show === "time" ? formatTime : show === "date" ? formatDate : formatDateTime)(
    instant.epochMs,
    display.zone,
    { locale, hour12: display.hour12 },
  );
  const shift = (withDayShift ?? show === "time") ? dayShift(instant.epochMs, instant.zone, display.zone) : 0;
  return (
    <time
      {...rest}
      className={withClass("wk-local-time", className)}
      dateTime={instant.iso}
      data-converted={display.converted ? "" : undefined}
    >
      {text}
      {withZone ? ` ${zoneLabel(display.zone, instant.epochMs).text}` : null}
      {/* Two conditional children rather than a fragment: the same DOM without bundling Fragment. */}
      {shift ? " " : null}
      {shift ? (
        <span className="wk-day-shift" data-slot="day-shift">
          {dayShiftText(shift, m, locale)}
        </span>
      ) : null}
    </time>
  );
}
