import { render, screen, within } from "@testing-library/react";
import { assertEdition } from "@workshop-kit/types";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe";
import { content } from "../test/content";
import { syntheticProgramme } from "./schedule-fixtures";
import { StaticScheduleTable } from "./static-schedule-table";

const edition = content.edition2025;

describe("given the ES-FoMo 2025 programme", () => {
  it("renders one table captioned with the event's zone, under a heading with the date", () => {
    render(<StaticScheduleTable edition={edition} />);
    expect(screen.getByRole("table")).toHaveAccessibleName("Programme. All times PT (UTC−7)");
    expect(screen.getByRole("heading", { level: 3, name: "Friday, July 18, 2025" })).toBeInTheDocument();
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Time", "Session"]);
  });

  it("uses the host's heading level and caption", () => {
    render(<StaticScheduleTable edition={edition} headingLevel={2} caption="ES-FoMo III schedule" />);
    expect(screen.getByRole("heading", { level: 2, name: "Friday, July 18, 2025" })).toBeInTheDocument();
    expect(screen.getByRole("table")).toHaveAccessibleName("ES-FoMo III schedule. All times PT (UTC−7)");
  });

  it("puts each session's time range in a row header with <time dateTime>", () => {
    render(<StaticScheduleTable edition={edition} />);
    const opening = screen.getByRole("rowheader", { name: "8:30 AM – 8:40 AM" });
    expect(opening.querySelector("time")).toHaveAttribute("dateTime", "2025-07-18T15:30:00.000Z");
    expect(screen.getByRole("row", { name: /^8:30 AM – 8:40 AM Opening Remarks$/ })).toHaveAttribute("id", "opening");
  });

  it("shows talks with their kind, speakers and affiliations", () => {
    render(<StaticScheduleTable edition={edition} />);
    const row = screen.getByRole("row", { name: /Zero to 50 ExaFLOPS/ });
    expect(row).toHaveTextContent("Invited talk: Zero to 50 ExaFLOPS in under a year");
    expect(row).toHaveTextContent("Hagay Lupesko (Cerebras)");
    expect(row).toHaveAttribute("data-kind", "invited-talk");
  });

  it("groups the orals under a spanning row header", () => {
    render(<StaticScheduleTable edition={edition} />);
    const group = screen.getByRole("rowheader", { name: "Orals Session 1" });
    expect(group).toHaveAttribute("scope", "rowgroup");
    const body = group.closest("tbody") as HTMLElement;
    expect(within(body).getByRole("row", { name: /FPTQuant: Function-Preserving Transforms/ })).toBeInTheDocument();
  });

  it("links speakers to their cards, and paper links named after their session", () => {
    render(<StaticScheduleTable edition={edition} speakerHref={(id) => `#speaker-${id}`} />);
    expect(screen.getByRole("link", { name: "Hagay Lupesko" })).toHaveAttribute("href", "#speaker-hagay-lupesko");
    expect(
      screen.getByRole("link", { name: "arXiv: FPTQuant: Function-Preserving Transforms for LLM Quantization" }),
    ).toHaveAttribute("href", "https://arxiv.org/abs/2506.04985");
  });

  it("refuses speaker links that are not a fragment, a path or an http(s) URL", () => {
    render(<StaticScheduleTable edition={edition} speakerHref={() => "javascript:alert(1)"} />);
    expect(screen.queryByRole("link", { name: "Hagay Lupesko" })).not.toBeInTheDocument();
    expect(screen.getByText("Hagay Lupesko")).toBeInTheDocument();
  });

  it("shows TBA speakers as TBA, announced as 'to be announced'", () => {
    const { container } = render(<StaticScheduleTable edition={edition} />);
    const tba = [...container.querySelectorAll('[data-slot="speakers"]')].filter((s) => s.textContent?.includes("TBA"));
    expect(tba.length).toBeGreaterThan(0);
    expect(tba[0]).toHaveTextContent("TBA (to be announced)");
  });

  it("has no toolbar, no live state and no calendar buttons", () => {
    const { container } = render(<StaticScheduleTable edition={edition} />);
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    expect(container.querySelector("[data-state], [data-slot='toolbar'], [data-slot='status']")).toBeNull();
  });

  it("has no axe violations", async () => {
    const { container } = render(<StaticScheduleTable edition={edition} speakerHref={(id) => `#speaker-${id}`} />);
    await expectNoAxeViolations(container);
  });
});

