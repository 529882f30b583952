import { describe, expect, it } from "vitest";
import { ClockProvider } from "../clock/clock";
import { loadEdition } from "../test/content";
import { renderOnServerThenHydrate } from "../test/ssr";
import { EventDetails } from "./event-details";

const edition = loadEdition(2025); // date tentative: 2025-07-18, Vancouver

describe("server render, then hydration in another zone an hour later", () => {
  it("renders the tentative note on the server whatever the server's clock, and keeps it before the date", async () => {
    const { html, errors, container, unmount } = await renderOnServerThenHydrate(<EventDetails edition={edition} />, {
      serverNow: Date.UTC(2025, 5, 1),
    });
    expect(errors).toEqual([]);
    expect(html).toContain("(date to be confirmed)");
    expect(container).toHaveTextContent("(date to be confirmed)");
    unmount();
  });

  it("renders the same server HTML after the date (the clock is not read there), then settles without a warning", async () => {
    const { html, errors, container, unmount } = await renderOnServerThenHydrate(
      <ClockProvider>
        <EventDetails edition={edition} />
      </ClockProvider>,
      { serverNow: Date.UTC(2026, 0, 1) },
    );
    expect(errors).toEqual([]);
    expect(html).toContain("(date to be confirmed)");
    expect(container).not.toHaveTextContent("to be confirmed");
    expect(container.querySelector("time")).toHaveTextContent("Friday, July 18, 2025");
    unmount();
  });

  it("hydrates with an explicit now without errors (server and client agree by construction)", async () => {
    const now = Date.UTC(2026, 0, 1);
    const { html, errors, unmount } = await renderOnServerThenHydrate(<EventDetails edition={edition} now={now} />);
    expect(errors).toEqual([]);
    expect(html).not.toContain("to be confirmed");
    unmount();
  });
});
