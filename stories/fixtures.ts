/**
 * Named fixtures for the Playground stories' menus: a designer picks "ES-FoMo 2024" or "Big programme" from a
 * select instead of editing a whole edition as JSON. Real content comes from stories/content.ts.
 */
import { assertEdition, type Edition, type Person } from "@workshop-kit/types";
import { syntheticProgramme } from "../packages/react/src/schedule-table/schedule-fixtures";
import portraitAmber from "./assets/portrait-amber.svg?no-inline";
import portraitTeal from "./assets/portrait-teal.svg?no-inline";
import portraitViolet from "./assets/portrait-violet.svg?no-inline";
import { edition2023, edition2024, edition2025 } from "./content";
import { CORPUS } from "./corpus";

/** A workshop still planning its day: titles and speakers to be announced, a right-to-left and a very long title. */
export const tbaEdition = assertEdition({
  name: "A workshop still planning its day",
  shortName: "TBA-W",
  year: 2025,
  timeZone: "America/Vancouver",
  dates: { start: "2025-07-18" },
  people: [{ id: "ada", name: "Ada Lovelace", affiliation: "Analytical Engines", roles: ["invited-speaker"] }],
  sessions: [
    { id: "opening", title: "Opening remarks", kind: "opening", start: "09:00", end: "09:10" },
    { id: "keynote", title: "TBA", kind: "keynote", start: "09:10", end: "10:00", speakers: ["ada"] },
    { id: "panel", title: "Panel: the next five years", kind: "panel", start: "10:00", end: "11:00", speakers: "TBA" },
    { id: "orals", title: "TBA", kind: "oral", start: "11:00", end: "11:15", speakers: "TBA", group: "Orals" },
    {
      id: "rtl",
      title: "نماذج الأساس الفعالة: a talk with a right-to-left title",
      kind: "oral",
      start: "11:15",
      end: "11:30",
      group: "Orals",
    },
    {
      id: "long",
      title:
        "An extraordinarily long title about efficient systems for foundation models that goes on and on to check that nothing overflows its cell even on a narrow phone screen",
      kind: "oral",
      start: "11:30",
      end: "11:45",
      group: "Orals",
    },
  ],
});

/** 300 sessions over 3 days in 8 rooms. */
export const bigProgramme = assertEdition(syntheticProgramme({ sessions: 300, days: 3, rooms: 8 }));
/** One day, three rooms. */
export const multiRoomDay = assertEdition(syntheticProgramme({ sessions: 30, days: 1, rooms: 3 }));
/** Three days, one room: a single track over several days. */
export const singleTrackDays = assertEdition(syntheticProgramme({ sessions: 24, days: 3, rooms: 1 }));

/** The editions a Playground offers, by menu label. */
export const EDITIONS: Record<string, Edition> = {
  "ES-FoMo 2025": edition2025,
  "ES-FoMo 2024": edition2024,
  "ES-FoMo 2023": edition2023,
  "TBA (planning)": tbaEdition,
  "Multi-room (1 day, 3 rooms)": multiRoomDay,
  "Single track, 3 days": singleTrackDays,
  "Big programme (3 days, 8 rooms, 300 sessions)": bigProgramme,
  "Empty (nothing announced)": { ...edition2025, sessions: [], people: [], deadlines: [] },
  // The model's corpus of realistic editions (packages/types/test/corpus/), labelled by their short names.
  ...Object.fromEntries(Object.values(CORPUS).map((e) => [`Corpus: ${e.shortName}`, e])),
};

/** `argTypes` entry: an edition picked from {@link EDITIONS}. */
export const editionArg = {
  options: Object.keys(EDITIONS),
  mapping: EDITIONS,
  control: { type: "select" },
} as const;

function person(id: string, edition = edition2025): Person {
  const p = edition.people.find((x) => x.id === id);
  if (!p) throw new Error(`no person ${id} in ${edition.year}`);
  return p;
}

/** Local portraits (generated shapes, not photos of real people): they load offline, in tests and screenshots. */
export const PORTRAITS = [portraitAmber, portraitTeal, portraitViolet] as const;

/** A person whose photo is a local file, so the "photo loaded" state can be seen and tested. */
export function withLocalPhoto(p: Person, index = 0): Person {
  return {
    ...p,
    photo: {
      src: PORTRAITS[index % PORTRAITS.length] as string,
      alt: `Portrait of ${p.name}`,
      width: 160,
      height: 160,
    },
  };
}

/** A three-paragraph bio, long enough to collapse behind "Read more". */
export const bio = [
  "Albert Gu is an assistant professor in the Machine Learning Department at Carnegie Mellon University and a co-founder of Cartesia. His research is on sequence models: how to make them efficient, principled and general.",
  "He created structured state space models (S4) and Mamba, which model long sequences in linear time and now power hybrid language models in production. Before CMU he was a researcher at DeepMind.",
  "He completed his PhD at Stanford University with Christopher Ré. More at https://goombalab.github.io.",
];

const gu = { ...person("albert-gu"), bio };

/** The people a Playground offers, by menu label. */
export const PEOPLE: Record<string, Person> = {
  "Albert Gu (photo, local file)": withLocalPhoto(gu, 0),
  "Albert Gu (no photo: initials)": { ...gu, photo: null },
  "Hagay Lupesko (photo fails: initials)": {
    ...person("hagay-lupesko"),
    photo: { src: "https://invalid.example/photo.jpg", alt: "Portrait of Hagay Lupesko", width: 160, height: 160 },
  },
  "Yi Wu, 2023 (no photo, no affiliation)": { ...person("yi-wu", edition2023), affiliation: null, photo: null },
  "No links, no bio": { ...withLocalPhoto(gu, 1), links: [], bio: [] },
};

/** `argTypes` entry: a person picked from {@link PEOPLE}. */
export const personArg = { options: Object.keys(PEOPLE), mapping: PEOPLE, control: { type: "select" } } as const;

/** A link template as text ("#speaker-{id}") turned into the href function a component takes; empty = no links. */
export function hrefFrom(template: string | undefined): ((id: string) => string | null) | undefined {
  if (template === undefined) return undefined;
  return (id) => (template ? template.replaceAll("{id}", id) : null);
}

/** The components' heading levels as a select. */
export const headingLevelArg = { options: [2, 3, 4, 5, 6], control: { type: "select" } } as const;
