import { render } from "@testing-library/react";
import type { Edition } from "@workshop-kit/types";
import { editionJsonLd } from "@workshop-kit/types/interop";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe";
import { loadEdition } from "../test/content";
import { EditionJsonLd } from "./edition-json-ld";

const HOSTILE = "</script><script>alert(1)</script> <!-- & \u2028\u2029 done";

/** ES-FoMo 2025 with a title and a session title that try to end the script element. */
function hostileEdition(): Edition {
  const e = loadEdition(2025);
  return {
    ...e,
    name: HOSTILE,
    sessions: e.sessions.map((s, i) => (i === 0 ? { ...s, title: `<b>${HOSTILE}</b>` } : s)),
  };
}

const scripts = (container: Element) => [...container.querySelectorAll("script")];

describe("given the ES-FoMo 2025 edition", () => {
  it("renders one <script type=application/ld+json> whose text parses to editionJsonLd's document", () => {
    const edition = loadEdition(2025);
    const { container } = render(<EditionJsonLd edition={edition} />);
    const [script, ...others] = scripts(container);
    expect(others).toEqual([]);
    expect(script?.type).toBe("application/ld+json");
    expect(JSON.parse(script?.textContent ?? "")).toEqual(JSON.parse(JSON.stringify(editionJsonLd(edition))));
  });

  it("leaves the sessions' descriptions out with sessionDescriptions={false} (the schedule on the page shows them)", () => {
    const e = loadEdition(2025);
    const edition = { ...e, sessions: e.sessions.map((s) => ({ ...s, description: ["What the talk is about."] })) };
    expect(editionJsonLd(edition).subEvent?.[0]?.description).toBe("What the talk is about.");
    const { container } = render(<EditionJsonLd edition={edition} sessionDescriptions={false} />);
    const ld = JSON.parse(scripts(container)[0]?.textContent ?? "");
    expect(ld).toEqual(JSON.parse(JSON.stringify(editionJsonLd(edition, { sessionDescriptions: false }))));
    expect(ld.subEvent.length).toBe(edition.sessions.length);
    expect(ld.subEvent.some((e: { description?: string }) => e.description)).toBe(false);
  });

  it("passes other props to the script and adds nothing a reader or axe would meet", async () => {
    const { container } = render(<EditionJsonLd edition={loadEdition(2025)} id="event-ld" nonce="abc" />);
    expect(container.querySelector("script#event-ld")?.getAttribute("nonce")).toBe("abc");
    await expectNoAxeViolations(container);
  });
});

describe("given titles that try to break out of the script", () => {
  it("keeps them inside one script as data: same document, no second script, no raw < > & or U+2028", () => {
    const edition = hostileEdition();
    const { container } = render(<EditionJsonLd edition={edition} />);
    const [script, ...others] = scripts(container);
    expect(others).toEqual([]);
    const text = script?.textContent ?? "";
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    const parsed = JSON.parse(text);
    expect(parsed.name).toBe(HOSTILE);
    expect(parsed.subEvent[0].name).toBe(`<b>${HOSTILE}</b>`);
    // Re-parsed as HTML (what a crawler reading the page source does), it is still one script with the same JSON.
    const page = new DOMParser().parseFromString(`<head>${container.innerHTML}</head>`, "text/html");
    expect(page.querySelectorAll("script")).toHaveLength(1);
    expect(JSON.parse(page.querySelector("script")?.textContent ?? "")).toEqual(parsed);
  });
});
