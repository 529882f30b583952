import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ScheduleTableProps } from "@workshop-kit/react";
import { ScheduleTable, TimeZoneProvider } from "@workshop-kit/react";
import { assertEdition } from "@workshop-kit/types";
import { expect, spyOn, userEvent, waitFor, within } from "storybook/test";
import { edition2023, edition2025 } from "./content";
import {
  bigProgramme,
  EDITIONS,
  editionArg,
  headingLevelArg,
  hrefFrom,
  multiRoomDay,
  singleTrackDays,
  tbaEdition,
} from "./fixtures";
import { factsEdition } from "./programme-facts";

const multiRoom = bigProgramme;
const multiRoomOneDay = multiRoomDay;
const tba = tbaEdition;
const firstOral2025 = edition2025.sessions.find((x) => x.kind === "oral");

const meta = {
  title: "Components/ScheduleTable",
  component: ScheduleTable,
  args: { edition: edition2025, speakerHref: (id: string) => `#speaker-${id}` },
  // Every story's edition control is a menu of fixtures, not a JSON editor of a whole edition.
  argTypes: { edition: editionArg },
  parameters: {
    docs: {
      description: {
        component:
          "The programme as real tables, one per day. Times are in the event's zone on the server; a switch (after hydration) shows them in the reader's zone. Sessions in different rooms that overlap get a column per room.",
      },
    },
  },
} satisfies Meta<typeof ScheduleTable>;
export default meta;

type Story = StoryObj<typeof meta>;

type PlaygroundArgs = ScheduleTableProps & { speakerLink: string };

/** Every prop that changes what a reader sees, from menus: pick a programme, filters, heading level, links. */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: {
    edition: EDITIONS["ES-FoMo 2025"] as ScheduleTableProps["edition"],
    speakerLink: "#speaker-{id}",
    headingLevel: 3,
    filters: [],
    timeZone: "event",
    showCalendarLinks: true,
    showTimeZoneToggle: true,
    caption: "",
  },
  argTypes: {
    edition: editionArg,
    headingLevel: headingLevelArg,
    filters: { control: { type: "inline-check" }, options: ["kind", "room", "track"] },
    timeZone: { control: { type: "inline-radio" }, options: ["event", "reader"] },
    speakerLink: { control: "text", description: "Link template for a speaker ({id} = person id; empty = no links)" },
    speakerHref: { control: false },
  },
  parameters: {
    // A week before the workshop: the calendar menu is offered (none once the workshop is over).
    clock: { now: "2025-07-10T12:00:00Z" },
    // calendarUrl is a host's published file; emptyMessage shows only without sessions.
    // jumpList lists days: ES-FoMo 2025 has one, so the list is left out (see the ScheduleJumpList stories).
    controlsCheck: { skip: ["emptyMessage", "onTimeZoneChange", "calendarUrl", "jumpList"] },
  },
  render: ({ speakerLink, caption, ...args }) => (
    <ScheduleTable {...args} {...(caption ? { caption } : {})} speakerHref={hrefFrom(speakerLink)} />
  ),
};

/** ES-FoMo III (ICML 2025): one track in one room, with two groups of orals. */
export const EsFomo2025: Story = {
  name: "ES-FoMo 2025 (single track)",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("table")).toHaveAccessibleName(/All times PT \(UTC−7\)$/);
    await expect(canvas.getByRole("rowheader", { name: "Orals Session 1" })).toBeInTheDocument();
  },
};

/** ES-FoMo I (ICML 2023, Honolulu): themed blocks and a panel. */
export const EsFomo2023: Story = {
  name: "ES-FoMo 2023 (panel, themed blocks)",
  args: { edition: edition2023 },
  play: async ({ canvasElement }) => {
    // Titled by its kind already: the kind label is not repeated ("Panel: Panel: …", "Awards: Awards").
    await expect(canvasElement.querySelector("#panel td")).toHaveTextContent(/^Panel: Large Language Models Tooling/);
    await expect(canvasElement.querySelector("#posters td")).toHaveTextContent(/^Poster Session/);
  },
};

