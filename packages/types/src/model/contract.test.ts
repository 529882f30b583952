/**
 * The fields of issue #13's model contract: each is read from the file into the model, and each rule that comes
 * with it (blocks, sessions that start together, date-only and TBA deadlines) holds.
 */
import { describe, expect, it } from "vitest";
import { formatIssues, parseEdition } from "./parse";
import type { Edition } from "./types";

const MINIMAL = {
  name: "Example Workshop",
  shortName: "EW",
  year: 2025,
  timeZone: "America/Vancouver",
  dates: { start: "2025-07-18" },
};

function edition(extra: Record<string, unknown>): Edition {
  const r = parseEdition({ ...MINIMAL, ...extra });
  if (!r.ok) throw new Error(formatIssues(r.issues));
  return r.edition;
}

function errors(extra: Record<string, unknown>) {
  const r = parseEdition({ ...MINIMAL, ...extra });
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues.filter((i) => i.severity === "error");
}

const people = [
  { id: "ada", name: "Ada Example", affiliation: "Example University", title: "General Chair", roles: ["organiser"] },
  { id: "bo", name: "Bo Example", roles: ["oral-presenter"] },
  { id: "cy", name: "Cy Example", roles: ["oral-presenter"] },
];

const block = {
  id: "orals-1",
  title: "Oral session 1",
  kind: "oral",
  start: "10:30",
  end: "11:30",
  room: "Hall A",
  hosts: [{ id: "ada", role: "chair" }],
  items: [
    {
      id: "talk-2",
      title: "Second talk",
      kind: "contributed-talk",
      start: "10:45",
      end: "11:00",
      speakers: ["cy"],
    },
    {
      id: "talk-1",
      title: "First talk",
      kind: "contributed-talk",
      start: "10:30",
      end: "10:45",
      speakers: ["bo"],
      affiliations: { bo: "Example Labs (work done at Example University)" },
    },
  ],
};

describe("sessions: blocks, labels, hosts, per-talk affiliations", () => {
  it("flattens a block: the block first, then its items in time order, each naming the block", () => {
    const e = edition({
      people,
      sessions: [
        { id: "opening", title: "Opening", kind: "opening", start: "10:00", end: "10:30", room: "Hall A" },
        block,
      ],
    });
    expect(e.sessions.map((s) => [s.id, s.blockId])).toEqual([
      ["opening", null],
      ["orals-1", null],
      ["talk-1", "orals-1"],
      ["talk-2", "orals-1"],
    ]);
    const talk = e.sessions.find((s) => s.id === "talk-1");
    expect(talk?.room).toBe("Hall A"); // from its block
    expect(talk?.affiliations).toEqual({ bo: "Example Labs (work done at Example University)" });
    expect(e.sessions.find((s) => s.id === "orals-1")?.hosts).toEqual([{ personId: "ada", role: "chair" }]);
    expect(e.people[0]?.title).toBe("General Chair");
  });

  it("keeps a label next to the kind", () => {
    const e = edition({
      sessions: [
        {
          id: "close",
          title: "Closing",
          kind: "closing",
          label: "Winners announcement + closing remarks",
          start: "17:00",
        },
      ],
    });
    expect(e.sessions[0]).toMatchObject({ kind: "closing", label: "Winners announcement + closing remarks" });
  });

  it("refuses an item outside its block, naming the block", () => {
    const late = { ...block, items: [{ id: "late", title: "Late talk", kind: "demo", start: "11:20", end: "11:40" }] };
    const found = errors({ people, sessions: [late] });
    expect(found.map((i) => [i.path, i.message])).toEqual([
      ["sessions[0].items[0].start", expect.stringContaining('not within its block "Oral session 1"')],
    ]);
  });

  it("refuses unknown host and affiliation ids, with their paths", () => {
    const bad = {
      ...block,
      hosts: [{ id: "nobody", role: "moderator" }],
      items: [{ ...block.items[1], affiliations: { ghost: "Nowhere" } }],
    };
    expect(errors({ people, sessions: [bad] }).map((i) => i.path)).toEqual([
      "sessions[0].hosts[0].id",
      "sessions[0].items[0].affiliations.ghost",
    ]);
  });

  it("allows two sessions that start together when at most one has an end", () => {
    const e = edition({
      sessions: [
        { id: "closing", title: "Closing remarks", kind: "closing", start: "17:00" },
        { id: "awards", title: "Awards", kind: "awards", start: "17:00", end: "17:15" },
      ],
    });
    expect(e.sessions).toHaveLength(2);
  });

  it("still refuses a real overlap and names the session it runs into", () => {
    const found = errors({
      sessions: [
        { id: "a", title: "Long talk", kind: "invited-talk", start: "09:00", end: "10:00" },
        { id: "b", title: "Short talk", kind: "invited-talk", start: "09:10", end: "09:20" },
        { id: "c", title: "Third talk", kind: "invited-talk", start: "09:30", end: "09:40" },
        { id: "d", title: "Also at nine", kind: "invited-talk", start: "09:00", end: "09:05" },
      ],
    });
    expect(found.map((i) => [i.path, i.message.split(" ends")[0]])).toEqual([
      ["sessions[3].start", '"Also at nine" starts before "Long talk" (sessions[0])'],
      ["sessions[1].start", '"Short talk" starts before "Long talk" (sessions[0])'],
      ["sessions[2].start", '"Third talk" starts before "Long talk" (sessions[0])'],
    ]);
  });
});

