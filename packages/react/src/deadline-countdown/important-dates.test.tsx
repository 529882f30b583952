import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ClockProvider } from "../clock/clock";
import { expectNoAxeViolations } from "../test/axe";
import { loadEdition } from "../test/content";
import { ImportantDates } from "./important-dates";

const edition2025 = loadEdition(2025);
const edition2024 = loadEdition(2024);

function items() {
  const list = screen.getAllByRole("list")[0] as HTMLElement;
  expect(list.tagName).toBe("OL");
  return [...list.children] as HTMLElement[];
}

describe("given ES-FoMo 2025 two days before the submission deadline", () => {
  const now = "2025-05-25T12:00:00Z";

  it("lists every deadline and the workshop day in date order under a heading", () => {
    render(
      <ClockProvider now={now}>
        <ImportantDates edition={edition2025} />
      </ClockProvider>,
    );
    expect(screen.getByRole("region", { name: "Important dates" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Important dates" })).toBeInTheDocument();
    const labels = items().map((li) => li.querySelector("[data-slot=label]")?.textContent);
    expect(labels).toEqual([
      "Paper submission deadline",
      "Acceptance notification",
      "Camera-ready deadline",
      "Workshop",
    ]);
  });

  it("marks the next date with its live countdown and the later ones upcoming", () => {
    render(
      <ClockProvider now={now}>
        <ImportantDates edition={edition2025} />
      </ClockProvider>,
    );
    const [first, second, , last] = items();
    expect(first).toHaveAttribute("data-state", "next");
    expect(within(first as HTMLElement).getByRole("timer")).toHaveTextContent("Closes in 2 days 11 hours");
    expect(second).toHaveAttribute("data-state", "upcoming");
    expect(second).toHaveTextContent("Acceptance notification: June 9, 2025, 11:59 PM AoE");
    expect(last).toHaveTextContent("Workshop: July 18, 2025");
    expect(screen.getAllByRole("timer")).toHaveLength(1);
  });

  it("shows the submission deadline's extensions", () => {
    const { container } = render(
      <ClockProvider now={now}>
        <ImportantDates edition={edition2025} />
      </ClockProvider>,
    );
    expect(container.querySelectorAll("del")).toHaveLength(2);
    expect(screen.getByText(/One-day extension for US Memorial Day/)).toBeInTheDocument();
  });

  it("has no axe violations", async () => {
    const { container } = render(
      <ClockProvider now={now}>
        <ImportantDates edition={edition2025} headingLevel={3} />
      </ClockProvider>,
    );
    expect(screen.getByRole("heading", { level: 3 })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});

describe("given ES-FoMo 2025 after the camera-ready deadline", () => {
  it("de-emphasises the passed dates and counts down to the workshop", () => {
    render(
      <ClockProvider now="2025-07-10T12:00:00Z">
        <ImportantDates edition={edition2025} title="Key dates" />
      </ClockProvider>,
    );
    const states = items().map((li) => li.dataset.state);
    expect(states).toEqual(["passed", "passed", "passed", "next"]);
    expect(items()[0]).toHaveTextContent("(passed)");
    expect(screen.getByRole("heading", { name: "Key dates" })).toBeInTheDocument();
    expect(screen.getByRole("timer")).toHaveTextContent(
      "Workshop In 8 days 3 hours, on July 18, 2025, 8:30 AM PT (UTC−7)",
    );
  });

  it("marks everything passed after the workshop", () => {
    render(
      <ClockProvider now="2025-07-20T12:00:00Z">
        <ImportantDates edition={edition2025} />
      </ClockProvider>,
    );
    expect(items().map((li) => li.dataset.state)).toEqual(["passed", "passed", "passed", "passed"]);
  });
});

describe("given ES-FoMo 2024 (AoE, moved earlier)", () => {
  it("says the submission deadline moved, not extended, and labels AoE", () => {
    render(
      <ClockProvider now="2024-05-20T00:00:00Z">
        <ImportantDates edition={edition2024} />
      </ClockProvider>,
    );
    expect(screen.getByRole("timer")).toHaveTextContent("June 3, 2024, 11:59 PM AoE");
    expect(screen.getByText(/^Moved to/)).toBeInTheDocument();
  });
});

describe("given an edition without sessions yet", () => {
  it("dates the workshop at midnight of its first day in the event's zone", () => {
    render(
      <ClockProvider now="2025-05-25T12:00:00Z">
        <ImportantDates edition={{ ...edition2025, sessions: [] }} />
      </ClockProvider>,
    );
    expect(items().at(-1)).toHaveTextContent("Workshop: July 18, 2025, 12:00 AM PT (UTC−7)");
  });
});

describe("given the server", () => {
  it("renders a deterministic list with no status", () => {
    const html = renderToString(<ImportantDates edition={edition2025} />);
    expect(html).not.toContain("data-state");
    expect(html).not.toContain('role="timer"');
    expect(renderToString(<ImportantDates edition={edition2025} />)).toBe(html);
  });
});

describe("given the calendar button", () => {
  it("downloads one .ics with every deadline and the workshop", async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blobs.push(b as Blob);
      return "blob:test";
    });
    const revoke = vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    render(<ImportantDates edition={edition2025} />);
    await userEvent.click(screen.getByRole("button", { name: "Add all dates to calendar" }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1)); // the .ics writer loads on click
    const text = await (blobs[0] as Blob).text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(3);
    expect(text).toContain("DTSTART:20250527T235900Z");
    create.mockRestore();
    revoke.mockRestore();
    click.mockRestore();
  });
});
