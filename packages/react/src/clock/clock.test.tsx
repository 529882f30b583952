import { act, render, screen } from "@testing-library/react";
import { formatDuration } from "@workshop-kit/types";
import { useState } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClockProvider, useClockSelector, useNow } from "./clock";
import { clockIsRunning, clockNow, clockSubscriberCount } from "./clock-store";

const START = Date.UTC(2025, 4, 20, 12, 0, 0);
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** How many times each probe rendered, by id. */
let renders: Record<string, number> = {};

function Countdown({ id, due, granularityMs = MINUTE }: { id: string; due: number; granularityMs?: number }) {
  const text = useClockSelector((now) => (now === null ? "not yet known" : formatDuration(due - now)), granularityMs);
  renders[id] = (renders[id] ?? 0) + 1;
  return <span data-testid={id}>{text}</span>;
}

function NowProbe({ granularityMs = MINUTE }: { granularityMs?: number }) {
  const now = useNow(granularityMs);
  return <output>{now === null ? "unknown" : new Date(now).toISOString()}</output>;
}

let visibility: DocumentVisibilityState = "visible";
function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  act(() => {
    document.dispatchEvent(new Event("visibilitychange"));
  });
}

beforeEach(() => {
  renders = {};
  visibility = "visible";
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => visibility });
  vi.useFakeTimers();
  vi.setSystemTime(START);
});

afterEach(() => {
  delete (document as { visibilityState?: unknown }).visibilityState;
  vi.useRealTimers();
});

const hundreds = Array.from({ length: 200 }, (_, i) => ({ id: `c${i}`, due: START + (i + 1) * HOUR }));

function Many() {
  return (
    <>
      {hundreds.map(({ id, due }) => (
        <Countdown key={id} id={id} due={due} />
      ))}
    </>
  );
}

