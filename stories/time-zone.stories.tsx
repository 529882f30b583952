import type { Meta, StoryObj } from "@storybook/react-vite";
import { LocalTime, TimeZoneProvider, TimeZoneToggle } from "@workshop-kit/react";
import { instantFromEpoch } from "@workshop-kit/types";
import { expect, userEvent, within } from "storybook/test";

const opening = instantFromEpoch(Date.UTC(2025, 6, 18, 15, 30), "America/Vancouver");
const evening = instantFromEpoch(Date.UTC(2025, 6, 19, 3, 0), "America/Vancouver");

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
  title: "Companions/Time zone",
  component: Demo,
  parameters: { docs: { description: { component: "`LocalTime` and `TimeZoneToggle` share one zone choice." } } },
} satisfies Meta<typeof Demo>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Times in the event's zone, as on the server. */
export const EventZone: Story = {};

/** A reader in Auckland switches to their own zone: the evening reception is "+1 day". */
export const ReaderInAuckland: Story = {
  render: () => (
    <TimeZoneProvider readerTimeZone="Pacific/Auckland">
      <Demo />
    </TimeZoneProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole("button", { name: /show times in my time zone/i });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(canvas.getByText(/Opening remarks/)).toHaveTextContent("3:30 AM");
    await expect(canvas.getByText(/Opening remarks/)).toHaveTextContent("+1 day");
  },
};
