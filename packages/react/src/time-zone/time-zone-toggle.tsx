"use client";

/**
 * `TimeZoneToggle`: a button that switches every time on the page between the event's zone and the reader's.
 * It appears after hydration (the reader's zone is unknown on the server) and only when the zones differ; with
 * `holdPlace` its place is kept from the first paint, and a reader already in the event's zone reads so there.
 */
import { zoneLabel } from "@workshop-kit/types";
import type { ComponentPropsWithoutRef } from "react";
import { withClass } from "../internal/class-name";
import { pendingProps } from "../internal/use-hydrated";
import { enCommon } from "../messages/en";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { type TimeZoneChoice, useDisplayTimeZone } from "./time-zone";
import { zoneName } from "./zone-names";

/** Props of {@link TimeZoneToggle}. */
export interface TimeZoneToggleProps extends Omit<ComponentPropsWithoutRef<"button">, "onClick" | "children"> {
  /** The edition's IANA zone. */
  eventZone: string;
  /** An instant near the event (epoch ms), used for both zones' offsets under DST. Required. */
  referenceMs: number;
  /**
   * Controlled choice; default: the shared choice.
   * @default the shared choice
   */
  timeZone?: TimeZoneChoice;
  /** Called with the new choice. */
  onTimeZoneChange?: (choice: TimeZoneChoice) => void;
  /**
   * Button text, in place of the default two lines; receives the reader's zone label. Default: the `timeZoneToggle`
   * message, "Show times in my time zone ({zone})", on two lines: its words before the zone with the state, then the
   * zone ("(New Zealand Time, UTC+12)", cut with an ellipsis where it does not fit). Read together they are the
   * button's accessible name.
   * @default the timeZoneToggle message, on two lines
   */
  label?: (readerZoneLabel: string) => string;
  /**
   * Keep the switch's place from the first paint, so nothing below it moves when it appears: before the reader's
   * zone is known an invisible, inert stand-in of the same size (none where scripting is off); for a reader whose
   * zone is the event's, a note laid over the stand-in, "Times are in your time zone", with the zone below it.
   * ScheduleTable's toolbar sets it. Default: `false`, nothing until the reader's zone is known and differs.
   * @default false
   */
  holdPlace?: boolean;
  /**
   * Words to replace (`timeZoneToggle`, `timeZoneIsYours`, `on`, `off`). Default: the
   * provider's, else English.
   * @default the provider's messages
   */
  messages?: MessagesOverride;
}

/**
 * A toggle button (`aria-pressed`) between the event zone and the reader's zone. Its accessible name stays the
 * same when pressed (a changing name would contradict `aria-pressed`); the visible state is a word beside the
 * label, "On" or "Off", hidden from assistive technology, which hears "pressed" / "not pressed" instead.
 */
export function TimeZoneToggle({
  eventZone,
  referenceMs,
  timeZone,
  onTimeZoneChange,
  label,
  holdPlace = false,
  messages,
  className,
  ...rest
}: TimeZoneToggleProps) {
  const display = useDisplayTimeZone(eventZone, { timeZone, onTimeZoneChange });
  const reader = display.readerZone;
  const m = resolveMessages(enCommon, display.messages, messages);
  const locale = messages?.locale ?? display.locale;
  const classes = withClass("wk-time-zone-toggle", className);
  // The zone as people call it, in the page's locale: "New Zealand Time, UTC+12", "Central European Time, CEST
  // (UTC+2)"; the label alone where Intl has no name ("AoE (UTC−12)", not "AoE (UTC−12), AoE (UTC−12)").
  const named = (zone: string) => {
    const place = zoneName(zone, referenceMs, locale);
    const short = zoneLabel(zone, referenceMs).text;
    return place === short ? place : place + m.listSeparator + short;
  };
  // The message's words before the zone make the first line, the zone with what surrounds it the second:
  // "Show times in my time zone" / "(New Zealand Time, UTC+12)"; read together, they are the message.
  const [before = "", after = ""] = m.timeZoneToggle.split("{zone}");
  const words = before.replace(/\s*[(（[]\s*$/u, "");
  const zoneLine = (zone: string) => before.slice(words.length).trim() + named(zone) + after;
  const state = (on: boolean) => (
    // One accessible name in both states (aria-pressed tells the state); eyes get it in words.
    <span className="wk-toggle-state" aria-hidden="true">
      {on ? m.on : m.off}
    </span>
  );
  // The button's text for a zone: a host's label on one line, else the message's two lines.
  const content = (zone: string, on: boolean) =>
    label ? (
      <>
        {label(named(zone))}
        {state(on)}
      </>
    ) : (
      <>
        <span data-slot="label">
          {`${words} `}
          {state(on)}
        </span>{" "}
        <span data-slot="zone">{zoneLine(zone)}</span>
      </>
    );
  // With holdPlace, the switch's place: an invisible, inert stand-in with the button's text for the event's zone.
  // The live button has the same words (and the zone's line is one line whatever the zone), so the same size.
  const standIn = (
    <span className={classes} {...pendingProps(false)}>
      {content(eventZone, false)}
    </span>
  );
  // Before hydration: nothing, or the held place.
  if (!reader) return holdPlace ? <span className="wk-time-zone-place">{standIn}</span> : null;
  // The reader's offset is the event's (the same zone included): nothing to switch. With holdPlace, a note says so,
  // laid over the stand-in, which stays (invisible) to keep the place's size whatever the note's words.
  if (zoneLabel(reader, referenceMs).offsetMinutes === zoneLabel(eventZone, referenceMs).offsetMinutes)
    return holdPlace ? (
      <span className="wk-time-zone-place">
        {standIn}
        <span className={classes} data-state="same">
          <span data-slot="label">{m.timeZoneIsYours}</span> <span data-slot="zone">{named(reader)}</span>
        </span>
      </span>
    ) : null;
  const pressed = display.choice === "reader";
  const button = (
    <button
      type="button"
      {...rest}
      className={classes}
      aria-pressed={pressed}
      data-state={pressed ? "on" : "off"}
      onClick={() => display.setChoice(pressed ? "event" : "reader")}
    >
      {content(reader, pressed)}
    </button>
  );
  return holdPlace ? <span className="wk-time-zone-place">{button}</span> : button;
}
