import { render, screen, within } from "@testing-library/react";
import { assertEdition } from "@workshop-kit/types";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe";
import { loadEdition } from "../test/content";
import { person } from "./fixtures";
import { SpeakerGrid } from "./speaker-grid";

const ada = person({ id: "ada", name: "Ada Lovelace", roles: ["organiser"] });
const alan = person({ id: "alan", name: "Alan Turing", roles: ["invited-speaker"] });
const grace = person({ id: "grace", name: "Grace Hopper", roles: ["panelist", "organiser"] });

describe("given people without grouping", () => {
  it("lists every person as an article inside a list item, in data order", () => {
    render(<SpeakerGrid people={[grace, ada, alan]} />);
    const grid = screen.getAllByRole("list")[0] as HTMLElement;
    const items = Array.from(grid.children) as HTMLElement[];
    for (const li of items) expect(li).toHaveRole("listitem");
    expect(items.map((li) => within(li).getByRole("article").getAttribute("aria-labelledby"))).toEqual([
      "speaker-grace-name",
      "speaker-ada-name",
      "speaker-alan-name",
    ]);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Grace Hopper",
      "Ada Lovelace",
      "Alan Turing",
    ]);
  });

  it("keeps only the roles asked for, still in data order", () => {
    render(<SpeakerGrid people={[grace, ada, alan]} roles={["organiser"]} />);
    expect(screen.getAllByRole("article").map((a) => a.id)).toEqual(["speaker-grace", "speaker-ada"]);
  });

  it("shows a person without any role when no role filter is given (a hand-built Person)", () => {
    const guest = person({ id: "guest", name: "Guest Speaker", roles: [] });
    render(<SpeakerGrid people={[ada, guest]} />);
    expect(screen.getAllByRole("article").map((a) => a.id)).toEqual(["speaker-ada", "speaker-guest"]);
  });

  it("passes the variant to the grid and every card", () => {
    const { container } = render(<SpeakerGrid people={[ada, alan]} variant="compact" />);
    expect(container.firstElementChild).toHaveAttribute("data-variant", "compact");
    for (const card of screen.getAllByRole("article")) expect(card).toHaveAttribute("data-variant", "compact");
  });

  it("spreads host props onto the root and merges the class name", () => {
    render(<SpeakerGrid people={[ada]} className="mine" data-testid="grid" />);
    expect(screen.getByTestId("grid")).toHaveClass("wk-speaker-grid", "mine");
  });

  it("passes axe", async () => {
    const { container } = render(<SpeakerGrid people={[grace, ada, alan]} />);
    await expectNoAxeViolations(container);
  });
});

