import type { Meta, StoryObj } from "@storybook/react-vite";
import { LocalTime, TimeZoneProvider, TimeZoneToggle } from "@workshop-kit/react";
import { instantFromEpoch } from "@workshop-kit/types";
import { expect, userEvent, within } from "storybook/test";

const opening = instantFromEpoch(Date.UTC(2025, 6, 18, 15, 30), "America/Vancouver");
const evening = instantFromEpoch(Date.UTC(2025, 6, 19, 3, 0), "America/Vancouver");

/** A page fragment: two times, a date and the toggle, all sharing the provider's one zone choice. */
function Demo() {
  return (
    <div>
      <p>
        Opening remarks: <LocalTime instant={opening} withZone />
      </p>
      <p>
        Reception: <LocalTime instant={evening} withZone />
      </p>
      <p>
        Day: <LocalTime instant={opening} show="date" />
      </p>
      <TimeZoneToggle eventZone="America/Vancouver" referenceMs={opening.epochMs} />
    </div>
  );
}

const meta = {
  title: "Companions/TimeZoneProvider",
  component: TimeZoneProvider,
  tags: ["autodocs"],
  args: { children: <Demo /> },
  argTypes: { children: { control: false } },
  parameters: {
    docs: {
      guide: "time-zone.md",
      description: {
        component:
          "One zone choice for a page: `LocalTime`, `TimeZoneToggle`, ScheduleTable and every other time share " +
          "it. The event's zone on the server; the reader's zone after hydration when they ask for it.",
      },
    },
  },
} satisfies Meta<typeof TimeZoneProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The reader's zone, the starting choice and the locale, from menus. */
export const Playground: Story = {
  args: { readerTimeZone: "Pacific/Auckland", defaultTimeZone: "event", locale: "en-US", hour12: true },
  argTypes: {
    readerTimeZone: {
      control: { type: "select" },
      options: ["Pacific/Auckland", "Europe/Berlin", "Asia/Kolkata", "UTC"],
    },
    defaultTimeZone: { control: { type: "inline-radio" }, options: ["event", "reader"] },
    locale: { control: { type: "select" }, options: ["en-US", "en-GB", "de-DE", "ja-JP", "ar-EG"] },
  },
  render: (args) => <TimeZoneProvider key={`${args.readerTimeZone}|${args.defaultTimeZone}`} {...args} />,
};

/** Times in the event's zone, as on the server. */
export const EventZone: Story = { name: "Event zone" };

/** A reader in Auckland who chose their own zone: the evening reception is "+1 day". */
export const ReaderInAuckland: Story = {
  name: "Reader already in their zone (Auckland)",
  args: { readerTimeZone: "Pacific/Auckland", defaultTimeZone: "reader" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole("button", { name: /show times in my time zone/i });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(canvas.getByText(/Opening remarks/)).toHaveTextContent("3:30 AM");
    await expect(canvas.getByText(/Opening remarks/)).toHaveTextContent("+1 day");
  },
};

/** Test: a reader in Auckland switches to their zone with the toggle. */
export const ReaderSwitches: Story = {
  name: "Test: reader switches to their zone",
  tags: ["test-only"],
  args: { readerTimeZone: "Pacific/Auckland" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole("button", { name: /show times in my time zone/i });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(canvas.getByText(/Opening remarks/)).toHaveTextContent("3:30 AM");
  },
};
