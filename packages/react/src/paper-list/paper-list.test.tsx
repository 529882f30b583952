import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Edition, Paper, Session } from "@workshop-kit/types";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "../test/axe";
import { loadEdition } from "../test/content";
import { edition, oralSession, paper, posterSession } from "./fixtures";
import { PaperList } from "./paper-list";
import { listPapers, sessionLink } from "./papers";

const oralPapers = edition.sessions.filter((s) => s.paper).length;
const total = 3 + oralPapers;

function item(title: string): HTMLElement {
  return screen.getByRole("heading", { name: title }).closest("li") as HTMLElement;
}

describe("given accepted papers and papers on the programme's orals", () => {
  it("lists the accepted papers in their order, then the orals' papers, each once", () => {
    render(<PaperList edition={edition} />);
    const titles = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(titles.slice(0, 3)).toEqual([
      "Fast Attention on Small Devices",
      "Sparse Mixtures at Scale",
      "Quantised KV Caches",
    ]);
    expect(titles).toHaveLength(total);
    expect(titles).toContain(oralSession.paper?.title);
  });

  it("does not list a paper twice when the accepted list and an oral both carry it", () => {
    // The accepted list repeats an oral's paper (same id) without saying where it is presented.
    const withOral = { ...edition, papers: [...edition.papers, { ...(oralSession.paper as Paper) }] };
    const listed = listPapers(withOral).filter((p) => p.paper.title === oralSession.paper?.title);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.session?.id).toBe(oralSession.id);
    // Without ids, the same title is the same paper.
    const e2024 = loadEdition(2024);
    const oral2024 = e2024.sessions.find((s) => s.paper) as Session;
    const again = { ...e2024, papers: [{ ...(oral2024.paper as Paper), authors: ["Someone"] }] };
    expect(listPapers(again).filter((p) => p.paper.title === oral2024.paper?.title)).toHaveLength(1);
  });

  it("gives each paper the anchor paper-{id}, with the host's prefix", () => {
    render(<PaperList edition={edition} idPrefix="y25-" />);
    expect(item("Fast Attention on Small Devices")).toHaveAttribute("id", "y25-paper-fast-attention");
    expect(item(oralSession.paper?.title ?? "")).toHaveAttribute("id", `y25-paper-${oralSession.paper?.id}`);
  });

  it("anchors a paper without an id at its session's id (ES-FoMo 2024's orals)", () => {
    const e2024 = loadEdition(2024);
    const oral2024 = e2024.sessions.find((s) => s.paper) as Session;
    render(<PaperList edition={e2024} />);
    expect(item(oral2024.paper?.title ?? "")).toHaveAttribute("id", `paper-${oral2024.id}`);
  });

  it("shows authors, award, presentation, poster board and the session, linked to the schedule's row", () => {
    render(<PaperList edition={edition} />);
    const li = item("Fast Attention on Small Devices");
    expect(li).toHaveTextContent("Ada Lovelace, Alan Turing");
    expect(li).toHaveTextContent("Best paper");
    expect(li.querySelector('[data-slot="meta"]')).toHaveTextContent(/^Best paperPoster A12Presented in/);
    expect(within(li).getByRole("link", { name: posterSession.title ?? "" })).toHaveAttribute(
      "href",
      `#${posterSession.id}`,
    );
    expect(item("Quantised KV Caches")).toHaveTextContent("Spotlight");
    // An oral's session has the paper's own title: it is named by its group instead of repeating the title.
    expect(oralSession.group).toBe("Orals Session 1");
    expect(within(item(oralSession.paper?.title ?? "")).getByRole("link", { name: "Orals Session 1" })).toHaveAttribute(
      "href",
      `#${oralSession.id}`,
    );
  });

  it("names its links by kind in a list labelled by the paper", () => {
    render(<PaperList edition={edition} />);
    const links = screen.getByRole("list", { name: "Links for Sparse Mixtures at Scale" });
    expect(within(links).getByRole("link", { name: "arXiv" })).toHaveAttribute(
      "href",
      "https://arxiv.org/abs/2501.00001",
    );
  });

  it("puts the title headings at the level the host chooses", () => {
    render(<PaperList edition={edition} headingLevel={4} />);
    expect(screen.getAllByRole("heading", { level: 4 })).toHaveLength(total);
  });

  it("has no axe violations, filter shown", async () => {
    const { container } = render(<PaperList edition={edition} />);
    expect(screen.getByRole("search")).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});

describe("given a sessionHref", () => {
  it("fills a template with the session id", () => {
    render(<PaperList edition={edition} sessionHref="/2025/schedule#{id}" />);
    expect(
      within(item("Fast Attention on Small Devices")).getByRole("link", { name: posterSession.title ?? "" }),
    ).toHaveAttribute("href", `/2025/schedule#${posterSession.id}`);
  });

  it("calls a function, and leaves the session unlinked when it returns nothing", () => {
    render(<PaperList edition={edition} sessionHref={(id) => (id === posterSession.id ? null : `#s-${id}`)} />);
    expect(
      within(item("Fast Attention on Small Devices")).queryByRole("link", { name: posterSession.title ?? "" }),
    ).toBeNull();
    expect(within(item(oralSession.paper?.title ?? "")).getByRole("link", { name: "Orals Session 1" })).toHaveAttribute(
      "href",
      `#s-${oralSession.id}`,
    );
  });

  it("refuses an unsafe or other-host link through the safe-URL rule", () => {
    expect(sessionLink("javascript:alert('{id}')", "x")).toBeNull();
    expect(sessionLink("//evil.example/{id}", "x")).toBeNull();
    expect(sessionLink("https://example.org/s/{id}", "x")).toBe("https://example.org/s/x");
    expect(sessionLink("#{id}", "oral-1")).toBe("#oral-1");
  });

  it("never renders an unsafe paper link", () => {
    const bad = {
      ...edition,
      papers: [paper({ links: [{ kind: "pdf", href: "javascript:alert(1)", label: "PDF" }] as never })],
    };
    render(<PaperList edition={bad} />);
    expect(screen.queryByRole("link", { name: "PDF" })).toBeNull();
  });
});

describe("filtering", () => {
  it("holds its place in the server HTML, inert and marked pending: the list is complete and nothing pretends to filter", () => {
    const html = renderToString(<PaperList edition={edition} />);
    // Held: the stylesheet keeps its space invisible (no jump when it starts to work) or, without scripting, hides it.
    expect(html).toMatch(/<div role="search" data-slot="toolbar" data-pending="" inert="">/);
    expect(html).toMatch(/<p data-slot="status" role="status" data-pending="" inert="">/);
    expect(html).not.toMatch(/<li[^>]*hidden/);
    expect(html).toContain("Quantised KV Caches");
  });

  it("narrows by text (title, authors) and says how many are shown; hidden papers keep their anchors", async () => {
    const user = userEvent.setup();
    render(<PaperList edition={edition} />);
    expect(screen.getByRole("status")).toHaveTextContent(`${total} papers`);
    await user.type(screen.getByRole("searchbox", { name: "Search papers" }), "hopper");
    expect(screen.getByRole("status")).toHaveTextContent(`1 of ${total} papers shown`);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Sparse Mixtures at Scale",
    ]);
    expect(document.getElementById("paper-fast-attention")).toHaveAttribute("hidden");
  });

  it("narrows to award winners, or one award, and to one session; Show all resets", async () => {
    const user = userEvent.setup();
    render(<PaperList edition={edition} />);
    const awardSelect = screen.getByRole("combobox", { name: "Award" });
    await user.selectOptions(awardSelect, "Award winners");
    expect(screen.getByRole("status")).toHaveTextContent(`2 of ${total} papers shown`);
    await user.selectOptions(awardSelect, "Outstanding paper");
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Quantised KV Caches"]);
    await user.selectOptions(awardSelect, "All papers");
    await user.selectOptions(screen.getByRole("combobox", { name: "Session" }), posterSession.title ?? "");
    expect(screen.getByRole("status")).toHaveTextContent(`2 of ${total} papers shown`);
    await user.type(screen.getByRole("searchbox", { name: "Search papers" }), "zzz");
    expect(screen.getByRole("status")).toHaveTextContent(`0 of ${total} papers match`);
    await user.click(screen.getByRole("button", { name: "Show all" }));
    expect(screen.getByRole("status")).toHaveTextContent(`${total} papers`);
    expect(screen.getByRole("searchbox", { name: "Search papers" })).toHaveValue("");
  });

  it("can be turned off", () => {
    render(<PaperList edition={edition} filter={false} />);
    expect(screen.queryByRole("search")).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
  });
});

describe("per-paper actions and the empty state", () => {
  it("renders the host's actions at the end of every paper", () => {
    const renderActions = vi.fn((p: { title: string }) => <button type="button">{`Star ${p.title}`}</button>);
    render(<PaperList edition={edition} renderActions={renderActions} />);
    expect(
      within(item("Sparse Mixtures at Scale")).getByRole("button", { name: "Star Sparse Mixtures at Scale" }),
    ).toBeInTheDocument();
    expect(renderActions).toHaveBeenCalledTimes(total);
  });

  it("says papers will be listed when there are none", () => {
    const none: Edition = { ...edition, papers: [], sessions: edition.sessions.map((s) => ({ ...s, paper: null })) };
    render(<PaperList edition={none} className="mine" />);
    expect(screen.getByText("Accepted papers will be listed here.").closest("div")).toHaveClass(
      "wk-paper-list",
      "mine",
    );
    act(() => {});
  });
});
