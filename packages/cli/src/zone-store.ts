/**
 * The page's one zone choice for the standalone script: every fragment reads it, any zone switch changes it, and
 * it is remembered across visits (localStorage) and across open tabs (the `storage` event). Read before the first
 * client render, so a remembered choice is applied in that render: no event-zone times shown first and then
 * replaced by script.
 */
import type { TimeZoneChoice } from "@workshop-kit/react";

export const ZONE_STORAGE_KEY = "workshop-kit:time-zone";

export interface ZoneStore {
  readonly get: () => TimeZoneChoice;
  readonly set: (choice: TimeZoneChoice) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

/** A stored choice we can use: "event", "reader" or a zone this browser knows; anything else is ignored. */
export function validChoice(value: unknown): TimeZoneChoice | null {
  if (value === "event" || value === "reader") return value;
  if (typeof value !== "string" || value.length > 64) return null;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value;
  } catch {
    return null;
  }
}

/** `storage` is the page's localStorage, or `null` where it is unavailable (private modes, blocked cookies). */
export function createZoneStore(storage: Storage | null, target: Pick<Window, "addEventListener"> | null): ZoneStore {
  const read = () => {
    try {
      return validChoice(storage?.getItem(ZONE_STORAGE_KEY)) ?? "event";
    } catch {
      return "event";
    }
  };
  let choice: TimeZoneChoice = read();
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const l of listeners) l();
  };
  target?.addEventListener("storage", (e) => {
    if (e.key !== ZONE_STORAGE_KEY && e.key !== null) return;
    const next = read();
    if (next !== choice) {
      choice = next;
      emit();
    }
  });
  return {
    get: () => choice,
    set: (next) => {
      if (next === choice) return;
      choice = next;
      try {
        if (next === "event") storage?.removeItem(ZONE_STORAGE_KEY);
        else storage?.setItem(ZONE_STORAGE_KEY, next);
      } catch {
        // Storage full or blocked: the choice still holds for this page.
      }
      emit();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
