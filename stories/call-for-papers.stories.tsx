import type { Meta, StoryObj } from "@storybook/react-vite";
import { CallForPapers, ImportantDates } from "@workshop-kit/react";
import { assertEdition, type Edition } from "@workshop-kit/types";
import { expect, userEvent, within } from "storybook/test";
import { edition2024, edition2025 } from "./content";
import { DeadlinePassing, nextFrames } from "./deadline-passing";
import { editionArg } from "./fixtures";
import { factsEdition } from "./programme-facts";

/** A call with almost nothing in it: an introduction, one deadline, no submission site yet. */
function minimalEdition(): Edition {
  return assertEdition({
    name: "Workshop on Small Models",
    shortName: "SMOL",
    year: 2026,
    timeZone: "Europe/Vienna",
    dates: { start: "2026-07-24" },
    deadlines: [
      { id: "submission", label: "Submission deadline", kind: "submission", due: "2026-05-29T23:59", zone: "AoE" },
    ],
    callForPapers: {
      intro: "We invite short papers on small, efficient models. Details follow soon; write to smol@example.org.",
    },
  });
}

/** A section of the call, by its heading: a plain container, since only the call itself is a landmark. */
function section(canvasElement: HTMLElement, name: string): HTMLElement {
  const found = within(canvasElement).getByRole("heading", { name }).closest<HTMLElement>('[data-slot="section"]');
  if (!found) throw new Error(`no section headed ${name}`);
  return found;
}

const meta = {
  title: "Components/CallForPapers",
  component: CallForPapers,
  tags: ["autodocs"],
  args: { edition: edition2025 },
  // Every story's edition control is a menu of fixtures, not a JSON editor of a whole edition.
  argTypes: { edition: editionArg },
  parameters: {
    clock: { now: "2025-05-20T12:00:00Z" },
    docs: {
      description: {
        component:
          "An edition's whole call for papers from data. The submit link turns into “Submissions closed” when the " +
          "submission deadline passes, on the shared clock. Use the Clock toolbar to move time.",
      },
    },
  },
} satisfies Meta<typeof CallForPapers>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Pick an edition, the sections and their order, the heading level and title. Move the Clock tool to close it. */
export const Playground: Story = {
  args: { headingLevel: 2, title: "Call for papers", sections: ["intro", "submission", "topics", "dates"] },
  argTypes: {
    edition: editionArg,
    headingLevel: { options: [1, 2, 3, 4], control: { type: "select" } },
    title: { control: "text" },
    sections: { control: { type: "inline-check" }, options: ["intro", "submission", "topics", "formats", "dates"] },
    renderSection: { control: false },
    importantDates: { control: false },
  },
  parameters: { controlsCheck: { skip: ["idPrefix"] } },
};

/** Three hours before the 2025 submission deadline: the call is open, closing soon. */
export const ClosingSoon: Story = {
  name: "Closing soon",
  parameters: { clock: { now: "2025-05-27T21:00:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("link", { name: "Submit on OpenReview" })).toBeInTheDocument();
  },
};

/** ES-FoMo 2025, a week before the (extended) submission deadline: the submit link is open. */
export const Open2025: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // One landmark for the whole call; its sections are plain containers (a host's own "Contact" region stays unique).
    await expect(canvas.getAllByRole("region")).toHaveLength(1);
    const submission = section(canvasElement, "Submission");
    await expect(within(submission).getByRole("link", { name: "Submit on OpenReview" })).toHaveAttribute(
      "href",
      "https://openreview.net/group?id=ICML.cc/2025/Workshop/ES-FoMo-III",
    );
    await expect(submission).toHaveTextContent("extended from May 19, 2025");
  },
};

