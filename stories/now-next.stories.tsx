import type { Meta, StoryObj } from "@storybook/react-vite";
import { NowNext } from "@workshop-kit/react";
import { expect } from "storybook/test";
import { edition2025 } from "./content";
import { editionArg } from "./fixtures";

const meta = {
  title: "Components/NowNext",
  component: NowNext,
  tags: ["autodocs"],
  args: { edition: edition2025 },
  argTypes: { edition: editionArg },
  parameters: {
    // ES-FoMo 2025's Orals Session 1, 10:35 in Vancouver.
    clock: { now: "2025-07-18T17:35:00Z" },
    docs: {
      description: {
        component:
          "What matters now, in one line for the top of a page: on the workshop day the session on now and the " +
          "next one; before it, when it starts; after it, nothing (or the host's `after`). Move the Clock tool to " +
          "walk through the day.",
      },
    },
  },
} satisfies Meta<typeof NowNext>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Pick an edition, link the names, turn the start line off; the Clock tool moves through the day. */
export const Playground: Story = {
  args: { showStart: true, sessionHref: "#{id}" },
  argTypes: { sessionHref: { control: "text" }, showStart: { control: "boolean" } },
  // showStart only matters before the workshop (the clock here is on the day); `after` is a ReactNode.
  parameters: { controlsCheck: { skip: ["showStart", "after"] } },
};

/** Weeks before: when it starts, in the event's zone. */
export const Before: Story = {
  name: "Before the workshop",
  parameters: { clock: { now: "2025-05-01T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent("Starts Fri, July 18, 8:30 AM PT (UTC−7)");
  },
};

/** The day of, during Orals Session 1: the group on now, the next session that is not part of it. */
export const DayOf: Story = {
  name: "Day of, a session on",
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent("Now: Orals Session 1 · Next: Lightning Talks: Spotlight Papers");
  },
};

/** Between sessions: lunch is on, the poster session is next. */
export const BetweenSessions: Story = {
  name: "Between sessions (lunch)",
  parameters: { clock: { now: "2025-07-18T19:10:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent("Now: Lunch Break · Next: Poster Session at 1:00 PM");
  },
};

/** After the event, with the host's pointer to the recordings (without `after` it renders nothing). */
export const After: Story = {
  name: "After the event",
  args: { after: <a href="https://icml.cc/virtual/2025/workshop/39969">Recordings on the ICML virtual site</a> },
  parameters: { clock: { now: "2026-07-18T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent("Recordings on the ICML virtual site");
  },
};