describe("given another zone or locale", () => {
  it("renders the times in the zone asked for, under the date they fall on there, with the zone in the caption", () => {
    const { container } = render(<StaticScheduleTable edition={edition} timeZone="Asia/Tokyo" />);
    expect(screen.getByRole("table")).toHaveAccessibleName("Programme. All times UTC+9");
    // 8:30 AM PT is 0:30 AM the next day in Tokyo: a Saturday there, with no "+1 day" on every time.
    const opening = screen.getAllByRole("rowheader")[0] as HTMLElement;
    expect(opening).toHaveTextContent(/^12:30\sAM – 12:40\sAM$/);
    expect(opening.querySelector("time")).toHaveAttribute("dateTime", "2025-07-18T15:30:00.000Z");
    expect(screen.getByRole("heading", { name: "Saturday, July 19, 2025 — UTC+9" })).toBeInTheDocument();
    expect(screen.getByText(/^Event's time: Fri, Jul 18, 8:30\sAM – 5:00\sPM PT \(UTC−7\)$/)).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("data-converted");
  });

  it("renders Anywhere on Earth", () => {
    render(<StaticScheduleTable edition={edition} timeZone="AoE" />);
    expect(screen.getByRole("table")).toHaveAccessibleName("Programme. All times AoE (UTC−12)");
    expect(screen.getByRole("rowheader", { name: "3:30 AM – 3:40 AM" })).toBeInTheDocument();
  });

  it("falls back to the event's zone for a zone it does not accept", () => {
    const { container } = render(<StaticScheduleTable edition={edition} timeZone="PST" />);
    expect(screen.getByRole("table")).toHaveAccessibleName("Programme. All times PT (UTC−7)");
    expect(container.firstElementChild).not.toHaveAttribute("data-converted");
  });

  it("formats dates and times in the locale and hour cycle asked for", () => {
    render(<StaticScheduleTable edition={edition} locale="de-DE" />);
    expect(screen.getByRole("heading", { name: "Freitag, 18. Juli 2025" })).toBeInTheDocument();
    expect(screen.getByRole("rowheader", { name: "8:30 – 8:40" })).toBeInTheDocument();
    render(<StaticScheduleTable edition={edition} hour12={false} data-testid="h24" />);
    expect(within(screen.getByTestId("h24")).getByRole("rowheader", { name: "08:30 – 08:40" })).toBeInTheDocument();
  });
});

describe("given other programmes", () => {
  it("says the programme is to be announced when there are no sessions, or the host's message", () => {
    const { unmount } = render(<StaticScheduleTable edition={{ ...edition, sessions: [] }} />);
    expect(screen.getByText("Programme to be announced")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    unmount();
    render(<StaticScheduleTable edition={{ ...edition, sessions: [] }} emptyMessage="Schedule coming in June" />);
    expect(screen.getByText("Schedule coming in June")).toBeInTheDocument();
  });

  it("renders a 3-day, 8-room programme as a grid table per day, with a column per room", () => {
    const { container } = render(<StaticScheduleTable edition={assertEdition(syntheticProgramme({ sessions: 60 }))} />);
    const tables = screen.getAllByRole("table");
    expect(tables).toHaveLength(3);
    expect(tables[0]).toHaveAccessibleName("Programme, Jul 18. All times PT (UTC−7)");
    expect(within(tables[0] as HTMLElement).getAllByRole("columnheader")).toHaveLength(9);
    expect(container.querySelectorAll('[data-slot="session"]')).toHaveLength(60);
  });

  it("has no axe violations in the grid", async () => {
    const { container } = render(<StaticScheduleTable edition={assertEdition(syntheticProgramme({ sessions: 40 }))} />);
    await expectNoAxeViolations(container);
  });

  it("names the room of the one session held outside the main room (a day otherwise without rooms)", () => {
    const moved = {
      ...edition,
      sessions: edition.sessions.map((s) => (s.id === "posters" ? { ...s, room: "Room B" } : s)),
    };
    render(<StaticScheduleTable edition={moved} />);
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Time", "Session"]);
    expect(screen.getByRole("row", { name: /Poster Session/ })).toHaveTextContent(/Poster SessionRoom B/);
    expect(screen.getByRole("row", { name: /Opening Remarks/ })).not.toHaveTextContent("Room B");
  });
});

describe("given host props", () => {
  it("spreads them onto the root and merges the class name", () => {
    const { container } = render(
      <StaticScheduleTable edition={edition} className="mine" data-testid="programme" aria-label="Programme" />,
    );
    expect(container.firstElementChild).toHaveClass("wk-schedule-table", "mine");
    expect(screen.getByTestId("programme")).toBe(container.firstElementChild);
    expect(container.firstElementChild).toHaveAttribute("aria-label", "Programme");
  });
});
