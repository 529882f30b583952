import type { Meta, StoryObj } from "@storybook/react-vite";
import { ClockProvider, DeadlineCountdown, useNow } from "@workshop-kit/react";
import { expect, within } from "storybook/test";
import { edition2025 } from "./content";

const submission = edition2025.deadlines.find((d) => d.kind === "submission")!;

/** What the shared clock reads, as a `<time>` (null on the server and during hydration). */
function ClockReading() {
  const now = useNow(1000);
  if (now === null) return <p>Time unknown (server render).</p>;
  return (
    <p>
      The clock reads <time dateTime={new Date(now).toISOString()}>{new Date(now).toISOString()}</time>
    </p>
  );
}

const meta = {
  title: "Companions/ClockProvider",
  component: ClockProvider,
  tags: ["autodocs"],
  parameters: {
    docs: {
      guide: "clock.md",
      description: {
        component:
          "One module-level clock drives every live element. `ClockProvider` freezes it (`now`), shifts it (`offsetMs`) or seeds the server render (`serverNow`).",
      },
    },
  },
} satisfies Meta<typeof ClockProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Freeze the clock at any instant (text, ISO) or shift the live one; the reading and a countdown follow. */
export const Playground: Story = {
  args: { now: "2025-05-25T23:59:00Z", offsetMs: 0 },
  argTypes: { now: { control: "text" }, offsetMs: { control: "number" }, serverNow: { control: false } },
  // offsetMs shifts the live clock only; with `now` frozen it has nothing to change.
  parameters: { controlsCheck: { skip: ["offsetMs"] } },
  render: (args) => (
    <ClockProvider {...args} key={String(args.now)}>
      <ClockReading />
      <DeadlineCountdown deadline={submission} edition={edition2025} />
    </ClockProvider>
  ),
};

/** Time frozen two days before the 2025 submission deadline: the countdown and the reading agree. */
export const Frozen: Story = {
  args: { now: "2025-05-25T23:59:00Z" },
  render: (args) => (
    <ClockProvider {...args}>
      <ClockReading />
      <DeadlineCountdown deadline={submission} edition={edition2025} />
    </ClockProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/The clock reads/)).toHaveTextContent("2025-05-25T23:59:00.000Z");
    await expect(canvas.getByRole("timer")).toHaveTextContent(/2 days/);
  },
};

/** Frozen one minute after the deadline: every live element shows the passed state. */
export const FrozenAfterTheDeadline: Story = {
  args: { now: "2025-05-28T00:00:00Z" },
  render: Frozen.render,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("timer")).toHaveTextContent(/closed|ago/i);
  },
};
