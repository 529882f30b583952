import type { Event, Person, Place, WithContext } from "schema-dts";
import { describe, expect, it } from "vitest";
import { esFomo, fixture, valid } from "./fixtures";
import { importFrabJson } from "./frab";
import { editionJsonLd, editionJsonLdWarnings } from "./jsonld";
import { jsonLdScriptText } from "./script-text";

type Obj = Record<string, unknown>;

describe("editionJsonLd", () => {
  const edition = esFomo(2025);
  // Compile-time proof (pnpm typecheck) that our own narrow output types are valid schema-dts JSON-LD.
  const typed: WithContext<Event> = editionJsonLd(edition);
  const ld = editionJsonLd(edition) as unknown as Obj;

  it("is a schema.org Event with name, url, dates with offsets and attendance mode", () => {
    expect(typed["@type"]).toBe("Event");
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("Event");
    expect(ld.name).toBe(edition.name);
    expect(ld.url).toBe(edition.website);
    expect(ld.startDate).toMatch(/^2025-07-18T\d{2}:\d{2}:00-07:00$/);
    expect(Date.parse(ld.startDate as string)).toBe(edition.sessions[0]?.start.epochMs);
    expect(ld.endDate).toMatch(/-07:00$/);
    // ES-FoMo 2025 has a venue and a virtual page.
    expect(ld.eventAttendanceMode).toBe("https://schema.org/MixedEventAttendanceMode");
  });

  it("has a location Place with a postal address", () => {
    const locations = ([] as Obj[]).concat(ld.location as Obj | Obj[]);
    const place = locations.find((l) => l["@type"] === "Place") as Place & Obj;
    expect(place.address).toMatchObject({
      "@type": "PostalAddress",
      addressLocality: "Vancouver",
      addressCountry: "Canada",
    });
  });

  it("has one subEvent per session, with performers that point at the people", () => {
    const subs = ld.subEvent as (Event & Obj)[];
    expect(subs).toHaveLength(edition.sessions.length);
    for (const [i, s] of edition.sessions.entries()) {
      const sub = subs[i] as Obj;
      expect(Date.parse(sub.startDate as string)).toBe(s.start.epochMs);
      const performers = (sub.performer ?? []) as Obj[];
      expect(performers.map((p) => p.name)).toEqual(
        s.speakerIds.map((id) => edition.people.find((p) => p.id === id)?.name),
      );
    }
    const performers = ld.performer as (Person & Obj)[];
    expect(performers.length).toBeGreaterThan(0);
    expect(
      performers.every((p) => typeof p.name === "string" && String(p["@id"]).startsWith("https://es-fomo.com")),
    ).toBe(true);
  });

  it("leaves the sessions' descriptions out when the page shows them (sessionDescriptions: false), nothing else", () => {
    const described = {
      ...edition,
      sessions: edition.sessions.map((s, i) => (i % 2 ? s : { ...s, description: ["What it is.", "Why it matters."] })),
    };
    const full = editionJsonLd(described) as unknown as Obj;
    expect((full.subEvent as Obj[]).filter((sub) => sub.description === "What it is.\n\nWhy it matters.")).toHaveLength(
      Math.ceil(edition.sessions.length / 2),
    );
    const slim = editionJsonLd(described, { sessionDescriptions: false }) as unknown as Obj;
    const subs = slim.subEvent as Obj[];
    expect(subs.filter((sub) => "description" in sub)).toEqual([]);
    // Everything else is the same document: names, times, urls to the rows, rooms, performers.
    expect(subs).toEqual((full.subEvent as Obj[]).map(({ description: _, ...rest }) => rest));
    expect({ ...slim, subEvent: null }).toEqual({ ...full, subEvent: null });
  });

  it("names the organisers", () => {
    const organisers = ([] as Obj[]).concat(ld.organizer as Obj);
    const expected = edition.people.filter((p) => p.roles.includes("organiser")).map((p) => p.name);
    expect(organisers.map((o) => o.name)).toEqual(expected.length ? expected : [edition.shortName]);
  });

  it("jsonLdScriptText of it parses back to the same document", () => {
    expect(JSON.parse(jsonLdScriptText(ld))).toEqual(JSON.parse(JSON.stringify(ld)));
  });
});

/** Every object in a JSON value that carries nothing but its `@type` (an empty `PostalAddress`, say). */
function emptyObjects(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => emptyObjects(v, `${path}[${i}]`));
  if (!value || typeof value !== "object") return [];
  const entries = Object.entries(value as Obj);
  const own = entries.every(([k]) => k === "@type") ? [path] : [];
  return [...own, ...entries.flatMap(([k, v]) => emptyObjects(v, `${path}.${k}`))];
}

describe("editionJsonLd: location of an imported edition", () => {
  const imported = (change?: (data: { schedule: { conference: Obj } }) => void) => {
    const data = JSON.parse(fixture("schedule.json"));
    change?.(data);
    return valid(importFrabJson(data));
  };

  it("never writes empty objects (no empty PostalAddress on sub-events)", () => {
    const ld = editionJsonLd(imported());
    expect(emptyObjects(ld)).toEqual([]);
    const sub = ld.subEvent?.[0];
    expect(sub?.location).toEqual({ "@type": "Place", name: "Hall A" });
  });

  it("has a top-level location from the venue whenever one is known, else none and a warning", () => {
    const oneRoom = imported((d) => {
      delete (d.schedule.conference.days as { rooms: Obj }[])[0]?.rooms["Room 2"];
    });
    expect(editionJsonLd(oneRoom).location).toEqual({ "@type": "Place", name: "Hall A" });
    expect(editionJsonLdWarnings(oneRoom)).toEqual([expect.stringContaining('location "Hall A" has no address')]);

    const placed = valid({
      edition: {
        ...importFrabJson(fixture("schedule.json")).edition,
        venue: { building: "Messe Wien", address: "Messeplatz 1", city: "Vienna", country: "Austria" },
      },
      unmapped: [],
    });
    expect(editionJsonLd(placed).location).toEqual({
      "@type": "Place",
      name: "Messe Wien",
      address: {
        "@type": "PostalAddress",
        streetAddress: "Messeplatz 1",
        addressLocality: "Vienna",
        addressCountry: "Austria",
      },
    });
    expect(editionJsonLdWarnings(placed)).toEqual([]);

    const nowhere = imported();
    expect(editionJsonLd(nowhere).location).toBeUndefined();
    expect(editionJsonLdWarnings(nowhere)).toEqual([expect.stringContaining("JSON-LD has no location")]);

    const online = valid({
      edition: { ...importFrabJson(fixture("schedule.json")).edition, links: { virtual: "https://meet.example.org/" } },
      unmapped: [],
    });
    expect(editionJsonLd(online).location).toEqual({ "@type": "VirtualLocation", url: "https://meet.example.org/" });
    expect(editionJsonLdWarnings(online)).toEqual([]);
  });

  it("ES-FoMo 2025 needs no warning", () => {
    expect(editionJsonLdWarnings(esFomo(2025))).toEqual([]);
  });
});
