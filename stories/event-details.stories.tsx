import type { Meta, StoryObj } from "@storybook/react-vite";
import { EventDetails } from "@workshop-kit/react";
import type { Edition } from "@workshop-kit/types";
import { expect, within } from "storybook/test";
import { edition2023, edition2025 } from "./content";

// ES-FoMo 2025's date is tentative (the site never published it): 2025-07-18, Vancouver.
const before2025 = "2025-06-01T12:00:00Z";
const after2025 = "2025-07-20T12:00:00Z";

/** ES-FoMo 2025 with a livestream and a venue map as the model contract adds them (made-up URLs, for the state). */
const hybrid: Edition = {
  ...edition2025,
  links: [
    ...edition2025.links,
    { kind: "livestream", href: "https://example.org/es-fomo/live", label: "Livestream" },
    { kind: "map", href: "https://example.org/es-fomo/map", label: "Map" },
  ],
};

const meta = {
  title: "Components/EventDetails",
  component: EventDetails,
  tags: ["autodocs"],
  args: { edition: edition2025, locale: "en-US" },
  parameters: {
    clock: { now: before2025 },
    docs: {
      description: {
        component:
          "When and where an edition takes place: dates (a tentative date says so until its first day begins, read from the shared clock after hydration or from `now`), venue with the conference, room, map, virtual page and livestream, contact. A `<dl>`; server-safe (its only client child is the tentative note).",
      },
    },
  },
} satisfies Meta<typeof EventDetails>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Every prop as a control: ES-FoMo 2025 a month before its (tentative) date. */
export const Playground: Story = {
  // A locale from a menu (free text accepts invalid tags, which fall back silently); `now` as a date picker.
  argTypes: {
    locale: { control: { type: "select" }, options: ["en-US", "de-DE", "ja-JP", "ar-EG"] },
    now: { control: "date" },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Friday, July 18, 2025")).toHaveAttribute("dateTime", "2025-07-18");
    await expect(canvas.getByText("(date to be confirmed)", { exact: false })).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Virtual page" })).toBeVisible();
  },
};

/** The same edition after its first day: the stale "to be confirmed" note is gone. */
export const TentativeDatePassed: Story = {
  parameters: { clock: { now: after2025 } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByText(/to be confirmed/)).toBeNull();
  },
};

/** A confirmed date (ES-FoMo 2023, Honolulu): no note. */
export const Confirmed: Story = { args: { edition: edition2023 } };

/** Two days, hybrid: a livestream beside the virtual page and a map link with the venue. */
export const HybridTwoDays: Story = {
  args: {
    edition: {
      ...hybrid,
      dates: { ...edition2025.dates, end: { year: 2025, month: 7, day: 19, iso: "2025-07-19" }, tentative: false },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("link", { name: "Livestream" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Map" })).toBeVisible();
  },
};

/** Nothing announced yet: "To be announced", and the rows without data are left out. */
export const ToBeAnnounced: Story = {
  args: {
    edition: {
      ...edition2025,
      venue: {
        conference: null,
        conferenceShort: null,
        city: null,
        country: null,
        building: null,
        address: null,
        room: null,
      },
      links: [],
      contactEmail: null,
    },
  },
};

/** Some rows, in the host's order, with its labels. */
export const PickedRows: Story = {
  args: { rows: ["where", "room", "contact"], labels: { where: "Venue", contact: "Questions" } },
};