describe("given groupBy role", () => {
  it("puts each role under a heading at headingLevel and the cards one level below", () => {
    render(<SpeakerGrid people={[grace, ada, alan]} groupBy="role" headingLevel={2} />);
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Invited speakers",
      "Panelists",
      "Organisers",
    ]);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Alan Turing",
      "Grace Hopper",
      "Ada Lovelace",
    ]);
  });

  it("shows a person with two roles once, in the first of their groups", () => {
    const { container } = render(<SpeakerGrid people={[grace, ada, alan]} groupBy="role" />);
    expect(screen.getAllByRole("article", { name: "Grace Hopper" })).toHaveLength(1);
    const panelists = screen.getByRole("heading", { name: "Panelists" }).closest("section") as HTMLElement;
    expect(within(panelists).getByRole("article", { name: "Grace Hopper" })).toHaveAttribute("id", "speaker-grace");
    const organisers = screen.getByRole("heading", { name: "Organisers" }).closest("section") as HTMLElement;
    expect(within(organisers).queryByRole("article", { name: "Grace Hopper" })).toBeNull();
    const ids = Array.from(container.querySelectorAll("[id]"), (el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("follows the host's group order when deciding where a person with two roles goes", () => {
    render(<SpeakerGrid people={[grace, ada]} groupBy="role" roles={["organiser", "panelist"]} />);
    const organisers = screen.getByRole("heading", { name: "Organisers" }).closest("section") as HTMLElement;
    expect(
      within(organisers)
        .getAllByRole("article")
        .map((a) => a.id),
    ).toEqual(["speaker-grace", "speaker-ada"]);
    expect(screen.queryByRole("heading", { name: "Panelists" })).toBeNull();
  });

  it("keeps ids unique with a second grid of the same people, given an idPrefix", () => {
    const { container } = render(
      <>
        <SpeakerGrid people={[grace, ada, alan]} variant="compact" idPrefix="sidebar-" />
        <SpeakerGrid people={[grace, ada, alan]} groupBy="role" />
      </>,
    );
    const ids = Array.from(container.querySelectorAll("[id]"), (el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The unprefixed grid keeps the anchors a schedule links to; the prefixed one is still named by its headings.
    expect(container.querySelector("#speaker-grace")?.closest('[data-variant="full"]')).not.toBeNull();
    expect(container.querySelector("#sidebar-speaker-grace")).toHaveAttribute("data-variant", "compact");
    expect(screen.getAllByRole("article", { name: "Grace Hopper" })).toHaveLength(2);
  });

  it("orders and filters the groups by roles, with the host's group labels", () => {
    render(
      <SpeakerGrid
        people={[grace, ada, alan]}
        groupBy="role"
        roles={["organiser", "invited-speaker"]}
        groupLabel={(role) => (role === "organiser" ? "Organising committee" : "Keynotes")}
      />,
    );
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Organising committee",
      "Keynotes",
    ]);
    expect(screen.queryByRole("heading", { name: "Panelists" })).toBeNull();
  });

  it("passes axe", async () => {
    const { container } = render(<SpeakerGrid people={[grace, ada, alan]} groupBy="role" />);
    await expectNoAxeViolations(container);
  });
});

describe("given groupBy committee", () => {
  const edition = assertEdition({
    name: "Test Workshop",
    shortName: "TW",
    year: 2025,
    timeZone: "UTC",
    dates: { start: "2025-07-18" },
    people: [
      { id: "ada", name: "Ada Lovelace", title: "General Chair", roles: ["organiser"] },
      { id: "alan", name: "Alan Turing", roles: ["program-committee"] },
      { id: "grace", name: "Grace Hopper", roles: ["advisor"] },
    ],
    committees: [
      { id: "award", name: "Award committee", description: "Picks the best paper.", members: ["grace", "ada"] },
      { id: "pc", name: "Programme committee", members: ["alan", "ada"] },
    ],
  });

  it("shows the committees as named groups in the organiser's order, members in the listed order", () => {
    render(<SpeakerGrid people={edition.people} edition={edition} groupBy="committee" headingLevel={2} />);
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Award committee",
      "Programme committee",
    ]);
    const award = screen.getByRole("heading", { name: "Award committee" }).closest("section") as HTMLElement;
    expect(award).toHaveAttribute("data-committee", "award");
    expect(award).toHaveTextContent("Picks the best paper.");
    expect(
      within(award)
        .getAllByRole("article")
        .map((a) => a.id),
    ).toEqual(["speaker-grace", "speaker-ada"]);
  });

  it("shows a person on two committees once, in the first", () => {
    render(<SpeakerGrid people={edition.people} edition={edition} groupBy="committee" />);
    expect(screen.getAllByRole("article", { name: "Ada Lovelace" })).toHaveLength(1);
    const pc = screen.getByRole("heading", { name: "Programme committee" }).closest("section") as HTMLElement;
    expect(
      within(pc)
        .getAllByRole("article")
        .map((a) => a.id),
    ).toEqual(["speaker-alan"]);
  });

  it("names a member who already has a card in an earlier committee, linked to it, so no committee loses anyone", () => {
    render(<SpeakerGrid people={edition.people} edition={edition} groupBy="committee" />);
    const pc = screen.getByRole("heading", { name: "Programme committee" }).closest("section") as HTMLElement;
    expect(
      within(pc)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining("Alan Turing"), "Ada Lovelace (also in Award committee)"]);
    expect(within(pc).getByRole("link", { name: "Ada Lovelace" })).toHaveAttribute("href", "#speaker-ada");
  });

  it("keeps a committee whose every member sits on an earlier one", () => {
    const nested = assertEdition({
      ...{ name: "Test Workshop", shortName: "TW", year: 2025, timeZone: "UTC", dates: { start: "2025-07-18" } },
      people: [{ id: "ada", name: "Ada Lovelace", roles: ["organiser"] }],
      committees: [
        { id: "org", name: "Organising committee", members: ["ada"] },
        { id: "pc", name: "Programme committee", members: ["ada"] },
      ],
    });
    render(<SpeakerGrid people={nested.people} edition={nested} groupBy="committee" headingLevel={2} />);
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Organising committee",
      "Programme committee",
    ]);
  });

  it("shows a person's title on their card", () => {
    render(<SpeakerGrid people={edition.people} edition={edition} groupBy="committee" />);
    expect(within(screen.getByRole("article", { name: "Ada Lovelace" })).getByText("General Chair")).toBeVisible();
  });

  it("passes axe", async () => {
    const { container } = render(<SpeakerGrid people={edition.people} edition={edition} groupBy="committee" />);
    await expectNoAxeViolations(container);
  });
});

describe("given nobody to show", () => {
  it('says "Speakers to be announced."', () => {
    render(<SpeakerGrid people={[]} />);
    expect(screen.getByText("Speakers to be announced.")).toBeInTheDocument();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("says what the host wants, also when the role filter leaves nobody", () => {
    render(<SpeakerGrid people={[ada]} roles={["keynote"]} groupBy="role" emptyMessage="Keynotes soon." />);
    expect(screen.getByText("Keynotes soon.")).toBeInTheDocument();
    expect(screen.queryByRole("heading")).toBeNull();
  });
});

describe("given the ES-FoMo 2025 edition", () => {
  const edition = loadEdition(2025);

  it("shows the invited speakers with their talks linked to the schedule", async () => {
    const { container } = render(<SpeakerGrid people={edition.people} edition={edition} roles={["invited-speaker"]} />);
    const cards = screen.getAllByRole("article");
    expect(cards).toHaveLength(edition.people.filter((p) => p.roles.includes("invited-speaker")).length);
    const gu = screen.getByRole("article", { name: "Albert Gu" });
    const talks = within(gu).getByRole("list", { name: "Talks by Albert Gu" });
    const talk = edition.sessions.find((s) => s.speakerIds.includes("albert-gu"));
    expect(within(talks).getByRole("link")).toHaveAttribute("href", `#${talk?.id}`);
    expect(talks).toHaveTextContent(/PT \(UTC−7\)/);
    await expectNoAxeViolations(container);
  });

  it("groups organisers under their own heading", () => {
    render(<SpeakerGrid people={edition.people} edition={edition} groupBy="role" headingLevel={2} />);
    const organisers = screen.getByRole("heading", { level: 2, name: "Organisers" }).closest("section");
    expect(within(organisers as HTMLElement).getByRole("article", { name: "Tri Dao" })).toBeInTheDocument();
  });
});
