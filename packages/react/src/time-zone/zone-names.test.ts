import { describe, expect, it } from "vitest";
import { canonicalZone, zoneName } from "./zone-names";
import { createZoneStore, validZoneChoice, ZONE_STORAGE_KEY } from "./zone-store";

const JULY = Date.UTC(2025, 6, 18, 15, 30);

describe("canonicalZone", () => {
  it("gives Indian readers Asia/Kolkata, not Asia/Calcutta (ICU keeps the old id: the alias table)", () => {
    expect(canonicalZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(canonicalZone("Asia/Katmandu")).toBe("Asia/Kathmandu");
    expect(canonicalZone("Europe/Kiev")).toBe("Europe/Kyiv");
  });

  it("follows Intl's own canonical ids (US/Pacific, Etc/UTC) and keeps current ids, AoE and unknown ids", () => {
    expect(canonicalZone("US/Pacific")).toBe("America/Los_Angeles");
    expect(canonicalZone("Etc/UTC")).toBe("UTC");
    expect(canonicalZone("Pacific/Auckland")).toBe("Pacific/Auckland");
    expect(canonicalZone("AoE")).toBe("AoE");
    expect(canonicalZone("Mars/Olympus")).toBe("Mars/Olympus");
  });
});

describe("zoneName", () => {
  it("names zones as people do, in the locale", () => {
    expect(zoneName("Pacific/Auckland", JULY)).toBe("New Zealand Time");
    expect(zoneName("Asia/Kolkata", JULY)).toBe("India Standard Time");
    expect(zoneName("America/Los_Angeles", JULY)).toBe("Pacific Time");
    expect(zoneName("Pacific/Auckland", JULY, "de")).toMatch(/^Neuseeland/);
  });

  it("falls back to the long name or the short label where Intl has no generic name", () => {
    expect(zoneName("UTC", JULY)).toBe("Coordinated Universal Time");
    expect(zoneName("AoE", JULY)).toBe("Anywhere on Earth");
    expect(zoneName("Etc/GMT+12", JULY)).toBe("UTC\u221212");
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

describe("the remembered zone choice", () => {
  it("uses the standalone script's key and plain-text format", () => {
    expect(ZONE_STORAGE_KEY).toBe("workshop-kit:time-zone");
    const storage = memoryStorage({ [ZONE_STORAGE_KEY]: "reader" });
    const store = createZoneStore(storage, null);
    expect(store.get()).toBe("reader");
    store.set("Asia/Tokyo");
    expect(storage.getItem(ZONE_STORAGE_KEY)).toBe("Asia/Tokyo");
  });

  it("is stored and read canonical, and ignores what this browser does not know", () => {
    expect(validZoneChoice("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(validZoneChoice("Mars/Olympus")).toBeNull();
    expect(validZoneChoice(42)).toBeNull();
    expect(createZoneStore(memoryStorage({ [ZONE_STORAGE_KEY]: "Mars/Olympus" }), null).get()).toBeNull();
    expect(createZoneStore(memoryStorage(), null).get()).toBeNull();
  });

  it("still holds for the page when storage throws", () => {
    const broken = memoryStorage();
    broken.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    const store = createZoneStore(broken, null);
    store.set("reader");
    expect(store.get()).toBe("reader");
  });

  it("follows another tab's change (the storage event)", () => {
    const storage = memoryStorage();
    const target = new EventTarget();
    const store = createZoneStore(storage, target as unknown as Window);
    let calls = 0;
    store.subscribe(() => calls++);
    storage.setItem(ZONE_STORAGE_KEY, "Pacific/Auckland");
    target.dispatchEvent(Object.assign(new Event("storage"), { key: ZONE_STORAGE_KEY }));
    expect(store.get()).toBe("Pacific/Auckland");
    expect(calls).toBe(1);
  });
});
