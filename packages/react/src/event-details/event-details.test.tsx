import { render, screen, within } from "@testing-library/react";
import type { Edition } from "@workshop-kit/types";
import { describe, expect, it } from "vitest";
import { ClockProvider } from "../clock/clock";
import { expectNoAxeViolations } from "../test/axe";
import { loadEdition } from "../test/content";
import { EventDetails } from "./event-details";

const e2025 = loadEdition(2025); // tentative date 2025-07-18, Vancouver, virtual link, contact
const e2024 = loadEdition(2024);

function value(row: string): HTMLElement {
  const term = screen.getByText(row, { selector: "dt" });
  return term.nextElementSibling as HTMLElement;
}

const twoDays: Edition = {
  ...e2025,
  dates: {
    start: { year: 2025, month: 7, day: 18, iso: "2025-07-18" },
    end: { year: 2025, month: 7, day: 19, iso: "2025-07-19" },
    tentative: false,
  },
};
// The first day of ES-FoMo 2025 begins at 2025-07-18 00:00 in Vancouver (07:00 UTC).
const beforeMs = Date.UTC(2025, 6, 18, 6, 59);
const afterMs = Date.UTC(2025, 6, 18, 7, 0);

describe("given the ES-FoMo 2025 edition (tentative date, venue, virtual page, contact)", () => {
  it("says when, with a <time dateTime>, and that the date is to be confirmed", () => {
    render(<EventDetails edition={e2025} now={beforeMs} />);
    const when = value("When");
    expect(within(when).getByText("Friday, July 18, 2025")).toHaveAttribute("dateTime", "2025-07-18");
    expect(when).toHaveTextContent("Friday, July 18, 2025 (date to be confirmed)");
  });

  it("says where, in which room, with the conference, and links the virtual page and the contact address", () => {
    render(<EventDetails edition={e2025} />);
    expect(value("Where")).toHaveTextContent("Vancouver Convention Centre, Vancouver, Canada (at ICML 2025)");
    expect(value("Room")).toHaveTextContent("East Exhibition Hall A");
    expect(within(value("Online")).getByRole("link", { name: "Virtual page" })).toHaveAttribute(
      "href",
      "https://icml.cc/virtual/2025/workshop/39969",
    );
    expect(within(value("Contact")).getByRole("link", { name: "esfomo.workshop@gmail.com" })).toHaveAttribute(
      "href",
      "mailto:esfomo.workshop@gmail.com",
    );
  });

  it("has no axe violations", async () => {
    const { container } = render(<EventDetails edition={e2025} />);
    await expectNoAxeViolations(container);
  });
});

describe("given a tentative date and the time", () => {
  it("keeps the note before the first day begins in the event's zone, with an explicit now", () => {
    render(<EventDetails edition={e2025} now={beforeMs} />);
    expect(value("When")).toHaveTextContent("(date to be confirmed)");
  });

  it("drops the note once the first day has begun, with an explicit now", () => {
    render(<EventDetails edition={e2025} now={afterMs} />);
    expect(value("When")).toHaveTextContent(/^Friday, July 18, 2025$/);
  });

  it("drops the note from the shared clock once the first day has begun", () => {
    render(
      <ClockProvider now={afterMs}>
        <EventDetails edition={e2025} />
      </ClockProvider>,
    );
    expect(screen.queryByText(/to be confirmed/)).toBeNull();
  });

  it("keeps it from the shared clock before", () => {
    render(
      <ClockProvider now={beforeMs}>
        <EventDetails edition={e2025} />
      </ClockProvider>,
    );
    expect(screen.getByText(/to be confirmed/)).toBeInTheDocument();
  });
});

describe("given other editions", () => {
  it("shows a confirmed date without a note", () => {
    const confirmed = { ...e2024, dates: { ...e2024.dates, tentative: false } };
    render(<EventDetails edition={confirmed} now={beforeMs} />);
    expect(screen.queryByText(/to be confirmed/)).toBeNull();
  });

  it("shows a range of days as two <time>s and says 'dates'", () => {
    render(<EventDetails edition={{ ...twoDays, dates: { ...twoDays.dates, tentative: true } }} now={beforeMs} />);
    const times = value("When").querySelectorAll("time");
    expect([...times].map((t) => t.getAttribute("dateTime"))).toEqual(["2025-07-18", "2025-07-19"]);
    expect(value("When")).toHaveTextContent("Friday, July 18, 2025 – Saturday, July 19, 2025 (dates to be confirmed)");
  });

  it("says 'To be announced' for an empty venue and leaves out rows it has nothing for", () => {
    const bare: Edition = {
      ...twoDays,
      venue: {
        conference: null,
        conferenceShort: null,
        city: null,
        country: null,
        building: null,
        address: null,
        room: null,
      },
      links: [],
      contactEmail: null,
    };
    render(<EventDetails edition={bare} />);
    expect(value("Where")).toHaveTextContent("To be announced");
    expect(screen.getAllByRole("term").map((t) => t.textContent)).toEqual(["When", "Where"]);
  });

  it("puts the street address between the building and the city", () => {
    const venue = { ...twoDays.venue, address: "1055 Canada Pl" };
    render(<EventDetails edition={{ ...twoDays, venue }} />);
    expect(value("Where")).toHaveTextContent("Vancouver Convention Centre, 1055 Canada Pl, Vancouver, Canada");
  });

  it("shows a map link with the venue and a livestream beside the virtual page", () => {
    const links = [
      ...e2025.links,
      { kind: "map", href: "https://maps.example.org/vcc", label: "Map" },
      { kind: "livestream", href: "https://example.org/live", label: "Livestream" },
    ] satisfies Edition["links"];
    render(<EventDetails edition={{ ...twoDays, links }} />);
    expect(within(value("Where")).getByRole("link", { name: "Map" })).toHaveAttribute(
      "href",
      "https://maps.example.org/vcc",
    );
    expect(
      within(value("Online"))
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual(["Virtual page", "Livestream"]);
  });

  it("never renders an unsafe online link", () => {
    const links = [{ kind: "virtual", href: "javascript:alert(1)", label: "Virtual page" }] as Edition["links"];
    render(<EventDetails edition={{ ...twoDays, links }} />);
    expect(screen.queryByText("Online")).toBeNull();
    expect(screen.queryByRole("link", { name: "Virtual page" })).toBeNull();
  });

  it("shows the rows the host picks, in its order, with its labels", () => {
    render(<EventDetails edition={e2025} rows={["room", "when"]} labels={{ room: "Hall" }} className="mine" />);
    expect(screen.getAllByRole("term").map((t) => t.textContent)).toEqual(["Hall", "When"]);
    expect(screen.getAllByRole("term")[0]?.closest("dl")).toHaveClass("wk-event-details", "mine");
  });
});
