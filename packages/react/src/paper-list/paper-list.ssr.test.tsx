import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderOnServerThenHydrate } from "../test/ssr";
import { edition } from "./fixtures";
import { PaperList } from "./paper-list";

describe("server render, then hydration in another zone an hour later", () => {
  it("sends every paper in the HTML, hydrates without errors, then the held filter works", async () => {
    const { html, errors, container, unmount } = await renderOnServerThenHydrate(<PaperList edition={edition} />);
    expect(errors).toEqual([]);
    expect(html).toContain('id="paper-fast-attention"');
    expect(html).toContain("Quantised KV Caches");
    expect(html).toMatch(/role="search" data-slot="toolbar" data-pending="" inert=""/);
    const search = container.querySelector('[role="search"]');
    expect(search).not.toHaveAttribute("data-pending");
    expect(search).not.toHaveAttribute("inert");
    expect(screen.getByRole("searchbox", { name: "Search papers" })).toBeEnabled();
    expect(screen.getByRole("status")).toHaveTextContent(/papers/);
    unmount();
  });
});
