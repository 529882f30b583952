/**
 * A stand-in IntersectionObserver for jsdom (which has none): every observed element starts in view (jsdom lays
 * nothing out, so boxes are all zero, at the top of the viewport), and `scrollAway()` / `scrollBack()` report all of
 * them leaving or entering it, as a reader scrolling would.
 */
import { act } from "@testing-library/react";
import { onTestFinished, vi } from "vitest";

export function fakeIntersectionObserver() {
  const live = new Set<{ callback: IntersectionObserverCallback; targets: Element[]; self: IntersectionObserver }>();
  class FakeObserver {
    private entry: { callback: IntersectionObserverCallback; targets: Element[]; self: IntersectionObserver };
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { callback, targets: [], self: this as unknown as IntersectionObserver };
      live.add(this.entry);
    }
    observe(target: Element) {
      this.entry.targets.push(target);
    }
    unobserve() {}
    disconnect() {
      live.delete(this.entry);
    }
    takeRecords() {
      return [];
    }
  }
  vi.stubGlobal("IntersectionObserver", FakeObserver);
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
  const report = (isIntersecting: boolean) =>
    act(() => {
      for (const { callback, targets, self } of live) {
        callback(
          targets.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry),
          self,
        );
      }
    });
  return { scrollAway: () => report(false), scrollBack: () => report(true) };
}
