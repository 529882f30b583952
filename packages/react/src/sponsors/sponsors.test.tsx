import { render, screen, within } from "@testing-library/react";
import type { Sponsor } from "@workshop-kit/types";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe";
import { loadEdition } from "../test/content";
import { Sponsors } from "./sponsors";

const logo = (src: string, alt: string, width: number | null = 240, height: number | null = 80) => ({
  src,
  alt,
  width,
  height,
});
const sponsor = (over: Partial<Sponsor> = {}): Sponsor => ({
  name: "Together AI",
  href: "https://together.ai",
  logo: logo("https://example.org/together.png", "Together AI"),
  tier: "Gold",
  ...over,
});

const mixed: Sponsor[] = [
  sponsor({ name: "Silver One", tier: "Silver", logo: null }),
  sponsor({ name: "Gold One", tier: "Gold", logo: logo("https://example.org/g1.svg", "Gold One wordmark") }),
  sponsor({ name: "Silver Two", tier: "Silver", href: null, logo: null }),
  sponsor({ name: "Gold Two", tier: "Gold", logo: null }),
];

describe("given sponsors in several tiers", () => {
  it("groups them by tier in the order the organiser wrote them, each tier under a heading", () => {
    render(<Sponsors sponsors={mixed} />);
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["Silver", "Gold"]);
    const lists = screen.getAllByRole("list");
    expect(
      within(lists[0] as HTMLElement)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Silver One", "Silver Two"]);
    expect(
      within(lists[1] as HTMLElement)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Gold One", "Gold Two"]);
  });

  it("puts the tiers the host names first, at the heading level it chooses", () => {
    render(<Sponsors sponsors={mixed} tiers={["Gold"]} headingLevel={4} />);
    expect(screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual(["Gold", "Silver"]);
  });

  it("lists sponsors without a tier without a heading", () => {
    render(<Sponsors sponsors={[sponsor({ tier: null })]} />);
    expect(screen.queryByRole("heading")).toBeNull();
    expect(screen.getByRole("link", { name: "Together AI" })).toHaveAttribute("href", "https://together.ai");
  });

  it("has no axe violations", async () => {
    const { container } = render(<Sponsors sponsors={mixed} />);
    await expectNoAxeViolations(container);
  });
});

describe("given a sponsor with a logo", () => {
  it("draws the logo at its intrinsic size, lazily, with the name as readable text", () => {
    render(<Sponsors sponsors={[sponsor()]} />);
    const link = screen.getByRole("link", { name: "Together AI" });
    const img = link.querySelector("img");
    expect(img).toHaveAttribute("src", "https://example.org/together.png");
    expect(img).toHaveAttribute("width", "240");
    expect(img).toHaveAttribute("height", "80");
    expect(img).toHaveAttribute("loading", "lazy");
    expect(img).toHaveAttribute("decoding", "async");
    // The alt text only repeats the printed name: decorative, so the name is read once.
    expect(img).toHaveAttribute("alt", "");
    expect(link).toHaveTextContent("Together AI");
  });

  it("keeps an alt text that says more than the name", () => {
    render(<Sponsors sponsors={[sponsor({ logo: logo("https://example.org/t.png", "Together AI logo: a T") })]} />);
    expect(screen.getByRole("img", { name: "Together AI logo: a T" })).toBeInTheDocument();
  });

  it("names the link by the logo's alt text when names are hidden", () => {
    render(<Sponsors sponsors={[sponsor()]} showNames={false} />);
    const link = screen.getByRole("link", { name: "Together AI" });
    expect(within(link).getByRole("img", { name: "Together AI" })).toBeInTheDocument();
    expect(link.querySelector('[data-slot="name"]')).toBeNull();
  });

  it("falls back to the name as alt text when the logo's alt is empty and names are hidden", () => {
    render(<Sponsors sponsors={[sponsor({ logo: logo("https://example.org/t.png", "") })]} showNames={false} />);
    expect(screen.getByRole("img", { name: "Together AI" })).toBeInTheDocument();
  });

  it("omits width and height it does not know", () => {
    render(<Sponsors sponsors={[sponsor({ logo: logo("https://example.org/t.png", "T", null, null) })]} />);
    const img = screen.getByRole("img", { name: "T" });
    expect(img).not.toHaveAttribute("width");
    expect(img).not.toHaveAttribute("height");
  });
});

describe("given unsafe URLs", () => {
  it("renders no link for a javascript: or data: href, and keeps the name", () => {
    render(
      <Sponsors
        sponsors={[
          // biome-ignore lint/suspicious/noExplicitAny: a hand-built model that skipped validation
          sponsor({ name: "Evil", href: "javascript:alert(1)" as any, logo: null }),
          sponsor({ name: "Data", href: "data:text/html,hi", logo: null }),
        ]}
      />,
    );
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("Evil")).toBeInTheDocument();
    expect(screen.getByText("Data")).toBeInTheDocument();
  });

  it("drops a logo whose src is not a safe URL, and shows the name instead", () => {
    const { container } = render(
      <Sponsors
        sponsors={[sponsor({ logo: logo("data:image/svg+xml,<svg onload=alert(1)>", "Logo") })]}
        showNames={false}
      />,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("link", { name: "Together AI" })).toBeInTheDocument();
  });
});

describe("given no sponsors", () => {
  it("renders nothing by default", () => {
    const { container } = render(<Sponsors sponsors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("shows the empty message the host gives", () => {
    render(<Sponsors sponsors={[]} emptyMessage="Sponsors to be announced." />);
    expect(screen.getByText("Sponsors to be announced.")).toBeInTheDocument();
  });
});

describe("given the ES-FoMo 2023 content", () => {
  it("shows Together under the organiser's tier name, linked", () => {
    render(<Sponsors sponsors={loadEdition(2023).sponsors} className="extra" data-testid="s" />);
    expect(screen.getByRole("heading", { name: "Awards and happy hour" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Together" })).toHaveAttribute("href", "https://together.ai");
    expect(screen.getByTestId("s")).toHaveClass("wk-sponsors", "extra");
  });
});
