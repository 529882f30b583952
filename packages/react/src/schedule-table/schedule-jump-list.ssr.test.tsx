import { assertEdition } from "@workshop-kit/types";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderOnServerThenHydrate } from "../test/ssr";
import { syntheticProgramme } from "./schedule-fixtures";
import { ScheduleTable } from "./schedule-table";

const threeDays = assertEdition(syntheticProgramme({ sessions: 60, days: 3, rooms: 2 }));

describe("server render, then hydration in another zone an hour later", () => {
  it("writes the jump list and the day anchors on the server and hydrates them without errors", async () => {
    const { html, errors, container, unmount } = await renderOnServerThenHydrate(
      <ScheduleTable edition={threeDays} jumpList />,
    );
    expect(errors).toEqual([]);
    expect(html).toContain('href="#wk-day-2025-07-19"');
    expect(html).toContain('id="wk-day-2025-07-19"');
    expect(container.querySelectorAll("nav a")).toHaveLength(3);
    unmount();
  });
});

describe("which days the stylesheet may skip while off screen (content-visibility, by data-size)", () => {
  it("marks only long days: a short day is always rendered, so a deep link below it lands where it points", () => {
    const short = renderToString(<ScheduleTable edition={threeDays} />);
    expect(short).not.toContain("data-size");
    const long = renderToString(
      <ScheduleTable edition={assertEdition(syntheticProgramme({ sessions: 300, days: 2, rooms: 1 }))} />,
    );
    expect(long.match(/data-size="x?l"/g)).toHaveLength(2);
  });
});
