import type { Meta, StoryObj } from "@storybook/react-vite";
import { favouritesNamespace, favouritesStore, MyAgenda, ScheduleTable } from "@workshop-kit/react";
import { assertEdition, type Edition } from "@workshop-kit/types";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { edition2025 } from "./content";

/**
 * Each story has its own edition name, so its favourites are its own list in this browser; a loader sets the
 * list before the story renders (the state the story is about), whatever an earlier visit starred.
 */
const as = (shortName: string, edition: Edition = edition2025): Edition => ({ ...edition, shortName });
const starred = (edition: Edition, ids: string[]) => () => {
  favouritesStore(favouritesNamespace(edition)).replace(ids);
  return {};
};

const some = as("Story some starred");
const nothing = as("Story nothing starred");
const shared = as("Story shared");
const noStorage = as("Story no storage");
// This edition's store never gets storage, as in a private window that blocks it.
favouritesStore(favouritesNamespace(noStorage), () => null);

/** Two rooms at once: the parallel sessions a reader may star together. */
const parallel = assertEdition({
  name: "ES-FoMo with a parallel tutorial track (illustrative)",
  shortName: "Story conflicts",
  year: 2025,
  timeZone: "America/Vancouver",
  dates: { start: "2025-07-18" },
  people: edition2025.people
    .filter((p) => ["hagay-lupesko", "wanchao-liang"].includes(p.id))
    .map((p) => ({
      id: p.id,
      name: p.name,
      affiliation: p.affiliation ?? undefined,
      roles: ["invited-speaker" as const],
    })),
  sessions: [
    { id: "opening", title: "Opening Remarks", kind: "opening", start: "08:30", end: "08:40", room: "Hall A" },
    {
      id: "talk-lupesko",
      title: "Zero to 50 ExaFLOPS in under a year - lessons from the trenches",
      kind: "invited-talk",
      start: "08:40",
      end: "09:10",
      room: "Hall A",
      speakers: ["hagay-lupesko"],
    },
    {
      id: "tutorial-titan",
      title: "Tutorial: training with TorchTitan",
      kind: "other",
      start: "08:40",
      end: "09:40",
      room: "Room 2",
      speakers: ["wanchao-liang"],
    },
    { id: "coffee-1", title: "Coffee break", kind: "break", start: "09:40", end: "10:00", room: "Hall A" },
  ],
});

const meta = {
  title: "Components/MyAgenda",
  component: MyAgenda,
  tags: ["autodocs"],
  args: { edition: some, headingLevel: 3 },
  loaders: [starred(some, ["talk-lupesko", "oral-fptquant", "talk-liang"])],
  parameters: {
    docs: {
      guide: "favourites.md",
      description: {
        component:
          "The reader's starred sessions (kept in this browser, one list per edition) by day, in the page's zone, with overlaps said in words. ScheduleTable's `favourites` and `search` props add the stars, a My agenda toggle, the starred sessions' calendar file, share links and search to the programme. See docs/favourites.md.",
      },
    },
  },
} satisfies Meta<typeof MyAgenda>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The agenda with its props as controls: three ES-FoMo 2025 sessions starred. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(3));
    await expect(canvas.getByRole("heading", { level: 3 })).toHaveTextContent("Friday, July 18, 2025");
  },
};

/** Nothing starred yet: the agenda says how to fill it. */
export const NothingStarred: Story = {
  name: "Nothing starred",
  args: { edition: nothing },
  loaders: [starred(nothing, [])],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Nothing starred yet/)).toBeInTheDocument();
  },
};

/** Two starred sessions in different rooms overlap: each says so, in words. */
export const Conflicts: Story = {
  args: { edition: parallel },
  loaders: [starred(parallel, ["opening", "talk-lupesko", "tutorial-titan"])],
  play: async ({ canvasElement }) => {
    const conflicts = await within(canvasElement).findAllByText(/^Conflict:/);
    await expect(conflicts).toHaveLength(2);
    await expect(canvasElement.querySelector('[data-conflict] [data-slot="conflict"]')).toHaveTextContent(
      "Conflict: overlaps with Tutorial: training with TorchTitan",
    );
  },
};

/** A selection someone shared (`sessionIds`): shown without stars. */
export const SharedSelection: Story = {
  name: "Shared selection",
  args: { edition: shared, sessionIds: ["talk-kasikci", "oral-cartridges"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(2));
    await expect(canvas.queryByRole("button")).toBeNull();
  },
};

/** The schedule with favourites and search: three starred, the toggle shows only them. */
export const InTheSchedule: Story = {
  name: "In the schedule (some starred, search)",
  render: ({ edition }) => (
    <>
      <ScheduleTable edition={edition} favourites search filters={["kind"]} />
      <h2>My agenda</h2>
      <MyAgenda edition={edition} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The attendee tools load after hydration (their own chunk); until then the toggle's place is held ("0 starred").
    const toggle = await canvas.findByRole("button", { name: "My agenda (3 starred)" }, { timeout: 5000 });
    await userEvent.click(toggle);
    await expect(canvas.getByRole("status")).toHaveTextContent("Showing 3 of 18 sessions");
    await userEvent.click(toggle);
    await userEvent.type(canvas.getByRole("searchbox"), "Bondarenko");
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("Showing 1 of 18 sessions"));
  },
};

/** Storage blocked (private mode): stars work for the visit, and the schedule says they will not be kept. */
export const NoStorage: Story = {
  name: "No storage",
  args: { edition: noStorage },
  // A week before the workshop: once it is over the schedule is an archive, with no agenda tools to warn in.
  parameters: { clock: { now: "2025-07-11T12:00:00-07:00" } },
  render: ({ edition }) => (
    <>
      <ScheduleTable edition={edition} favourites />
      <h2>My agenda</h2>
      <MyAgenda edition={edition} />
    </>
  ),
  loaders: [],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [star] = await canvas.findAllByRole("button", { name: /^Star: Zero to 50/ });
    await userEvent.click(star as HTMLElement);
    await expect(star).toHaveAttribute("aria-pressed", "true");
    await expect(canvas.getByText(/does not keep your stars/)).toBeInTheDocument();
  },
};
