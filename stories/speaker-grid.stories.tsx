import type { Meta, StoryObj } from "@storybook/react-vite";
import { SpeakerGrid, type SpeakerGridProps } from "@workshop-kit/react";
import type { Person } from "@workshop-kit/types";
import { expect, within } from "storybook/test";
import { edition2023, edition2025 } from "./content";
import { EDITIONS, editionArg, headingLevelArg, hrefFrom, withLocalPhoto } from "./fixtures";
import { factsEdition } from "./programme-facts";

const meta = {
  title: "Components/SpeakerGrid",
  component: SpeakerGrid,
  tags: ["autodocs"],
  args: { people: edition2025.people, edition: edition2025 },
  parameters: {
    docs: {
      guide: "speaker-card.md",
      description: {
        component:
          "Many SpeakerCards as a list, optionally grouped by role under headings (invited speakers, organisers, " +
          "panelists…), with each person's talks from the edition. Stories run offline: remote photos fall back " +
          "to initials; the “Photos that load” story uses local portraits.",
      },
    },
  },
} satisfies Meta<typeof SpeakerGrid>;
export default meta;

type Story = StoryObj<typeof meta>;

type PlaygroundArgs = Omit<SpeakerGridProps, "people" | "roles"> & {
  people: string;
  roles: SpeakerGridProps["roles"];
  sessionLink: string;
};

/** The people of an edition picked from a menu, filtered by role, grouped or not, in any variant. */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: {
    people: "ES-FoMo 2025",
    roles: ["invited-speaker"],
    variant: "full",
    headingLevel: 3,
    groupBy: undefined,
    sessionLink: "#{id}",
  },
  argTypes: {
    people: { ...editionArg, mapping: undefined, description: "Whose people: an edition from the menu" },
    headingLevel: headingLevelArg,
    variant: { control: { type: "inline-radio" }, options: ["full", "compact", "horizontal"] },
    groupBy: { control: { type: "inline-radio" }, options: [undefined, "role"] },
    roles: {
      control: { type: "inline-check" },
      options: ["invited-speaker", "keynote", "panelist", "moderator", "organiser", "program-committee"],
    },
    sessionLink: { control: "text", description: "Link template for a talk ({id} = session id; empty = no links)" },
    sessionHref: { control: false },
    edition: { control: false },
    groupLabel: { control: false },
  },
  // talkDescriptions: the 2025 invited talks have no descriptions to leave out.
  parameters: { controlsCheck: { skip: ["emptyMessage", "idPrefix", "bioCollapseAt", "talkDescriptions"] } },
  render: ({ people, sessionLink, ...args }) => {
    const edition = EDITIONS[people] ?? edition2025;
    const href = hrefFrom(sessionLink);
    return (
      <SpeakerGrid
        {...args}
        people={edition.people}
        edition={edition}
        sessionHref={href ? (id) => href(id) : undefined}
      />
    );
  },
};

/** Photos that load (local portraits, generated, not real people) beside one that has none. */
export const PhotosLoad: Story = {
  name: "Photos that load",
  args: {
    people: edition2025.people
      .filter((p) => p.roles.includes("invited-speaker"))
      .map((p, i) => (i < 3 ? withLocalPhoto(p, i) : { ...p, photo: null })),
    roles: ["invited-speaker"],
  },
};

/** Invited speakers on a 375 px phone: one column, photos above the text. */
export const PhoneGrid: Story = {
  name: "Phone grid (375 px)",
  args: { roles: ["invited-speaker"] },
  globals: { viewport: { value: "w375", isRotated: false } },
};

const rtlPeople: Person[] = [
  {
    id: "rtl-arabic",
    name: "ليلى عبد الرحمن",
    affiliation: "جامعة الملك عبدالله للعلوم والتقنية",
    title: null,
    roles: ["invited-speaker"],
    photo: null,
    bio: ["تعمل على تسريع تدريب النماذج اللغوية الكبيرة على العتاد المتخصص."],
    links: [{ kind: "homepage", href: "https://example.org/layla", label: "Homepage" }],
  },
  {
    id: "rtl-hebrew",
    name: "נועה בן-דוד",
    affiliation: "הטכניון",
    title: null,
    roles: ["panelist"],
    photo: null,
    bio: [],
    links: [],
  },
];

/** Names in right-to-left scripts, in a right-to-left page: initials keep their script and order. */
export const RtlNames: Story = {
  name: "Right-to-left names",
  args: { people: rtlPeople, edition: undefined },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
};

/** ES-FoMo 2025 invited speakers, with their talks. */
export const InvitedSpeakers2025: Story = {
  name: "ES-FoMo 2025 invited speakers",
  args: { roles: ["invited-speaker"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("article")).toHaveLength(
      edition2025.people.filter((p) => p.roles.includes("invited-speaker")).length,
    );
    // Remote photos may load, fail (offline: initials) or not start at all (lazy, off screen), so assert only
    // what holds in every case: each card is named, and any photo still shown has real alt text.
    for (const article of canvas.getAllByRole("article")) {
      const name = within(article).getByRole("heading").textContent ?? "";
      await expect(name.length).toBeGreaterThan(0);
      for (const img of within(article).queryAllByRole("img"))
        await expect(img).toHaveAttribute("alt", `Portrait of ${name}`);
    }
  },
};

/** Everyone in ES-FoMo 2025, grouped by role: invited speakers, then organisers. */
export const GroupedByRole2025: Story = {
  name: "ES-FoMo 2025 grouped by role",
  args: { groupBy: "role", headingLevel: 2 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const headings = canvas.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    await expect(headings).toEqual(["Invited speakers", "Organisers"]);
  },
};

/** The ES-FoMo 2023 panel: panelists and moderators, grouped, compact. */
export const Panel2023: Story = {
  name: "ES-FoMo 2023 panel (compact)",
  args: {
    people: edition2023.people,
    edition: edition2023,
    groupBy: "role",
    roles: ["moderator", "panelist"],
    headingLevel: 2,
    variant: "compact",
  },
};

/** Organisers as a compact wall. */
export const CompactGrid: Story = {
  args: { roles: ["organiser"], variant: "compact", edition: undefined },
};

/** Invited speakers in the horizontal variant: one column in a narrow container, two when there is room. */
export const HorizontalGrid: Story = {
  args: { roles: ["invited-speaker"], variant: "horizontal" },
};

/** Nobody announced yet. */
export const EmptyList: Story = {
  name: "Nobody announced yet",
  args: { people: [], edition: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Speakers to be announced.")).toBeVisible();
  },
};

/** Committees as named groups in the organiser's order; a person on two committees appears once, in the first. */
export const Committees: Story = {
  args: {
    people: factsEdition.people,
    edition: factsEdition,
    groupBy: "committee",
    headingLevel: 2,
    variant: "compact",
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Organising committee",
      "Best paper award committee",
      "Programme committee",
    ]);
    await expect(canvas.getAllByRole("article", { name: "Ada Lovelace" })).toHaveLength(1);
  },
};
