/**
 * The corpus of realistic editions validates without warnings and, taken together, uses what the format offers:
 * a feature nobody writes down is a feature nobody tests.
 */
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../test/corpus";

const corpus = loadCorpus();
const editions = corpus.map((c) => c.edition);
const some = (test: (e: (typeof editions)[number]) => boolean) => editions.some(test);

describe("the corpus of editions (packages/types/test/corpus)", () => {
  it("has at least 10 editions, each valid without warnings", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10);
    expect(corpus.map((c) => c.warnings).join("")).toBe("");
  });

  it.each(corpus.map((c) => [c.file, c.edition] as const))("%s has sessions or a call for papers", (_file, e) => {
    expect(e.sessions.length > 0 || e.callForPapers !== null).toBe(true);
  });

  it("covers single- and multi-day workshops, one and several rooms", () => {
    expect(some((e) => e.dates.start.iso === e.dates.end.iso)).toBe(true);
    expect(some((e) => e.dates.start.iso !== e.dates.end.iso)).toBe(true);
    expect(some((e) => new Set(e.sessions.map((s) => s.room)).size > 2)).toBe(true);
  });

  it("covers AoE, UTC and IANA deadlines, date-only, TBA and submissions-open", () => {
    const deadlines = editions.flatMap((e) => e.deadlines);
    const zones = new Set(deadlines.flatMap((d) => (d.due ? [d.due.zone] : [])));
    expect(zones.has("AoE") && zones.has("UTC") && [...zones].some((z) => z.includes("/"))).toBe(true);
    expect(deadlines.some((d) => d.dateOnly)).toBe(true);
    expect(deadlines.some((d) => d.due === null)).toBe(true);
    expect(deadlines.some((d) => d.kind === "submissions-open")).toBe(true);
    expect(deadlines.some((d) => d.history.some((h) => h.dateOnly))).toBe(true);
  });

  it("covers blocks, hosts, per-talk affiliations, labels and the new kinds", () => {
    const sessions = editions.flatMap((e) => e.sessions);
    expect(sessions.some((s) => s.blockId !== null)).toBe(true);
    expect(new Set(sessions.flatMap((s) => s.hosts.map((h) => h.role)))).toEqual(
      new Set(["chair", "moderator", "host"]),
    );
    expect(sessions.some((s) => Object.keys(s.affiliations).length > 0)).toBe(true);
    expect(sessions.some((s) => s.label !== null)).toBe(true);
    const kinds = new Set(sessions.map((s) => s.kind));
    for (const k of ["contributed-talk", "lightning-talks", "tutorial", "demo", "sponsor-talk", "social"] as const) {
      expect(kinds.has(k), k).toBe(true);
    }
  });

  it("covers committees, titles, revisions, tracks with their own links, page ranges, links, sponsors, papers", () => {
    expect(some((e) => e.committees.length > 1)).toBe(true);
    expect(some((e) => e.people.some((p) => p.title !== null))).toBe(true);
    expect(some((e) => e.revisions.length > 0)).toBe(true);
    const formats = editions.flatMap((e) => e.callForPapers?.formats ?? []);
    expect(formats.some((f) => f.submissionUrl !== null)).toBe(true);
    expect(formats.some((f) => f.pageLimit?.min != null)).toBe(true);
    expect(formats.some((f) => f.pageLimit !== null && f.pageLimit.enforced === null)).toBe(true);
    const linkKinds = new Set(editions.flatMap((e) => e.links.map((l) => l.kind)));
    for (const k of ["livestream", "map", "virtual", "accepted-papers"] as const)
      expect(linkKinds.has(k), k).toBe(true);
    expect(some((e) => e.venue.address !== null)).toBe(true);
    expect(some((e) => e.sponsors.length > 0)).toBe(true);
    const papers = editions.flatMap((e) => e.papers);
    expect(papers.some((p) => p.poster !== null && p.sessionId !== null)).toBe(true);
  });
});
