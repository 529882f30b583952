/**
 * Islands: a static-site framework (Astro) hydrates each interactive part of a page as its own React root, with no
 * provider in common. The reader's zone choice and the shared clock must still be one for the whole page.
 */
import { instantFromEpoch } from "@workshop-kit/types";
import { act, type ReactElement } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useNow } from "../clock/clock";
import { LocalTime } from "../time-zone/local-time";
import { TimeZoneProvider } from "../time-zone/time-zone";
import { TimeZoneToggle } from "../time-zone/time-zone-toggle";

// 08:30 in Vancouver on 18 July 2025 (PDT, UTC−7) = 15:30 UTC = 03:30 in Auckland on the 19th.
const opening = instantFromEpoch(Date.UTC(2025, 6, 18, 15, 30), "America/Vancouver");
const toggle = <TimeZoneToggle eventZone="America/Vancouver" referenceMs={opening.epochMs} />;
const time = <LocalTime instant={opening} withZone />;

const roots: Root[] = [];
const previousTz = process.env.TZ;
beforeEach(() => {
  // The reader is in Auckland (Node re-reads TZ when it changes).
  process.env.TZ = "Pacific/Auckland";
});
afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount());
  document.body.innerHTML = "";
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

/** Mount `element` as a root of its own in a new container, as an island is. */
function island(element: ReactElement, html?: string): HTMLElement {
  const container = document.createElement("div");
  document.body.appendChild(container);
  if (html === undefined) {
    const root = createRoot(container);
    act(() => root.render(element));
    roots.push(root);
  } else {
    container.innerHTML = html;
    act(() => {
      roots.push(hydrateRoot(container, element));
    });
  }
  return container;
}

function press(container: HTMLElement) {
  const button = container.querySelector("button");
  if (!button) throw new Error("no toggle");
  act(() => button.click());
}

describe("given a zone toggle and a time in two separate roots, without providers", () => {
  it("switches the other root's time when the toggle is pressed, and back", () => {
    const a = island(toggle);
    const b = island(time);
    expect(b).toHaveTextContent("8:30 AM PT (UTC\u22127)");
    press(a);
    expect(a.querySelector("button")).toHaveAttribute("aria-pressed", "true");
    expect(b).toHaveTextContent("3:30 AM");
    expect(b).toHaveTextContent("UTC+12");
    press(a);
    expect(b).toHaveTextContent("8:30 AM PT (UTC\u22127)");
  });

  it("hydrates both from the server's event-zone HTML, then follows the choice", () => {
    const a = island(toggle, renderToString(toggle));
    const b = island(time, renderToString(time));
    press(a);
    expect(b).toHaveTextContent("UTC+12");
  });

  it("shows a root mounted after the switch in the chosen zone at once", () => {
    press(island(toggle));
    expect(island(time)).toHaveTextContent("UTC+12");
  });

  it("converts a time announced in another zone too (an AoE deadline beside a Vancouver programme)", () => {
    const aoe = instantFromEpoch(opening.epochMs, "Etc/GMT+12");
    const deadline = island(<LocalTime instant={aoe} withZone />);
    expect(deadline).toHaveTextContent("UTC\u221212");
    press(island(toggle));
    expect(deadline).toHaveTextContent("UTC+12");
  });
});

describe("given providers in separate roots", () => {
  const wrap = (child: ReactElement, remember = true) => (
    <TimeZoneProvider readerTimeZone="Asia/Tokyo" remember={remember}>
      {child}
    </TimeZoneProvider>
  );

  it("shares the page's one choice between providers in separate roots", () => {
    const a = island(wrap(toggle));
    const b = island(wrap(time));
    press(a);
    expect(b).toHaveTextContent("12:30 AM");
  });

  it("keeps a provider with remember={false} to its own root", () => {
    const a = island(wrap(toggle, false));
    const b = island(wrap(time, false));
    press(a);
    expect(b).toHaveTextContent("8:30 AM PT");
  });
});

/** The shared clock's minute, as "HH:MM" (UTC). */
function Minute() {
  const now = useNow(60_000);
  return <span>{now === null ? "…" : new Date(now).toISOString().slice(11, 16)}</span>;
}

describe("given the clock read in two separate roots", () => {
  it("ticks both together", () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(Date.UTC(2025, 6, 18, 15, 29, 30));
      const a = island(<Minute />);
      const b = island(<Minute />);
      expect(a).toHaveTextContent("15:29");
      expect(b).toHaveTextContent("15:29");
      act(() => {
        vi.advanceTimersByTime(31_000);
      });
      expect(a).toHaveTextContent("15:30");
      expect(b).toHaveTextContent("15:30");
    } finally {
      vi.useRealTimers();
    }
  });
});
