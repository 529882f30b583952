/**
 * Zone choices shared by every React root on the page. A static-site framework hydrates each interactive part as
 * its own root (Astro islands): a zone toggle in one and a countdown in another have no provider in common, yet the
 * reader's one choice must convert both. Components without a `TimeZoneProvider` keep their choice here, one for the
 * page (`PAGE`: "event" and "reader" mean the same for a session in Vancouver and a deadline in AoE); providers given
 * a `shareKey` keep theirs under that key. Read through `useSyncExternalStore` with
 * the default as the server snapshot, so server output never depends on what an earlier request chose.
 */
import type { TimeZoneChoice } from "./time-zone";

/** The key of the choice of every component without a provider. */
export const PAGE = "";

const choices = new Map<string, TimeZoneChoice>();
const listeners = new Set<() => void>();

/** Listen to every change (a change is one click: no need for per-key listener lists). */
export function subscribeSharedChoice(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The choice stored under `key`, or `fallback` while nothing has been chosen. */
export function sharedChoice(key: string, fallback: TimeZoneChoice): TimeZoneChoice {
  return choices.get(key) ?? fallback;
}

/** Store a choice under `key` and tell every root. */
export function setSharedChoice(key: string, choice: TimeZoneChoice): void {
  if (choices.get(key) === choice) return;
  choices.set(key, choice);
  for (const listener of [...listeners]) listener();
}

/** Forget every choice. Tests call it between cases. */
export function resetSharedChoicesForTests(): void {
  choices.clear();
}
