import type { Meta, StoryObj } from "@storybook/react-vite";
import { SubmissionCallout } from "@workshop-kit/react";
import { instantFromEpoch } from "@workshop-kit/types";
import { expect, within } from "storybook/test";
import { edition2025 } from "./content";
import { editionArg } from "./fixtures";

const meta = {
  title: "Components/SubmissionCallout",
  component: SubmissionCallout,
  tags: ["autodocs"],
  args: { edition: edition2025 },
  argTypes: { edition: editionArg },
  parameters: {
    clock: { now: "2025-05-01T12:00:00Z" },
    docs: {
      description: {
        component:
          'The call for papers in one line for the top of a page: "Submit by …" and the submit link while the ' +
          'call is open, the time left in its last day, "Submissions closed" after, nothing once the workshop is ' +
          "over. Move the Clock tool to walk through the season.",
      },
    },
  },
} satisfies Meta<typeof SubmissionCallout>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Pick an edition and the closing-soon window; the Clock tool moves through the call. */
export const Playground: Story = {
  args: { showClosed: true, closingSoonMs: 86_400_000 },
  argTypes: { showClosed: { control: "boolean" }, closingSoonMs: { control: "number" } },
  // Both only matter in other phases: showClosed once closed, closingSoonMs in the call's last day.
  parameters: { controlsCheck: { skip: ["showClosed", "closingSoonMs"] } },
};

/** The call is open: the deadline without the year, and the submit link. */
export const CallOpen: Story = {
  name: "Call open",
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("link", { name: /^Submit/ })).toBeInTheDocument();
  },
};

/** An hour before the deadline: the time left, still with the link. */
export const DeadlineInAnHour: Story = {
  name: "Deadline in an hour",
  parameters: { clock: { now: "2025-05-27T22:59:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent("closes in 1 hour");
  },
};

/** After the deadline, before the workshop: closed, no link. */
export const Closed: Story = {
  name: "Submissions closed",
  parameters: { clock: { now: "2025-06-15T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent("Submissions closed on May 27, 11:59 PM UTC");
    await expect(within(canvasElement).queryByRole("link")).toBeNull();
  },
};

/** The workshop day: nothing. The call is not news once the workshop has begun; NowNext has the top of the page. */
export const DayOf: Story = {
  name: "Day of the workshop (renders nothing)",
  parameters: { clock: { now: "2025-07-18T17:35:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".wk-submission-callout")).toBeNull();
  },
};

/** Before the call opens: when submissions open. */
export const NotYetOpen: Story = {
  name: "Before the call opens",
  args: {
    edition: {
      ...edition2025,
      deadlines: [
        {
          id: "open",
          label: "Submissions open",
          kind: "submissions-open",
          due: instantFromEpoch(Date.UTC(2025, 3, 1, 12), "UTC"),
          dateOnly: false,
          history: [],
          note: null,
        },
        ...edition2025.deadlines,
      ],
    },
  },
  parameters: { clock: { now: "2025-03-01T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent("Submissions open Apr 1");
  },
};
