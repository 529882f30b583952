/**
 * The favourites store: the ids a reader starred, kept in the browser (`localStorage`) under one key per workshop
 * edition, shared by every component on the page (one store per key) and by other tabs (the `storage` event).
 * No React and no directive: components read it through `useSyncExternalStore` (use-favourites.ts).
 *
 * Storage failures are quiet: unavailable storage (private mode, blocked cookies) or a full one (quota) keeps the
 * favourites in memory for this page and sets `persistent` to `false`; a corrupt stored value reads as "nothing
 * starred" and is replaced on the next change. Ids that no longer exist in the edition are kept as stored (a
 * session may come back) but never shown or counted: components intersect with the edition's ids.
 */
import { fileSlug } from "../internal/download";

/** What a page needs from `localStorage`; tests and stories pass their own. */
export type FavouritesStorage = Pick<Storage, "getItem" | "setItem">;

/** The favourites of one edition. */
export interface FavouritesStore {
  /** The `localStorage` key (`workshop-kit:favourites:<edition>`). */
  readonly key: string;
  /** The starred ids: a new set after each change, the same set otherwise (a `useSyncExternalStore` snapshot). */
  getSnapshot(): ReadonlySet<string>;
  /** `false` once storage failed: favourites then last only as long as the page. */
  isPersistent(): boolean;
  /** Call `listener` after every change (this page's or another tab's). Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Star `id` if it is not starred, else unstar it. */
  toggle(id: string): void;
  /** Star every id of `ids`. */
  add(ids: Iterable<string>): void;
  /** Make `ids` the whole list (`[]` clears it). */
  replace(ids: Iterable<string>): void;
}

const PREFIX = "workshop-kit:favourites:";
const EMPTY: ReadonlySet<string> = new Set();
const stores = new Map<string, FavouritesStore>();

/** The storage key part of an edition: `es-fomo-iii-2025`. Different editions on one origin never share favourites. */
export function favouritesNamespace(edition: { readonly shortName: string; readonly year: number }): string {
  return fileSlug(`${edition.shortName} ${edition.year}`);
}

/**
 * The page's store for `namespace` (see {@link favouritesNamespace}), created on first use. `storage` (default
 * `window.localStorage`, read lazily) is used only when the store is created.
 */
export function favouritesStore(namespace: string, storage?: () => FavouritesStorage | null): FavouritesStore {
  let store = stores.get(namespace);
  if (!store) {
    store = createFavouritesStore(PREFIX + namespace, storage ?? browserStorage);
    stores.set(namespace, store);
  }
  return store;
}

/** A store that is not shared (tests): the page's stores come from {@link favouritesStore}. */
export function createFavouritesStore(key: string, storage: () => FavouritesStorage | null): FavouritesStore {
  let ids: ReadonlySet<string> | null = null; // read on first use: never on the server
  let persistent = true;
  const listeners = new Set<() => void>();

  const area = () => {
    try {
      return storage();
    } catch {
      return null; // reading `localStorage` itself throws when the browser blocks it
    }
  };
  const read = (): ReadonlySet<string> => {
    const s = area();
    if (!s) {
      persistent = false;
      return EMPTY;
    }
    try {
      return parse(s.getItem(key));
    } catch {
      persistent = false;
      return EMPTY;
    }
  };
  const notify = () => {
    for (const l of listeners) l();
  };
  const write = (next: ReadonlySet<string>) => {
    ids = next;
    const s = area();
    try {
      if (!s) throw new Error("no storage");
      s.setItem(key, JSON.stringify([...next]));
      persistent = true;
    } catch {
      persistent = false; // full or unavailable: keep them for this page
    }
    notify();
  };
  const onStorage = (e: StorageEvent) => {
    if (e.key !== key) return;
    ids = read();
    notify();
  };

  const current = (): ReadonlySet<string> => {
    ids ??= read();
    return ids;
  };

  return {
    key,
    getSnapshot: current,
    isPersistent: () => {
      current();
      return persistent;
    },
    subscribe(listener) {
      if (listeners.size === 0 && typeof window !== "undefined") window.addEventListener("storage", onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== "undefined") window.removeEventListener("storage", onStorage);
      };
    },
    toggle(id) {
      const next = new Set(current());
      if (!next.delete(id)) next.add(id);
      write(next);
    },
    add(more) {
      const next = new Set(current());
      const size = next.size;
      for (const id of more) next.add(id);
      if (next.size !== size) write(next);
    },
    replace(list) {
      write(new Set(list));
    },
  };
}

/** A stored value: a JSON array of strings. Anything else (corrupt, edited by hand, another format) reads as none. */
function parse(raw: string | null): ReadonlySet<string> {
  if (!raw) return EMPTY;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY;
  }
  if (!Array.isArray(value)) return EMPTY;
  return new Set(value.filter((v): v is string => typeof v === "string" && v.length > 0 && v.length < 200));
}

function browserStorage(): FavouritesStorage | null {
  return typeof window === "undefined" ? null : window.localStorage;
}