describe("deadlines: date-only, to be announced, submissions open", () => {
  it("reads a date-only AoE deadline as the end of that day AoE", () => {
    const e = edition({
      deadlines: [{ id: "notification", label: "Notification", kind: "notification", due: "2025-06-05", zone: "AoE" }],
    });
    expect(e.deadlines[0]).toMatchObject({ dateOnly: true, due: { iso: "2025-06-06T12:00:00.000Z", zone: "AoE" } });
  });

  it("reads date-only history entries", () => {
    const e = edition({
      deadlines: [
        {
          id: "submission",
          label: "Submission",
          kind: "submission",
          due: "2025-05-30T23:59",
          zone: "UTC",
          history: [{ due: "2025-05-23" }],
        },
      ],
    });
    expect(e.deadlines[0]?.history).toEqual([
      { due: expect.objectContaining({ iso: "2025-05-24T00:00:00.000Z" }), dateOnly: true, reason: null },
    ]);
  });

  it("keeps a deadline to be announced (due null, no zone needed) after the dated ones", () => {
    const e = edition({
      deadlines: [
        { id: "camera-ready", label: "Camera-ready", kind: "camera-ready", due: "TBA" },
        { id: "opens", label: "Submissions open", kind: "submissions-open", due: "2025-04-01", zone: "AoE" },
        { id: "notification", label: "Notification", kind: "notification" },
      ],
    });
    expect(e.deadlines.map((d) => [d.id, d.due === null])).toEqual([
      ["opens", false],
      ["camera-ready", true],
      ["notification", true],
    ]);
  });

  it("still requires a zone for a dated deadline", () => {
    expect(errors({ deadlines: [{ id: "x", label: "X", due: "2025-05-01" }] }).map((i) => i.path)).toEqual([
      "deadlines[0].zone",
    ]);
  });
});

describe("call for papers, venue, committees, revisions, papers", () => {
  it("reads page ranges, unknown enforcement and a track's own submission link", () => {
    const e = edition({
      callForPapers: {
        formats: [
          {
            id: "long",
            name: "Long paper",
            pageLimit: { min: 6, pages: 10 },
            submission: { url: "https://openreview.net/group?id=x", platform: "OpenReview" },
          },
        ],
      },
    });
    expect(e.callForPapers?.formats[0]).toMatchObject({
      pageLimit: { min: 6, pages: 10, enforced: null, excludes: null },
      submissionUrl: "https://openreview.net/group?id=x",
      submissionPlatform: "OpenReview",
    });
  });

  it("refuses a range whose lower end is above its upper end", () => {
    const found = errors({ callForPapers: { formats: [{ id: "x", name: "X", pageLimit: { min: 9, pages: 4 } }] } });
    expect(found.map((i) => i.path)).toEqual(["callForPapers.formats[0].pageLimit.min"]);
  });

  it("reads committees in order, revisions, the venue address and the new link kinds", () => {
    const e = edition({
      people,
      venue: { address: "1 Example Street" },
      links: { livestream: "https://example.org/live", map: "https://example.org/map" },
      committees: [
        { id: "awards", name: "Award committee", members: ["cy", "ada"] },
        { id: "pc", name: "Program committee", description: "Reviewed all submissions.", members: ["bo"] },
      ],
      revisions: [{ date: "2025-07-14", note: "Poster session moved to 15:00." }],
    });
    expect(e.committees).toEqual([
      { id: "awards", name: "Award committee", description: [], memberIds: ["cy", "ada"] },
      { id: "pc", name: "Program committee", description: ["Reviewed all submissions."], memberIds: ["bo"] },
    ]);
    expect(e.revisions).toEqual([
      { date: { year: 2025, month: 7, day: 14, iso: "2025-07-14" }, note: "Poster session moved to 15:00." },
    ]);
    expect(e.venue.address).toBe("1 Example Street");
    expect(e.links.map((l) => l.kind)).toEqual(["livestream", "map"]);
  });

  it("reads a paper's poster and session, and refuses an unknown session or member", () => {
    const sessions = [{ id: "posters", title: "Posters", kind: "poster-session", start: "15:00", end: "16:00" }];
    const e = edition({ sessions, papers: [{ title: "A paper", poster: "#42", session: "posters" }] });
    expect(e.papers[0]).toMatchObject({ poster: "#42", sessionId: "posters" });
    const found = errors({
      people,
      sessions,
      papers: [{ title: "A paper", session: "postres" }],
      committees: [{ id: "pc", name: "PC", members: ["zed"] }],
    });
    expect(found.map((i) => i.path)).toEqual(["papers[0].session", "committees[0].members[0]"]);
  });
});

describe("people whose role the page does not say", () => {
  it("reads a person without `roles` as having none, so a committee member needs no invented role", () => {
    const e = edition({
      people: [{ id: "sora", name: "Sora Takeda", affiliation: "University of Tokyo" }],
      committees: [{ id: "pc", name: "Programme committee", members: ["sora"] }],
    });
    expect(e.people[0]?.roles).toEqual([]);
    expect(e.committees[0]?.memberIds).toEqual(["sora"]);
  });

  it("still refuses an empty `roles` list, naming the path", () => {
    const issues = errors({ people: [{ id: "sora", name: "Sora Takeda", roles: [] }] });
    expect(issues.map((i) => i.path)).toContain("people[0].roles");
  });
});
