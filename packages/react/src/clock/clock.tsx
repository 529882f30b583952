"use client";

/**
 * React bindings of the shared clock: `ClockProvider` to freeze or shift time, and hooks that read it
 * through `useSyncExternalStore` with a server snapshot, so server output never depends on the server's clock.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useSyncExternalStore } from "react";
import { clockNow, subscribeClock } from "./clock-store";

interface ClockSettings {
  readonly frozen: number | null;
  readonly offsetMs: number;
  readonly serverNow: number | null;
}

const ClockContext = createContext<ClockSettings>({ frozen: null, offsetMs: 0, serverNow: null });

/** Props of {@link ClockProvider}. */
export interface ClockProviderProps {
  /**
   * Freeze time at this instant (epoch ms, ISO string or `Date`): live elements show this moment,
   * on the server too. For stories, tests and screenshots. Default: not frozen.
   * @default undefined (not frozen)
   */
  now?: number | string | Date;
  /** Shift the live clock by this many milliseconds ("pretend it is two days later"). Default `0`. */
  offsetMs?: number;
  /**
   * The instant the page was rendered on the server (e.g. build time). Server output and the first client
   * render use it, so they match; the live clock takes over after hydration. Default: none — live parts
   * appear only after hydration.
   * @default undefined
   */
  serverNow?: number | string | Date;
  children?: ReactNode;
}

/** Epoch ms of a prop: a number as is, a `Date`'s time (`+date`), a parsed ISO string or `null`. */
function toMs(value: number | string | Date | undefined): number | null {
  if (typeof value !== "string") return value === undefined ? null : +value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** Freeze, shift or seed the shared clock for everything inside. */
export function ClockProvider({ now, offsetMs = 0, serverNow, children }: ClockProviderProps) {
  const frozen = toMs(now);
  const server = toMs(serverNow);
  const value = useMemo(() => ({ frozen, offsetMs, serverNow: server }), [frozen, offsetMs, server]);
  return <ClockContext.Provider value={value}>{children}</ClockContext.Provider>;
}

const noopUnsubscribe = () => {};

/**
 * Select a value from the current time. The component re-renders only when the selected value changes,
 * so return a primitive (string, number, boolean). `now` is `null` on the server and during hydration
 * unless a `ClockProvider` gives `now` or `serverNow`.
 *
 * @param granularityMs how often the value can change: `1000` for seconds, `60000` for minutes.
 * @param enabled pass `false` to stop listening: the hook then keeps returning the last value it returned while
 *   enabled (a paused countdown stays put even when something else re-renders it).
 */
export function useClockSelector<T>(selector: (now: number | null) => T, granularityMs = 60_000, enabled = true): T {
  const { frozen, offsetMs, serverNow } = useContext(ClockContext);
  // The last value selected while enabled: a disabled (paused) reader keeps showing it, whatever re-renders it.
  const held = useRef<[T]>(undefined);
  const subscribe = useCallback(
    (listener: () => void) => (frozen !== null || !enabled ? noopUnsubscribe : subscribeClock(listener, granularityMs)),
    [frozen, enabled, granularityMs],
  );
  const getSnapshot = () => (!enabled && held.current ? held.current[0] : selector(frozen ?? clockNow() + offsetMs));
  const getServerSnapshot = () => selector(frozen ?? serverNow);
  const value = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  if (enabled) held.current = [value];
  return value;
}

/**
 * The current time in epoch ms, quantised to `granularityMs`; `null` on the server and during hydration
 * (unless frozen or seeded by a `ClockProvider`).
 */
export function useNow(granularityMs = 60_000): number | null {
  return useClockSelector(
    (now) => (now === null ? null : Math.floor(now / granularityMs) * granularityMs),
    granularityMs,
  );
}
