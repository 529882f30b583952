/**
 * Render hooks (`renderPart`): a host changes a session's title or links, a speaker card's parts, a paper's award
 * line — and the table, its row headers, ids, headings and names stay the library's.
 */
import { render, screen, within } from "@testing-library/react";
import type { Paper, Person, Session } from "@workshop-kit/types";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { edition as paperEdition } from "../paper-list/fixtures";
import { PaperList } from "../paper-list/paper-list";
import type { SessionPart } from "../schedule-table/schedule-days";
import { ScheduleTable } from "../schedule-table/schedule-table";
import { StaticScheduleTable } from "../schedule-table/static-schedule-table";
import { person } from "../speaker-card/fixtures";
import { SpeakerCard, type SpeakerPart } from "../speaker-card/speaker-card";
import { expectNoAxeViolations } from "./axe";
import { content } from "./content";

const edition = content.edition2025;
const awarded = edition.sessions.find((s) => s.title && s.speakerIds.length && !s.blockId) as Session;
const plain = edition.sessions.find((s) => s !== awarded && s.title && !s.links.length) as Session;

/** The host's hook: a "Best paper" badge on one session, a venue link on every session, speakers hidden on one. */
function sessionHook(part: SessionPart, content: ReactNode, s: Session): ReactNode {
  if (part === "title" && s.id === awarded.id)
    return (
      <>
        {content} <span className="badge">Best paper</span>
      </>
    );
  if (part === "links")
    return (
      <>
        {content ? <>{content} · </> : null}
        <a href={`https://venue.example/${s.id}`}>Venue page</a>
      </>
    );
  if (part === "speakers" && s.id === plain.id) return null;
  return content;
}

describe.each([
  ["StaticScheduleTable", StaticScheduleTable],
  ["ScheduleTable", ScheduleTable],
] as const)("given %s with a renderPart hook", (_name, Table) => {
  it("shows the badge in the session's title, inside the row the library built", () => {
    const { container } = render(<Table edition={edition} renderPart={sessionHook} />);
    const row = container.querySelector(`[id="${awarded.id}"]`) as HTMLElement;
    expect(row.tagName).toBe("TR");
    expect(within(row).getByRole("rowheader")).toHaveAttribute("scope", "row");
    expect(within(row).getByText("Best paper").closest('[data-slot="title"]')).toHaveTextContent(
      `${awarded.title} Best paper`,
    );
  });

  it("adds the venue link to every session, with or without links of its own", () => {
    const { container } = render(<Table edition={edition} renderPart={sessionHook} />);
    const row = container.querySelector(`[id="${plain.id}"]`) as HTMLElement;
    expect(within(row).getByRole("link", { name: "Venue page" })).toHaveAttribute(
      "href",
      `https://venue.example/${plain.id}`,
    );
    expect(row.querySelector('[data-slot="speakers"]')).toBeNull();
  });

  it("keeps the day headings, captions, column headers and every session's id, and has no axe violation", {
    timeout: 60_000,
  }, async () => {
    const outline = (c: HTMLElement) => ({
      headings: [...c.querySelectorAll("h1,h2,h3,h4,h5,h6")].map((h) => `${h.tagName} ${h.textContent}`),
      captions: [...c.querySelectorAll("caption")].map((e) => e.textContent),
      columns: [...c.querySelectorAll("th[scope=col]")].map((e) => e.textContent),
      rowHeaders: c.querySelectorAll("th[scope=row]").length,
      ids: [...c.querySelectorAll("[id]")].map((e) => e.id),
    });
    const plainTable = render(<Table edition={edition} />);
    const expected = outline(plainTable.container);
    plainTable.unmount();
    const { container } = render(<Table edition={edition} renderPart={sessionHook} />);
    expect(outline(container)).toEqual(expected);
    await expectNoAxeViolations(container);
  });
});

describe("given a SpeakerCard with a renderPart hook", () => {
  const hook = (part: SpeakerPart, content: ReactNode, p: Person): ReactNode => {
    if (part === "name")
      return (
        <>
          {content} <span className="badge">Keynote</span>
        </>
      );
    if (part === "links") return <li>{<a href={`https://venue.example/people/${p.id}`}>Venue profile</a>}</li>;
    if (part === "affiliation") return null;
    return content;
  };

  it("changes the parts and keeps the article named by its heading, with its id", () => {
    render(<SpeakerCard person={person({ links: [] })} renderPart={hook} />);
    const card = screen.getByRole("article", { name: "Tri Dao Keynote" });
    expect(card).toHaveAttribute("id", "speaker-tri-dao");
    expect(within(card).getByRole("heading", { level: 3 })).toHaveAttribute("id", "speaker-tri-dao-name");
    expect(within(card).getByRole("link", { name: "Venue profile" })).toBeInTheDocument();
    expect(card).not.toHaveTextContent("Princeton University");
  });

  it("keeps the name when the hook returns null for it", () => {
    render(<SpeakerCard person={person()} renderPart={(part, c) => (part === "name" ? null : c)} />);
    expect(screen.getByRole("heading", { level: 3, name: "Tri Dao" })).toBeInTheDocument();
  });

  it("has no axe violation", async () => {
    const { container } = render(<SpeakerCard person={person()} renderPart={hook} />);
    await expectNoAxeViolations(container);
  });
});

describe("given a PaperList with a renderPart hook on the award line", () => {
  const hook = (part: string, content: ReactNode, p: Paper): ReactNode =>
    part === "meta" && p.award ? (
      <>
        <span className="trophy" role="img" aria-label="Award">
          🏆
        </span>{" "}
        {content}
      </>
    ) : (
      content
    );

  it("shows the host's award line inside the item, whose id and heading stay", async () => {
    const { container } = render(<PaperList edition={paperEdition} renderPart={hook} />);
    const item = container.querySelector("#paper-fast-attention") as HTMLElement;
    expect(within(item).getByRole("heading", { level: 3, name: "Fast Attention on Small Devices" })).toBeVisible();
    const meta = item.querySelector('[data-slot="meta"]') as HTMLElement;
    expect(within(meta).getByRole("img", { name: "Award" })).toBeInTheDocument();
    expect(meta).toHaveTextContent("Best paper");
    expect(container.querySelector("#paper-sparse-moe [role=img]")).toBeNull();
    await expectNoAxeViolations(container);
  });
});