/** 300 sessions over 3 days in 8 rooms: a column per room, rows cut at every start and end. */
export const MultiRoom: Story = {
  name: "Synthetic: 3 days, 8 rooms",
  args: { edition: multiRoom, filters: ["room", "kind"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The filter is held (inert) in the server's markup until hydrated: wait for the live one.
    const room = await waitFor(() => {
      const select = canvas.getByRole("combobox", { name: "Room" });
      if (select.closest("[inert]")) throw new Error("the filter is still held");
      return select;
    });
    await userEvent.selectOptions(room, "Room B");
    // One room left: nothing runs in parallel, so each day is a list again.
    await expect(canvasElement.querySelector("#d1-r1-1")).toBeNull();
    await expect(canvasElement.querySelector("#d1-r2-1")).not.toBeNull();
    await expect(canvasElement.querySelector("table")).toHaveAttribute("data-layout", "list");
    // Each day's opening and closing are in every room: they stay.
    await expect(canvasElement.querySelector("#d1-opening")).not.toBeNull();
    await expect(canvas.getByText(/^Showing \d+ of 300 sessions$/)).toBeInTheDocument();
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Room" }), "All");
    await expect(canvasElement.querySelector('[data-room="Room A"]')).not.toBeNull(); // Leave the review story as a reader first sees it: no focused control.
    (document.activeElement as HTMLElement | null)?.blur();
    // Room columns in name order (the synthetic rooms start in that order), not A, D, G, B…
    const rooms = canvas
      .getAllByRole("columnheader")
      .map((th) => th.textContent ?? "")
      .filter((t) => t.startsWith("Room "));
    await expect(rooms.slice(0, 8)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"].map((r) => `Room ${r}`));
  },
};

/** No sessions yet. */
export const Empty: Story = {
  args: { edition: { ...edition2025, sessions: [] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Programme to be announced")).toBeInTheDocument();
  },
};

/** Titles and speakers to be announced, a right-to-left title and a very long one. */
export const ToBeAnnounced: Story = {
  name: "TBA, RTL and long titles",
  args: { edition: tba },
};

/** The clock frozen during the 10:30 PT oral: it is marked "Now", earlier sessions are dimmed. */
export const Live: Story = {
  name: "Live: during the 10:30 oral",
  parameters: { clock: { now: "2025-07-18T17:35:00Z" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const live = await waitFor(() => {
      const el = canvasElement.querySelector('[data-state="live"]');
      if (!el) throw new Error("no live session yet");
      return el as HTMLElement;
    });
    await expect(live).toHaveTextContent(/Now: Oral: FPTQuant/);
    await expect(canvas.getByRole("row", { name: /^8:30 AM/ })).toHaveAttribute("data-state", "past");
  },
};

/** A reader in Auckland who chose their own zone: the day is their Saturday, the event's Friday on a quiet line. */
export const ReaderZone: Story = {
  name: "Reader's zone (Auckland)",
  parameters: { timeZoneChoice: "reader" },
  render: (args) => (
    <TimeZoneProvider remember={false} readerTimeZone="Pacific/Auckland" defaultTimeZone="reader">
      <ScheduleTable {...args} />
    </TimeZoneProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole("button", { name: /show times in my time zone/i });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(canvas.getByRole("table")).toHaveAccessibleName(/All times UTC\+12$/);
    await expect(canvas.getAllByRole("rowheader")[0]).toHaveTextContent(/^3:30\sAM – 3:40\sAM$/);
    await expect(canvas.getByRole("heading", { name: /^Saturday, July 19, 2025 — your time/ })).toBeVisible();
  },
};

/** Test: the Auckland reader switches back to the event's zone (the review story stays in the reader's zone). */
export const ReaderZoneSwitchBack: Story = {
  name: "Test: reader switches back to the event zone",
  tags: ["test-only"],
  parameters: ReaderZone.parameters,
  render: ReaderZone.render,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole("button", { name: /show times in my time zone/i });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(canvas.getByRole("table")).toHaveAccessibleName(/All times PT \(UTC−7\)$/);
    await expect(canvas.getAllByRole("rowheader")[0]).toHaveTextContent("8:30 AM – 8:40 AM");
  },
};

/**
 * Parallel rooms for a reader in the Chatham Islands (UTC+12:45, an odd offset): the day is re-headed by the
 * reader's date, and no slot or cell says "+1 day".
 */
export const MultiRoomReaderZone: Story = {
  name: "Synthetic rooms, reader's zone (Chatham)",
  args: { edition: multiRoomOneDay },
  parameters: { timeZoneChoice: "reader" },
  render: (args) => (
    <TimeZoneProvider remember={false} readerTimeZone="Pacific/Chatham" defaultTimeZone="reader">
      <ScheduleTable {...args} />
    </TimeZoneProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("button", { name: /show times in my time zone/i });
    await expect(canvas.getByRole("table")).toHaveAccessibleName(/All times UTC\+12:45$/);
    // 8:30 AM PT is 4:15 AM the next day in Chatham.
    const headers = canvas.getAllByRole("rowheader");
    await expect(headers[0]).toHaveTextContent(/^4:15\sAM$/);
    for (const h of headers) await expect(h).not.toHaveTextContent(/\+1 day/);
  },
};

/**
 * The programme's one calendar menu, a week before the workshop: the host's published file (plain links that work
 * without JavaScript) and the whole programme built in the browser, confirmed in words after the download.
 */
export const CalendarDownload: Story = {
  name: "Test: calendar menu and download",
  tags: ["test-only"],
  args: { calendarUrl: "https://es-fomo.com/programme.ics" },
  parameters: { clock: { now: "2025-07-10T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const blobs: Blob[] = [];
    const create = spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return "blob:story";
    });
    const click = spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    try {
      // One menu, no button on any row of the programme.
      await expect(canvasElement.querySelectorAll('tr button[data-slot="calendar"]')).toHaveLength(0);
      await userEvent.click(canvas.getByText("Add to calendar", { selector: "summary" }));
      await expect(canvas.getByRole("link", { name: "Subscribe in your calendar app" })).toHaveAttribute(
        "href",
        "webcal://es-fomo.com/programme.ics",
      );
      await userEvent.click(await canvas.findByRole("button", { name: "Add the whole programme to your calendar" }));
      // The .ics writer loads on click (dynamic import).
      await waitFor(() => expect(blobs).toHaveLength(1), { timeout: 10_000 });
      const text = await (blobs[0] as Blob).text();
      await expect(text).toContain("DTSTART:20250718T170000Z");
      await expect(text).toContain("SUMMARY:The Quest For Blazingly Fast LLM Serving");
      await expect(await canvas.findByText(/^Calendar file downloaded: /)).toBeVisible();
    } finally {
      create.mockRestore();
      click.mockRestore();
    }
  },
};

/** In a 320 px container the tables become a list grouped by time (container query), in the same order. */
export const Narrow: Story = {
  name: "Narrow container (320 px)",
  args: { edition: multiRoom },
  render: (args) => (
    <div style={{ width: 320, border: "1px dashed currentColor" }}>
      <ScheduleTable {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const thead = canvasElement.querySelector("thead") as HTMLElement;
    await expect(getComputedStyle(thead).display).toBe("none");
    const table = canvasElement.querySelector("table") as HTMLElement;
    await expect(getComputedStyle(table).display).toBe("block");
    // Stacked, a grid cell shows its room itself (the hidden column header named it).
    const cell = canvasElement.querySelector('td[data-room="Room A"]') as HTMLElement;
    await expect(getComputedStyle(cell, "::before").content).toBe('"Room A"');
    await expect(getComputedStyle(cell, "::before").display).toBe("block");
  },
};

/**
 * The day after the workshop: the programme stays as an archive — nothing live, nothing dimmed as past (titles keep
 * their weight), links set forward, no calendar offered.
 */
export const Archive: Story = {
  name: "Archive: after the event",
  parameters: { clock: { now: "2025-07-20T12:00:00Z" } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-phase="archive"]')).not.toBeNull());
    await expect(canvasElement.querySelector('[data-slot="session"][data-state]')).toBeNull();
    await expect(canvasElement.querySelector('[data-slot="calendar-menu"]')).toBeNull();
  },
};

/** A deep link (`#session-id`) to one oral: that row is highlighted, as when a speaker's card links here. */
export const DeepLinked: Story = {
  name: "Deep-linked session highlighted",
  beforeEach: () => {
    const before = window.location.hash;
    window.history.replaceState(null, "", `#${firstOral2025?.id ?? ""}`);
    return () => window.history.replaceState(null, "", before || window.location.pathname + window.location.search);
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector("[data-highlighted]")).not.toBeNull());
    await expect(canvasElement.querySelector("[data-highlighted]")).toHaveTextContent(firstOral2025?.title ?? "");
  },
};

