import { assertEdition, type Edition } from "@workshop-kit/types";
import { describe, expect, it } from "vitest";
import { ClockProvider } from "../clock/clock";
import { renderOnServerThenHydrate } from "../test/ssr";
import { CallForPapers } from "./call-for-papers";

const DUE = Date.UTC(2025, 4, 27, 23, 59);

/** Intl prints "May 27, 2025, 11:59 PM" or "May 27, 2025 at 11:59 PM", depending on the ICU version. */
function dated(s: string): RegExp {
  return new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/(\d{4}), (\d)/g, "$1(?:,| at) $2"));
}

function edition(): Edition {
  return assertEdition({
    name: "Test Workshop",
    shortName: "TW",
    year: 2025,
    timeZone: "America/Vancouver",
    dates: { start: "2025-07-18" },
    deadlines: [
      {
        id: "submission",
        label: "Paper submission deadline",
        kind: "submission",
        due: "2025-05-27T23:59",
        zone: "UTC",
        history: [{ due: "2025-05-19T23:59" }],
      },
    ],
    callForPapers: {
      intro: "Efficient systems. https://example.org",
      topics: [{ title: "Training", items: ["Low precision"] }],
      submission: { url: "https://openreview.net/group?id=Test", platform: "OpenReview" },
    },
  });
}

describe("given a server render and hydration", () => {
  it("hydrates without errors across zones and clocks when no time is known on the server", async () => {
    const r = await renderOnServerThenHydrate(<CallForPapers edition={edition()} />);
    expect(r.errors).toEqual([]);
    expect(r.html).toContain('data-state="unknown"');
    expect(r.html).toContain("Submit on OpenReview");
    expect(r.html).toMatch(dated("May 27, 2025, 11:59 PM"));
    // The client's clock (July 2025) is after the deadline: closed after hydration.
    expect(r.container.firstElementChild).toHaveAttribute("data-state", "closed");
    expect(r.container).toHaveTextContent(dated("Submissions closed on May 27, 2025, 11:59 PM UTC."));
    r.unmount();
  });

  it("renders open one minute before the deadline and switches to closed when hydrated one minute after", async () => {
    const element = (
      <ClockProvider serverNow={DUE - 60_000}>
        <CallForPapers edition={edition()} />
      </ClockProvider>
    );
    const r = await renderOnServerThenHydrate(element, {
      serverNow: DUE - 60_000,
      clientNow: DUE + 60_000,
      serverTimeZone: "UTC",
      clientTimeZone: "Pacific/Auckland",
    });
    expect(r.errors).toEqual([]);
    expect(r.html).toContain('data-state="open"');
    expect(r.html).toContain("Submit on OpenReview");
    expect(r.html).not.toContain("Submissions closed");
    expect(r.container.firstElementChild).toHaveAttribute("data-state", "closed");
    expect(r.container).toHaveTextContent(dated("Submissions closed on May 27, 2025, 11:59 PM UTC."));
    expect(r.container.querySelector('a[href="https://openreview.net/group?id=Test"]')).toBeNull();
    r.unmount();
  });

  it("stays open after hydration when the client is still before the deadline", async () => {
    const element = (
      <ClockProvider serverNow={DUE - 3_600_000}>
        <CallForPapers edition={edition()} />
      </ClockProvider>
    );
    const r = await renderOnServerThenHydrate(element, { serverNow: DUE - 3_600_000, clientNow: DUE - 60_000 });
    expect(r.errors).toEqual([]);
    expect(r.container.firstElementChild).toHaveAttribute("data-state", "open");
    expect(r.container.querySelector('a[href="https://openreview.net/group?id=Test"]')).toHaveTextContent(
      "Submit on OpenReview",
    );
    r.unmount();
  });

  it("renders not yet open before the opening and offers the submit link once hydrated after it", async () => {
    const opens = Date.UTC(2025, 4, 1);
    const base = edition();
    const e = assertEdition({
      name: base.name,
      shortName: "TW",
      year: 2025,
      timeZone: "America/Vancouver",
      dates: { start: "2025-07-18" },
      deadlines: [
        { id: "open", label: "Submissions open", kind: "submissions-open", due: "2025-05-01", zone: "UTC" },
        {
          id: "submission",
          label: "Paper submission deadline",
          kind: "submission",
          due: "2025-05-27T23:59",
          zone: "UTC",
        },
      ],
      callForPapers: { submission: { url: "https://openreview.net/group?id=Test", platform: "OpenReview" } },
    });
    // A date-only opening passes at the end of its day (May 2, 00:00 UTC).
    const element = (
      <ClockProvider serverNow={opens - 86_400_000}>
        <CallForPapers edition={e} />
      </ClockProvider>
    );
    const r = await renderOnServerThenHydrate(element, {
      serverNow: opens - 86_400_000,
      clientNow: opens + 2 * 86_400_000,
      serverTimeZone: "UTC",
      clientTimeZone: "Pacific/Auckland",
    });
    expect(r.errors).toEqual([]);
    expect(r.html).toContain('data-state="not-yet-open"');
    expect(r.html).toContain("Submissions open on");
    expect(r.html).not.toContain("Submit on OpenReview");
    expect(r.container.firstElementChild).toHaveAttribute("data-state", "open");
    expect(r.container.querySelector('a[href="https://openreview.net/group?id=Test"]')).toHaveTextContent(
      "Submit on OpenReview",
    );
    r.unmount();
  });
});
