import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Edition } from "../model/types";
import { deadlineFeed } from "./deadline-feed";
import { esFomo, fixture, valid } from "./fixtures";
import { importFrabJson } from "./frab";
import { editionToFrab, editionToFrabJson, frabAcronym, frabDayBound } from "./frab-export";
import { importSessionize } from "./sessionize";
import { uuidV5 } from "./uuid";

/** A small JSON Schema checker for the keywords the c3voc schema uses (type, required, properties, patterns…). */
function check(schema: Record<string, unknown>, root: Record<string, unknown>, value: unknown, path = "$"): string[] {
  if (schema === (false as unknown)) return [`${path}: not allowed`];
  if (schema.$ref) {
    const name = String(schema.$ref).replace("#/definitions/", "");
    return check((root.definitions as Record<string, Record<string, unknown>>)[name] ?? {}, root, value, path);
  }
  const errors: string[] = [];
  const types = schema.type === undefined ? null : ([] as unknown[]).concat(schema.type);
  if (types) {
    const actual =
      value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
    const ok = types.some((t) => t === actual || (t === "number" && actual === "integer"));
    if (!ok) return [`${path}: expected ${types.join("|")}, received ${actual}`];
  }
  if (schema.const !== undefined && value !== schema.const) errors.push(`${path}: expected ${String(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: not in enum`);
  if (typeof value === "string" && typeof schema.pattern === "string" && !new RegExp(schema.pattern).test(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (
    typeof value === "string" &&
    schema.format === "uuid" &&
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)
  ) {
    errors.push(`${path}: not a uuid`);
  }
  if (typeof value === "string" && schema.format === "date-time" && Number.isNaN(Date.parse(value))) {
    errors.push(`${path}: not a date-time`);
  }
  if (Array.isArray(value) && schema.items) {
    for (const [i, v] of value.entries())
      errors.push(...check(schema.items as Record<string, unknown>, root, v, `${path}[${i}]`));
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const r of (schema.required as string[] | undefined) ?? [])
      if (!(r in obj)) errors.push(`${path}.${r}: required`);
    const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    const patterns = (schema.patternProperties ?? {}) as Record<string, Record<string, unknown>>;
    for (const [k, v] of Object.entries(obj)) {
      if (k in props) errors.push(...check(props[k] as Record<string, unknown>, root, v, `${path}.${k}`));
      else {
        const pat = Object.entries(patterns).find(([p]) => new RegExp(p).test(k));
        if (pat) errors.push(...check(pat[1], root, v, `${path}.${k}`));
        else if (schema.additionalProperties === false) errors.push(`${path}.${k}: additional property`);
      }
    }
    if (Array.isArray(schema.oneOf)) {
      const matches = schema.oneOf.filter((s) => check(s as Record<string, unknown>, root, value, path).length === 0);
      if (matches.length !== 1) errors.push(`${path}: matches ${matches.length} of oneOf`);
    }
  }
  return errors;
}

// The community schema lives beside the repository (../shared/formats), not in it.
const schemaFile = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../../shared/formats/c3voc-schema.json");
const hasSchema = existsSync(schemaFile);
const c3vocSchema = hasSchema ? JSON.parse(readFileSync(schemaFile, "utf8")) : {};

const editions: [string, () => Edition][] = [
  ["ES-FoMo 2025", () => esFomo(2025)],
  ["ES-FoMo 2024", () => esFomo(2024)],
  ["ES-FoMo 2023", () => esFomo(2023)],
];

