"use client";

/**
 * `TimeZoneToggle`: a button that switches every time on the page between the event's zone and the reader's.
 * It appears after hydration (the reader's zone is unknown on the server) and only when the zones differ.
 */
import { zoneLabel } from "@workshop-kit/types";
import type { ComponentPropsWithoutRef } from "react";
import { withClass } from "../internal/class-name";
import { enCommon } from "../messages/en";
import { text } from "../messages/format";
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
   * Button text; receives the reader's zone label. Default: the `timeZoneToggle` message,
   * "Show times in my time zone ({zone})", e.g. "… (New Zealand Time, UTC+12)".
   * @default the timeZoneToggle message
   */
  label?: (readerZoneLabel: string) => string;
  /**
   * Words to replace (`timeZoneToggle`, `on`, `off`). Default: the provider's, else English.
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
  messages,
  className,
  ...rest
}: TimeZoneToggleProps) {
  const display = useDisplayTimeZone(eventZone, { timeZone, onTimeZoneChange });
  const reader = display.readerZone;
  const m = resolveMessages(enCommon, display.messages, messages);
  // Nothing before hydration, nor when the reader's offset is the event's (the same zone included).
  const readerZoneLabel = reader && zoneLabel(reader, referenceMs);
  if (!readerZoneLabel || readerZoneLabel.offsetMinutes === zoneLabel(eventZone, referenceMs).offsetMinutes)
    return null;
  const pressed = display.choice === "reader";
  // The zone as people call it, in the page's locale: "New Zealand Time, UTC+12", "Central European Time, CEST
  // (UTC+2)"; the label alone where Intl has no name ("AoE (UTC−12)", not "AoE (UTC−12), AoE (UTC−12)").
  const place = zoneName(reader, referenceMs, messages?.locale ?? display.locale);
  const readerLabel = place === readerZoneLabel.text ? place : place + m.listSeparator + readerZoneLabel.text;
  return (
    <button
      type="button"
      {...rest}
      className={withClass("wk-time-zone-toggle", className)}
      aria-pressed={pressed}
      data-state={pressed ? "on" : "off"}
      onClick={() => display.setChoice(pressed ? "event" : "reader")}
    >
      {label ? label(readerLabel) : text(m.timeZoneToggle, { zone: readerLabel })}
      {/* One accessible name in both states (aria-pressed tells the state); eyes get it in words. */}
      <span className="wk-toggle-state" aria-hidden="true">
        {pressed ? m.on : m.off}
      </span>
    </button>
  );
}
