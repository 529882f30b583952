/**
 * The shared clock: one module-level timer for every live element on the page.
 *
 * - Ticks only as often as the finest granularity any subscriber asked for, aligned to that boundary
 *   (a minute countdown to a deadline at a whole minute flips exactly when its text should).
 * - Stops while the document is hidden and re-syncs (reads the clock and notifies) on `visibilitychange`.
 * - While it runs, every reader sees the same cached reading, so all components of one tick agree.
 * - This module is the only place in the library that reads the system clock.
 */

type Listener = () => void;

/** Each listener with the granularity it asked for. */
const subscriptions = new Map<Listener, number>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** The granularity the armed timer serves; `Infinity` while no timer is armed. */
let armed = Infinity;
/** The last reading: set by every tick and by the first subscription, so it is current while anything listens. */
let current = 0;

/** Read the system clock. The single call site in the library. */
function readSystemClock(): number {
  return Date.now();
}

function isHidden(): boolean {
  return typeof document !== "undefined" && document.visibilityState === "hidden";
}

/**
 * (Re)arm the single timer for the finest granularity subscribed, or leave it stopped when nothing is subscribed
 * (`Math.min()` of nothing is `Infinity`) or the document is hidden.
 */
function schedule(): void {
  clearTimeout(timer);
  armed = isHidden() ? Infinity : Math.min(...subscriptions.values());
  // Wake just after the next boundary of the finest unit, so displayed text flips on time.
  if (armed < Infinity) timer = setTimeout(tick, armed - (readSystemClock() % armed) + 1);
}

/** The timer's callback and the `visibilitychange` listener: read the clock, notify everyone, re-arm (or stop). */
function tick(): void {
  if (!isHidden()) {
    current = readSystemClock();
    for (const listener of [...subscriptions.keys()]) listener();
  }
  schedule();
}

/** Listen to `visibilitychange` or stop. Adding the listener twice or removing an absent one does nothing. */
function listenToVisibility(method: "addEventListener" | "removeEventListener"): void {
  if (typeof document !== "undefined") document[method]("visibilitychange", tick);
}

/**
 * Subscribe to the clock at a granularity (ms, at least 1000). Returns the unsubscribe function.
 * Listeners are called on every tick; `useSyncExternalStore` selectors decide whether to re-render.
 */
export function subscribeClock(listener: Listener, granularityMs: number): () => void {
  if (!subscriptions.size) current = readSystemClock();
  const g = Math.max(1000, granularityMs);
  subscriptions.set(listener, g);
  listenToVisibility("addEventListener");
  // Only a finer granularity (or no timer yet) needs a new timer; the armed one serves everyone else.
  if (g < armed) schedule();
  return () => {
    // The last one out (the finest is then `Infinity`) or the finest one leaving re-arms or stops the timer.
    if (subscriptions.delete(listener) && Math.min(...subscriptions.values()) > armed) schedule();
    if (!subscriptions.size) listenToVisibility("removeEventListener");
  };
}

/**
 * The clock's current reading: the cached reading of the last tick while the clock runs, so every component
 * of one tick sees the same instant; a fresh reading when nothing is subscribed (e.g. a click handler that
 * stamps a calendar file).
 */
export function clockNow(): number {
  if (!subscriptions.size) current = readSystemClock();
  return current;
}

/** Number of live subscriptions. For tests and diagnostics (tree-shaken from bundles: not exported publicly). */
export function clockSubscriberCount(): number {
  return subscriptions.size;
}

/** Whether the single timer is armed. For tests and diagnostics. */
export function clockIsRunning(): boolean {
  return armed < Infinity;
}

/** Stop the clock and forget every subscription and cached reading. Tests call it between cases. */
export function resetClockForTests(): void {
  subscriptions.clear();
  schedule();
  current = 0;
  listenToVisibility("removeEventListener");
}
