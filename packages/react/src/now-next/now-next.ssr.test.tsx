import { afterEach, describe, expect, it } from "vitest";
import { ClockProvider } from "../clock/clock";
import { loadEdition } from "../test/content";
import { renderOnServerThenHydrate } from "../test/ssr";
import { NowNext } from "./now-next";
import { SubmissionCallout } from "./submission-callout";

const edition = loadEdition(2025);
/** 18 July 2025, 10:35 in Vancouver: Orals Session 1 is on. */
const ORALS = Date.UTC(2025, 6, 18, 17, 35);
const CALL_OPEN = Date.UTC(2025, 4, 1, 12, 0);
let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe("NowNext rendered on a UTC server and hydrated an hour later in Auckland", () => {
  it("renders the state at the server time, hydrates with zero errors, then follows the live clock", async () => {
    const r = await renderOnServerThenHydrate(
      <ClockProvider serverNow={ORALS}>
        <NowNext edition={edition} />
      </ClockProvider>,
      { serverTimeZone: "UTC", clientTimeZone: "Pacific/Auckland", serverNow: ORALS },
    );
    unmount = r.unmount;
    expect(r.errors).toEqual([]);
    expect(r.html).toContain("Orals Session 1");
    // An hour later the talks have moved on: Lightning talks done, lunch on.
    expect(r.container).toHaveTextContent("Now: Lunch Break · Next: Poster Session at 1:00 PM");
  });

  it("without a server time, renders the start alone and hydrates with zero errors", async () => {
    const r = await renderOnServerThenHydrate(<NowNext edition={edition} />, {
      serverTimeZone: "UTC",
      clientTimeZone: "Pacific/Auckland",
      serverNow: ORALS,
    });
    unmount = r.unmount;
    expect(r.errors).toEqual([]);
    expect(r.html).not.toContain("Now:");
    expect(r.container).toHaveTextContent("Now: Lunch Break");
  });
});

describe("SubmissionCallout rendered on a UTC server and hydrated an hour later in Auckland", () => {
  it("renders the open call with its link on the server and hydrates with zero errors", async () => {
    const r = await renderOnServerThenHydrate(
      <ClockProvider serverNow={CALL_OPEN}>
        <SubmissionCallout edition={edition} />
      </ClockProvider>,
      { serverTimeZone: "UTC", clientTimeZone: "Pacific/Auckland", serverNow: CALL_OPEN },
    );
    unmount = r.unmount;
    expect(r.errors).toEqual([]);
    expect(r.html).toContain("Submit by");
    expect(r.html).toContain('href="https://openreview.net/');
    expect(r.container.querySelector("a")).toHaveTextContent(/^Submit/);
  });

  it("without a server time, renders the deadline alone and hydrates with zero errors", async () => {
    const r = await renderOnServerThenHydrate(<SubmissionCallout edition={edition} />, {
      serverTimeZone: "UTC",
      clientTimeZone: "Pacific/Auckland",
      serverNow: CALL_OPEN,
    });
    unmount = r.unmount;
    expect(r.errors).toEqual([]);
    expect(r.html).toContain("Submission deadline:");
    expect(r.container).toHaveTextContent("Submit by May 27");
  });
});
