/**
 * Fuzz (bounded, seeded): an Edition built in code, with hostile URLs in every URL field, through every writer.
 * No `javascript:`, `data:`, `vbscript:` or `file:` URL may come out of any of them (defence in depth behind
 * parseEdition, which refuses such URLs in a content file).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Edition, Link } from "../model/types";
import { deadlineFeedYaml } from "./deadline-feed";
import { esFomo } from "./fixtures";
import { editionToFrabJson } from "./frab-export";
import { editionCalendar } from "./ics";
import { editionJsonLd } from "./jsonld";
import { jsonLdScriptText } from "./script-text";

const MARK = "pwn1337";
const hostile = fc
  .tuple(
    fc.constantFrom(
      "javascript:",
      "JaVaScRiPt:",
      "data:text/html,",
      "vbscript:",
      "file:///",
      "java\tscript:",
      " javascript:",
    ),
    fc.constantFrom("", "//", "https://x.example/"),
  )
  .map(([scheme, rest]) => `${scheme}${rest}${MARK}`);

function poisoned(edition: Edition, url: () => string): Edition {
  const link = (l: Link): Link => ({ ...l, href: url() });
  const image = { src: url(), alt: "", width: 10, height: 10 };
  const cfp = edition.callForPapers;
  return {
    ...edition,
    website: url(),
    links: [...edition.links.map(link), { kind: "virtual", label: "Join", href: url() } as Link],
    sponsors: [...edition.sponsors, { name: "S", href: url(), logo: image } as unknown as Edition["sponsors"][number]],
    people: edition.people.map((p) => ({
      ...p,
      photo: image,
      links: [...p.links.map(link), { kind: "homepage", label: "Home", href: url() } as Link],
    })),
    sessions: edition.sessions.map((s) => ({
      ...s,
      links: [...s.links.map(link), { kind: "slides", label: "Slides", href: url() } as Link],
      paper: s.paper && { ...s.paper, links: [{ kind: "pdf", label: "PDF", href: url() } as Link] },
    })),
    callForPapers: cfp && {
      ...cfp,
      submissionUrl: url(),
      contactHref: url(),
      formats: cfp.formats.map((f) => ({ ...f, templateUrl: url(), submissionUrl: url() })),
    },
  };
}

const WRITERS: Record<string, (e: Edition) => string> = {
  ics: (e) => editionCalendar(e, { stampMs: 0 }).replace(/\r\n /g, ""),
  jsonld: (e) => JSON.stringify(editionJsonLd(e)),
  "jsonld script": (e) => jsonLdScriptText(editionJsonLd(e)),
  frab: editionToFrabJson,
  "deadline feed": (e) => deadlineFeedYaml([e]),
};

describe("every writer, given hostile URLs in every URL field of an Edition built in code", () => {
  const edition = esFomo(2025);
  for (const [name, write] of Object.entries(WRITERS)) {
    it(`${name} writes none of them`, () => {
      fc.assert(
        fc.property(fc.array(hostile, { minLength: 1, maxLength: 8 }), (urls) => {
          let i = 0;
          const out = write(poisoned(edition, () => urls[i++ % urls.length] as string));
          return !out.includes(MARK);
        }),
        { seed: 18, numRuns: 25 },
      );
    }, 30_000);
  }

  it("still writes the safe ones", () => {
    const safe = poisoned(edition, () => "https://safe.example/ok");
    for (const write of Object.values(WRITERS)) expect(write(safe)).toContain("https://safe.example/ok");
  });
});

describe("tentative dates", () => {
  const edition = esFomo(2025);
  const confirmed: Edition = { ...edition, dates: { ...edition.dates, tentative: false } };
  const tentative: Edition = { ...edition, dates: { ...edition.dates, tentative: true } };

  it("go out as tentative in ICS (STATUS), JSON-LD (no eventStatus) and the deadline feed", () => {
    expect(editionCalendar(tentative, { stampMs: 0 })).toContain("STATUS:TENTATIVE");
    expect(editionJsonLd(tentative).eventStatus).toBeUndefined();
    expect(deadlineFeedYaml([tentative])).toMatch(/date: .*\(tentative\)/);
  });

  it("and confirmed dates as scheduled", () => {
    expect(editionCalendar(confirmed, { stampMs: 0 })).not.toContain("STATUS:TENTATIVE");
    expect(editionJsonLd(confirmed).eventStatus).toBe("https://schema.org/EventScheduled");
    expect(deadlineFeedYaml([confirmed])).not.toContain("tentative");
  });
});
