import { act } from "react";
import { describe, expect, it } from "vitest";
import { loadEdition } from "../test/content";
import { renderOnServerThenHydrate } from "../test/ssr";
import { TimeZoneProvider } from "../time-zone/time-zone";
import { person, session } from "./fixtures";
import { avatarPalette } from "./initials";
import { SpeakerCard } from "./speaker-card";
import { SpeakerGrid } from "./speaker-grid";

const talks = [session("a", 16), session("b", 20, { title: "Panel" })];

describe("server render, then hydration in another zone an hour later", () => {
  it("hydrates a card with a photo, talks and a long bio without errors", async () => {
    const bio = ["x ".repeat(300).trim(), "Second paragraph."];
    const { html, errors, container, unmount } = await renderOnServerThenHydrate(
      <SpeakerCard person={person({ bio })} sessions={talks} />,
    );
    expect(errors).toEqual([]);
    expect(html).toContain('loading="lazy"');
    expect(html).toContain("<details>");
    expect(container.querySelector("time")).toHaveTextContent("9:00 AM PT (UTC−7)");
    unmount();
  });

  it("hydrates with the reader's zone chosen: event zone first, then the reader's", async () => {
    const { html, errors, container, unmount } = await renderOnServerThenHydrate(
      <TimeZoneProvider defaultTimeZone="reader" readerTimeZone="Pacific/Auckland">
        <SpeakerCard person={person()} sessions={talks} />
      </TimeZoneProvider>,
    );
    expect(errors).toEqual([]);
    expect(html).toContain("9:00 AM");
    // The talk is on the next day in Auckland: the card says which day, not a bare "+1 day".
    expect(container.querySelector("time")).toHaveTextContent(/^Sat, Jul 19, 4:00\sAM UTC\+12$/);
    unmount();
  });

  it("renders the same avatar colour on server and client", async () => {
    const { html, errors, container, unmount } = await renderOnServerThenHydrate(
      <SpeakerCard person={person({ photo: null, name: "Natalia Vassilieva" })} />,
    );
    expect(errors).toEqual([]);
    const palette = String(avatarPalette("Natalia Vassilieva"));
    expect(html).toContain(`data-palette="${palette}"`);
    const avatar = container.querySelector('[data-slot="avatar"]') as HTMLElement;
    expect(avatar).toHaveAttribute("data-palette", palette);
    unmount();
  });

  it("falls back to initials when the image had already failed before hydration", async () => {
    // Break every <img> the moment it is parsed from the server HTML, before React hydrates.
    const complete = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, "complete");
    const natural = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, "naturalWidth");
    Object.defineProperty(HTMLImageElement.prototype, "complete", { configurable: true, get: () => true });
    Object.defineProperty(HTMLImageElement.prototype, "naturalWidth", { configurable: true, get: () => 0 });
    try {
      const { errors, container, unmount } = await renderOnServerThenHydrate(<SpeakerCard person={person()} />);
      await act(async () => {});
      expect(errors).toEqual([]);
      expect(container.querySelector("img")).toBeNull();
      expect(container.querySelector('[data-slot="avatar"]')).toHaveTextContent("TD");
      unmount();
    } finally {
      if (complete) Object.defineProperty(HTMLImageElement.prototype, "complete", complete);
      if (natural) Object.defineProperty(HTMLImageElement.prototype, "naturalWidth", natural);
    }
  });

  it("hydrates the ES-FoMo 2025 grid, grouped by role, without errors", async () => {
    const edition = loadEdition(2025);
    const { errors, container, unmount } = await renderOnServerThenHydrate(
      <SpeakerGrid people={edition.people} edition={edition} groupBy="role" />,
    );
    expect(errors).toEqual([]);
    expect(container.querySelectorAll("article").length).toBe(edition.people.length);
    unmount();
  });
});
