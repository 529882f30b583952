import { afterEach, describe, expect, it } from "vitest";
import { ClockProvider } from "../clock/clock";
import { loadEdition } from "../test/content";
import { renderOnServerThenHydrate } from "../test/ssr";
import { DeadlineCountdown } from "./deadline-countdown";
import { ImportantDates } from "./important-dates";

const edition2025 = loadEdition(2025);
const edition2024 = loadEdition(2024);
const submission2025 = edition2025.deadlines.find((d) => d.kind === "submission");
const submission2024 = edition2024.deadlines.find((d) => d.kind === "submission");
if (!submission2025 || !submission2024) throw new Error("the ES-FoMo content has no submission deadline");

const TWO_DAYS_BEFORE = Date.UTC(2025, 4, 25, 12, 0);
let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe("DeadlineCountdown rendered on a UTC server and hydrated an hour later, 12 zones east", () => {
  it("hydrates with zero errors, then shows the time remaining", async () => {
    const r = await renderOnServerThenHydrate(<DeadlineCountdown deadline={submission2025} />, {
      serverTimeZone: "UTC",
      clientTimeZone: "Pacific/Auckland",
      serverNow: TWO_DAYS_BEFORE,
    });
    unmount = r.unmount;
    expect(r.errors).toEqual([]);
    expect(r.html).toContain("May 27, 2025, 11:59 PM UTC");
    expect(r.html).not.toContain("Closes in");
    expect(r.container.querySelector(".wk-deadline-countdown")).toHaveAttribute("data-state", "upcoming");
    expect(r.container).toHaveTextContent("Closes in 2 days 10 hours");
  });

  it("hydrates the 2024 AoE deadline in Tokyo with zero errors", async () => {
    const r = await renderOnServerThenHydrate(<DeadlineCountdown deadline={submission2024} />, {
      serverTimeZone: "UTC",
      clientTimeZone: "Asia/Tokyo",
      serverNow: Date.UTC(2024, 5, 1),
    });
    unmount = r.unmount;
    expect(r.errors).toEqual([]);
    expect(r.html).toContain("June 3, 2024, 11:59 PM AoE (UTC−12)");
  });

  it("hydrates a ClockProvider serverNow with zero errors, the server already showing the status", async () => {
    const r = await renderOnServerThenHydrate(
      <ClockProvider serverNow={TWO_DAYS_BEFORE}>
        <DeadlineCountdown deadline={submission2025} />
      </ClockProvider>,
      { serverTimeZone: "UTC", clientTimeZone: "Pacific/Auckland", serverNow: TWO_DAYS_BEFORE },
    );
    unmount = r.unmount;
    expect(r.errors).toEqual([]);
    expect(r.html).toContain("Closes in 2 days 11 hours");
  });
});

describe("ImportantDates rendered on a UTC server and hydrated an hour later, 12 zones east", () => {
  it("hydrates 2025 with zero errors, the server output carrying no status", async () => {
    const r = await renderOnServerThenHydrate(<ImportantDates edition={edition2025} />, {
      serverTimeZone: "UTC",
      clientTimeZone: "Pacific/Auckland",
      serverNow: TWO_DAYS_BEFORE,
    });
    unmount = r.unmount;
    expect(r.errors).toEqual([]);
    expect(r.html).not.toContain("data-state=");
    expect(r.container.querySelector('[data-state="next"]')).toHaveTextContent("Paper submission deadline");
  });

  it("hydrates 2024 in Los Angeles with zero errors", async () => {
    const r = await renderOnServerThenHydrate(<ImportantDates edition={edition2024} />, {
      serverTimeZone: "UTC",
      clientTimeZone: "America/Los_Angeles",
      serverNow: Date.UTC(2024, 6, 1),
    });
    unmount = r.unmount;
    expect(r.errors).toEqual([]);
  });
});

describe("readers an odd offset away (Kathmandu +5:45, Chatham +12:45), two instances on one page", () => {
  it("hydrates two countdowns and a list in Kathmandu with zero errors, then shows the reader's time", async () => {
    const r = await renderOnServerThenHydrate(
      <>
        <DeadlineCountdown deadline={submission2025} />
        <DeadlineCountdown deadline={submission2024} />
        <ImportantDates edition={edition2025} />
      </>,
      { serverTimeZone: "UTC", clientTimeZone: "Asia/Kathmandu", serverNow: TWO_DAYS_BEFORE },
    );
    unmount = r.unmount;
    expect(r.errors).toEqual([]);
    // On the server the reader's line is only a held place (invisible, inert), in the deadline's own zone.
    expect(r.html).toContain(
      '<p data-slot="reader-time" data-pending="" inert=""><span>your time: <time dateTime="2025-05-27T23:59:00.000Z">May 27, 11:59 PM UTC</time></span></p>',
    );
    expect(r.container.querySelector("[data-slot=reader-time][data-pending]")).toBeNull();
    const readerTimes = [...r.container.querySelectorAll("[data-slot=reader-time]")].map((n) => n.textContent);
    expect(readerTimes).toContain("your time: May 28, 5:44 AM UTC+5:45");
    expect(readerTimes).toContain("your time: Jun 4, 5:44 PM UTC+5:45");
  });

  it("hydrates in Chatham with zero errors, the reader's time a quarter-hour off the hour", async () => {
    const r = await renderOnServerThenHydrate(
      <>
        <ImportantDates edition={edition2024} />
        <ImportantDates edition={edition2024} headingLevel={3} />
      </>,
      { serverTimeZone: "UTC", clientTimeZone: "Pacific/Chatham", serverNow: Date.UTC(2024, 5, 1) },
    );
    unmount = r.unmount;
    expect(r.errors).toEqual([]);
    const ids = [...r.container.querySelectorAll("[id]")].map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(r.container.querySelector("[data-slot=reader-time]")).toHaveTextContent(
      "your time: Jun 5, 12:44 AM UTC+12:45",
    );
  });
});

describe("a page built an hour before the workshop began, read two hours after (the workshop's 10:30)", () => {
  const START = Date.UTC(2025, 6, 18, 15, 30); // 8:30 AM PT
  it("keeps the Pause button the server showed, inert, so nothing below the card moves", async () => {
    // (Removed at hydration and put back an effect later, it moved the page for a frame: the reader suite's
    // /#dates on the workshop day, in a real browser, is what sees that.)
    const r = await renderOnServerThenHydrate(
      <ClockProvider serverNow={START - 3_600_000}>
        <ImportantDates edition={edition2025} />
      </ClockProvider>,
      {
        serverTimeZone: "UTC",
        clientTimeZone: "America/Los_Angeles",
        serverNow: START - 3_600_000,
        clientNow: START + 2 * 3_600_000,
      },
    );
    unmount = r.unmount;
    expect(r.errors).toEqual([]);
    expect(r.html).toContain('data-slot="pause"');
    expect(r.container).toHaveTextContent("Started 2 hours ago");
    const pause = r.container.querySelector("[data-slot=pause]");
    expect(pause).not.toBeNull();
    expect(pause).toHaveAttribute("aria-disabled", "true");
  });
});