/** ES-FoMo 2025 after 27 May: submissions closed, with the date. */
export const Closed2025: Story = {
  parameters: { clock: { now: "2025-06-01T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(section(canvasElement, "Submission")).toHaveTextContent(/Submissions closed on May 27/);
    await expect(canvas.queryByRole("link", { name: "Submit on OpenReview" })).toBeNull();
  },
};

/** ES-FoMo 2024, the week before its deadline (3 June AoE; it was moved earlier from 10 June). */
export const Call2024: Story = {
  args: { edition: edition2024 },
  parameters: { clock: { now: "2024-05-27T12:00:00Z" } },
};

/** A synthetic call with only an introduction and a deadline: no topics, no formats, no submission site yet. */
export const Minimal: Story = {
  args: { edition: minimalEdition() },
  parameters: { clock: { now: "2026-05-01T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(section(canvasElement, "Submission")).toHaveTextContent("Submission site to be announced.");
    await expect(canvas.queryByRole("heading", { name: "Topics" })).toBeNull();
  },
};

/** A week before submissions open (April 1, 2026 AoE): the date and time left in words, no submit link yet. */
export const NotYetOpen: Story = {
  name: "Not yet open",
  args: { edition: factsEdition },
  parameters: { clock: { now: "2026-03-26T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const submission = section(canvasElement, "Submission");
    await expect(submission).toHaveTextContent("Submissions open on April 1, 2026. Opens in 7 days.");
    await expect(canvas.queryByRole("link", { name: /Submit/ })).toBeNull();
  },
};

/** The dates section from `ImportantDates` (countdown, history, calendar file) passed as `importantDates`. */
export const WithImportantDates: Story = {
  args: { importantDates: <ImportantDates edition={edition2025} headingLevel={3} /> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("heading", { name: "Important dates" })).toHaveLength(1);
  },
};

/**
 * `renderSection` replaces one section's content without forking: here the topics become a compact sentence
 * and the submission section keeps its default content and adds a note.
 */
export const CustomSectionRenderer: Story = {
  args: {
    headingLevel: 1,
    sections: ["intro", "submission", "topics", "dates"],
    renderSection: {
      topics: ({ callForPapers }) => (
        <p>
          Anything on efficient foundation models, including{" "}
          {callForPapers?.topicGroups.map((g) => g.title?.toLowerCase()).join(", ")}.
        </p>
      ),
      submission: ({ defaultContent, when }) => (
        <>
          {defaultContent}
          {when("open", <p>Papers under review at NeurIPS are welcome.</p>)}
        </>
      ),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1, name: "Call for papers" })).toBeInTheDocument();
    const headings = canvas.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    await expect(headings).toEqual(["Submission", "Topics", "Important dates"]);
    await expect(section(canvasElement, "Topics")).toHaveTextContent(/including training and inference/);
    await expect(section(canvasElement, "Submission")).toHaveTextContent("Papers under review at NeurIPS are welcome.");
  },
};

/**
 * Sections in another order: the submit link first. Moved below another section, the introduction gets its own
 * heading so it does not read as part of the section above it; every section keeps its id for deep links.
 */
export const ReorderedSections: Story = {
  args: { sections: ["submission", "dates", "intro", "topics"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const headings = canvas.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    await expect(headings).toEqual(["Submission", "Important dates", "Introduction", "Topics"]);
    await expect(section(canvasElement, "Introduction")).toHaveAttribute("id", "intro");
    await expect(section(canvasElement, "Important dates")).not.toHaveTextContent("We welcome submissions");
  },
};

/**
 * Tracks with their own submission site (the demo track on CMT) beside the call's own OpenReview link, a page range
 * with no word on enforcement, and a submission deadline plus dates that are date-only or to be announced.
 */
export const TracksAndRanges: Story = {
  args: { edition: factsEdition },
  parameters: { clock: { now: "2026-05-01T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    const formats = section(canvasElement, "Submission formats");
    await expect(formats).toHaveTextContent("Length: 6–10 pages, excluding references and appendix");
    await expect(within(formats).getByRole("link", { name: /^Submit on CMT/ })).toBeVisible();
    await expect(within(canvasElement).getByRole("link", { name: "Submit on OpenReview" })).toBeVisible();
  },
};

/**
 * Submissions closing while the reader looks at the submit link: "Submissions closed on …" replaces it at once, and
 * the space it took is kept (an empty block at the end of the call) until the call is out of view, so the section
 * below does not move up under the reader.
 */
export const ClosingInView: Story = {
  name: "Submissions closing in view",
  args: { sections: ["submission"] },
  render: (args) => (
    <DeadlinePassing>
      <CallForPapers {...args} />
      <p>The next section, which does not move.</p>
    </DeadlinePassing>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const after = canvas.getByText("The next section, which does not move.");
    const top = after.getBoundingClientRect().top;
    await nextFrames();
    await userEvent.click(canvas.getByRole("button", { name: "Let the deadline pass" }));
    await expect(canvas.getByText(/Submissions closed on/)).toBeVisible();
    await expect(canvas.queryByRole("link", { name: /Submit/ })).toBeNull();
    await expect(canvasElement.querySelector("[data-slot=kept-space]")).not.toBeNull();
    await expect(after.getBoundingClientRect().top).toBe(top);
  },
};
