import { act, cleanup, render, screen } from "@testing-library/react";
import { instantFromEpoch } from "@workshop-kit/types";
import { renderToString } from "react-dom/server";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { ClockProvider } from "../clock/clock";
import { expectNoAxeViolations } from "../test/axe";
import { loadEdition } from "../test/content";
import { SubmissionCallout } from "./submission-callout";

const edition = loadEdition(2025);
const DUE = Date.UTC(2025, 4, 27, 23, 59);

/** The call-out's words as eyes and ears get them: without the invisible place held for the longest time left. */
function visibleText(container: HTMLElement): string {
  const copy = container.querySelector("[data-slot=text]")?.cloneNode(true) as HTMLElement;
  copy.querySelector("[data-slot=left-place]")?.remove();
  return copy.textContent ?? "";
}

function at(now: number | string, ui: React.ReactElement) {
  return render(<ClockProvider now={now}>{ui}</ClockProvider>);
}

describe("given the ES-FoMo 2025 call while it is open", () => {
  it("says submit by the deadline, without the year, and links the submission site", async () => {
    const { container } = at("2025-05-01T12:00:00Z", <SubmissionCallout edition={edition} />);
    expect(container.querySelector("[data-slot=text]")).toHaveTextContent("Submit by May 27, 11:59 PM UTC (extended)");
    expect(container.querySelector("time")).toHaveAttribute("datetime", "2025-05-27T23:59:00.000Z");
    const link = screen.getByRole("link", { name: /^Submit/ });
    expect(link).toHaveAttribute("href", "https://openreview.net/group?id=ICML.cc/2025/Workshop/ES-FoMo-III");
    expect(container.firstElementChild).toHaveAttribute("data-state", "open");
    await expectNoAxeViolations(container);
  });

  it("shows the time left in the last day, closing soon", () => {
    const { container } = at(DUE - 60 * 60_000, <SubmissionCallout edition={edition} />);
    expect(visibleText(container)).toBe("Submit by May 27, 11:59 PM UTC (extended) — closes in 1 hour");
    expect(container.firstElementChild).toHaveAttribute("data-state", "closing-soon");
    expect(screen.getByRole("link", { name: /^Submit/ })).toBeInTheDocument();
  });

  it("shows the time left whenever the call is open, not only in its last day (no line appears later)", () => {
    const { container } = at("2025-05-10T12:00:00Z", <SubmissionCallout edition={edition} />);
    expect(visibleText(container)).toBe("Submit by May 27, 11:59 PM UTC (extended) — closes in 17 days 11 hours");
    expect(container.firstElementChild).toHaveAttribute("data-state", "open");
  });

  it("holds the place of the longest time left, hidden from everyone, so the line never grows under a reader", () => {
    const { container } = at(DUE - 3 * 3_600_000, <SubmissionCallout edition={edition} />);
    const place = container.querySelector("[data-slot=left-place]");
    expect(place).toHaveAttribute("aria-hidden", "true");
    // The longest in English; the visible time shares its grid cell.
    expect(place).toHaveTextContent(/^— closes in 23 hours 59 minutes$/);
    expect(visibleText(container)).toMatch(/— closes in 3 hours$/);
  });

  it("says less than a minute in the reader's language", () => {
    const { container } = at(
      DUE - 30_000,
      <SubmissionCallout edition={edition} messages={{ lessThanMinute: "moins d'une minute" }} />,
    );
    expect(visibleText(container)).toMatch(/— closes in moins d'une minute$/);
  });
});

describe("given the ES-FoMo 2025 call after its deadline", () => {
  it("says submissions closed and offers no submit link", () => {
    const { container } = at(DUE, <SubmissionCallout edition={edition} />);
    expect(container).toHaveTextContent(/^Submissions closed on May 27, 11:59 PM UTC$/);
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("renders nothing once closed when showClosed is false", () => {
    const { container } = at(DUE + 1, <SubmissionCallout edition={edition} showClosed={false} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("renders nothing once the workshop is over", () => {
    const { container } = at("2025-07-20T00:00:00Z", <SubmissionCallout edition={edition} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("renders nothing once the workshop has begun (the day belongs to NowNext), and still on its eve", () => {
    expect(at("2025-07-18T17:30:00Z", <SubmissionCallout edition={edition} />).container).toBeEmptyDOMElement();
    cleanup();
    expect(at("2025-07-18T15:00:00Z", <SubmissionCallout edition={edition} />).container).toHaveTextContent(
      /Submissions closed/,
    );
  });

  it("announces the closing once, politely, when it happens while the page is open", () => {
    vi.useFakeTimers();
    onTestFinished(() => {
      vi.useRealTimers();
    });
    vi.setSystemTime(DUE - 90_000);
    render(<SubmissionCallout edition={edition} />);
    const status = screen.getByRole("status");
    expect(status).toBeEmptyDOMElement();
    expect(screen.getByText(/closes in 1 min/)).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(91_000));
    expect(status).toHaveTextContent("Submissions closed.");
    expect(screen.getByText(/^Submissions closed on/)).toBeInTheDocument();
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("does not announce a call found closed on page load", () => {
    render(
      <ClockProvider now={DUE + 3_600_000}>
        <SubmissionCallout edition={edition} />
      </ClockProvider>,
    );
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
  });
});

describe("given a call that has not opened yet", () => {
  const opening = {
    ...edition,
    deadlines: [
      {
        id: "open",
        label: "Submissions open",
        kind: "submissions-open" as const,
        due: instantFromEpoch(Date.UTC(2025, 3, 1), "UTC"),
        dateOnly: false,
        history: [],
        note: null,
      },
      ...edition.deadlines,
    ],
  };
  it("says when submissions open and links nothing yet", () => {
    at("2025-03-01T00:00:00Z", <SubmissionCallout edition={opening} />);
    expect(screen.getByText(/^Submissions open/)).toHaveTextContent("Submissions open Apr 1, 12:00 AM UTC");
    expect(screen.queryByRole("link")).toBeNull();
  });
});

describe("given no time on the server", () => {
  it("renders the deadline alone, true in every phase, without a link", () => {
    const html = renderToString(<SubmissionCallout edition={edition} />);
    expect(html).toContain("Submission deadline: <time");
    expect(html).toContain('data-state="unknown"');
    expect(html).not.toContain("<a ");
  });

  it("renders nothing for an edition without a call or a submission deadline", () => {
    const { container } = at(DUE, <SubmissionCallout edition={{ ...edition, callForPapers: null, deadlines: [] }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
