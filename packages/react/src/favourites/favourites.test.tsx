import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { assertEdition } from "@workshop-kit/types";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ScheduleTable } from "../schedule-table/schedule-table";
import { expectNoAxeViolations } from "../test/axe";
import { content } from "../test/content";
import { findLiveSearchbox } from "../test/live";
import { FavouriteToggle } from "./favourite-toggle";
import { favouritesNamespace, favouritesStore } from "./favourites-store";
import { MyAgenda } from "./my-agenda";

/** Two rooms: the keynote and a tutorial overlap; the lunch is a meal (no star). */
const twoRooms = assertEdition({
  name: "Test Workshop",
  shortName: "TW",
  year: 2031,
  timeZone: "Europe/Berlin",
  dates: { start: "2031-06-02" },
  venue: { city: "Berlin", country: "Germany" },
  people: [
    { id: "ada", name: "Ada Lovelace", affiliation: "Analytical Engines Ltd", roles: ["invited-speaker"] },
    { id: "grace", name: "Grace Hopper", affiliation: "Navy", roles: ["organiser"] },
  ],
  sessions: [
    { id: "opening", title: "Opening remarks", kind: "opening", start: "09:00", end: "09:15", room: "Hall" },
    {
      id: "keynote",
      title: "Engines of thought",
      kind: "keynote",
      start: "09:15",
      end: "10:15",
      room: "Hall",
      speakers: ["ada"],
      hosts: [{ id: "grace", role: "chair" }],
      affiliations: { ada: "University of London" },
    },
    { id: "tutorial", title: "Hands-on kernels", kind: "other", start: "09:45", end: "10:45", room: "Lab" },
    { id: "lunch", title: "Lunch", kind: "meal", start: "12:00", end: "13:00", room: "Hall" },
  ],
});
const key = `workshop-kit:favourites:${favouritesNamespace(twoRooms)}`;
/** Star `ids` as an earlier visit would have (the page's store reads storage once, then keeps the list). */
const seed = (ids: string[]) => favouritesStore(favouritesNamespace(twoRooms)).add(ids);

// ScheduleTable loads its attendee tools with import() after hydration: transform the chunk once, up front, so the
// first test waits for a loaded module like the others rather than for the test runner's compiler.
beforeAll(async () => {
  await import("./schedule-attendee");
});

beforeEach(() => {
  // The page's store keeps its list in memory: start each test from an empty one.
  favouritesStore(favouritesNamespace(twoRooms)).replace([]);
  window.localStorage.clear();
});
afterEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("given a schedule with favourites", () => {
  it("puts a named star toggle on every session but meals, and keeps a star in the browser", async () => {
    const user = userEvent.setup();
    render(<ScheduleTable edition={twoRooms} favourites />);
    const star = await screen.findByRole("button", { name: "Star: Opening remarks" });
    expect(star).toHaveAttribute("aria-pressed", "false");
    expect(screen.queryByRole("button", { name: "Star: Lunch" })).toBeNull();
    await user.click(star);
    expect(star).toHaveAttribute("aria-pressed", "true");
    expect(JSON.parse(window.localStorage.getItem(key) ?? "")).toEqual(["opening"]);
    expect(screen.getByRole("button", { name: "My agenda (1 starred)" })).toBeInTheDocument();
  });

  it("shares one list between every component on the page", async () => {
    const user = userEvent.setup();
    render(
      <>
        <ScheduleTable edition={twoRooms} favourites />
        <FavouriteToggle edition={twoRooms} itemId="keynote" label="Engines of thought (elsewhere)" />
        <MyAgenda edition={twoRooms} />
      </>,
    );
    await screen.findByRole("button", { name: "Star: Engines of thought" });
    await user.click(screen.getByRole("button", { name: "Star: Engines of thought (elsewhere)" }));
    // The schedule's star and the agenda's (which appeared with the item) both show it starred.
    const stars = screen.getAllByRole("button", { name: "Star: Engines of thought" });
    expect(stars).toHaveLength(2);
    for (const star of stars) expect(star).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("listitem")).toHaveTextContent("Engines of thought");
  });

  it("shows only the starred sessions in My agenda, and ignores stored ids the edition no longer has", async () => {
    seed(["keynote", "removed-talk"]);
    const user = userEvent.setup();
    const { container } = render(<ScheduleTable edition={twoRooms} favourites />);
    const toggle = await screen.findByRole("button", { name: "My agenda (1 starred)" });
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("status")).toHaveTextContent("Showing 1 of 4 sessions");
    const visible = [...container.querySelectorAll('[data-slot="session"]:not([hidden])')].map((e) => e.id);
    expect(visible).toEqual(["keynote"]);
  });

  it("says in words which starred sessions overlap, in the agenda view", async () => {
    seed(["opening", "keynote", "tutorial"]);
    const user = userEvent.setup();
    render(<ScheduleTable edition={twoRooms} favourites />);
    await user.click(await screen.findByRole("button", { name: "My agenda (3 starred)" }));
    expect(screen.getByText(/overlaps with/)).toHaveTextContent(
      "Conflict: “Engines of thought” overlaps with “Hands-on kernels”.",
    );
  });

  it("filters by search words (title, speaker, affiliation), announces the count, and combines with the agenda", async () => {
    const user = userEvent.setup();
    const { container } = render(<ScheduleTable edition={twoRooms} favourites search />);
    const box = await findLiveSearchbox();
    await user.type(box, "analytical");
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Showing 1 of 4 sessions");
    const visible = () => [...container.querySelectorAll('[data-slot="session"]:not([hidden])')].map((e) => e.id);
    expect(visible()).toEqual(["keynote"]);
    await user.clear(box);
    await user.type(box, "ENGINES lovelace");
    expect(visible()).toEqual(["keynote"]);
    // The talk's own affiliation and its chair are found too.
    await user.clear(box);
    await user.type(box, "university of london");
    expect(visible()).toEqual(["keynote"]);
    await user.clear(box);
    await user.type(box, "hopper");
    expect(visible()).toEqual(["keynote"]);
    await user.clear(box);
    expect(visible()).toHaveLength(4);
    await user.type(box, "nothing like this");
    expect(status).toHaveTextContent("Showing 0 of 4 sessions");
  });

  it("opens a shared agenda from the link and offers to add it", async () => {
    window.history.replaceState(null, "", "/#agenda=keynote,tutorial,unknown");
    const user = userEvent.setup();
    const { container } = render(<ScheduleTable edition={twoRooms} favourites />);
    const region = await screen.findByRole("region", { name: "Shared agenda" });
    expect(region).toHaveTextContent("2 sessions");
    const visible = [...container.querySelectorAll('[data-slot="session"]:not([hidden])')].map((e) => e.id);
    expect(visible).toEqual(["keynote", "tutorial"]);
    await user.click(within(region).getByRole("button", { name: "Add these to my favourites" }));
    expect(JSON.parse(window.localStorage.getItem(key) ?? "")).toEqual(["keynote", "tutorial"]);
    await user.click(within(region).getByRole("button", { name: "Show the whole programme" }));
    expect(screen.queryByRole("region", { name: "Shared agenda" })).toBeNull();
    expect(window.location.hash).toBe("");
  });

  it("makes a share link of the starred sessions, in programme order", async () => {
    seed(["tutorial", "opening"]);
    const user = userEvent.setup();
    render(<ScheduleTable edition={twoRooms} favourites />);
    await user.click(await screen.findByRole("button", { name: "Copy a link to my agenda" }));
    const link = screen.getByRole("textbox", { name: /link to your agenda/i });
    expect(link).toHaveValue("http://localhost:3000/#agenda=opening,tutorial");
    expect(link).toHaveFocus();
    // Starring another session afterwards leaves focus on that star.
    const star = screen.getByRole("button", { name: "Star: Engines of thought" });
    await user.click(star);
    expect(star).toHaveFocus();
  });

  it("has no axe violations with stars, search and the agenda", async () => {
    seed(["keynote", "tutorial"]);
    const { container } = render(
      <>
        <ScheduleTable edition={twoRooms} favourites search filters={["room"]} />
        <MyAgenda edition={twoRooms} />
      </>,
    );
    await findLiveSearchbox();
    await expectNoAxeViolations(container);
  });
});

