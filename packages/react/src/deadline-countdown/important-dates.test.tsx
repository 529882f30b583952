import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { assertEdition, dayKey, type Edition, resolveWallClock } from "@workshop-kit/types";
import { renderToString } from "react-dom/server";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { ClockProvider } from "../clock/clock";
import { expectNoAxeViolations } from "../test/axe";
import { loadEdition } from "../test/content";
import { fakeIntersectionObserver } from "../test/intersection";
import { ImportantDates, importantDateItems } from "./important-dates";

const edition2025 = loadEdition(2025);
const edition2024 = loadEdition(2024);

function items() {
  const list = screen.getAllByRole("list")[0] as HTMLElement;
  expect(list.tagName).toBe("OL");
  return [...list.children] as HTMLElement[];
}

describe("given date-only and to-be-announced deadlines", () => {
  const edition = assertEdition({
    name: "Test Workshop",
    shortName: "TW",
    year: 2026,
    timeZone: "Europe/Vienna",
    website: "https://example.org",
    dates: { start: "2026-07-18" },
    deadlines: [
      { id: "camera", label: "Camera-ready", kind: "camera-ready", due: "TBA" },
      { id: "submission", label: "Submission", kind: "submission", due: "2026-03-01T23:59", zone: "AoE" },
      { id: "notification", label: "Notification", kind: "notification", due: "2026-04-05", zone: "AoE" },
    ],
  });

  it("lists a date to be announced last, says so, and never makes it the next date", () => {
    render(
      <ClockProvider now="2026-05-01T12:00:00Z">
        <ImportantDates edition={edition} />
      </ClockProvider>,
    );
    const list = items();
    expect(list.map((li) => li.querySelector("[data-slot=label]")?.textContent)).toEqual([
      "Submission",
      "Notification",
      "Workshop",
      "Camera-ready",
    ]);
    expect(list[3]).toHaveTextContent("Camera-ready: To be announced");
    expect(list[3]).toHaveAttribute("data-state", "tba");
    expect(list[2]).toHaveAttribute("data-state", "next");
  });

  it("shows a date-only deadline as the date alone", () => {
    render(
      <ClockProvider now="2026-01-01T12:00:00Z">
        <ImportantDates edition={edition} />
      </ClockProvider>,
    );
    const notification = items()[1] as HTMLElement;
    expect(notification).toHaveTextContent(/^Notification: April 5, 2026 \(upcoming\)$/);
    expect(within(notification).getByText("April 5, 2026")).toHaveAttribute("dateTime", "2026-04-05");
  });

  it("leaves a date to be announced out of the calendar file", async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blobs.push(b as Blob);
      return "blob:test";
    });
    const revoke = vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    onTestFinished(() => {
      create.mockRestore();
      revoke.mockRestore();
      click.mockRestore();
    });
    render(
      <ClockProvider now="2020-01-01T00:00:00Z">
        <ImportantDates edition={edition} />
      </ClockProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Add all dates to calendar" }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const text = await (blobs[0] as Blob).text();
    expect(text).toContain("Submission");
    expect(text).toContain("Notification");
    expect(text).not.toContain("Camera-ready");
  });

  it("has no axe violations", async () => {
    const { container } = render(<ImportantDates edition={edition} />);
    await expectNoAxeViolations(container);
  });
});

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
    expect(second).toHaveTextContent("Acceptance notification: June 9, 2025, 11:59 PM AoE (UTC−12)");
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
    // Passed and next differ in words, not only in colour.
    expect(within(items()[0] as HTMLElement).getByText("Closed")).toBeVisible();
    expect(within(items()[1] as HTMLElement).getByText("Passed")).toBeInTheDocument();
    expect(items()[3]).toHaveTextContent(/^Next: Workshop/);
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
    expect(screen.getByText(/^Moved; earlier date:/)).toBeInTheDocument();
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

  /** ES-FoMo 2025 without sessions, moved to `timeZone` on `start`–`end`. */
  function moved(timeZone: string, start: string, end = start): Edition {
    const [s, e] = [start, end].map((iso) => {
      const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
      return { year, month, day, iso };
    }) as [Edition["dates"]["start"], Edition["dates"]["end"]];
    return { ...edition2025, sessions: [], timeZone, dates: { start: s, end: e, tentative: false } };
  }
  const workshopItem = (edition: Edition) => importantDateItems(edition).find((it) => it.deadline.kind === "workshop");

  it.each([
    ["America/Santiago", "2025-09-07"],
    ["America/Santiago", "2022-09-11"],
    ["America/Havana", "2025-03-09"],
    ["Asia/Beirut", "2025-03-30"],
    ["America/Asuncion", "2023-10-01"],
  ])("starts the workshop when its first day begins in %s on %s, where clocks skip midnight", (zone, date) => {
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    expect(resolveWallClock(zone, year, month, day, 0, 0).kind).toBe("gap"); // midnight does not exist
    const due = workshopItem(moved(zone, date))?.deadline.due?.epochMs as number;
    // 01:00 is the first instant of the day: a millisecond earlier is still the day before.
    expect(due).toBe((resolveWallClock(zone, year, month, day, 1, 0) as { epochMs: number }).epochMs);
    expect(dayKey(due, zone)).toBe(date);
    expect(dayKey(due - 1, zone)).toBe(new Date(Date.parse(`${date}T00:00Z`) - 86_400_000).toISOString().slice(0, 10));
  });

  it("shows 1:00 AM for a first day whose midnight was skipped (Santiago, 7 September 2025)", () => {
    render(
      <ClockProvider now="2025-05-25T12:00:00Z">
        <ImportantDates edition={moved("America/Santiago", "2025-09-07")} />
      </ClockProvider>,
    );
    const workshop = items().at(-1) as HTMLElement;
    expect(workshop).toHaveTextContent(/^Workshop: September 7, 2025, 1:00 AM UTC−3/);
    expect(workshop.querySelector("time")).toHaveAttribute("datetime", "2025-09-07T04:00:00.000Z");
  });

  it.each([
    ["America/Havana", "2025-11-02"], // midnight happens twice: the earlier one
    ["Pacific/Auckland", "2025-07-18"],
    ["Asia/Kathmandu", "2025-07-18"],
    ["America/Santiago", "2025-04-06"], // clocks went back at midnight the evening before
  ])("starts at midnight in %s on %s", (zone, date) => {
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    const r = resolveWallClock(zone, year, month, day, 0, 0);
    const expected = r.kind === "ok" ? r.epochMs : r.kind === "ambiguous" ? r.earlier : Number.NaN;
    expect(workshopItem(moved(zone, date))?.deadline.due?.epochMs).toBe(expected);
  });

  it("keeps the workshop next until the day after its last day begins, across a DST change on that day", () => {
    // Berlin goes back to CET on 26 October 2025: the day has 25 hours, the next begins at 23:00 UTC.
    const edition = moved("Europe/Berlin", "2025-10-25", "2025-10-26");
    expect(workshopItem(edition)?.endMs).toBe(Date.parse("2025-10-26T23:00:00Z"));
    render(
      <ClockProvider now="2025-10-26T22:30:00Z">
        <ImportantDates edition={edition} />
      </ClockProvider>,
    );
    expect(items().at(-1)).toHaveAttribute("data-state", "next");
  });
});

