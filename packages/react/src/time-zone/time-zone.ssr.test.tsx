import { instantFromEpoch } from "@workshop-kit/types";
import { describe, expect, it } from "vitest";
import { renderOnServerThenHydrate } from "../test/ssr";
import { LocalTime } from "./local-time";
import { TimeZoneProvider } from "./time-zone";
import { TimeZoneToggle } from "./time-zone-toggle";
import { ZONE_STORAGE_KEY } from "./zone-store";

const opening = instantFromEpoch(Date.UTC(2025, 6, 18, 15, 30), "America/Vancouver");

describe("given a page rendered on a UTC server and hydrated in Auckland an hour later", () => {
  it("renders the event's zone on the server, hydrates without warnings, then offers the reader's zone", async () => {
    const page = (
      <TimeZoneProvider defaultTimeZone="reader">
        <p>
          Opening <LocalTime instant={opening} withZone />
        </p>
        <TimeZoneToggle eventZone="America/Vancouver" referenceMs={opening.epochMs} />
      </TimeZoneProvider>
    );
    const r = await renderOnServerThenHydrate(page, { serverTimeZone: "UTC", clientTimeZone: "Pacific/Auckland" });
    expect(r.html).toContain("8:30 AM");
    expect(r.html).not.toContain("<button");
    expect(r.errors).toEqual([]);
    // After hydration the reader's (Auckland) zone applies, because the host asked for "reader".
    expect(r.container).toHaveTextContent("Sat, Jul 19, 3:30 AM UTC+12");
    expect(r.container.querySelector("button")).toHaveAttribute("aria-pressed", "true");
    r.unmount();
  });
});

describe("given a reader who chose their own zone on an earlier visit", () => {
  it("serves the event zone, hydrates without warnings, then applies the remembered choice", async () => {
    window.localStorage.setItem(ZONE_STORAGE_KEY, "reader");
    const page = (
      <TimeZoneProvider>
        <p>
          Opening <LocalTime instant={opening} withZone />
        </p>
        <TimeZoneToggle eventZone="America/Vancouver" referenceMs={opening.epochMs} />
      </TimeZoneProvider>
    );
    const r = await renderOnServerThenHydrate(page, { serverTimeZone: "UTC", clientTimeZone: "Asia/Kolkata" });
    expect(r.html).toContain("8:30 AM<!-- --> PT (UTC−7)");
    expect(r.errors).toEqual([]);
    expect(r.container).toHaveTextContent("9:00 PM UTC+5:30");
    expect(r.container.querySelector("button")).toHaveAttribute("aria-pressed", "true");
    r.unmount();
  });

  it("without a provider too: every component reads the page's one choice", async () => {
    window.localStorage.setItem(ZONE_STORAGE_KEY, "Asia/Calcutta");
    const r = await renderOnServerThenHydrate(
      <p>
        Opening <LocalTime instant={opening} withZone />
      </p>,
    );
    expect(r.html).toContain("8:30 AM<!-- --> PT (UTC−7)");
    expect(r.errors).toEqual([]);
    expect(r.container).toHaveTextContent("9:00 PM UTC+5:30");
    r.unmount();
  });
});

describe("given a TimeZoneToggle that holds its place (holdPlace)", () => {
  const toggle = <TimeZoneToggle eventZone="America/Vancouver" referenceMs={opening.epochMs} holdPlace />;

  it("renders an invisible, inert stand-in with the switch's two lines on the server, the switch in Auckland", async () => {
    const r = await renderOnServerThenHydrate(toggle, { serverTimeZone: "UTC", clientTimeZone: "Pacific/Auckland" });
    expect(r.html).toContain('<span class="wk-time-zone-toggle" data-pending="" inert="">');
    expect(r.html).toContain("Show times in my time zone");
    expect(r.html).not.toContain("<button");
    expect(r.errors).toEqual([]);
    const button = r.container.querySelector("button");
    expect(button).toHaveAccessibleName("Show times in my time zone (New Zealand Time, UTC+12)");
    expect(button?.querySelector("[data-slot=zone]")).toHaveTextContent("(New Zealand Time, UTC+12)");
    expect(r.container.querySelector("[data-pending]")).toBeNull();
    r.unmount();
  });

  it("tells a reader in the event's zone, in the same place, that the times are theirs", async () => {
    const r = await renderOnServerThenHydrate(toggle, {
      serverTimeZone: "UTC",
      clientTimeZone: "America/Los_Angeles",
    });
    expect(r.errors).toEqual([]);
    expect(r.container.querySelector("button")).toBeNull();
    const note = r.container.querySelector(".wk-time-zone-toggle[data-state=same]");
    expect(note).toHaveTextContent("Times are in your time zone Pacific Time, PT (UTC−7)");
    expect(note).not.toHaveAttribute("data-pending");
    // Laid over the invisible stand-in, which keeps the place's size.
    expect(note?.previousElementSibling).toHaveAttribute("inert");
    r.unmount();
  });

  it("renders nothing at all without holdPlace for a reader in the event's zone", async () => {
    const r = await renderOnServerThenHydrate(
      <TimeZoneToggle eventZone="America/Vancouver" referenceMs={opening.epochMs} />,
      { serverTimeZone: "UTC", clientTimeZone: "America/Los_Angeles" },
    );
    expect(r.html).toBe("");
    expect(r.container.innerHTML).toBe("");
    r.unmount();
  });
});
