import type { Meta, StoryObj } from "@storybook/react-vite";
import { SpeakerCard, type SpeakerCardProps } from "@workshop-kit/react";
import type { Person, Session } from "@workshop-kit/types";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { edition2023, edition2025 } from "./content";
import { bio, EDITIONS, editionArg, headingLevelArg, hrefFrom, PEOPLE, personArg, withLocalPhoto } from "./fixtures";
import { factsEdition } from "./programme-facts";

function find(id: string, edition = edition2025): Person {
  const p = edition.people.find((x) => x.id === id);
  if (!p) throw new Error(`no person ${id} in ${edition.year}`);
  return p;
}

const gu = find("albert-gu");
const invitedTalks = edition2025.sessions.filter((s) => s.kind === "invited-talk");

const meta = {
  title: "Components/SpeakerCard",
  component: SpeakerCard,
  tags: ["autodocs"],
  args: { person: gu, edition: edition2025 },
  parameters: {
    docs: {
      description: {
        component:
          "One person as an `<article>`: photo (or an initials avatar when it is missing or fails — stories run offline, so every remote photo here falls back), name heading, role, affiliation, talks with times in the shared zone, bio and links. SpeakerGrid (its own page) lists many, optionally grouped by role.",
      },
    },
  },
} satisfies Meta<typeof SpeakerCard>;
export default meta;

type Story = StoryObj<typeof meta>;

type PlaygroundArgs = SpeakerCardProps & { sessionLink: string };

/** Pick a person (with a photo that loads, a broken one, none), the variant, the heading level and link template. */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: {
    person: PEOPLE["Albert Gu (photo, local file)"] as Person,
    edition: EDITIONS["ES-FoMo 2025"],
    variant: "full",
    headingLevel: 3,
    talkTime: "time",
    bioCollapseAt: 400,
    sessionLink: "#{id}",
  },
  argTypes: {
    person: personArg,
    edition: editionArg,
    headingLevel: headingLevelArg,
    variant: { control: { type: "inline-radio" }, options: ["full", "compact", "horizontal"] },
    talkTime: { control: { type: "inline-radio" }, options: ["time", "datetime"] },
    sessionLink: { control: "text", description: "Link template for a talk ({id} = session id; empty = no links)" },
    sessionHref: { control: false },
    sessions: { control: false },
  },
  // talkDescriptions: the 2025 talks have no descriptions to leave out (see the 2023 edition for some).
  parameters: { controlsCheck: { skip: ["id", "talkDescriptions"] } },
  render: ({ sessionLink, ...args }) => {
    const href = hrefFrom(sessionLink);
    return <SpeakerCard {...args} sessionHref={href ? (id) => href(id) : undefined} />;
  },
};

/** An ES-FoMo 2025 invited speaker with their talk, a bio that collapses, and a link. */
export const Full: Story = {
  args: { person: { ...gu, bio } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole("article", { name: "Albert Gu" });
    await expect(within(card).getByRole("link", { name: "Albert Gu — X" })).toBeVisible();
    const talk = invitedTalks.find((s) => s.speakerIds.includes("albert-gu"));
    await expect(within(card).getByRole("list", { name: "Talks by Albert Gu" })).toHaveTextContent(/PT \(UTC−7\)/);
    await expect(within(card).getByRole("link", { name: talk?.title ?? "" })).toHaveAttribute("href", `#${talk?.id}`);
    await expect(canvas.getByText(/He completed his PhD/)).not.toBeVisible();
  },
};

/** Test: "Read more" opens the rest of the bio (the review story stays collapsed). */
export const FullReadMore: Story = {
  name: "Test: Read more opens the bio",
  tags: ["test-only"],
  args: Full.args,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText("Read more"));
    await expect(canvas.getByText(/He completed his PhD/)).toBeVisible();
  },
};

/** Avatar, name, role and affiliation only. */
export const Compact: Story = { args: { variant: "compact" } };

/** Photo beside the text, for lists. */
export const Horizontal: Story = { args: { variant: "horizontal", person: { ...gu, bio } } };

/** The photo URL fails (404, offline): initials on a colour derived from the name take its place. */
export const BrokenPhoto: Story = {
  name: "Photo fails: initials",
  args: {
    person: {
      ...find("hagay-lupesko"),
      // A path the Storybook server answers 404 to: fails at once, offline too (a remote host waited on DNS, and a
      // busy machine ran past the 10 s wait).
      photo: { src: "/no-such-photo.jpg", alt: "Hagay Lupesko", width: 160, height: 160 },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="avatar"]')).not.toBeNull(), {
      timeout: 10_000,
    });
    await expect(canvas.queryByRole("img")).toBeNull();
    await expect(canvasElement.querySelector('[data-slot="avatar"]')).toHaveTextContent("HL");
  },
};