/** One room over three days: a table per day, no room columns. */
export const MultiDaySingleTrack: Story = {
  name: "Single track over 3 days",
  args: { edition: singleTrackDays },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("table")).toHaveLength(3);
    await expect(canvasElement.querySelector("[data-room]")).toBeNull();
  },
};

/** ES-FoMo 2025 on a 375 px phone: the stacked layout, times first. */
export const Phone: Story = {
  name: "Phone (375 px)",
  globals: { viewport: { value: "w375", isRotated: false } },
};

/**
 * Issue #13's programme facts: a block of four talks with their own times, a chair and a moderator, a talk's own
 * affiliation, descriptions behind a disclosure, kinds with their labels (none on contributed talks), a session's own
 * label, two items starting together, the schedule's revisions, and a link to the paper's PaperList entry.
 */
export const ProgrammeFacts: Story = {
  name: "Blocks, hosts, descriptions, revisions",
  args: { edition: factsEdition, paperHref: "#paper-{id}", filters: ["kind"] },
  // 9:30 in Vienna: the block's second talk is on, the block around it too.
  parameters: { clock: { now: "2026-07-17T07:30:00Z" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const block = canvasElement.querySelector("#orals-1")?.closest("tbody") as HTMLElement;
    await expect(within(block).getAllByRole("row")).toHaveLength(5);
    await expect(canvasElement.querySelector("#panel")).toHaveTextContent("Moderator: Grace Hopper (US Navy)");
    await expect(canvasElement.querySelector("#awards")).toHaveTextContent("Winners announcement: Best paper");
    await expect(
      canvas.getByRole("link", { name: /^Paper\s?: Faster attention on every accelerator$/ }),
    ).toHaveAttribute("href", "#paper-flash");
    const summary = canvasElement.querySelector("#panel summary") as HTMLElement;
    await userEvent.click(summary);
    await expect(summary.closest("details")).toHaveAttribute("open");
    await expect(canvasElement.querySelector('[data-slot="revision"]')).toHaveTextContent(
      /^Schedule updated on July 14, 2026: The panel moved/,
    );
  },
};

/** Two rooms in parallel: the block is one grid cell holding its talks, each with its own times. */
export const BlocksInRoomGrid: Story = {
  name: "Blocks in the room grid",
  args: {
    edition: assertEdition({
      name: "Workshop on Efficient Systems for Foundation Models",
      shortName: "ES-FoMo",
      year: 2026,
      timeZone: "Europe/Vienna",
      dates: { start: "2026-07-17" },
      people: factsEdition.people.map(({ id, name, roles }) => ({ id, name, roles: [...roles] })),
      sessions: [
        { id: "opening", title: "Opening remarks", kind: "opening", start: "09:00", end: "09:10" },
        {
          id: "orals-a",
          title: "Oral session 1",
          kind: "contributed-talk",
          start: "09:10",
          end: "10:10",
          room: "Hall A",
          hosts: [{ id: "grace", role: "chair" }],
          items: [
            {
              id: "a1",
              title: "Faster attention",
              kind: "contributed-talk",
              start: "09:10",
              end: "09:30",
              room: "Hall A",
              speakers: ["katherine"],
            },
            {
              id: "a2",
              title: "Sparse mixtures",
              kind: "contributed-talk",
              start: "09:30",
              end: "09:50",
              room: "Hall A",
            },
            {
              id: "a3",
              title: "Four-bit training",
              kind: "contributed-talk",
              start: "09:50",
              end: "10:10",
              room: "Hall A",
            },
          ],
        },
        { id: "demo-b", title: "Live demos", kind: "demo", start: "09:10", end: "10:10", room: "Hall B" },
        { id: "coffee", title: "Coffee break", kind: "break", start: "10:25", end: "10:45" },
      ],
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("table")).toHaveAttribute("data-layout", "grid");
    await expect(within(canvasElement.querySelector("#orals-a") as HTMLElement).getAllByRole("listitem")).toHaveLength(
      3,
    );
  },
};
