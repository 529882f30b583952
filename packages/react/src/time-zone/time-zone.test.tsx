import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { instantFromEpoch } from "@workshop-kit/types";
import { describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "../test/axe";
import { LocalTime } from "./local-time";
import { TimeZoneProvider } from "./time-zone";
import { TimeZoneToggle } from "./time-zone-toggle";

// 08:30 in Vancouver on 18 July 2025 (PDT, UTC−7) = 15:30 UTC.
const opening = instantFromEpoch(Date.UTC(2025, 6, 18, 15, 30), "America/Vancouver");
// 20:00 in Vancouver on the 18th = 03:00 UTC on the 19th = 15:00 in Auckland on the 19th.
const dinner = instantFromEpoch(Date.UTC(2025, 6, 19, 3, 0), "America/Vancouver");

function Page() {
  return (
    <>
      <p>
        Opening <LocalTime instant={opening} withZone />
      </p>
      <p>
        Dinner <LocalTime instant={dinner} />
      </p>
      <TimeZoneToggle eventZone="America/Vancouver" referenceMs={opening.epochMs} />
    </>
  );
}

describe("given a LocalTime", () => {
  it("shows the event zone by default, with a machine-readable dateTime", () => {
    render(<LocalTime instant={opening} withZone />);
    const time = screen.getByText(/8:30/);
    expect(time.tagName).toBe("TIME");
    expect(time).toHaveAttribute("datetime", "2025-07-18T15:30:00.000Z");
    expect(time).toHaveTextContent("8:30 AM PT (UTC\u22127)");
  });

  it("uses the provider's locale and clock style", () => {
    render(
      <TimeZoneProvider locale="en-GB" hour12={false}>
        <LocalTime instant={opening} />
      </TimeZoneProvider>,
    );
    expect(screen.getByText("08:30")).toBeInTheDocument();
  });

  it("shows an explicit zone passed as a prop, even on the server", () => {
    render(<LocalTime instant={opening} timeZone="Europe/Vienna" withZone />);
    expect(screen.getByText(/5:30 PM/)).toHaveTextContent("5:30 PM CEST (UTC+2)");
  });

  it("gives the date of a converted time that falls on another day, not a bare '+1 day'", () => {
    render(<LocalTime instant={dinner} timeZone="Pacific/Auckland" />);
    const time = screen.getByText(/3:00\sPM/);
    expect(time).toHaveTextContent("Sat, Jul 19, 3:00 PM");
    expect(time).not.toHaveTextContent("+1 day");
  });
});

describe("given a TimeZoneToggle inside a provider", () => {
  it("names the reader's zone as people call it (UTC)", () => {
    render(
      <TimeZoneProvider readerTimeZone="UTC">
        <Page />
      </TimeZoneProvider>,
    );
    expect(
      screen.getByRole("button", { name: "Show times in my time zone (Coordinated Universal Time, UTC)" }),
    ).toBeInTheDocument();
  });

  it("switches every time to the reader's zone and back", async () => {
    const user = userEvent.setup();
    render(
      <TimeZoneProvider readerTimeZone="Pacific/Auckland">
        <Page />
      </TimeZoneProvider>,
    );
    const toggle = screen.getByRole("button", { name: /show times in my time zone \(New Zealand Time/i });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText(/^Opening/)).toHaveTextContent("Sat, Jul 19, 3:30 AM UTC+12");
    expect(screen.getByText(/^Dinner/)).toHaveTextContent("Sat, Jul 19, 3:00 PM");
    await user.click(toggle);
    expect(screen.getByText(/^Opening/)).toHaveTextContent("8:30 AM PT (UTC\u22127)");
  });

  it("keeps one accessible name when pressed and shows the state in words (On/Off) beside the label", async () => {
    const user = userEvent.setup();
    render(
      <TimeZoneProvider readerTimeZone="Pacific/Auckland">
        <Page />
      </TimeZoneProvider>,
    );
    const toggle = screen.getByRole("button", { name: /show times in my time zone/i });
    const name = "Show times in my time zone (New Zealand Time, UTC+12)";
    expect(toggle).toHaveAccessibleName(name);
    // Two lines: the words with the state, then the zone.
    expect(toggle).toHaveTextContent("Show times in my time zone Off (New Zealand Time, UTC+12)");
    await user.click(toggle);
    expect(toggle).toHaveAccessibleName(name);
    expect(toggle).toHaveTextContent("Show times in my time zone On (New Zealand Time, UTC+12)");
  });

  it("reports the choice to a controlling host and follows its value", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(
      <TimeZoneProvider readerTimeZone="Asia/Tokyo" timeZone="event" onTimeZoneChange={onChange}>
        <Page />
      </TimeZoneProvider>,
    );
    await user.click(screen.getByRole("button", { name: /my time zone/i }));
    expect(onChange).toHaveBeenCalledWith("reader");
    expect(screen.getByText(/^Opening/)).toHaveTextContent("8:30 AM");
    rerender(
      <TimeZoneProvider readerTimeZone="Asia/Tokyo" timeZone="reader" onTimeZoneChange={onChange}>
        <Page />
      </TimeZoneProvider>,
    );
    expect(screen.getByText(/^Opening/)).toHaveTextContent("12:30 AM");
  });

  it("is not shown when the reader is in the event's zone", () => {
    render(
      <TimeZoneProvider readerTimeZone="America/Vancouver">
        <Page />
      </TimeZoneProvider>,
    );
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("is not shown when the reader's zone has the event's offset under another name", () => {
    render(
      <TimeZoneProvider readerTimeZone="America/Los_Angeles">
        <Page />
      </TimeZoneProvider>,
    );
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("with its own timeZone prop, reports clicks to its host and leaves the shared choice alone", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <TimeZoneProvider readerTimeZone="Asia/Tokyo">
        <LocalTime instant={opening} />
        <TimeZoneToggle
          eventZone="America/Vancouver"
          referenceMs={opening.epochMs}
          timeZone="event"
          onTimeZoneChange={onChange}
        />
      </TimeZoneProvider>,
    );
    const toggle = screen.getByRole("button", { name: /my time zone/i });
    await user.click(toggle);
    expect(onChange).toHaveBeenCalledWith("reader");
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByText(/8:30 AM/)).toBeInTheDocument();
  });

  it("has no axe violations", async () => {
    const { container } = render(
      <TimeZoneProvider readerTimeZone="Europe/Berlin">
        <Page />
      </TimeZoneProvider>,
    );
    await act(async () => {});
    await expectNoAxeViolations(container);
  });
});

describe("given a TimeZoneToggle without a provider", () => {
  it("keeps the page's choice, and calls onTimeZoneChange", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    // UTC+14: not the zone of any machine running these tests.
    render(<TimeZoneToggle eventZone="Pacific/Kiritimati" referenceMs={opening.epochMs} onTimeZoneChange={onChange} />);
    const toggle = screen.getByRole("button", { name: /my time zone/i });
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(toggle).toHaveAttribute("data-state", "on");
    expect(onChange).toHaveBeenCalledWith("reader");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "false");
  });
});
