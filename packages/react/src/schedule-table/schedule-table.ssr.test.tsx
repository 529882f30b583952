import { assertEdition, parseEdition, type Session } from "@workshop-kit/types";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClockProvider } from "../clock/clock";
import { content } from "../test/content";
import { renderOnServerThenHydrate } from "../test/ssr";
import { TimeZoneProvider } from "../time-zone/time-zone";
import { syntheticProgramme } from "./schedule-fixtures";
import { ScheduleTable } from "./schedule-table";

describe("given the ES-FoMo 2025 programme rendered on a UTC server and hydrated in Auckland an hour later", () => {
  it("hydrates without errors", async () => {
    const { errors, unmount } = await renderOnServerThenHydrate(
      <ScheduleTable edition={content.edition2025} speakerHref={(id) => `#speaker-${id}`} filters={["kind"]} />,
    );
    expect(errors).toEqual([]);
    unmount();
  });

  it("renders the event's times and zone on the server, and nothing of the live state", async () => {
    const { html, unmount } = await renderOnServerThenHydrate(<ScheduleTable edition={content.edition2025} />);
    expect(html).toContain("All times PT (UTC−7)");
    expect(html).toMatch(/<time dateTime="2025-07-18T15:30:00.000Z">8:30 AM<\/time>/);
    expect(html).not.toContain("data-state");
    expect(html).not.toContain("Now: ");
    // The calendar menu holds its row on the server, invisible until it works: nothing shifts, nothing is dead.
    expect(html).toMatch(/<details data-slot="calendar-menu" data-pending="" inert=""><summary>Add to calendar/);
    expect(html).not.toMatch(/\sstyle="/); // nothing for a strict CSP to block
    expect(html).not.toContain("<button");
    // The zone switch's place is held (invisible, inert), a row last in the toolbar, with the switch's two lines: a
    // reader in another zone sees the switch appear there, a reader in the event's zone a note, and nothing moves.
    expect(html).toContain(
      '<div data-slot="time-zone"><span class="wk-time-zone-place"><span class="wk-time-zone-toggle" data-pending="" inert="">' +
        '<span data-slot="label">Show times in my time zone <span class="wk-toggle-state" aria-hidden="true">Off</span>' +
        '</span> <span data-slot="zone">(Pacific Time, PT (UTC−7))</span></span></span></div></div>',
    );
    unmount();
  });

  it("marks the live session and offers the zone switch and calendar once hydrated", async () => {
    // Client clock: 16:00Z = 9:00 AM PT, during the first invited talk (8:40–9:10).
    const { container, errors, unmount } = await renderOnServerThenHydrate(
      <ScheduleTable edition={content.edition2025} />,
    );
    expect(errors).toEqual([]);
    const live = container.querySelectorAll('[data-state="live"]');
    expect(live).toHaveLength(1);
    expect(live[0]).toHaveTextContent("8:40 AM – 9:10 AM");
    expect(container.querySelector('[data-slot="status"]')).toHaveTextContent("Now");
    expect(container.querySelector('button[aria-pressed="false"]')).toHaveTextContent(/New Zealand Time/);
    // One button per session that has a description (inside it), none on breaks and meals; one programme menu.
    const described = content.edition2025.sessions.filter((s) => s.description.length && s.kind !== "break");
    expect(container.querySelectorAll('button[data-slot="calendar"]').length).toBe(described.length);
    expect(container.querySelector('details[data-slot="calendar-menu"]')).not.toHaveAttribute("data-pending");
    expect(container.querySelector('details[data-slot="calendar-menu"]')).not.toHaveAttribute("inert");
    expect(container.querySelector('button[data-slot="calendar-all"]')).toBeInTheDocument();
    unmount();
  });
});

describe("given other programmes on the server", () => {
  it("hydrates a 3-day, 8-room grid without errors", async () => {
    const { errors, html, unmount } = await renderOnServerThenHydrate(
      <ScheduleTable edition={assertEdition(syntheticProgramme())} />,
    );
    expect(errors).toEqual([]);
    expect(html.match(/<table/g)).toHaveLength(3);
    unmount();
  });

  it("hydrates the 2023 and 2024 programmes without errors", async () => {
    for (const edition of [content.edition2023, content.edition2024]) {
      const { errors, unmount } = await renderOnServerThenHydrate(<ScheduleTable edition={edition} />);
      expect(errors).toEqual([]);
      unmount();
    }
  });

  it("hydrates with a reader's zone chosen on the page without errors (the event zone until hydrated)", async () => {
    const { errors, html, container, unmount } = await renderOnServerThenHydrate(
      <TimeZoneProvider defaultTimeZone="reader" readerTimeZone="Asia/Kolkata">
        <ScheduleTable edition={content.edition2025} />
      </TimeZoneProvider>,
    );
    expect(errors).toEqual([]);
    expect(html).toContain("All times PT (UTC−7)");
    expect(container.querySelector("caption")).toHaveTextContent("All times UTC+5:30");
    unmount();
  });
});

describe("given readers an odd offset away, with two programmes sharing the page's zone choice", () => {
  const rooms = assertEdition(syntheticProgramme({ sessions: 30, days: 1, rooms: 3, seed: 7 }));

  for (const [zone, label, firstRow] of [
    ["Asia/Kathmandu", "UTC+5:45", "9:15 PM"],
    ["Pacific/Chatham", "UTC+12:45", "4:15 AM"],
  ] as const) {
    it(`hydrates in ${zone} without errors, then shows both in the reader's zone`, async () => {
      // No readerTimeZone override: the client's own zone (process TZ) is the reader's.
      const { errors, html, container, unmount } = await renderOnServerThenHydrate(
        <TimeZoneProvider defaultTimeZone="reader">
          <ScheduleTable edition={content.edition2025} filters={["kind"]} />
          <ScheduleTable edition={rooms} />
        </TimeZoneProvider>,
        { clientTimeZone: zone },
      );
      expect(errors).toEqual([]);
      // The server knows no reader: the event's zone, in both.
      expect(html.match(/All times PT \(UTC−7\)/g)).toHaveLength(2);
      expect(html).not.toContain("day-shift");
      // Every day in the reader's zone (a day that spans the reader's midnight is two days there).
      const captions = [...container.querySelectorAll("caption")].map((c) => c.textContent);
      for (const c of captions) expect(c).toMatch(new RegExp(`All times ${label.replace("+", "\\+")}$`));
      const tables = [...container.querySelectorAll("table")];
      const list = tables[0];
      const grid = tables.find((t) => t.getAttribute("data-layout") === "grid");
      expect(list?.querySelector("th[scope=row]")).toHaveTextContent(firstRow);
      // The grid's slot headers follow the same zone and day shift as its cells.
      expect(grid?.getAttribute("data-layout")).toBe("grid");
      expect(grid?.querySelector("th[scope=row]")).toHaveTextContent(firstRow);
      unmount();
    });
  }
});

describe("given the same edition rendered for request after request", () => {
  // Day bodies are kept between server renders; whatever they depend on must still show.
  const render = (element: ReactElement) => renderToString(element);

  it("renders the same HTML the second time", () => {
    const first = render(<ScheduleTable edition={content.edition2025} />);
    expect(render(<ScheduleTable edition={content.edition2025} />)).toBe(first);
  });

  it("follows the speaker links, zone and locale of each render", () => {
    const e = content.edition2025;
    const id = e.sessions.flatMap((s) => s.speakerIds)[0] as string;
    expect(render(<ScheduleTable edition={e} />)).not.toContain(`href="#speaker-${id}"`);
    expect(render(<ScheduleTable edition={e} speakerHref={(p) => `#speaker-${p}`} />)).toContain(
      `href="#speaker-${id}"`,
    );
    expect(render(<ScheduleTable edition={e} speakerHref={(p) => `#card-${p}`} />)).toContain(`href="#card-${id}"`);
    expect(render(<ScheduleTable edition={e} timeZone="Asia/Tokyo" />)).toContain("12:30 AM");
    expect(
      render(
        <TimeZoneProvider locale="de-DE">
          <ScheduleTable edition={e} />
        </TimeZoneProvider>,
      ),
    ).toContain(">8:30</time>");
  });

  it("shows the people of the edition passed, even with the same sessions array", () => {
    const e = content.edition2025;
    const renamed = { ...e, people: e.people.map((p) => ({ ...p, name: `Dr ${p.name}` })) };
    render(<ScheduleTable edition={e} />);
    expect(render(<ScheduleTable edition={renamed} />)).toContain(`Dr ${e.people[0]?.name}`);
  });

  it("shows the live state of a frozen clock rather than a kept body", () => {
    render(<ScheduleTable edition={content.edition2025} />);
    const html = render(
      <ClockProvider now={Date.parse("2025-07-18T16:00:00Z")}>
        <ScheduleTable edition={content.edition2025} />
      </ClockProvider>,
    );
    expect(html).toContain('data-state="live"');
  });
});

describe("given a host that changes the sessions array in place (against the advice)", () => {
  it("notices sessions added, removed or replaced at the ends", () => {
    const e = parseEdition(syntheticProgramme({ sessions: 30, rooms: 1, days: 1 }));
    if (!e.ok) throw new Error("fixture does not validate");
    const sessions = [...e.edition.sessions];
    const edition = { ...e.edition, sessions };
    const render = () => renderToString(<ScheduleTable edition={edition} />);
    const extra = { ...(sessions[0] as Session), id: "late-addition", title: "A late addition" };
    expect(render()).not.toContain("A late addition");
    sessions.push(extra);
    expect(render()).toContain("A late addition");
    sessions.pop();
    expect(render()).not.toContain("A late addition");
    const last = sessions[sessions.length - 1] as Session;
    sessions[sessions.length - 1] = { ...last, title: "Renamed closing" };
    expect(render()).toContain("Renamed closing");
  });
});