describe("given MyAgenda", () => {
  it("lists the starred sessions by day and says which ones overlap, in words", () => {
    seed(["keynote", "tutorial", "opening"]);
    render(<MyAgenda edition={twoRooms} />);
    const items = screen.getAllByRole("listitem");
    expect(items.map((i) => i.querySelector('[data-slot="title"]')?.textContent)).toEqual([
      "Opening remarks",
      "Engines of thought",
      "Hands-on kernels",
    ]);
    expect(items[0]).not.toHaveTextContent("Conflict");
    expect(items[1]).toHaveTextContent("Conflict: overlaps with Hands-on kernels");
    expect(items[2]).toHaveTextContent("Conflict: overlaps with Engines of thought");
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("Monday, June 2, 2031");
  });

  it("says so when nothing is starred, and unstarring removes an item", async () => {
    seed(["opening"]);
    const user = userEvent.setup();
    render(<MyAgenda edition={twoRooms} />);
    await user.click(screen.getByRole("button", { name: "Star: Opening remarks" }));
    expect(screen.getByText(/Nothing starred yet/)).toBeInTheDocument();
  });

  it("heads the day by the date in the zone its times are shown in", () => {
    // 9:45 AM Monday in Berlin (UTC+2) is 9:45 PM Sunday in Honolulu (UTC−10).
    render(<MyAgenda edition={twoRooms} sessionIds={["tutorial"]} timeZone="Pacific/Honolulu" />);
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("Sunday, June 1, 2031");
    expect(screen.getByRole("listitem")).toHaveTextContent(/9:45\sPM/);
  });

  it("shows a shared selection without stars", () => {
    render(<MyAgenda edition={twoRooms} sessionIds={["tutorial"]} />);
    expect(screen.getByRole("listitem")).toHaveTextContent("Hands-on kernels");
    expect(screen.queryByRole("button")).toBeNull();
  });
});

describe("given the ES-FoMo 2025 programme", () => {
  it("finds talks by a paper's author", async () => {
    const user = userEvent.setup();
    const edition = content.edition2025;
    const { container } = render(<ScheduleTable edition={edition} search />);
    await user.type(await findLiveSearchbox(), "Bondarenko");
    const visible = [...container.querySelectorAll('[data-slot="session"]:not([hidden])')].map((e) => e.id);
    expect(visible).toEqual(["oral-fptquant"]);
  });
});
