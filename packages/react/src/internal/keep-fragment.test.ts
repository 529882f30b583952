import { afterEach, describe, expect, it, vi } from "vitest";
import { keepFragmentInView } from "./keep-fragment";

/** A window whose ResizeObserver we drive by hand (jsdom has none), with the page opened at `hash`. */
function fakeWindow(hash: string, navigationType = "navigate") {
  const callbacks: (() => void)[] = [];
  const observed: Element[] = [];
  class FakeObserver {
    constructor(callback: () => void) {
      callbacks.push(callback);
    }
    observe(el: Element) {
      observed.push(el);
    }
    disconnect() {
      callbacks.length = 0;
    }
  }
  const scrollBy = vi.fn();
  const win = Object.assign(Object.create(window), {
    ResizeObserver: FakeObserver,
    location: { hash },
    scrollBy,
    performance: { getEntriesByType: () => [{ type: navigationType }] },
    getComputedStyle: (el: Element) => ({
      scrollPaddingTop: el === document.documentElement ? "16px" : "0px",
      scrollMarginTop: "8px",
    }),
    addEventListener: window.addEventListener.bind(window),
    removeEventListener: window.removeEventListener.bind(window),
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    document,
  }) as Window;
  const resize = () => {
    for (const c of [...callbacks]) c();
  };
  return { win, scrollBy, observed, resize };
}

function page() {
  document.body.innerHTML = `<header></header><main><section id="schedule"></section><section id="papers"><h2>Papers</h2></section></main>`;
  const papers = document.getElementById("papers") as HTMLElement;
  let top = 24;
  papers.getBoundingClientRect = () => ({ top }) as DOMRect;
  papers.getClientRects = () => [{}] as unknown as DOMRectList;
  return { moveTo: (y: number) => (top = y) };
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("keepFragmentInView", () => {
  it("scrolls by what the content above the target added, toward where the browser puts a fragment", () => {
    const { moveTo } = page();
    const { win, scrollBy, observed, resize } = fakeWindow("#papers");
    const stop = keepFragmentInView({ window: win });
    // Everything before the target, at every level: the schedule section and the header.
    expect(observed.map((e) => e.id || e.tagName.toLowerCase())).toEqual(["schedule", "header"]);
    moveTo(24 + 97); // the schedule grew by 97 px above the reader
    resize();
    // scroll-padding-top 16 + scroll-margin-top 8 = 24: back to where the reader was.
    expect(scrollBy).toHaveBeenCalledWith({ top: 97, behavior: "instant" });
    stop();
  });

  it("stops at the reader's first input, and leaves a page that did not move alone", () => {
    const { moveTo } = page();
    const { win, scrollBy, resize } = fakeWindow("#papers");
    keepFragmentInView({ window: win });
    resize();
    expect(scrollBy).not.toHaveBeenCalled();
    window.dispatchEvent(new Event("wheel"));
    moveTo(300);
    resize();
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it("does nothing without a fragment, for a fragment that names nothing, or after a reload", () => {
    page();
    for (const [hash, type] of [
      ["", "navigate"],
      ["#nowhere", "navigate"],
      ["#%E0%A4%A", "navigate"],
      ["#papers", "reload"],
    ] as const) {
      const { win, observed } = fakeWindow(hash, type);
      keepFragmentInView({ window: win });
      expect(observed).toEqual([]);
    }
  });
});
