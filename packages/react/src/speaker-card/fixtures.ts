/**
 * Synthetic people and sessions for the SpeakerCard tests. Built directly as model objects (not through the
 * parser), so tests can also hand the component what the parser would refuse.
 */
import { instantFromEpoch, type Person, type Session } from "@workshop-kit/types";

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: "tri-dao",
    name: "Tri Dao",
    affiliation: "Princeton University",
    title: null,
    roles: ["invited-speaker"],
    photo: { src: "https://example.org/tri.jpg", alt: "Portrait of Tri Dao", width: null, height: null },
    bio: [],
    links: [{ kind: "homepage", href: "https://tridao.me", label: "Homepage" }],
    ...overrides,
  };
}

const ZONE = "America/Vancouver";

/** A session on 2025-07-18 starting at `hourUtc`:00 UTC (09:00 UTC+0 is 2:00 AM PT; 16:00 UTC is 9:00 AM PT). */
export function session(id: string, hourUtc: number, overrides: Partial<Session> = {}): Session {
  const start = Date.UTC(2025, 6, 18, hourUtc, 0);
  return {
    id,
    title: `Talk ${id}`,
    kind: "invited-talk",
    label: null,
    blockId: null,
    start: instantFromEpoch(start, ZONE),
    end: instantFromEpoch(start + 30 * 60_000, ZONE),
    room: null,
    track: null,
    speakerIds: ["tri-dao"],
    speakersTba: false,
    hosts: [],
    affiliations: {},
    group: null,
    description: [],
    paper: null,
    links: [],
    ...overrides,
  };
}
