import type { Event, Person, Place, WithContext } from "schema-dts";
import { describe, expect, it } from "vitest";
import { esFomo } from "./fixtures";
import { editionJsonLd, editionJsonLdScript } from "./jsonld";

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

  it("names the organisers", () => {
    const organisers = ([] as Obj[]).concat(ld.organizer as Obj);
    const expected = edition.people.filter((p) => p.roles.includes("organiser")).map((p) => p.name);
    expect(organisers.map((o) => o.name)).toEqual(expected.length ? expected : [edition.shortName]);
  });

  it("escapes < in the script text so it cannot close the script element", () => {
    expect(editionJsonLdScript(edition)).not.toContain("<");
    expect(JSON.parse(editionJsonLdScript(edition))).toEqual(JSON.parse(JSON.stringify(ld)));
  });
});
