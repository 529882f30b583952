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

const subscriptions = new Map<Listener, number>();
let timer: ReturnType<typeof setTimeout> | null = null;
let scheduledGranularity = Number.POSITIVE_INFINITY;
let current: number | null = null;

/** Read the system clock. The single call site in the library. */
function readSystemClock(): number {
  return Date.now();
}

function isHidden(): boolean {
  return typeof document !== "undefined" && document.visibilityState === "hidden";
}

/** The finest granularity any subscriber asked for; Infinity when there is none. */
function finestGranularity(): number {
  return Math.min(...subscriptions.values());
}

function stop(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  scheduledGranularity = Number.POSITIVE_INFINITY;
}

function schedule(): void {
  stop();
  if (subscriptions.size === 0 || isHidden()) return;
  const g = finestGranularity();
  // Wake just after the next boundary of the finest unit, so displayed text flips on time.
  scheduledGranularity = g;
  timer = setTimeout(tick, g - (readSystemClock() % g) + 1);
}

function tick(): void {
  timer = null;
  current = readSystemClock();
  for (const listener of [...subscriptions.keys()]) listener();
  schedule();
}

function onVisibilityChange(): void {
  if (isHidden()) stop();
  else tick();
}

/** Listen to `visibilitychange` or stop. Adding a listener twice or removing an absent one does nothing. */
function bindVisibility(bind: boolean): void {
  if (typeof document !== "undefined") {
    document[bind ? "addEventListener" : "removeEventListener"]("visibilitychange", onVisibilityChange);
  }
}

/**
 * Subscribe to the clock at a granularity (ms, at least 1000). Returns the unsubscribe function.
 * Listeners are called on every tick; `useSyncExternalStore` selectors decide whether to re-render.
 */
export function subscribeClock(listener: Listener, granularityMs: number): () => void {
  if (subscriptions.size === 0) current = readSystemClock();
  const g = Math.max(1000, granularityMs);
  subscriptions.set(listener, g);
  bindVisibility(true);
  // Only a finer granularity (or no timer yet) needs a new timer; the running one serves everyone else.
  if (timer === null || g < scheduledGranularity) schedule();
  return () => {
    if (!subscriptions.delete(listener)) return;
    if (subscriptions.size === 0) {
      stop();
      bindVisibility(false);
    } else if (finestGranularity() > scheduledGranularity) {
      schedule();
    }
  };
}

/**
 * The clock's current reading: the cached reading of the last tick while the clock runs, so every component
 * of one tick sees the same instant; a fresh reading when nothing is subscribed (e.g. a click handler that
 * stamps a calendar file).
 */
export function clockNow(): number {
  if (current === null || subscriptions.size === 0) current = readSystemClock();
  return current;
}

/** Number of live subscriptions. For tests and diagnostics. */
export function clockSubscriberCount(): number {
  return subscriptions.size;
}

/** Whether the single timer is armed. For tests and diagnostics. */
export function clockIsRunning(): boolean {
  return timer !== null;
}

/** Stop the clock and forget every subscription and cached reading. Tests call it between cases. */
export function resetClockForTests(): void {
  stop();
  subscriptions.clear();
  current = null;
  bindVisibility(false);
}
