/**
 * Keeps the element a page was opened at (`/#papers`) where the browser put it while the page comes alive.
 *
 * Some of what a page shows is known only in the reader's browser: the switch to the reader's time zone (only for a
 * reader whose zone is not the event's), the reader's own time beside a deadline, the state of the day. When such a
 * part appears above a deep link's target it pushes the target down, and Chromium does not correct a fragment scroll
 * for changes made while the page loads (measured: a reader in Auckland who opened `/#papers` on a phone saw the
 * papers move 97 px down when the schedule's zone switch appeared). This does what scroll anchoring would: a
 * `ResizeObserver` on every element before the target notices a size change after layout and before paint, and
 * scrolls by the difference in the same frame, so the target never moves on screen (no layout shift is reported).
 *
 * It only ever moves toward where the browser puts a fragment (`scroll-padding-top` + the target's
 * `scroll-margin-top`; the browser clamps at the end of the page), and it stops for good at the reader's first wheel,
 * touch, pointer or key, on `hashchange`, after `untilMs`, or when called back. A reload or a history navigation is
 * left alone (the browser restores the reader's own position there).
 */

/** Options of {@link keepFragmentInView}. */
export interface KeepFragmentOptions {
  /** Stop after this long (ms). Default `10000`. */
  untilMs?: number;
  /** The window to work in. Default the global `window`. */
  window?: Window;
}

const INPUT_EVENTS = ["wheel", "touchstart", "pointerdown", "keydown"] as const;

/**
 * Keep the page's fragment target (`location.hash`) in place while the page hydrates; returns a function that stops
 * it. Call it once, before hydrating (the template's client and the standalone script do). Does nothing on the
 * server, without a fragment that names an element, without `ResizeObserver`, or after a reload or history
 * navigation.
 */
export function keepFragmentInView(options: KeepFragmentOptions = {}): () => void {
  const win = options.window ?? (typeof window === "undefined" ? undefined : window);
  // The window's own constructor (a global, not typed on Window): works for another window (an iframe) too.
  const Observer = win && (win as Window & typeof globalThis).ResizeObserver;
  if (!win || typeof Observer !== "function") return () => {};
  const doc = win.document;
  const navigation = win.performance?.getEntriesByType?.("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (navigation && navigation.type !== "navigate") return () => {};
  let id = "";
  try {
    id = decodeURIComponent(win.location.hash.slice(1));
  } catch {
    // a malformed fragment names nothing
  }
  const target = id ? doc.getElementById(id) : null;
  if (!target) return () => {};

  const px = (value: string) => Number.parseFloat(value) || 0;
  const observer = new Observer(() => {
    // A target with no box (in a closed <details>, hidden) has no place to keep.
    if (!target.getClientRects().length) return;
    const want =
      px(win.getComputedStyle(doc.documentElement).scrollPaddingTop) + px(win.getComputedStyle(target).scrollMarginTop);
    const delta = target.getBoundingClientRect().top - want;
    // "instant": a site's `scroll-behavior: smooth` would spread the correction over frames the reader sees.
    if (Math.abs(delta) >= 0.5) win.scrollBy({ top: delta, behavior: "instant" });
  });
  // Everything that can move the target: each element before it, at every level up to <body>.
  for (let el: Element | null = target; el && el !== doc.body; el = el.parentElement) {
    for (let before = el.previousElementSibling; before; before = before.previousElementSibling) {
      observer.observe(before);
    }
  }
  const stop = () => {
    observer.disconnect();
    win.clearTimeout(timer);
    for (const type of INPUT_EVENTS) win.removeEventListener(type, stop, true);
    win.removeEventListener("hashchange", stop);
  };
  const timer = win.setTimeout(stop, options.untilMs ?? 10_000);
  for (const type of INPUT_EVENTS) win.addEventListener(type, stop, { capture: true, passive: true });
  win.addEventListener("hashchange", stop);
  return stop;
}
