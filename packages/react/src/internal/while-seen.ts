/**
 * A page that is left open changes under its reader: a deadline passes, the next one becomes the one to watch. What
 * a reader is looking at may change its words, but not its layout: a card that grows under the reader's eyes pushes
 * everything below it down (a layout shift), and one that shrinks pulls it up. Out of view the browser's scroll
 * anchoring keeps the page still, so that is where such a change can land.
 */
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useHydrated } from "./use-hydrated";

/** A layout effect in the browser (before paint); on the server, where it would not run anyway, a plain effect. */
const useBeforePaint = typeof document === "undefined" ? useEffect : useLayoutEffect;

/** How near the viewport an element counts as seen: a change just outside it would show at the edge. */
const NEAR_PX = 100;

/**
 * Whether the element is in (or within 100 px of) the viewport, and whether the page is live: hydrated and past its
 * first render on the client. `false` on the server, during hydration, and where there is no `IntersectionObserver`.
 */
function useSeenLive(ref: RefObject<Element | null>): boolean {
  const hydrated = useHydrated();
  const [live, setLive] = useState(false);
  const [seen, setSeen] = useState(false);
  // The render after hydration brings the reader's clock (a build's "now" is not the reader's): that correction is
  // made at once, wherever the element is. Only what changes after it waits.
  useEffect(() => {
    if (hydrated) setLive(true);
  }, [hydrated]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver !== "function") return;
    // Measured now as well: the observer's first report comes with a later frame, and a deadline may pass before it.
    const box = el.getBoundingClientRect();
    setSeen(box.bottom > -NEAR_PX && box.top < window.innerHeight + NEAR_PX);
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) setSeen(last.isIntersecting);
      },
      { rootMargin: `${NEAR_PX}px` },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return live && seen;
}

/**
 * `value`, except that once the page is live a change waits while `ref`'s element is in view, and lands when the
 * element leaves it. For what decides a layout (which date has the big card), not for words: a deadline that has
 * passed must say so at once. A primitive, compared with `===`.
 */
export function useSteadyWhileSeen<T extends string | number | boolean>(value: T, ref: RefObject<Element | null>): T {
  const hold = useSeenLive(ref);
  const [shown, setShown] = useState(value);
  // Following the value while not holding: an update during render (React re-renders at once, before committing).
  if (!hold && shown !== value) setShown(value);
  return hold ? shown : value;
}

/**
 * The space to keep at the end of `ref`'s element when `key` changes while the element is in view (a call for papers
 * closing under the reader: its submit link gives way to a shorter "Submissions closed"), until it leaves the view,
 * so nothing below it moves up. Words change at once; only the space is kept. The caller renders it as an empty block
 * after its content: a box of its own, not a `min-block-size` on the element, whose change would stop the browser's
 * scroll anchoring from absorbing what changes above it at the same moment (the dates growing).
 */
export function useSpaceKeptWhileSeen(ref: RefObject<HTMLElement | null>, key: string): number {
  const hold = useSeenLive(ref);
  const [kept, setKept] = useState(0);
  // The element's height as last laid out (kept space included), from a ResizeObserver: before a change, as it
  // reports after layout and the change is measured before paint.
  const laidOut = useRef(0);
  const lastKey = useRef(key);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== "function") return;
    const observer = new ResizeObserver(() => {
      laidOut.current = el.getBoundingClientRect().height;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  useBeforePaint(() => {
    const el = ref.current;
    if (!el) return;
    if (lastKey.current !== key) {
      lastKey.current = key;
      const content = el.getBoundingClientRect().height - kept;
      if (hold && laidOut.current > content) setKept(laidOut.current - content);
    } else if (!hold && kept) {
      setKept(0);
    }
  });
  return kept;
}
