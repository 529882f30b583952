/**
 * How the standalone script finds fragments (jsdom), and the zone choice every fragment shares.
 */
import { describe, expect, it, vi } from "vitest";
import type { EmbedData } from "./embed";
import { findFragments, fragmentHtml, scriptJson } from "./fragment";
import { createZoneStore, validChoice, ZONE_STORAGE_KEY } from "./zone-store";

const data = (component: EmbedData["component"]) =>
  ({ v: 1, component, edition: { name: "W" }, options: {} }) as unknown as EmbedData;

function page(html: string) {
  const root = document.createElement("div");
  root.innerHTML = html;
  return root;
}

describe("findFragments", () => {
  it("finds every fragment in document order with its data", () => {
    const root = page(
      fragmentHtml(data("dates"), "<p>Dates</p>") +
        "<p>between</p>" +
        fragmentHtml(data("schedule"), "<table></table>"),
    );
    const { fragments, problems } = findFragments(root);
    expect(problems).toEqual([]);
    expect(fragments.map((f) => f.data.component)).toEqual(["dates", "schedule"]);
    expect(fragments[0]?.container.textContent).toBe("Dates");
  });

  it("skips and reports a container whose data is missing, broken, or of an unknown format", () => {
    const root = page(
      '<div data-wk-embed="dates"><p>no data</p></div><p>x</p>' +
        '<div data-wk-embed="schedule"></div><script type="application/json" data-wk-props>{oops</script>' +
        '<div data-wk-embed="countdown"></div><script type="application/json" data-wk-props>{"v":2,"component":"countdown","edition":{}}</script>' +
        '<div data-wk-embed="cfp"></div><script type="application/json" data-wk-props>{"v":1,"component":"dates","edition":{}}</script>' +
        fragmentHtml(data("zone"), ""),
    );
    const { fragments, problems } = findFragments(root);
    expect(fragments.map((f) => f.data.component)).toEqual(["zone"]);
    expect(problems.map((p) => p.message)).toEqual([
      "dates: no <script data-wk-props> right after the fragment",
      "schedule: its data-wk-props is not valid JSON",
      "countdown: data of an unknown format (render it again with this version)",
      "cfp: data of an unknown format (render it again with this version)",
    ]);
  });

  it("reads back text that would end a script element", () => {
    const tricky = { ...data("dates"), options: { title: "</script><script>alert(1)</script> & \u2028" } };
    const root = page(fragmentHtml(tricky as EmbedData, ""));
    expect(root.querySelectorAll("script")).toHaveLength(1);
    expect(findFragments(root).fragments[0]?.data.options.title).toBe(tricky.options.title);
    expect(scriptJson({ a: "</script>" })).toBe('{"a":"\\u003c/script\\u003e"}');
  });
});

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe("the page's zone choice", () => {
  it("starts at the event's zone, or at the choice remembered from an earlier visit", () => {
    expect(createZoneStore(memoryStorage(), null).get()).toBe("event");
    expect(createZoneStore(memoryStorage({ [ZONE_STORAGE_KEY]: "reader" }), null).get()).toBe("reader");
    expect(createZoneStore(memoryStorage({ [ZONE_STORAGE_KEY]: "Asia/Tokyo" }), null).get()).toBe("Asia/Tokyo");
    expect(createZoneStore(memoryStorage({ [ZONE_STORAGE_KEY]: "Mars/Olympus" }), null).get()).toBe("event");
    expect(createZoneStore(null, null).get()).toBe("event");
  });

  it("tells every fragment when it changes, and remembers it", () => {
    const storage = memoryStorage();
    const store = createZoneStore(storage, null);
    const a = vi.fn();
    const b = vi.fn();
    store.subscribe(a);
    const stopB = store.subscribe(b);
    store.set("reader");
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1]);
    expect(storage.getItem(ZONE_STORAGE_KEY)).toBe("reader");
    stopB();
    store.set("event");
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([2, 1]);
    expect(storage.getItem(ZONE_STORAGE_KEY)).toBeNull();
  });

  it("follows a choice made in another tab", () => {
    const storage = memoryStorage();
    const target = new EventTarget();
    const store = createZoneStore(storage, target as unknown as Window);
    const listener = vi.fn();
    store.subscribe(listener);
    storage.setItem(ZONE_STORAGE_KEY, "reader");
    target.dispatchEvent(Object.assign(new Event("storage"), { key: ZONE_STORAGE_KEY }));
    expect(store.get()).toBe("reader");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("keeps working when storage throws", () => {
    const broken = memoryStorage();
    broken.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    const store = createZoneStore(broken, null);
    store.set("reader");
    expect(store.get()).toBe("reader");
    expect(validChoice("x".repeat(100))).toBeNull();
  });
});
