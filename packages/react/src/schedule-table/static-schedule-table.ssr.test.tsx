import { assertEdition } from "@workshop-kit/types";
import { isValidElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClockProvider } from "../clock/clock";
import { content } from "../test/content";
import { renderOnServerThenHydrate } from "../test/ssr";
import { TimeZoneProvider } from "../time-zone/time-zone";
import { syntheticProgramme } from "./schedule-fixtures";
import { ScheduleTable } from "./schedule-table";
import { StaticScheduleTable } from "./static-schedule-table";

const editions = () =>
  [
    ["2023", content.edition2023],
    ["2024", content.edition2024],
    ["2025", content.edition2025],
    ["3 days, 8 rooms", assertEdition(syntheticProgramme({ sessions: 120 }))],
  ] as const;

/**
 * ScheduleTable's server HTML without its toolbar: the toolbar holds the calendar menu's and the zone switch's places
 * (invisible until hydrated), which a static table, with no JavaScript to make them work, has no use for.
 */
function withoutToolbar(html: string): string {
  return html.replace(
    /<div data-slot="toolbar" data-hydrating="">.*?<\/details><span aria-live="polite" data-slot="calendar-notice"><\/span><div data-slot="time-zone"><span class="wk-time-zone-place"><span class="wk-time-zone-toggle" data-pending="" inert="">.*?<\/span><\/span><\/span><\/div><\/div>/,
    "",
  );
}

describe("given the same edition, StaticScheduleTable's HTML is ScheduleTable's server HTML but its toolbar", () => {
  it("with the defaults", () => {
    for (const [name, edition] of editions()) {
      expect(renderToString(<StaticScheduleTable edition={edition} />), name).toBe(
        withoutToolbar(renderToString(<ScheduleTable edition={edition} />)),
      );
    }
  });

  it("with speaker links, a heading level, a caption, a class and host props", () => {
    for (const [name, edition] of editions()) {
      const props = {
        edition,
        headingLevel: 2,
        caption: "Schedule",
        speakerHref: (id: string) => `#speaker-${id}`,
        className: "mine",
        id: "programme",
      } as const;
      expect(renderToString(<StaticScheduleTable {...props} />), name).toBe(
        withoutToolbar(renderToString(<ScheduleTable {...props} />)),
      );
    }
  });

  it("in another zone and locale", () => {
    const edition = content.edition2025;
    for (const zone of ["Asia/Tokyo", "UTC", "AoE", "Pacific/Honolulu"]) {
      const html = renderToString(<StaticScheduleTable edition={edition} timeZone={zone} locale="de-DE" />);
      expect(html, zone).toBe(
        withoutToolbar(
          renderToString(
            <TimeZoneProvider locale="de-DE">
              <ScheduleTable edition={edition} timeZone={zone} />
            </TimeZoneProvider>,
          ),
        ),
      );
    }
    const tokyo = renderToString(<StaticScheduleTable edition={edition} timeZone="Asia/Tokyo" />);
    expect(tokyo).toContain("Saturday, July 19, 2025");
    expect(tokyo).not.toContain('data-slot="day-shift"');
  });

  it("when the programme is empty", () => {
    const empty = { ...content.edition2025, sessions: [] };
    expect(renderToString(<StaticScheduleTable edition={empty} emptyMessage="Soon" />)).toBe(
      renderToString(<ScheduleTable edition={empty} emptyMessage="Soon" />),
    );
  });

  it("and ignores the clock and the page's zone choice, which only ScheduleTable follows", () => {
    const edition = content.edition2025;
    const plain = renderToString(<StaticScheduleTable edition={edition} />);
    const inContext = renderToString(
      <ClockProvider now={Date.parse("2025-07-18T16:00:00Z")}>
        <TimeZoneProvider defaultTimeZone="Asia/Tokyo">
          <StaticScheduleTable edition={edition} />
        </TimeZoneProvider>
      </ClockProvider>,
    );
    expect(inContext).toBe(plain);
    expect(plain).not.toContain("data-state");
    // …whereas ScheduleTable in the same context shows them: the comparison above could fail.
    const live = renderToString(
      <ClockProvider now={Date.parse("2025-07-18T16:00:00Z")}>
        <TimeZoneProvider defaultTimeZone="Asia/Tokyo">
          <ScheduleTable edition={edition} />
        </TimeZoneProvider>
      </ClockProvider>,
    );
    expect(live).toContain('data-state="live"');
    expect(live).toContain("All times UTC+9");
  });
});

describe("given a server component render", () => {
  it("calls no hook: the component runs as a plain function outside React", () => {
    // Outside a render React has no dispatcher: any hook would throw here.
    const element = StaticScheduleTable({ edition: content.edition2025 });
    expect(isValidElement(element)).toBe(true);
  });

  it("writes the same HTML whatever the host's zone", async () => {
    const element = <StaticScheduleTable edition={content.edition2025} />;
    const utc = await renderOnServerThenHydrate(element, { serverTimeZone: "UTC" });
    const auckland = await renderOnServerThenHydrate(element, { serverTimeZone: "Pacific/Auckland" });
    expect(auckland.html).toBe(utc.html);
    utc.unmount();
    auckland.unmount();
  });
});

describe("given a page with the static programme, rendered on a UTC server and hydrated in Auckland an hour later", () => {
  it("hydrates without errors", async () => {
    const { errors, html, unmount } = await renderOnServerThenHydrate(
      <main>
        <h2>Programme</h2>
        <StaticScheduleTable edition={content.edition2025} headingLevel={3} speakerHref={(id) => `#speaker-${id}`} />
      </main>,
    );
    expect(errors).toEqual([]);
    expect(html).toContain("All times PT (UTC−7)");
    unmount();
  });

  it("hydrates beside a live ScheduleTable and in another zone without errors", async () => {
    const { errors, container, unmount } = await renderOnServerThenHydrate(
      <TimeZoneProvider>
        <StaticScheduleTable edition={assertEdition(syntheticProgramme({ sessions: 60 }))} timeZone="Europe/Berlin" />
        <ScheduleTable edition={content.edition2025} />
      </TimeZoneProvider>,
    );
    expect(errors).toEqual([]);
    // The live table took over its part after hydration; the static one stays as the server wrote it.
    expect(container.querySelectorAll('[data-state="live"]')).toHaveLength(1);
    expect(container.querySelectorAll('[data-slot="toolbar"]')).toHaveLength(1);
    unmount();
  });
});