describe("given an edition whose data has its own workshop date", () => {
  const edition: Edition = {
    ...edition2025,
    deadlines: [
      ...edition2025.deadlines,
      {
        id: "workshop",
        label: "Workshop day",
        kind: "workshop",
        due: { ...(edition2025.sessions[0] as Edition["sessions"][number]).start },
        dateOnly: false,
        history: [],
        note: null,
      },
    ],
  };

  it("lists that date and adds no second workshop", () => {
    render(
      <ClockProvider now="2025-07-10T12:00:00Z">
        <ImportantDates edition={edition} />
      </ClockProvider>,
    );
    const labels = items().map((li) => li.querySelector("[data-slot=label]")?.textContent);
    expect(labels.filter((l) => /workshop/i.test(l ?? ""))).toEqual(["Workshop day"]);
  });

  it("keeps it next, counting from its start, while the workshop runs", () => {
    render(
      <ClockProvider now="2025-07-18T17:35:00Z">
        <ImportantDates edition={edition} />
      </ClockProvider>,
    );
    const last = items().at(-1) as HTMLElement;
    expect(last).toHaveAttribute("data-state", "next");
    expect(within(last).getByRole("timer")).toHaveTextContent("Workshop day Started 2 hours ago");
    // Its badge says it is on, not "Next" beside "Started 2 hours ago".
    expect(last.querySelector("[data-slot=status]")).toHaveTextContent(/^Now on:?$/);
    expect(last).not.toHaveTextContent(/Next/);
  });

  it("calls the workshop next, not on, before it starts", () => {
    render(
      <ClockProvider now="2025-07-18T14:30:00Z">
        <ImportantDates edition={edition} />
      </ClockProvider>,
    );
    const last = items().at(-1) as HTMLElement;
    expect(last.querySelector("[data-slot=status]")).toHaveTextContent(/^Next:?$/);
  });

  it("marks it passed once the last session has ended", () => {
    render(
      <ClockProvider now="2025-07-19T12:00:00Z">
        <ImportantDates edition={edition} />
      </ClockProvider>,
    );
    expect(items().at(-1)).toHaveAttribute("data-state", "passed");
  });
});

