import { describe, expect, it, vi } from "vitest";
import {
  createFavouritesStore,
  type FavouritesStorage,
  favouritesNamespace,
  favouritesStore,
} from "./favourites-store";
import { agendaFragment, readAgendaFragment } from "./share";

/** A Storage stand-in backed by a Map. */
function memory(initial: Record<string, string> = {}): FavouritesStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v);
    },
  };
}

describe("the favourites store", () => {
  it("stars and unstars, saves a JSON list under the edition's key, and reads it back", () => {
    const storage = memory();
    const store = createFavouritesStore("k", () => storage);
    store.toggle("opening");
    store.toggle("keynote");
    store.toggle("opening");
    expect([...store.getSnapshot()]).toEqual(["keynote"]);
    expect(storage.data.get("k")).toBe('["keynote"]');
    expect([...createFavouritesStore("k", () => storage).getSnapshot()]).toEqual(["keynote"]);
  });

  it("keeps the same snapshot until something changes, and tells subscribers", () => {
    const store = createFavouritesStore("k", () => memory());
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.add(["a", "b"]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(before);
    store.add(["a"]); // nothing new: no change, no call
    expect(listener).toHaveBeenCalledTimes(1);
    store.replace([]);
    expect(store.getSnapshot().size).toBe(0);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["not JSON", "{oops"],
    ["an object", '{"ids":["a"]}'],
    ["a number", "42"],
    ["null", "null"],
  ])("reads a corrupt value (%s) as nothing starred, and replaces it on the next change", (_, raw) => {
    const storage = memory({ k: raw });
    const store = createFavouritesStore("k", () => storage);
    expect(store.getSnapshot().size).toBe(0);
    expect(store.isPersistent()).toBe(true);
    store.toggle("a");
    expect(storage.data.get("k")).toBe('["a"]');
  });

  it("drops entries of a list that are not ids (numbers, empty strings)", () => {
    const store = createFavouritesStore("k", () => memory({ k: '["a", 3, "", null, "b"]' }));
    expect([...store.getSnapshot()]).toEqual(["a", "b"]);
  });

  it("keeps unknown ids as stored (the components ignore them)", () => {
    const storage = memory({ k: '["gone-session"]' });
    const store = createFavouritesStore("k", () => storage);
    store.toggle("opening");
    expect(JSON.parse(storage.data.get("k") ?? "")).toEqual(["gone-session", "opening"]);
  });

  it("keeps favourites in memory when storage is full (quota), and says they are not saved", () => {
    const full: FavouritesStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    const store = createFavouritesStore("k", () => full);
    store.toggle("opening");
    expect(store.getSnapshot().has("opening")).toBe(true);
    expect(store.isPersistent()).toBe(false);
  });

  it("works without storage at all (blocked: reading localStorage throws)", () => {
    const store = createFavouritesStore("k", () => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(store.getSnapshot().size).toBe(0);
    store.toggle("opening");
    expect([...store.getSnapshot()]).toEqual(["opening"]);
    expect(store.isPersistent()).toBe(false);
  });

  it("keeps two editions on one origin apart", () => {
    expect(favouritesNamespace({ shortName: "ES-FoMo III", year: 2025 })).toBe("es-fomo-iii-2025");
    const a = favouritesStore(favouritesNamespace({ shortName: "ES-FoMo II", year: 2024 }));
    const b = favouritesStore(favouritesNamespace({ shortName: "ES-FoMo III", year: 2025 }));
    expect(a).not.toBe(b);
    expect(favouritesStore("es-fomo-iii-2025")).toBe(b); // one store per edition on the page
    a.toggle("opening");
    expect(a.getSnapshot().has("opening")).toBe(true);
    expect(b.getSnapshot().has("opening")).toBe(false);
    expect(window.localStorage.getItem("workshop-kit:favourites:es-fomo-ii-2024")).toBe('["opening"]');
    expect(window.localStorage.getItem("workshop-kit:favourites:es-fomo-iii-2025")).toBeNull();
  });

  it("follows another tab's change (the storage event)", () => {
    const storage = memory();
    const store = createFavouritesStore("k", () => storage);
    const listener = vi.fn();
    const off = store.subscribe(listener);
    storage.data.set("k", '["poster"]');
    window.dispatchEvent(new StorageEvent("storage", { key: "other" }));
    expect(listener).not.toHaveBeenCalled();
    window.dispatchEvent(new StorageEvent("storage", { key: "k" }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect([...store.getSnapshot()]).toEqual(["poster"]);
    off();
  });
});

describe("share links", () => {
  const order = [{ id: "opening" }, { id: "keynote" }, { id: "poster" }];
  it("carry the ids in programme order, whatever the starring order", () => {
    expect(agendaFragment(new Set(["poster", "opening"]), order)).toBe("#agenda=opening,poster");
  });
  it("read back only ids of this edition, and nothing from other fragments", () => {
    const known = new Set(["opening", "poster"]);
    expect(readAgendaFragment("#agenda=opening,gone,poster,poster", known)).toEqual(["opening", "poster"]);
    expect(readAgendaFragment("#agenda=gone", known)).toBeNull();
    expect(readAgendaFragment("#opening", known)).toBeNull();
    expect(readAgendaFragment("#xagenda=opening", known)).toBeNull();
    expect(readAgendaFragment("#agenda=%E0%A4%A", known)).toBeNull();
  });
});
