import { describe, expect, it } from "vitest";
import { loadEdition } from "../test/content";
import { renderOnServerThenHydrate } from "../test/ssr";
import { Sponsors } from "./sponsors";

describe("server render, then hydration in another zone an hour later", () => {
  it("hydrates the ES-FoMo 2023 sponsors without errors, logo attributes in the server HTML", async () => {
    const { html, errors, container, unmount } = await renderOnServerThenHydrate(
      <Sponsors sponsors={loadEdition(2023).sponsors} />,
    );
    expect(errors).toEqual([]);
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('decoding="async"');
    expect(container.querySelector("a")).toHaveTextContent("Together");
    unmount();
  });
});