/** No photo in the data, and no affiliation. */
export const NoPhoto: Story = {
  name: "No photo, no affiliation",
  args: { person: { ...find("yi-wu", edition2023), affiliation: null }, edition: edition2023 },
};

/** An 80-character name wraps inside the card; the initials stay two letters. */
export const LongName: Story = {
  args: {
    person: {
      ...gu,
      id: "long-name",
      name: "Maria Guadalupe Fernández de la Concepción Rodríguez-Santiesteban y Villalobos Ruiz",
      affiliation: "Universidad Nacional Autónoma de México, Instituto de Investigaciones en Matemáticas Aplicadas",
      photo: null,
    },
  },
  decorators: [(Story) => <div style={{ maxWidth: "18rem" }}>{Story()}</div>],
};

const threeTalks: readonly Session[] = invitedTalks.slice(0, 3).map((s) => ({ ...s, speakerIds: ["albert-gu"] }));

/** A person with three talks: each linked to its schedule row, with its time in the shared zone. */
export const ThreeTalks: Story = {
  args: { sessions: threeTalks },
  play: async ({ canvasElement }) => {
    const talks = within(canvasElement).getByRole("list", { name: "Talks by Albert Gu" });
    await expect(within(talks).getAllByRole("listitem")).toHaveLength(3);
    await expect(talks.querySelectorAll("time")).toHaveLength(3);
  },
};

/** Test: times of talks follow the shared choice, here the reader's zone (the toolbar's "Viewer zone"). */
export const TalkInReaderZone: Story = {
  name: "Test: talk time in the reader's zone",
  tags: ["test-only"],
  parameters: { timeZoneChoice: "reader" },
};

/** A photo that loads: a local portrait (generated, not a real person), so it shows offline too. */
export const PhotoLoads: Story = {
  name: "Photo loads",
  args: { person: withLocalPhoto({ ...gu, bio }, 0) },
  play: async ({ canvasElement }) => {
    const img = within(canvasElement).getByRole("img", { name: "Portrait of Albert Gu" });
    await waitFor(() => expect((img as HTMLImageElement).naturalWidth).toBeGreaterThan(0));
  },
};

/** A person with no links and no bio: no empty list, no "Read more". */
export const NoLinks: Story = {
  name: "No links, no bio",
  args: { person: { ...withLocalPhoto(gu, 1), links: [], bio: [] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByText("Read more")).toBeNull();
    await expect(canvas.queryByRole("link", { name: /Albert Gu — / })).toBeNull();
  },
};

/** A person's title, a panel they moderate, a talk with its own affiliation and description (issue #13). */
export const TitleHostAndTalkDetails: Story = {
  name: "Title, moderated panel, talk details",
  args: { person: factsEdition.people.find((p) => p.id === "grace") as Person, edition: factsEdition },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Program Chair")).toBeVisible();
    await expect(canvas.getByRole("list", { name: "Talks by Grace Hopper" })).toHaveTextContent(
      "Moderator: What comes after transformers?",
    );
  },
};

/** A talk whose programme prints another affiliation, with its description. */
export const TalkAffiliationAndDescription: Story = {
  args: { person: factsEdition.people.find((p) => p.id === "katherine") as Person, edition: factsEdition },
};

/**
 * Render hooks (`renderPart`, see docs/customising.md): a badge beside the name and a venue profile link added to
 * the card's links; the article stays named by its heading and keeps its id.
 */
export const WithRenderHooks: Story = {
  name: "Render hooks: badge and venue link",
  args: {
    renderPart: (part, content, person) => {
      if (part === "name")
        return (
          <>
            {content} <strong data-badge="">Keynote</strong>
          </>
        );
      if (part === "links")
        return (
          <>
            {content}
            <li>
              <a href={`https://venue.example.org/people/${person.id}`}>Venue profile</a>
            </li>
          </>
        );
      return content;
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole("article", { name: `${gu.name} Keynote` });
    await expect(card).toHaveAttribute("id", `speaker-${gu.id}`);
    await expect(within(card).getByRole("link", { name: "Venue profile" })).toBeVisible();
  },
};
