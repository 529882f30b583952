import { render, screen, within } from "@testing-library/react";
import { assertEdition } from "@workshop-kit/types";
import { describe, expect, it } from "vitest";
import { de } from "../messages/de";
import { expectNoAxeViolations } from "../test/axe";
import { content } from "../test/content";
import { syntheticProgramme } from "./schedule-fixtures";
import { ScheduleJumpList } from "./schedule-jump-list";
import { ScheduleTable } from "./schedule-table";
import { StaticScheduleTable } from "./static-schedule-table";

const threeDays = assertEdition(syntheticProgramme({ sessions: 60, days: 3, rooms: 2 }));

describe("given a programme of three days", () => {
  it("links to each day, with its date and number of sessions", () => {
    render(<ScheduleJumpList edition={threeDays} />);
    const nav = screen.getByRole("navigation", { name: "Days of the programme" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((a) => a.textContent)).toEqual([
      "Fri, Jul 18 · 20 sessions",
      "Sat, Jul 19 · 20 sessions",
      "Sun, Jul 20 · 20 sessions",
    ]);
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "#wk-day-2025-07-18",
      "#wk-day-2025-07-19",
      "#wk-day-2025-07-20",
    ]);
  });

  it("takes its words from the messages, and the host's landmark name", () => {
    const { unmount } = render(<ScheduleJumpList edition={threeDays} messages={de} />);
    const nav = screen.getByRole("navigation", { name: "Tage des Programms" });
    expect(within(nav).getAllByRole("link")[0]).toHaveTextContent(/^Fr\., 18\. Juli? · 20 Programmpunkte$/);
    unmount();
    render(<ScheduleJumpList edition={threeDays} aria-label="Tage" />);
    expect(screen.getByRole("navigation", { name: "Tage" })).toBeInTheDocument();
  });

  it("groups the days in the zone it is given, as the table beside it does", () => {
    render(<ScheduleJumpList edition={threeDays} timeZone="Pacific/Auckland" />);
    for (const link of within(screen.getByRole("navigation")).getAllByRole("link")) {
      expect(link.getAttribute("href")).toMatch(/^#wk-day-\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("links to sections the schedule renders, above the days, in both tables", () => {
    for (const Table of [StaticScheduleTable, ScheduleTable]) {
      const { container, unmount } = render(<Table edition={threeDays} jumpList />);
      const links = within(screen.getByRole("navigation")).getAllByRole("link");
      for (const link of links) {
        const day = container.querySelector(link.getAttribute("href") ?? "#none");
        expect(day).toHaveAttribute("data-slot", "day");
        expect(within(day as HTMLElement).getByRole("table")).toBeInTheDocument();
      }
      // The list comes before the first day.
      const first = container.querySelector('[data-slot="day"]') as Element;
      expect(screen.getByRole("navigation").compareDocumentPosition(first)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
      unmount();
    }
  }, 20_000);

  it("is not shown unless asked for", () => {
    render(<StaticScheduleTable edition={threeDays} />);
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });

  it("has no axe violations", async () => {
    // Small days: axe in jsdom is slow on a big table, and the list is what is checked here.
    const small = assertEdition(syntheticProgramme({ sessions: 9, days: 3, rooms: 1 }));
    const { container } = render(<StaticScheduleTable edition={small} jumpList />);
    await expectNoAxeViolations(container);
  }, 20_000);
});

describe("given a programme of one day", () => {
  it("renders nothing: there is nowhere to jump", () => {
    const { container } = render(<ScheduleJumpList edition={content.edition2025} />);
    expect(container).toBeEmptyDOMElement();
  });
});
