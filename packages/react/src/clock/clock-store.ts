/**
 * The shared clock: one module-level timer for every live element on the page.
 *
 * - Ticks only as often as the finest granularity any subscriber asked for, aligned to that boundary.
 * - Stops while the document is hidden and re-syncs on `visibilitychange`.
 * - This module is the only place in the library that reads the system clock.
 */

type Listener = () => void;

interface Subscription {
  readonly granularityMs: number;
}

const subscriptions = new Map<Listener, Subscription>();
let timer: ReturnType<typeof setTimeout> | null = null;
let current: number | null = null;
let visibilityBound = false;

/** Read the system clock. The single call site in the library. */
function readSystemClock(): number {
  return Date.now();
}

function isHidden(): boolean {
  return typeof document !== "undefined" && document.visibilityState === "hidden";
}

function finestGranularity(): number {
  let finest = Number.POSITIVE_INFINITY;
  for (const s of subscriptions.values()) finest = Math.min(finest, s.granularityMs);
  return finest;
}

function stop(): void {
  if (timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
}

function schedule(): void {
  stop();
  if (subscriptions.size === 0 || isHidden()) return;
  const g = finestGranularity();
  const now = current ?? readSystemClock();
  // Wake just after the next boundary of the finest unit, so displayed text flips on time.
  const delay = g - (now % g) + 1;
  timer = setTimeout(tick, delay);
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

/**
 * Subscribe to the clock at a granularity (ms). Returns the unsubscribe function.
 * Listeners are called on every tick; `useSyncExternalStore` selectors decide whether to re-render.
 */
export function subscribeClock(listener: Listener, granularityMs: number): () => void {
  if (subscriptions.size === 0) current = readSystemClock();
  subscriptions.set(listener, { granularityMs: Math.max(1000, granularityMs) });
  if (!visibilityBound && typeof document !== "undefined") {
    document.addEventListener("visibilitychange", onVisibilityChange);
    visibilityBound = true;
  }
  schedule();
  return () => {
    subscriptions.delete(listener);
    if (subscriptions.size === 0) {
      stop();
      if (visibilityBound && typeof document !== "undefined") {
        document.removeEventListener("visibilitychange", onVisibilityChange);
        visibilityBound = false;
      }
    } else {
      schedule();
    }
  };
}

/** The clock's current reading (updated on ticks; read lazily the first time). */
export function clockNow(): number {
  if (current === null) current = readSystemClock();
  return current;
}

/** Number of live subscriptions. For tests and diagnostics. */
export function clockSubscriberCount(): number {
  return subscriptions.size;
}

/** Forget the cached reading (tests use it after moving fake timers). */
export function resetClockForTests(): void {
  stop();
  subscriptions.clear();
  current = null;
  if (visibilityBound && typeof document !== "undefined") {
    document.removeEventListener("visibilitychange", onVisibilityChange);
  }
  visibilityBound = false;
}
