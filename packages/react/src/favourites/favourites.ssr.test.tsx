import { waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ScheduleTable } from "../schedule-table/schedule-table";
import { content } from "../test/content";
import { findLiveSearchbox } from "../test/live";
import { renderOnServerThenHydrate } from "../test/ssr";
import { FavouriteToggle } from "./favourite-toggle";
import { favouritesNamespace, favouritesStore } from "./favourites-store";
import { MyAgenda } from "./my-agenda";

describe("given favourites stored in the browser, the ES-FoMo 2025 programme rendered on a server and hydrated", () => {
  it("renders no star and no agenda on the server, then shows the stored stars with no hydration warning", async () => {
    const edition = content.edition2025;
    favouritesStore(favouritesNamespace(edition)).add(["talk-lupesko"]);
    const { html, container, errors, unmount } = await renderOnServerThenHydrate(
      <>
        <ScheduleTable edition={edition} favourites search />
        <FavouriteToggle edition={edition} itemId="talk-liang" label="TorchTitan" />
        <MyAgenda edition={edition} />
      </>,
    );
    expect(errors).toEqual([]);
    // The schedule's attendee tools come in a chunk loaded after hydration.
    // Held in place (inert) until then.
    expect(html).toMatch(/<label data-slot="search" data-pending="" inert="">/);
    // So are the stars (one per session but breaks and meals) and the count: nothing moves when the tools arrive.
    const starrable = edition.sessions.filter((s) => s.kind !== "break" && s.kind !== "meal").length;
    expect(html.split('<span class="wk-favourite" data-pending="" aria-hidden="true"></span>').length - 1).toBe(
      starrable,
    );
    expect(html).toMatch(/<p data-slot="filter-status" role="status">18 sessions<\/p>/);
    await findLiveSearchbox();
    // The server knows nothing of this browser: no star, no agenda, no "nothing starred" to flash away.
    expect(html).not.toContain("Star:");
    expect(html).not.toContain("Nothing starred");
    expect(html).toContain('data-state="pending"');
    // The schedule's stars reach its rows in a deferred render, after the tools.
    const pressed = () => [...container.querySelectorAll('button[aria-pressed="true"].wk-favourite')];
    await waitFor(() =>
      expect(pressed().map((b) => b.getAttribute("aria-label"))).toEqual([
        "Star: Zero to 50 ExaFLOPS in under a year - lessons from the trenches",
        "Star: Zero to 50 ExaFLOPS in under a year - lessons from the trenches",
      ]),
    );
    expect(container.querySelector('input[type="search"]')).not.toBeNull();
    expect(container.querySelector(".wk-my-agenda li")).toHaveTextContent("Zero to 50 ExaFLOPS");
    unmount();
  });
});
