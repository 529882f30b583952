/**
 * Link props given as template strings: what an Astro island or a server-to-client boundary can pass (functions
 * do not survive serialisation: Astro turns them into `null`). Every `*Href` prop takes `"#speaker-{id}"`-style
 * templates, and they go through the one relative-link rule like the functions do.
 */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PaperList } from "../paper-list/paper-list";
import { ScheduleTable } from "../schedule-table/schedule-table";
import { StaticScheduleTable } from "../schedule-table/static-schedule-table";
import { person, session } from "../speaker-card/fixtures";
import { SpeakerCard } from "../speaker-card/speaker-card";
import { SpeakerGrid } from "../speaker-card/speaker-grid";
import { content } from "../test/content";
import { templateHref } from "./href-template";

/** Props as an island receives them: through JSON (a function becomes `null`, as Astro does). */
function serialised<T extends object>(props: T): T {
  return JSON.parse(JSON.stringify(props, (_k, v) => (typeof v === "function" ? null : v)));
}

const edition = content.edition2025;
const speaker = edition.people.find((p) => edition.sessions.some((s) => s.speakerIds.includes(p.id)));
if (!speaker) throw new Error("the 2025 edition has no speaker");

describe("given speakerHref as a template string", () => {
  it.each([
    ["ScheduleTable", ScheduleTable],
    ["StaticScheduleTable", StaticScheduleTable],
  ] as const)("%s links every speaker to the filled-in path", (_name, Table) => {
    const { container } = render(<Table {...serialised({ edition, speakerHref: "/people/{id}/" })} />);
    const link = within(container).getAllByRole("link", { name: speaker.name })[0];
    expect(link).toHaveAttribute("href", `/people/${speaker.id}/`);
  });

  it("drops an unsafe template like an unsafe function result", () => {
    const { container } = render(<StaticScheduleTable edition={edition} speakerHref="javascript:alert('{id}')" />);
    expect(within(container).queryByRole("link", { name: speaker.name })).toBeNull();
    expect(container.innerHTML).not.toContain("javascript:");
  });
});

describe("given SpeakerCard's sessionHref as a template string", () => {
  it("links each talk to the filled-in path", () => {
    render(<SpeakerCard person={person()} sessions={[session("opening-talk", 16)]} sessionHref="/programme/#{id}" />);
    expect(screen.getByRole("link", { name: "Talk opening-talk" })).toHaveAttribute("href", "/programme/#opening-talk");
  });

  it("shows the talks unlinked, instead of throwing, when the prop arrives as null (a function through an island)", () => {
    render(
      <SpeakerCard {...serialised({ person: person(), sessions: [session("a", 16)], sessionHref: () => "#a" })} />,
    );
    expect(screen.getByRole("article", { name: "Tri Dao" })).toHaveTextContent("Talk a");
    expect(screen.queryByRole("link", { name: "Talk a" })).toBeNull();
  });

  it("passes the template through SpeakerGrid to every card", () => {
    const { container } = render(
      <SpeakerGrid {...serialised({ people: edition.people, edition, sessionHref: "#session-{id}" })} />,
    );
    const talk = edition.sessions.find((s) => s.speakerIds.includes(speaker.id));
    const card = container.querySelector(`#speaker-${speaker.id}`) as HTMLElement;
    expect(within(card).getByRole("link", { name: talk?.title ?? "" })).toHaveAttribute("href", `#session-${talk?.id}`);
  });
});

describe("given PaperList's sessionHref as a template string", () => {
  it("links each paper's session to the filled-in path", () => {
    const { container } = render(<PaperList {...serialised({ edition, sessionHref: "/2025/#{id}" })} />);
    const links = [...container.querySelectorAll<HTMLAnchorElement>('[data-slot="session"] a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.getAttribute("href")).toMatch(/^\/2025\/#[a-z0-9-]+$/);
  });
});

describe("templateHref", () => {
  it("encodes the id, so an id cannot end the path or add a query", () => {
    expect(templateHref("/people/{id}/", "a b?c")).toBe("/people/a%20b%3Fc/");
  });

  it("passes the id and the rest to a function and checks its result", () => {
    expect(templateHref((id: string, n: number) => `#${id}-${n}`, "x", 2)).toBe("#x-2");
    expect(templateHref(() => "data:text/html,hi", "x")).toBeNull();
    expect(templateHref(null, "x")).toBeNull();
  });
});
