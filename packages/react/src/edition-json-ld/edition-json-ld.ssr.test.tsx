import type { Edition } from "@workshop-kit/types";
import { editionJsonLd } from "@workshop-kit/types/interop";
import { describe, expect, it } from "vitest";
import { loadEdition } from "../test/content";
import { renderOnServerThenHydrate } from "../test/ssr";
import { EditionJsonLd } from "./edition-json-ld";

const HOSTILE = "</script><script>alert(1)</script> \u2028";

describe("server render, then hydration in another zone an hour later (React 19)", () => {
  it("writes the JSON-LD into the server HTML as valid JSON, and hydrates without errors", async () => {
    const edition = loadEdition(2025);
    const { html, errors, container, unmount } = await renderOnServerThenHydrate(<EditionJsonLd edition={edition} />);
    expect(errors).toEqual([]);
    // The server HTML itself carries the JSON: what a crawler that runs no JavaScript reads.
    const served = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? "";
    expect(served).not.toContain("&quot;");
    const expected = JSON.parse(JSON.stringify(editionJsonLd(edition)));
    expect(JSON.parse(served)).toEqual(expected);
    expect(JSON.parse(container.querySelector("script")?.textContent ?? "")).toEqual(expected);
    unmount();
  });

  it("keeps a hostile title inside the one script on the server and after hydration", async () => {
    const edition: Edition = { ...loadEdition(2025), name: HOSTILE };
    const { html, errors, container, unmount } = await renderOnServerThenHydrate(<EditionJsonLd edition={edition} />);
    expect(errors).toEqual([]);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain("</script><script>");
    const scripts = container.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]?.textContent ?? "").name).toBe(HOSTILE);
    unmount();
  });
});