describe('given an edition with a deadline whose id is "workshop-day"', () => {
  const edition: Edition = {
    ...edition2025,
    deadlines: [
      ...edition2025.deadlines,
      {
        id: "workshop-day",
        label: "Registration closes",
        kind: "registration",
        due: (edition2025.deadlines[0] as Edition["deadlines"][number]).due,
        dateOnly: false,
        history: [],
        note: null,
      },
    ],
  };

  it("lists it and the added workshop day, without a duplicate key", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(<ImportantDates edition={edition} />);
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    const labels = items().map((li) => li.querySelector("[data-slot=label]")?.textContent);
    expect(labels).toContain("Registration closes");
    expect(labels).toContain("Workshop");
  });

  it("puts the workshop day, not that deadline, in the calendar as the workshop", async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blobs.push(b as Blob);
      return "blob:test";
    });
    const revoke = vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    onTestFinished(() => {
      create.mockRestore();
      revoke.mockRestore();
      click.mockRestore();
    });
    render(
      <ClockProvider now="2020-01-01T00:00:00Z">
        <ImportantDates edition={edition} />
      </ClockProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Add all dates to calendar" }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const text = (await (blobs[0] as Blob).text()).replace(/\r\n /g, "");
    expect(text).toContain("UID:workshop.2025@es-fomo.com\r\nDTSTAMP:");
    const workshop = text.slice(text.indexOf("UID:workshop.2025@"));
    expect(workshop).toContain("DTSTART:20250718T153000Z\r\n");
    expect(workshop).toContain(`SUMMARY:${edition.shortName} 2025\r\n`);
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
    render(
      <ClockProvider now="2020-01-01T00:00:00Z">
        <ImportantDates edition={edition2025} />
      </ClockProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Add all dates to calendar" }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1)); // the .ics writer loads on click
    const text = await (blobs[0] as Blob).text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(3);
    expect(text).toContain("DTSTART:20250527T235900Z");
    // A download is silent: the page says it happened, in words, where the button is.
    expect(await screen.findByText("Calendar file downloaded: es-fomo-iii-2025-important-dates.ics")).toBeVisible();
    create.mockRestore();
    revoke.mockRestore();
    click.mockRestore();
  });

  it("holds the button's place on the server, invisible until it works (nothing dead without JavaScript)", () => {
    const html = renderToString(<ImportantDates edition={edition2025} />);
    expect(html).toMatch(/<button[^>]*data-pending="" inert=""[^>]*>Add all dates to calendar/);
  });

  it("offers nothing to add to a calendar once every date has passed", () => {
    render(
      <ClockProvider now="2025-08-01T00:00:00Z">
        <ImportantDates edition={edition2025} />
      </ClockProvider>,
    );
    expect(screen.queryByRole("button", { name: /calendar/i })).toBeNull();
  });

  it("shows the button once hydrated, before the dates have passed", () => {
    render(
      <ClockProvider now="2025-05-01T00:00:00Z">
        <ImportantDates edition={edition2025} />
      </ClockProvider>,
    );
    expect(screen.getByRole("button", { name: "Add all dates to calendar" })).toBeVisible();
  });
});

