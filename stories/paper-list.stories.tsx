import type { Meta, StoryObj } from "@storybook/react-vite";
import { FavouriteToggle, PaperList } from "@workshop-kit/react";
import type { Edition, LinkKind, Paper } from "@workshop-kit/types";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { edition2024, edition2025 } from "./content";

const posterSession = edition2025.sessions.find((s) => s.kind === "poster-session");
const link = (kind: LinkKind, href: string, label: string) => ({ kind, href, label });

/**
 * ES-FoMo 2025's orals (real, from the content file) plus made-up accepted papers showing the states the real
 * content has no data for: awards, poster boards, a poster session, every link kind.
 */
const accepted = [
  {
    id: "example-best",
    title: "An Example Best Paper on Efficient Inference",
    authors: ["A. Author", "B. Author", "C. Author"],
    links: [
      link("openreview", "https://openreview.net/forum?id=example1", "OpenReview"),
      link("arxiv", "https://arxiv.org/abs/0000.00001", "arXiv"),
      link("pdf", "https://example.org/example1.pdf", "PDF"),
      link("poster", "https://example.org/example1-poster.pdf", "Poster"),
      link("video", "https://example.org/example1-video", "Video"),
    ],
    presentation: "poster",
    award: "Best paper",
    poster: "A1",
    sessionId: posterSession?.id ?? null,
  },
  {
    id: "example-poster",
    title: "A Made-Up Poster About KV-Cache Compression With a Rather Long Title That Wraps on Phones",
    authors: ["D. Author"],
    links: [link("openreview", "https://openreview.net/forum?id=example2", "OpenReview")],
    presentation: "poster",
    award: null,
    poster: "B17",
    sessionId: posterSession?.id ?? null,
  },
] satisfies Paper[];

const withAccepted: Edition = { ...edition2025, papers: accepted };

/** 320 synthetic papers (clearly made up): the length of a large workshop's list, for typing speed and layout. */
const many: Edition = {
  ...edition2025,
  papers: Array.from({ length: 320 }, (_, i) => ({
    id: `synthetic-${i + 1}`,
    title: `Synthetic paper ${i + 1}: ${["sparse", "quantised", "distilled", "speculative"][i % 4]} ${["attention", "decoding", "training", "serving"][(i >> 2) % 4]}`,
    authors: [`Author ${i + 1}`, `Co-author ${(i * 7) % 50}`],
    links: [link("openreview", `https://openreview.net/forum?id=synthetic${i + 1}`, "OpenReview")],
    presentation: "poster",
    award: i % 97 === 0 ? "Best paper" : null,
    poster: `${String.fromCharCode(65 + (i % 8))}${i + 1}`,
    sessionId: posterSession?.id ?? null,
  })),
};

const meta = {
  title: "Components/PaperList",
  component: PaperList,
  tags: ["autodocs"],
  args: { edition: withAccepted, headingLevel: 3, filter: true, idPrefix: "", sessionHref: "#{id}" },
  parameters: {
    docs: {
      description: {
        component:
          "Accepted papers: title, authors, award, presentation, poster board, the session it is presented in (linked to the schedule row, `#{id}` by default) and links. Each paper is `#paper-{id}`. Complete without JavaScript; after hydration a filter by text, award and session, with the count announced politely.",
      },
    },
  },
} satisfies Meta<typeof PaperList>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Every prop as a control: made-up accepted papers (awards, posters) and ES-FoMo 2025's real orals. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const best = canvas.getByRole("heading", { name: "An Example Best Paper on Efficient Inference" });
    const item = best.closest("li") as HTMLElement;
    await expect(item).toHaveAttribute("id", "paper-example-best");
    await expect(within(item).getByRole("link", { name: posterSession?.title ?? "" })).toHaveAttribute(
      "href",
      `#${posterSession?.id}`,
    );
  },
};

/** Filtering by text: the count is announced politely, the list follows in a background render. */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("searchbox", { name: "Search papers" }), "kv-cache");
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent(/^1 of \d+ papers shown/));
  },
};

/** Award winners only. */
export const AwardWinners: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Award" }), "Award winners");
    await waitFor(() => expect(canvas.getAllByRole("heading", { level: 3 })).toHaveLength(1));
  },
};

/** Nothing matches: the count says so, and "Show all" resets the filter. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("searchbox", { name: "Search papers" }), "no such paper");
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent(/^0 of \d+ papers match/));
  },
};

/** ES-FoMo 2024: papers only on the programme's orals, without ids (anchored at their session's id). */
export const OralsOnly: Story = { args: { edition: edition2024 } };

/** 320 synthetic papers, as many as a large workshop accepts. */
export const ManyPapers: Story = { args: { edition: many } };

/** A per-paper action slot holding the favourites star (`FavouriteToggle`, item `paper:<id>`). */
export const WithActions: Story = {
  args: {
    renderActions: (paper) =>
      paper.id ? <FavouriteToggle edition={withAccepted} itemId={`paper:${paper.id}`} label={paper.title} /> : null,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("button", { name: "Star: An Example Best Paper on Efficient Inference" }),
    ).toBeVisible();
  },
};

/** The server HTML and no-JavaScript view: the complete list, no filter. */
export const WithoutFilter: Story = { args: { filter: false } };

/** No papers yet. */
export const Empty: Story = {
  args: {
    edition: { ...edition2025, papers: [], sessions: edition2025.sessions.map((s) => ({ ...s, paper: null })) },
  },
};

/**
 * A render hook on the award line (`renderPart`, part `"meta"`; see docs/customising.md): a trophy with a text
 * alternative before each award; the items, their ids and headings are the library's.
 */
export const WithRenderHooks: Story = {
  name: "Render hooks: award line",
  args: {
    renderPart: (part, content, paper) =>
      part === "meta" && paper.award ? (
        <>
          <span role="img" aria-label="Award">
            🏆
          </span>{" "}
          {content}
        </>
      ) : (
        content
      ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("img", { name: "Award" }).length).toBeGreaterThan(0);
    await expect(canvasElement.querySelector("#paper-example-best [role=img]")).not.toBeNull();
  },
};
