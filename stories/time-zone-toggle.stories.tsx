import type { Meta, StoryObj } from "@storybook/react-vite";
import { TimeZoneProvider, TimeZoneToggle } from "@workshop-kit/react";
import { instantFromEpoch } from "@workshop-kit/types";
import { expect, within } from "storybook/test";

const opening = instantFromEpoch(Date.UTC(2025, 6, 18, 15, 30), "America/Vancouver");

const meta = {
  title: "Companions/TimeZoneToggle",
  component: TimeZoneToggle,
  tags: ["autodocs"],
  args: { eventZone: "America/Vancouver", referenceMs: opening.epochMs },
  decorators: [
    (Story, { parameters }) => (
      <TimeZoneProvider
        remember={false}
        readerTimeZone={(parameters.reader as string | undefined) ?? "Europe/Berlin"}
        defaultTimeZone={(parameters.start as "event" | "reader" | undefined) ?? "event"}
      >
        <Story />
      </TimeZoneProvider>
    ),
  ],
  parameters: {
    docs: {
      guide: "time-zone.md",
      description: {
        component:
          "A toggle button between the event's zone and the reader's. Its accessible name never changes " +
          "(`aria-pressed` says pressed / not pressed); sighted readers see the state as the word On or Off beside " +
          "the label, and the reader's zone on a second line (one line whatever the zone, cut with an ellipsis). " +
          "Shown only after hydration and only when the reader's offset differs from the event's; with `holdPlace` " +
          "its place is kept from the first paint, and a reader in the event's zone reads a note there instead.",
      },
    },
  },
} satisfies Meta<typeof TimeZoneToggle>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The event's zone and the pressed state; the label is a template on the reader's zone. */
export const Playground: StoryObj<Meta<typeof TimeZoneToggle>["args"] & { labelTemplate: string }> = {
  args: {
    eventZone: "America/Vancouver",
    timeZone: "event",
    holdPlace: false,
    labelTemplate: "Show times in my time zone ({zone})",
  },
  argTypes: {
    // Europe/Berlin is the reader's zone here: the toggle then has nothing to switch and is not shown.
    eventZone: { control: { type: "select" }, options: ["America/Vancouver", "Europe/Berlin", "Asia/Tokyo"] },
    timeZone: { control: { type: "inline-radio" }, options: ["event", "reader"] },
    labelTemplate: { control: "text", description: "Button text; {zone} = the reader's zone" },
    label: { control: false },
    onTimeZoneChange: { control: false },
  },
  parameters: { controlsCheck: { skip: ["referenceMs"] } },
  render: ({ labelTemplate, ...args }) => (
    <TimeZoneToggle
      eventZone={args.eventZone ?? "America/Vancouver"}
      referenceMs={args.referenceMs ?? opening.epochMs}
      {...(args.timeZone ? { timeZone: args.timeZone } : {})}
      holdPlace={args.holdPlace ?? false}
      label={(zone) => labelTemplate.replaceAll("{zone}", zone)}
    />
  ),
};

/** Not pressed: times are in the event's zone. The state reads "Off"; the reader's zone is the second line. */
export const Off: Story = {
  play: async ({ canvasElement }) => {
    const toggle = await within(canvasElement).findByRole("button");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(toggle).toHaveTextContent("Show times in my time zone Off (Central European Time, CEST (UTC+2))");
  },
};

/** Pressed: the reader already chose their zone. Same name; the state reads "On". */
export const On: Story = {
  parameters: { start: "reader" },
  play: async ({ canvasElement }) => {
    const toggle = await within(canvasElement).findByRole("button");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(toggle).toHaveAccessibleName(/^Show times in my time zone \(Central European Time, CEST/);
    await expect(toggle).toHaveTextContent(/^Show times in my time zone On \(Central European Time/);
  },
};

/** The reader is in the event's zone: nothing to switch, so nothing is shown. */
export const ReaderInEventZone: Story = {
  name: "Reader already in the event zone",
  parameters: { reader: "America/Vancouver" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("button")).toBeNull();
  },
};

/**
 * With `holdPlace` (as in ScheduleTable's toolbar), a reader in the event's zone reads a quiet note where the switch
 * would be, laid over its invisible stand-in, so the place is the same size for every reader.
 */
export const HeldPlaceReaderInEventZone: Story = {
  name: "Held place, reader in the event zone",
  args: { holdPlace: true },
  parameters: { reader: "America/Vancouver" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("button")).toBeNull();
    await expect(await canvas.findByText("Times are in your time zone")).toBeVisible();
    await expect(canvas.getByText("Pacific Time, PT (UTC−7)")).toBeVisible();
  },
};

/**
 * Words shorter than the zone's name ("My zone"): the zone's line is cut with an ellipsis rather than widening the
 * switch, so the held place (the event's zone) and the switch (the reader's) are one size. The name keeps it whole.
 */
export const LongZoneName: Story = {
  name: "Zone name longer than the words",
  args: { holdPlace: true, messages: { timeZoneToggle: "My zone ({zone})" } },
  parameters: { reader: "Pacific/Chatham" },
  play: async ({ canvasElement }) => {
    const toggle = await within(canvasElement).findByRole("button");
    await expect(toggle).toHaveAccessibleName(/^My zone \(Chatham .*UTC\+12:45\)$/);
    const zone = toggle.querySelector<HTMLElement>("[data-slot=zone]");
    await expect(zone?.scrollWidth).toBeGreaterThan(zone?.clientWidth ?? Number.POSITIVE_INFINITY);
  },
};
