import type { Meta, StoryObj } from "@storybook/react-vite";
import { Sponsors } from "@workshop-kit/react";
import type { Sponsor } from "@workshop-kit/types";
import { expect, waitFor, within } from "storybook/test";
import squareLogo from "./assets/sponsor-square.svg?no-inline";
import wideLogo from "./assets/sponsor-wide.svg?no-inline";
import { edition2023 } from "./content";

// Local files, so the logos load offline. Not inlined (Vite would make small files data: URLs, which the safe-URL
// rule refuses, as it should), and made absolute, because a logo's src must be an http(s) URL.
const asset = (path: string) => new URL(path, globalThis.location.href).href;

/**
 * Made-up sponsors (ES-FoMo's real content has one sponsor, Together, in 2023): three tiers, logos of two shapes,
 * one sponsor without a logo and one without a link.
 */
const tiered: Sponsor[] = [
  {
    name: "Example Labs",
    href: "https://example.org/labs",
    logo: { src: asset(wideLogo), alt: "Example Labs", width: 240, height: 64 },
    tier: "Platinum",
  },
  {
    name: "Triangle Compute",
    href: "https://example.org/triangle",
    logo: { src: asset(squareLogo), alt: "Triangle Compute", width: 96, height: 96 },
    tier: "Gold",
  },
  { name: "Open Weights Foundation", href: "https://example.org/owf", logo: null, tier: "Gold" },
  { name: "A University Department Without A Website", href: null, logo: null, tier: "Supporters" },
];

const meta = {
  title: "Components/Sponsors",
  component: Sponsors,
  tags: ["autodocs"],
  args: { sponsors: edition2023.sponsors, headingLevel: 3, showNames: true },
  parameters: {
    docs: {
      description: {
        component:
          "An edition's sponsors grouped by tier, in the organiser's order: each a readable name with an optional logo (intrinsic size, lazy) and link. Server-safe: no client JavaScript. Links and logo URLs pass the safe-URL rule.",
      },
    },
  },
} satisfies Meta<typeof Sponsors>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Every prop as a control; ES-FoMo 2023's sponsor (its remote logo does not load offline: the name stays). */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Awards and happy hour" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Together" })).toHaveAttribute("href", "https://together.ai");
  },
};

/** Three tiers in the organiser's order, logos of two shapes, a sponsor without a logo and one without a link. */
export const Tiers: Story = {
  args: { sponsors: tiered },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const headings = canvas.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    await expect(headings).toEqual(["Platinum", "Gold", "Supporters"]);
    const logo = canvas.getByRole("link", { name: "Example Labs" }).querySelector("img");
    await expect(logo).toHaveAttribute("width", "240");
    // A lazy logo below the fold (375 px test pass) loads only once scrolled to.
    logo?.scrollIntoView();
    await waitFor(() => expect(logo?.naturalWidth).toBeGreaterThan(0));
    await expect(canvas.getByText("A University Department Without A Website").closest("a")).toBeNull();
  },
};

/** Logos only: each name is the logo's alternative text (a sponsor without a logo keeps its name). */
export const LogosOnly: Story = {
  args: { sponsors: tiered, showNames: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("link", { name: "Example Labs" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Open Weights Foundation" })).toBeVisible();
  },
};

/** The host puts a tier first; the others follow in data order. */
export const TierOrder: Story = { args: { sponsors: tiered, tiers: ["Supporters"] } };

/** No sponsors yet, with the host's message (without one, nothing renders). */
export const Empty: Story = { args: { sponsors: [], emptyMessage: "Sponsors to be announced." } };