describe("given ES-FoMo 2025 while the submission deadline passes, with the live clock", () => {
  const DUE = Date.UTC(2025, 4, 27, 23, 59);
  it("says Closed at the due instant, keeps that card, announces it once and counts down to the next date", () => {
    vi.useFakeTimers();
    onTestFinished(() => {
      vi.useRealTimers();
    });
    vi.setSystemTime(DUE - 30_000);
    render(<ImportantDates edition={edition2025} />);
    expect(screen.getAllByRole("timer")).toHaveLength(1);
    expect(screen.getByRole("timer")).toHaveTextContent(/^Paper submission deadline Closes in 30 sec/);
    act(() => vi.advanceTimersByTime(31_000));
    // The card that was counting down stays, now closed; the next date gets its own countdown.
    const [closed, next] = screen.getAllByRole("timer") as [HTMLElement, HTMLElement];
    expect(closed).toHaveTextContent(/^Paper submission deadline Closed less than a minute ago/);
    expect(next).toHaveTextContent(/^Acceptance notification In 13 days/);
    expect(items()[0]).toHaveAttribute("data-state", "passed");
    expect(items()[1]).toHaveTextContent(/^Next: Acceptance notification/);
    const announced = screen.getAllByRole("status").filter((s) => s.textContent);
    expect(announced.map((s) => s.textContent)).toEqual(["Paper submission deadline has passed."]);
    act(() => vi.advanceTimersByTime(5 * 60_000));
    expect(screen.getAllByRole("status").filter((s) => s.textContent)).toHaveLength(1);
    // A day later the closed card has given way to the plain line, still saying Closed in words.
    act(() => vi.advanceTimersByTime(24 * 3_600_000));
    expect(screen.getAllByRole("timer")).toHaveLength(1);
    expect(within(items()[0] as HTMLElement).getByText("Closed")).toBeInTheDocument();
  });

  it("while the reader watches the list, says Closed in the card's corner and opens the next date's card only once the list is out of view", () => {
    const view = fakeIntersectionObserver();
    vi.useFakeTimers();
    onTestFinished(() => {
      vi.useRealTimers();
    });
    vi.setSystemTime(DUE - 30_000);
    render(<ImportantDates edition={edition2025} />);
    expect(items()[0]).toHaveTextContent(/^Next: Paper submission deadline Closes in 30 sec/);
    act(() => vi.advanceTimersByTime(31_000));
    // In view: the card says Closed, in its corner too; the next date is marked, in words, but stays a line (its
    // card would push everything below it down under the reader's eyes).
    expect(screen.getAllByRole("timer")).toHaveLength(1);
    expect(items()[0]).toHaveTextContent(/^Closed: Paper submission deadline Closed less than a minute ago/);
    expect(items()[0]).toHaveAttribute("data-state", "passed");
    expect(items()[1]).toHaveAttribute("data-state", "next");
    expect(items()[1]).toHaveTextContent(/^Acceptance notification: June 9, 2025, 11:59 PM AoE \(UTC−12\) ?\(Next\)$/);
    expect(screen.getAllByRole("status").filter((s) => s.textContent)).toHaveLength(1);
    // Out of view, the list takes its new shape: the closed card and the next date's countdown.
    view.scrollAway();
    expect(screen.getAllByRole("timer")).toHaveLength(2);
    expect(items()[1]).toHaveTextContent(/^Next: Acceptance notification In 13 days/);
    // Back in view, it stays as it is.
    view.scrollBack();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getAllByRole("timer")).toHaveLength(2);
  });

  it("renders the just-closed card on the server from the server time, the same after hydration", () => {
    const ui = (
      <ClockProvider serverNow={DUE + 60_000} now={DUE + 60_000}>
        <ImportantDates edition={edition2025} />
      </ClockProvider>
    );
    const html = renderToString(ui);
    expect(html).toContain("Closed 1 minute ago");
    expect(html.match(/role="timer"/g)).toHaveLength(2);
  });

  it("lets the next date take over at once with justClosedMs={0}", () => {
    render(
      <ClockProvider now={DUE + 60_000}>
        <ImportantDates edition={edition2025} justClosedMs={0} />
      </ClockProvider>,
    );
    expect(screen.getAllByRole("timer")).toHaveLength(1);
  });
});