describe("editionToFrab", () => {
  it.runIf(hasSchema).each(editions)("%s: valid against the c3voc schema", (_n, load) => {
    const doc = editionToFrab(load());
    expect(check(c3vocSchema, c3vocSchema, JSON.parse(JSON.stringify(doc)))).toEqual([]);
  });

  it.runIf(hasSchema)("the checker itself catches a missing required field and a bad acronym", () => {
    const doc = JSON.parse(editionToFrabJson(esFomo(2025)));
    delete doc.schedule.conference.days[0].rooms[Object.keys(doc.schedule.conference.days[0].rooms)[0] as string][0]
      .guid;
    doc.schedule.conference.acronym = "ES-FoMo";
    const errors = check(c3vocSchema, c3vocSchema, doc);
    expect(errors.some((e) => e.endsWith(".guid: required"))).toBe(true);
    expect(errors.some((e) => e.includes("acronym"))).toBe(true);
  });

  it("has stable GUIDs: the same edition always exports the same ids", () => {
    expect(editionToFrabJson(esFomo(2025))).toBe(editionToFrabJson(esFomo(2025)));
    expect(uuidV5("https://es-fomo.com#session-opening")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/);
    // RFC 9562 test vector: uuid5(NAMESPACE_DNS, "www.example.com")
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  it("makes acronyms the c3voc pattern accepts", () => {
    expect(frabAcronym("ES-FoMo III", 2025)).toBe("es_fomo_iii_2025");
    expect(frabAcronym("ÆØ", 2025)).toBe("workshop_2025");
    // An acronym imported from our own export does not grow a second year.
    expect(frabAcronym("ddd_melbourne_2025", 2025)).toBe("ddd_melbourne_2025");
  });
});

describe("round trip: edition → frab JSON → edition", () => {
  it.each(editions)("%s keeps every session, time, room and person", (_n, load) => {
    const original = load();
    const back = valid(importFrabJson(editionToFrabJson(original)));
    expect(back.timeZone).toBe(original.timeZone);
    expect(back.sessions).toHaveLength(original.sessions.length);
    const names = (e: Edition, ids: readonly string[]) =>
      ids.map((id) => e.people.find((p) => p.id === id)?.name).sort();
    for (const s of original.sessions) {
      const b = back.sessions.find((x) => x.id === s.id);
      expect(b, s.id).toBeDefined();
      expect(b?.title).toBe(s.title);
      expect(b?.kind).toBe(s.kind);
      expect(b?.start.epochMs).toBe(s.start.epochMs);
      expect(b?.end?.epochMs ?? null).toBe(s.end?.epochMs ?? null);
      expect(b?.room ?? back.venue.room).toBe(s.room ?? original.venue.room ?? "Main room");
      expect(names(back, b?.speakerIds ?? [])).toEqual(names(original, s.speakerIds));
      expect(b?.description).toEqual(s.description);
      // pdf and arxiv links keep their kinds (they used to collapse into one paper link, the other lost).
      expect(b?.links, s.id).toEqual(s.links);
    }
    expect(back.shortName).toBe(original.shortName);
    const speakers = new Set(original.sessions.flatMap((s) => s.speakerIds));
    const speakerPeople = original.people.filter((p) => speakers.has(p.id));
    expect(back.people.map((p) => p.name).sort()).toEqual(speakerPeople.map((p) => p.name).sort());
    for (const p of speakerPeople) {
      const b = back.people.find((x) => x.name === p.name);
      expect(b?.bio).toEqual(p.bio);
      expect(b?.photo?.src ?? null).toBe(p.photo?.src ?? null);
      // One homepage, not the homepage twice (url and links).
      expect(new Set(b?.links.map((l) => l.href)).size, p.id).toBe(b?.links.length);
    }
  });

  it("keeps pdf and arxiv links apart, a person's website a website, and hosts hosts", () => {
    const original = valid({
      edition: {
        name: "SMOL: Small Models Workshop",
        shortName: "SMOL",
        year: 2025,
        timeZone: "Europe/Vienna",
        dates: { start: "2025-07-18" },
        people: [
          {
            id: "bo",
            name: "Bo Chen",
            roles: ["keynote"],
            links: { website: "https://bo.example.org/", github: "https://github.com/bo" },
          },
          { id: "mo", name: "Mo Derator", roles: ["moderator"] },
        ],
        sessions: [
          {
            id: "talk",
            title: "Talk",
            kind: "keynote",
            start: "2025-07-18T09:00",
            end: "2025-07-18T10:00",
            speakers: ["bo"],
            hosts: [{ id: "mo", role: "moderator" }],
            links: {
              paper: "https://example.org/paper",
              pdf: "https://example.org/paper.pdf",
              arxiv: "https://arxiv.org/abs/2501.00001",
            },
          },
        ],
      },
      unmapped: [],
    });
    const back = valid(importFrabJson(editionToFrabJson(original)));
    expect(back.sessions[0]?.links).toEqual(original.sessions[0]?.links);
    // A moderator comes back as a host, not a speaker.
    expect(back.sessions[0]?.hosts).toEqual([{ personId: "mo-derator", role: "moderator" }]);
    expect(back.sessions[0]?.speakerIds).toEqual(["bo-chen"]);
    expect(back.people[0]?.links).toEqual(original.people[0]?.links);
    expect(back.shortName).toBe("SMOL");
    expect(editionToFrab(back).schedule.conference.acronym).toBe("smol_2025");
  });
});

/** The parts of an edition a round trip through frab must keep. */
function essentials(e: Edition) {
  return {
    shortName: e.shortName,
    dates: [e.dates.start.iso, e.dates.end.iso],
    sessions: e.sessions.map((s) => [
      s.id,
      s.title,
      s.kind,
      s.start.epochMs,
      s.end?.epochMs ?? null,
      s.room ?? e.venue.room,
      s.description,
      s.links,
      s.speakerIds,
    ]),
    people: [...e.people]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((p) => [p.id, p.name, p.bio, p.links, p.photo?.src ?? null]),
  };
}

describe("round trip of real exports (excerpts of /work/shared/formats): import → frab → import", () => {
  const sources: [string, () => Edition][] = [
    ["pretalx rC3 2020", () => valid(importFrabJson(fixture("pretalx-rc3-excerpt.json")))],
    [
      "Sessionize DDD Melbourne 2024",
      () =>
        valid(
          importSessionize(fixture("dddmelbourne-2024-excerpt.json"), {
            timeZone: "Australia/Melbourne",
            name: "DDD Melbourne 2024",
            shortName: "DDD Melbourne",
          }),
        ),
    ],
  ];
  it.each(sources)("%s: the second import equals the first, and a third changes nothing", (_n, load) => {
    const first = load();
    expect(first.sessions.length).toBeGreaterThan(3);
    const second = valid(importFrabJson(editionToFrabJson(first)));
    const third = valid(importFrabJson(editionToFrabJson(second)));
    // rC3's acronym "rc3-channels-2020" comes back as the title's words it was made from; everything else as is.
    expect(essentials(second)).toEqual({
      ...essentials(first),
      shortName: first.shortName === "rc3-channels-2020" ? "rC3 Channels" : first.shortName,
    });
    expect(essentials(third)).toEqual(essentials(second));
    expect(editionToFrabJson(third)).toBe(editionToFrabJson(second));
  });
});

describe("frab day bounds on a DST day", () => {
  it("carry the offset in force at that wall-clock time (Auckland, 6 April 2025: +13 at 00:00, +12 at 23:59)", () => {
    expect(frabDayBound("2025-04-06", "00:00:00", "Pacific/Auckland")).toBe("2025-04-06T00:00:00+13:00");
    expect(frabDayBound("2025-04-06", "23:59:00", "Pacific/Auckland")).toBe("2025-04-06T23:59:00+12:00");
    expect(frabDayBound("2025-03-09", "23:59:00", "America/Vancouver")).toBe("2025-03-09T23:59:00-07:00");
  });
});

describe("overnight conferences (days ending at 04:00)", () => {
  /** Two frab days, 27 and 28 December, each ending at 04:00 the next morning, with a talk at 01:00 after each. */
  const overnight = (end?: string) => ({
    schedule: {
      version: "1",
      conference: {
        acronym: "night",
        title: "Night Conference",
        start: "2020-12-27",
        ...(end ? { end } : {}),
        time_zone_name: "Europe/Berlin",
        days: ["2020-12-27", "2020-12-28"].map((date, i) => ({
          index: i + 1,
          date,
          day_start: `${date}T10:00:00+01:00`,
          day_end: `${date.replace(/\d\d$/, (d) => String(Number(d) + 1))}T04:00:00+01:00`,
          rooms: {
            Stage: [
              { title: `Evening ${i + 1}`, date: `${date}T20:00:00+01:00`, duration: "01:00", type: "Talk" },
              {
                title: `Late ${i + 1}`,
                date: `${date.replace(/\d\d$/, (d) => String(Number(d) + 1))}T01:00:00+01:00`,
                duration: "00:30",
                type: "Talk",
              },
            ],
          },
        })),
      },
    },
  });

  it("import: a talk after midnight belongs to the day it is listed under, so dates.end is the last day", () => {
    expect(importFrabJson(overnight()).edition.dates).toEqual({ start: "2020-12-27", end: "2020-12-28" });
    expect(importFrabJson(overnight("2020-12-29T04:00:00+01:00")).edition.dates).toEqual({
      start: "2020-12-27",
      end: "2020-12-28",
    });
    expect(importFrabJson(overnight("2020-12-28")).edition.dates.end).toBe("2020-12-28");
  });

  it("export: no extra day for the small hours; the last day's day_end runs past midnight", () => {
    const edition = valid(importFrabJson(overnight()));
    const days = editionToFrab(edition).schedule.conference.days;
    expect(days.map((d) => d.date)).toEqual(["2020-12-27", "2020-12-28"]);
    // 01:00 on the 28th is within a listed date (its day runs from 00:00); 01:00 on the 29th is not, and belongs to
    // the night of the 28th instead of a day of its own.
    expect(days[1]?.rooms.Stage?.map((e) => e.title)).toEqual(["Late 1", "Evening 2", "Late 2"]);
    expect(days[1]?.day_end).toBe("2020-12-29T01:30:00+01:00");
    expect(days[0]?.day_end).toBe("2020-12-27T23:59:00+01:00");
  });

  it("the deadline feed says December 27–28, not 27–29", () => {
    const { edition } = importFrabJson(overnight());
    const deadlines = [
      { id: "submission", label: "Submission", kind: "submission" as const, due: "2020-11-01T23:59", zone: "UTC" },
    ];
    expect(deadlineFeed(valid({ edition: { ...edition, deadlines }, unmapped: [] }))?.date).toBe(
      "December 27-28, 2020",
    );
  });
});
