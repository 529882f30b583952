import type { Meta, StoryObj } from "@storybook/react-vite";
import { ScheduleJumpList, type ScheduleJumpListProps, StaticScheduleTable } from "@workshop-kit/react";
import { expect, within } from "storybook/test";
import { bigProgramme, EDITIONS, editionArg, singleTrackDays } from "./fixtures";

const meta = {
  title: "Companions/ScheduleJumpList",
  component: ScheduleJumpList,
  tags: ["autodocs"],
  args: { edition: bigProgramme },
  argTypes: { edition: editionArg },
  parameters: {
    docs: {
      guide: "schedule-table.md",
      description: {
        component:
          "Links to each day of a programme of two days or more: plain links to the day sections, so a long " +
          "programme is one tap from any day, before hydration and without JavaScript. ScheduleTable and " +
          "StaticScheduleTable show it above the days with `jumpList`.",
      },
    },
  },
} satisfies Meta<typeof ScheduleJumpList>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Pick a programme and a locale. */
export const Playground: StoryObj<ScheduleJumpListProps> = {
  args: {
    edition: EDITIONS["Big programme (3 days, 8 rooms, 300 sessions)"] as ScheduleJumpListProps["edition"],
    locale: "en-US",
  },
  argTypes: {
    edition: editionArg,
    locale: { control: { type: "select" }, options: ["en-US", "en-GB", "de-DE", "ja-JP"] },
  },
};

/** Above the schedule's days (`jumpList`): each link goes to its day's section. */
export const InTheSchedule: Story = {
  name: "In the schedule (3 days, one room)",
  render: () => <StaticScheduleTable edition={singleTrackDays} jumpList />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const nav = canvas.getByRole("navigation", { name: "Days of the programme" });
    const links = within(nav).getAllByRole("link");
    await expect(links).toHaveLength(3);
    for (const link of links) {
      const target = canvasElement.querySelector(link.getAttribute("href") ?? "#none");
      await expect(target).toHaveAttribute("data-slot", "day");
    }
  },
};

/** A programme of one day needs no jump list: nothing is rendered. */
export const OneDay: Story = {
  name: "One day (nothing)",
  args: { edition: EDITIONS["ES-FoMo 2025"] as ScheduleJumpListProps["edition"] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("navigation")).not.toBeInTheDocument();
  },
};
