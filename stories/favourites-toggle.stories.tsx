import type { Meta, StoryObj } from "@storybook/react-vite";
import { FavouriteToggle, favouritesNamespace, favouritesStore } from "@workshop-kit/react";
import { expect, userEvent, within } from "storybook/test";
import { edition2025 } from "./content";

const edition = { ...edition2025, shortName: "Story toggle" };

const meta = {
  title: "Companions/FavouriteToggle",
  component: FavouriteToggle,
  tags: ["autodocs"],
  args: { edition, itemId: "talk-lupesko", label: "Zero to 50 ExaFLOPS in under a year - lessons from the trenches" },
  loaders: [
    () => {
      favouritesStore(favouritesNamespace(edition)).replace([]);
      return {};
    },
  ],
  parameters: {
    docs: {
      guide: "favourites.md",
      description: {
        component:
          "The star: a toggle button named “Star: {label}” with `aria-pressed`, kept in this browser per edition and shared by every star on the page. For a paper in PaperList, star `paper:` followed by the paper's id.",
      },
    },
  },
} satisfies Meta<typeof FavouriteToggle>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A star and a second star for the same session elsewhere on the page: they stay in step. */
export const Playground: Story = {
  // The id only picks which stored favourite the toggle reads; nothing starred, it looks the same.
  parameters: { controlsCheck: { skip: ["itemId"] } },
  render: (args) => (
    <p>
      <FavouriteToggle {...args} /> {args.label} <FavouriteToggle {...args} label={`${args.label} (again)`} />
    </p>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const star = await canvas.findByRole("button", { name: /^Star: Zero to 50 .*trenches$/ });
    await expect(star).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(star);
    await expect(star).toHaveAttribute("aria-pressed", "true");
    await expect(canvas.getByRole("button", { name: /\(again\)$/ })).toHaveAttribute("aria-pressed", "true");
    await userEvent.click(star);
  },
};
