/**
 * The page's one zone choice for the standalone script: every fragment reads it, any zone switch changes it, and
 * it is remembered across visits (localStorage) and across open tabs (the `storage` event). Read before the first
 * client render, so a remembered choice is applied in that render: no event-zone times shown first and then
 * replaced by script.
 */
import { type TimeZoneChoice, validZoneChoice, ZONE_STORAGE_KEY } from "@workshop-kit/react";

// The key and format are @workshop-kit/react's (a TimeZoneProvider's remembered choice): one choice for both kinds of page.
export { ZONE_STORAGE_KEY };

export interface ZoneStore {
  readonly get: () => TimeZoneChoice;
  readonly set: (choice: TimeZoneChoice) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

/** A stored choice we can use: "event", "reader" or a zone this browser knows (canonical); anything else is ignored. */
export const validChoice = validZoneChoice;

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
