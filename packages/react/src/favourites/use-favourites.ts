/**
 * React's view of the favourites store. Every hook reads through `useSyncExternalStore` with an empty server
 * snapshot, so the server and the hydration render agree (nothing starred) and nothing reads storage on the server.
 */
import type { Edition, Session } from "@workshop-kit/types";
import { useMemo, useSyncExternalStore } from "react";
import { type FavouritesStore, favouritesNamespace, favouritesStore } from "./favourites-store";

/** The edition's fields that name its favourites. */
export type FavouritesEdition = Pick<Edition, "shortName" | "year">;

const NONE: ReadonlySet<string> = new Set();
const noopSubscribe = () => () => {};
const yes = () => true;
const no = () => false;
const none = () => null;

/** `false` on the server and during hydration, `true` after: controls that need JavaScript wait for it. */
export { useHydrated } from "../internal/use-hydrated";

/** The page's favourites store of `edition` (one per edition, shared by every component). */
export function useFavouritesStore(edition: FavouritesEdition): FavouritesStore {
  const ns = favouritesNamespace(edition);
  return useMemo(() => favouritesStore(ns), [ns]);
}

/** Whether `id` is starred: the component re-renders only when this one answer changes. */
export function useIsStarred(store: FavouritesStore, id: string): boolean {
  return useSyncExternalStore(store.subscribe, () => store.getSnapshot().has(id), no);
}

/** Whether favourites are saved across visits (`false` once storage failed). */
export function useFavouritesPersistent(store: FavouritesStore): boolean {
  return useSyncExternalStore(store.subscribe, store.isPersistent, yes);
}

/**
 * The starred ids that exist in `sessions` (stale ids are ignored), or `null` when `on` is false or there is no
 * store (yet): a component
 * that only sometimes needs the whole set does not re-render on every star while it does not.
 */
export function useStarredSessions(
  store: FavouritesStore | null,
  sessions: readonly Session[],
  on = true,
): ReadonlySet<string> | null {
  const raw = useSyncExternalStore(store?.subscribe ?? noopSubscribe, store && on ? store.getSnapshot : none, none);
  return useMemo(() => {
    if (!raw) return null;
    if (!raw.size) return NONE;
    const out = new Set<string>();
    for (const s of sessions) if (raw.has(s.id)) out.add(s.id);
    return out;
  }, [raw, sessions]);
}

/** Sessions that take a star: everything but breaks and meals. */
export function isStarrable(session: Pick<Session, "kind">): boolean {
  return session.kind !== "break" && session.kind !== "meal";
}
