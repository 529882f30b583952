import type { Meta, StoryObj } from "@storybook/react-vite";
import { LocalTime, TimeZoneProvider } from "@workshop-kit/react";
import { instantFromEpoch } from "@workshop-kit/types";
import { expect, within } from "storybook/test";

const INSTANTS = {
  "18 Jul 2025, 08:30 Vancouver": instantFromEpoch(Date.UTC(2025, 6, 18, 15, 30), "America/Vancouver"),
  "18 Jul 2025, 20:00 Vancouver (next day in Asia)": instantFromEpoch(Date.UTC(2025, 6, 19, 3, 0), "America/Vancouver"),
  "26 Jul 2024, 11:30 Vienna": instantFromEpoch(Date.UTC(2024, 6, 26, 9, 30), "Europe/Vienna"),
};
const opening = INSTANTS["18 Jul 2025, 08:30 Vancouver"];

const meta = {
  title: "Companions/LocalTime",
  component: LocalTime,
  tags: ["autodocs"],
  args: { instant: opening },
  parameters: {
    docs: {
      guide: "time-zone.md",
      description: {
        component:
          "One instant as a `<time dateTime>`: in the event's zone on the server, in the shared zone choice " +
          "after hydration, with the zone, and the date when the reader's day differs.",
      },
    },
  },
} satisfies Meta<typeof LocalTime>;
export default meta;

type Story = StoryObj<typeof meta>;

/** An instant from a menu, what to show, the zone. */
export const Playground: Story = {
  args: { show: "time", withZone: true, withDayShift: true, timeZone: "event" },
  argTypes: {
    instant: { options: Object.keys(INSTANTS), mapping: INSTANTS, control: { type: "select" } },
    show: { control: { type: "inline-radio" }, options: ["time", "date", "datetime"] },
    timeZone: { control: { type: "inline-radio" }, options: ["event", "reader"] },
  },
  parameters: { controlsCheck: { skip: ["withDayShift"] } },
};

/** A time with its zone, in the event's zone. */
export const TimeWithZone: Story = {
  name: "Time with zone",
  args: { withZone: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/8:30/)).toHaveAttribute("dateTime", opening.iso);
  },
};

/** The date only. */
export const DateOnly: Story = { name: "Date only", args: { show: "date" } };

/** In the reader's zone (Auckland), the evening falls on the next day: the time says which day. */
export const NextDayForReader: Story = {
  name: "Next day for the reader (with its date)",
  args: { instant: INSTANTS["18 Jul 2025, 20:00 Vancouver (next day in Asia)"], withZone: true, timeZone: "reader" },
  decorators: [
    (Story) => (
      <TimeZoneProvider remember={false} readerTimeZone="Pacific/Auckland">
        <Story />
      </TimeZoneProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent(/Sat, Jul 19, 3:00/);
    await expect(canvasElement).not.toHaveTextContent("+1 day");
  },
};
