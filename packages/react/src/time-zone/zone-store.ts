/**
 * The page's remembered zone choice: one small external store, read with `useSyncExternalStore`, kept in
 * `localStorage` under {@link ZONE_STORAGE_KEY} (the standalone script of the `workshop-kit` CLI uses the same key
 * and format, so a choice made on one kind of page holds on the other) and shared between open tabs through the
 * `storage` event. The server never reads it: its snapshot is the provider's default, so hydration matches.
 */
import type { TimeZoneChoice } from "./time-zone";
import { canonicalZone } from "./zone-names";

/** The `localStorage` key of the remembered choice: `"event"`, `"reader"` or a canonical IANA id, as plain text. */
export const ZONE_STORAGE_KEY = "workshop-kit:time-zone";

/** A remembered choice we can use: `"event"`, `"reader"` or a zone this browser knows (canonical); else `null`. */
export function validZoneChoice(value: unknown): TimeZoneChoice | null {
  if (value === "event" || value === "reader") return value;
  if (typeof value !== "string" || value.length > 64 || value === "") return null;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
  } catch {
    return null;
  }
  return canonicalZone(value);
}

/** The store behind a `TimeZoneProvider`. */
export interface ZoneStore {
  /** The remembered choice, or `null` when there is none. */
  readonly get: () => TimeZoneChoice | null;
  readonly set: (choice: TimeZoneChoice) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

/**
 * A store over `storage` (the page's `localStorage`, or `null`: kept in memory for this page only), listening for
 * other tabs' changes on `target` (the window) when given.
 */
export function createZoneStore(storage: Storage | null, target: Pick<Window, "addEventListener"> | null): ZoneStore {
  const read = (): TimeZoneChoice | null => {
    try {
      return validZoneChoice(storage?.getItem(ZONE_STORAGE_KEY));
    } catch {
      return null; // reading storage throws when the browser blocks it
    }
  };
  let choice = read();
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
      const valid = validZoneChoice(next);
      if (valid === null || valid === choice) return;
      choice = valid;
      try {
        storage?.setItem(ZONE_STORAGE_KEY, valid);
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

let page: ZoneStore | undefined;
/** The page's store over `window.localStorage`, made on first use in a browser (never on a server). */
export function pageZoneStore(): ZoneStore {
  if (!page) {
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
    } catch {
      // blocked: remembered for this page only
    }
    page = createZoneStore(storage, window);
  }
  return page;
}

/** Tests: forget the page's store and its remembered choice (so one test's switch does not leak into the next). */
export function resetZoneStoreForTests(): void {
  page = undefined;
  try {
    window.localStorage.removeItem(ZONE_STORAGE_KEY);
  } catch {
    // no storage: nothing to forget
  }
}
