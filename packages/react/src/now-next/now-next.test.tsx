import { act, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { ClockProvider } from "../clock/clock";
import { expectNoAxeViolations } from "../test/axe";
import { loadEdition } from "../test/content";
import { TimeZoneProvider } from "../time-zone/time-zone";
import { NowNext } from "./now-next";

const edition = loadEdition(2025);
/** 18 July 2025, hh:mm in Vancouver (UTC−7). */
const pt = (hh: number, mm = 0) => Date.UTC(2025, 6, 18, hh + 7, mm);

function at(now: number | string, ui: React.ReactElement) {
  return render(<ClockProvider now={now}>{ui}</ClockProvider>);
}

describe("given ES-FoMo 2025 before the workshop day", () => {
  it("says when it starts, in the event's zone, with a machine-readable date", () => {
    at("2025-07-01T12:00:00Z", <NowNext edition={edition} />);
    const start = screen.getByText(/^Starts/);
    expect(start).toHaveTextContent("Starts Fri, July 18, 8:30 AM PT (UTC−7)");
    expect(start.querySelector("time")).toHaveAttribute("datetime", "2025-07-18T15:30:00.000Z");
    expect(start.closest(".wk-now-next")).toHaveAttribute("data-state", "before");
  });

  it("says nothing before the day when showStart is false", () => {
    const { container } = at("2025-07-01T12:00:00Z", <NowNext edition={edition} showStart={false} />);
    expect(container).toHaveTextContent(/^$/);
  });
});

describe("given ES-FoMo 2025 on the workshop day", () => {
  it("names the group on now, and the next session that is not part of it, with its time", async () => {
    const { container } = at(pt(10, 35), <NowNext edition={edition} />);
    expect(container.querySelector("p")).toHaveTextContent(
      "Now: Orals Session 1 · Next: Lightning Talks: Spotlight Papers at 11:15 AM",
    );
    expect(container.querySelector("[data-slot=next] time")).toHaveAttribute("datetime", "2025-07-18T18:15:00.000Z");
    expect(container.firstElementChild).toHaveAttribute("data-state", "during");
    await expectNoAxeViolations(container);
  });

  it("follows breaks too: lunch now, the poster session next", () => {
    const { container } = at(pt(12), <NowNext edition={edition} />);
    expect(container).toHaveTextContent("Now: Lunch Break · Next: Poster Session at 1:00 PM");
  });

  it("shows only what is on during the last session", () => {
    const { container } = at(pt(17, 10), <NowNext edition={edition} />);
    expect(container).toHaveTextContent(/^Now: Closing Remarks \/ Awards$/);
  });

  it("links each name when given a session link template", () => {
    at(pt(12), <NowNext edition={edition} sessionHref="#session-{id}" />);
    expect(screen.getByRole("link", { name: "Lunch Break" })).toHaveAttribute("href", "#session-lunch");
    expect(screen.getByRole("link", { name: "Poster Session" })).toHaveAttribute("href", "#session-posters");
  });

  it("never links an unsafe URL", () => {
    at(pt(12), <NowNext edition={edition} sessionHref={() => "javascript:alert(1)"} />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("Lunch Break")).toBeInTheDocument();
  });

  it("gives the next time in the reader's zone with the zone's name when converted", () => {
    const { container } = render(
      <ClockProvider now={pt(12)}>
        <TimeZoneProvider timeZone="Europe/Berlin">
          <NowNext edition={edition} />
        </TimeZoneProvider>
      </ClockProvider>,
    );
    expect(container.querySelector("[data-slot=next]")).toHaveTextContent("Next: Poster Session at 10:00 PM CEST");
  });

  it("is no live region: it changes every few minutes and would interrupt", () => {
    const { container } = at(pt(12), <NowNext edition={edition} />);
    expect(container.querySelector("[aria-live], [role=status], [role=timer]")).toBeNull();
  });

  it("moves on with the live clock at the session's start", () => {
    vi.useFakeTimers();
    onTestFinished(() => {
      vi.useRealTimers();
    });
    vi.setSystemTime(pt(12, 59) + 30_000);
    const { container } = render(<NowNext edition={edition} />);
    expect(container).toHaveTextContent("Now: Lunch Break");
    act(() => vi.advanceTimersByTime(31_000));
    expect(container).toHaveTextContent("Now: Poster Session · Next: Minions");
  });
});

describe("given ES-FoMo 2025 after the workshop", () => {
  it("renders nothing at all by default", () => {
    const { container } = at("2025-07-20T00:00:00Z", <NowNext edition={edition} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("renders the host's after content when given", () => {
    at("2026-07-20T00:00:00Z", <NowNext edition={edition} after={<a href="/recordings">Recordings</a>} />);
    expect(screen.getByRole("link", { name: "Recordings" })).toBeInTheDocument();
  });
});

describe("given no time on the server", () => {
  it("renders the workshop's start alone, true in every phase", () => {
    const html = renderToString(<NowNext edition={edition} />);
    expect(html).toContain('data-state="unknown"');
    expect(html).toContain("Fri, July 18, 8:30 AM PT (UTC−7)");
    expect(html).not.toContain("Starts");
    expect(html).not.toContain("Now:");
  });
});