describe("given 200 mounted countdowns", () => {
  it("uses exactly one timer for all of them", () => {
    render(<Many />);
    expect(clockSubscriberCount()).toBe(200);
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(10 * MINUTE));
    expect(vi.getTimerCount()).toBe(1);
    expect(screen.getByTestId("c0")).toHaveTextContent("50 minutes");
  });

  it("uses no timer once they are all unmounted", () => {
    const { unmount } = render(<Many />);
    unmount();
    expect(clockSubscriberCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("uses zero timers while the document is hidden, and re-syncs when it is shown again", () => {
    render(<Many />);
    setVisibility("hidden");
    expect(vi.getTimerCount()).toBe(0);
    expect(clockIsRunning()).toBe(false);
    const before = renders.c0;
    act(() => vi.advanceTimersByTime(30 * MINUTE));
    expect(renders.c0).toBe(before);
    expect(screen.getByTestId("c0")).toHaveTextContent("1 hour");

    setVisibility("visible");
    expect(screen.getByTestId("c0")).toHaveTextContent("30 minutes");
    expect(vi.getTimerCount()).toBe(1);
  });

  it("does not start a timer for a countdown mounted while the document is hidden", () => {
    setVisibility("hidden");
    render(<Many />);
    expect(vi.getTimerCount()).toBe(0);
    setVisibility("visible");
    expect(vi.getTimerCount()).toBe(1);
  });
});

const soonAndFar = [
  ...Array.from({ length: 100 }, (_, i) => ({ id: `soon${i}`, due: START + HOUR + (i + 5) * MINUTE })),
  ...Array.from({ length: 100 }, (_, i) => ({ id: `far${i}`, due: START + (i + 2) * DAY + 30 * MINUTE })),
];

function Pair() {
  const [withSeconds, setWithSeconds] = useState(true);
  return (
    <>
      <Countdown id="minutes" due={START + HOUR} />
      {withSeconds ? <Countdown id="seconds" due={START + HOUR} granularityMs={1000} /> : null}
      <button type="button" onClick={() => setWithSeconds(false)}>
        drop seconds
      </button>
    </>
  );
}

function Pausable() {
  const [enabled, setEnabled] = useState(true);
  const [, force] = useState(0);
  const now = useClockSelector((n) => (n === null ? "unknown" : new Date(n).toISOString()), 1000, enabled);
  return (
    <>
      <output>{now}</output>
      <button type="button" onClick={() => setEnabled((e) => !e)}>
        toggle
      </button>
      <button type="button" onClick={() => force((n) => n + 1)}>
        re-render
      </button>
    </>
  );
}

describe("given countdowns whose text changes at different rates", () => {
  it("re-renders on a tick only those whose text changed", () => {
    // 100 due within a day ("1 hour 4 minutes": changes every minute),
    // 100 due in days ("2 days": changes once a day at most). Start 20 s into a minute.
    vi.setSystemTime(START + 20_000);
    render(soonAndFar.map(({ id, due }) => <Countdown key={id} id={id} due={due} />));
    const after = () => ({ ...renders });
    const before = after();
    expect(screen.getByTestId("soon0")).toHaveTextContent("1 hour 4 minutes");
    act(() => vi.advanceTimersByTime(40_001));
    const now = after();
    const rerendered = Object.keys(now).filter((id) => now[id] !== before[id]);
    expect(rerendered).toHaveLength(100);
    expect(rerendered.every((id) => id.startsWith("soon"))).toBe(true);
    expect(screen.getByTestId("soon0")).toHaveTextContent("1 hour 3 minutes");
    expect(screen.getByTestId("far0")).toHaveTextContent("2 days");
  });

  it("flips a minute countdown exactly at the minute boundary, not up to a minute late", () => {
    vi.setSystemTime(START + 30_000);
    render(<Countdown id="a" due={START + 10 * MINUTE} />);
    expect(screen.getByTestId("a")).toHaveTextContent("9 minutes");
    act(() => vi.advanceTimersByTime(29_999));
    expect(screen.getByTestId("a")).toHaveTextContent("9 minutes");
    act(() => vi.advanceTimersByTime(2));
    expect(screen.getByTestId("a")).toHaveTextContent("8 minutes");
  });

  it("does not postpone a late tick when another reader of the same granularity mounts", () => {
    render(<Countdown id="a" due={START + 10 * MINUTE} />);
    // The minute boundary has passed but the timer has not fired yet (a busy page); a new reader mounts.
    act(() => vi.advanceTimersByTime(MINUTE));
    vi.setSystemTime(START + MINUTE + 2);
    render(<Countdown id="b" due={START + 10 * MINUTE} />);
    expect(screen.getByTestId("a")).toHaveTextContent("10 minutes");
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByTestId("a")).toHaveTextContent("8 minutes");
    expect(vi.getTimerCount()).toBe(1);
  });

  it("ticks every second only while a seconds reader is mounted", () => {
    const listenerCalls = () => renders.seconds ?? 0;
    vi.setSystemTime(START + 10_000);
    render(<Pair />);
    // The seconds reader's text changes only each minute, but the timer now fires every second.
    let wakeUps = 0;
    const spy = vi.spyOn(Date, "now");
    act(() => vi.advanceTimersByTime(5_000));
    wakeUps = spy.mock.calls.length;
    expect(wakeUps).toBeGreaterThanOrEqual(5);
    expect(listenerCalls()).toBe(1);

    act(() => screen.getByRole("button", { name: "drop seconds" }).click());
    expect(clockSubscriberCount()).toBe(1);
    spy.mockClear();
    act(() => vi.advanceTimersByTime(30_000));
    // Minute granularity: no wake-up inside the minute.
    expect(spy.mock.calls.length).toBe(0);
    spy.mockRestore();
    expect(vi.getTimerCount()).toBe(1);
  });
});

describe("given the server", () => {
  it("renders a null snapshot without a provider, whatever the server's clock says", () => {
    const html = renderToString(<NowProbe />);
    expect(html).toContain("unknown");
    expect(clockSubscriberCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("renders the frozen instant of a ClockProvider now", () => {
    const html = renderToString(
      <ClockProvider now="2025-07-18T17:35:00Z">
        <NowProbe />
      </ClockProvider>,
    );
    expect(html).toContain("2025-07-18T17:35:00.000Z");
  });

  it("renders ClockProvider serverNow, quantised to the granularity", () => {
    const html = renderToString(
      <ClockProvider serverNow={Date.UTC(2025, 6, 1, 8, 30, 42)}>
        <NowProbe />
      </ClockProvider>,
    );
    expect(html).toContain("2025-07-01T08:30:00.000Z");
  });
});

describe("given a ClockProvider", () => {
  it("freezes time when given now, with no timer at all", () => {
    render(
      <ClockProvider now={new Date("2025-05-27T21:00:00Z")}>
        <NowProbe />
        <Countdown id="frozen" due={Date.UTC(2025, 4, 27, 23, 59)} />
      </ClockProvider>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("2025-05-27T21:00:00.000Z");
    expect(screen.getByTestId("frozen")).toHaveTextContent("2 hours 59 minutes");
    expect(vi.getTimerCount()).toBe(0);
    act(() => vi.advanceTimersByTime(DAY));
    expect(screen.getByTestId("frozen")).toHaveTextContent("2 hours 59 minutes");
  });

  it("shifts the live clock by offsetMs", () => {
    render(
      <ClockProvider offsetMs={2 * DAY}>
        <NowProbe />
      </ClockProvider>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("2025-05-22T12:00:00.000Z");
    act(() => vi.advanceTimersByTime(MINUTE + 1));
    expect(screen.getByRole("status")).toHaveTextContent("2025-05-22T12:01:00.000Z");
  });

  it("accepts an ISO string, epoch ms and a Date for now", () => {
    for (const now of [
      "2025-07-18T17:35:00Z",
      Date.UTC(2025, 6, 18, 17, 35),
      new Date(Date.UTC(2025, 6, 18, 17, 35)),
    ]) {
      const { unmount } = render(
        <ClockProvider now={now}>
          <NowProbe />
        </ClockProvider>,
      );
      expect(screen.getByRole("status")).toHaveTextContent("2025-07-18T17:35:00.000Z");
      unmount();
    }
  });

  it("hydrates serverNow without a mismatch, then hands over to the live clock", async () => {
    const element = (
      <ClockProvider serverNow="2025-05-20T08:00:00Z">
        <NowProbe />
      </ClockProvider>
    );
    const html = renderToString(element);
    expect(html).toContain("2025-05-20T08:00:00.000Z");
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args) => {
      errors.push(args.map(String).join(" "));
    });
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, element, { onRecoverableError: (e) => errors.push(String(e)) });
    });
    spy.mockRestore();
    expect(errors).toEqual([]);
    expect(container).toHaveTextContent("2025-05-20T12:00:00.000Z");
    act(() => root?.unmount());
    container.remove();
  });
});

describe("given a reader that is disabled", () => {
  it("keeps the last value it showed, even when re-rendered, and resumes live when enabled", () => {
    render(
      <>
        <Pausable />
        <NowProbe granularityMs={1000} />
      </>,
    );
    act(() => screen.getByRole("button", { name: "toggle" }).click());
    const held = screen.getAllByRole("status")[0]?.textContent;
    act(() => vi.advanceTimersByTime(5_001));
    act(() => screen.getByRole("button", { name: "re-render" }).click());
    expect(screen.getAllByRole("status")[0]).toHaveTextContent(held ?? "");
    expect(screen.getAllByRole("status")[1]).not.toHaveTextContent(held ?? "");
    act(() => screen.getByRole("button", { name: "toggle" }).click());
    expect(screen.getAllByRole("status")[0]).toHaveTextContent("2025-05-20T12:00:05.001Z");
  });
});

describe("clockNow", () => {
  it("reads the system clock fresh when nothing is subscribed", () => {
    expect(clockNow()).toBe(START);
    vi.setSystemTime(START + 5 * MINUTE);
    expect(clockNow()).toBe(START + 5 * MINUTE);
  });

  it("gives every reader of one tick the same instant while the clock runs", () => {
    render(<NowProbe />);
    vi.setSystemTime(START + 10_000); // moves Date without firing the timer
    expect(clockNow()).toBe(START);
  });
});
