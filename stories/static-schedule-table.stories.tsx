import type { Meta, StoryObj } from "@storybook/react-vite";
import { StaticScheduleTable, type StaticScheduleTableProps } from "@workshop-kit/react";
import { expect, within } from "storybook/test";
import { edition2025 } from "./content";
import { EDITIONS, editionArg, headingLevelArg, hrefFrom } from "./fixtures";

const meta = {
  title: "Components/StaticScheduleTable",
  component: StaticScheduleTable,
  tags: ["autodocs"],
  args: { edition: edition2025, speakerHref: (id: string) => `#speaker-${id}` },
  // Every story's edition control is a menu of fixtures, not a JSON editor of a whole edition.
  argTypes: { edition: editionArg },
  parameters: {
    docs: {
      guide: "schedule-table.md",
      description: {
        component:
          "The programme's tables from a server component, with no JavaScript of its own: the same markup as " +
          "ScheduleTable's first render, in a zone and locale the host chooses. Nothing is live and there is no " +
          "toolbar: use ScheduleTable for those.",
      },
    },
  },
} satisfies Meta<typeof StaticScheduleTable>;
export default meta;

type Story = StoryObj<typeof meta>;

type PlaygroundArgs = StaticScheduleTableProps & { speakerLink: string };

/** Pick a programme, a zone, a locale and the clock style. */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: {
    edition: EDITIONS["ES-FoMo 2025"] as StaticScheduleTableProps["edition"],
    speakerLink: "#speaker-{id}",
    headingLevel: 3,
    timeZone: "",
    locale: "en-US",
    hour12: true,
    caption: "",
  },
  argTypes: {
    edition: editionArg,
    headingLevel: headingLevelArg,
    timeZone: { control: { type: "select" }, options: ["", "AoE", "UTC", "Europe/Berlin", "Asia/Kolkata"] },
    locale: { control: { type: "select" }, options: ["en-US", "en-GB", "de-DE", "ja-JP"] },
    speakerLink: { control: "text", description: "Link template for a speaker ({id} = person id; empty = no links)" },
    speakerHref: { control: false },
  },
  // jumpList lists days: ES-FoMo 2025 has one, so the list is left out (see the ScheduleJumpList stories).
  parameters: { controlsCheck: { skip: ["emptyMessage", "jumpList"] } },
  render: ({ speakerLink, caption, timeZone, ...args }) => (
    <StaticScheduleTable
      {...args}
      {...(caption ? { caption } : {})}
      {...(timeZone ? { timeZone } : {})}
      speakerHref={hrefFrom(speakerLink)}
    />
  ),
};

/**
 * ES-FoMo 2025. The clock is frozen during the 10:30 oral and the page is hydrated, yet nothing is live and
 * there is no toolbar.
 */
export const Static: Story = {
  name: "ES-FoMo 2025 (event zone)",
  parameters: { clock: { now: "2025-07-18T17:35:00Z" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("table")).toHaveAccessibleName("Programme. All times PT (UTC−7)");
    await expect(canvas.getByRole("heading", { level: 3, name: "Friday, July 18, 2025" })).toBeInTheDocument();
    await expect(canvas.getByRole("rowheader", { name: "Orals Session 1" })).toBeInTheDocument();
    await expect(canvas.getByRole("link", { name: "Hagay Lupesko" })).toHaveAttribute("href", "#speaker-hagay-lupesko");
    // ScheduleTable's toolbar and live state appear within a frame of hydration; give them time not to appear.
    await new Promise((r) => setTimeout(r, 100));
    await expect(canvas.queryByRole("button")).not.toBeInTheDocument();
    await expect(canvasElement.querySelector("[data-state]")).toBeNull();
  },
};

/** In a zone chosen by the host (Anywhere on Earth) and a 24-hour clock. */
export const StaticOtherZone: Story = {
  name: "AoE, 24-hour clock",
  args: { timeZone: "AoE", hour12: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("table")).toHaveAccessibleName("Programme. All times AoE (UTC−12)");
    await expect(canvas.getAllByRole("rowheader")[0]).toHaveTextContent("03:30 – 03:40");
  },
};

const bestPaper = edition2025.sessions.find((s) => s.kind === "oral" && s.title) ?? edition2025.sessions[0];

/**
 * Render hooks (`renderPart`, see docs/customising.md): a "Best paper" badge in one talk's title and a venue link
 * on every session, added by the host; the rows, their time headers, ids and the day headings are the library's.
 */
export const WithRenderHooks: Story = {
  name: "Render hooks: badge and venue link",
  args: {
    renderPart: (part, content, session) => {
      if (part === "title" && session.id === bestPaper?.id)
        return (
          <>
            {content} <strong data-badge="">Best paper</strong>
          </>
        );
      if (part === "links")
        return (
          <>
            {content ? <>{content} · </> : null}
            <a href={`https://venue.example.org/sessions/${session.id}`}>
              Venue page<span className="wk-visually-hidden">{`: ${session.title ?? "to be announced"}`}</span>
            </a>
          </>
        );
      return content;
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = canvasElement.querySelector(`[id="${bestPaper?.id}"]`) as HTMLElement;
    await expect(within(row).getByText("Best paper")).toBeVisible();
    await expect(within(row).getByRole("rowheader")).toBeInTheDocument();
    await expect(canvas.getAllByRole("link", { name: /^Venue page/ }).length).toBe(edition2025.sessions.length);
  },
};
