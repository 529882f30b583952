import type { Meta, StoryObj } from "@storybook/react-vite";
import { EditionJsonLd } from "@workshop-kit/react";
import { type Edition, jsonLdScriptText } from "@workshop-kit/types";
import { editionJsonLd } from "@workshop-kit/types/interop";
import { expect } from "storybook/test";
import { edition2025 } from "./content";
import { editionArg } from "./fixtures";

const HOSTILE = "</script><script>alert(1)</script> <!-- & \u2028 ES-FoMo";

/** The component, and beside it (for people: the script itself is never shown) the JSON it carries. */
function WithPreview({ edition }: { edition: Edition }) {
  return (
    <figure>
      <EditionJsonLd edition={edition} />
      <figcaption>What search engines read (the script's JSON, formatted):</figcaption>
      <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {JSON.stringify(editionJsonLd(edition), null, 2)}
      </pre>
    </figure>
  );
}

/** The JSON-LD script in the canvas, and its parsed text. */
function readScript(canvasElement: HTMLElement) {
  const scripts = canvasElement.querySelectorAll('script[type="application/ld+json"]');
  return { count: scripts.length, json: JSON.parse(scripts[0]?.textContent ?? "") };
}

const meta = {
  title: "Companions/EditionJsonLd",
  component: EditionJsonLd,
  tags: ["autodocs"],
  args: { edition: edition2025 },
  argTypes: { edition: editionArg },
  render: (args) => <WithPreview edition={args.edition} />,
  parameters: {
    docs: {
      description: {
        component:
          'The edition as schema.org JSON-LD in a `<script type="application/ld+json">` for search engines: text from `jsonLdScriptText(editionJsonLd(edition))`, with `<`, `>`, `&`, U+2028 and U+2029 escaped so no title can end the script. Server-safe, no `dangerouslySetInnerHTML`. The script shows nothing; these stories print its JSON below it.',
      },
    },
  },
} satisfies Meta<typeof EditionJsonLd>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Pick an edition: the script's JSON follows. */
export const Playground: Story = {
  // sessionDescriptions: the 2025 sessions have no descriptions to leave out (2023's have).
  parameters: { controlsCheck: { skip: ["sessionDescriptions"] } },
  play: async ({ canvasElement }) => {
    const { count, json } = readScript(canvasElement);
    await expect(count).toBe(1);
    await expect(json).toEqual(JSON.parse(JSON.stringify(editionJsonLd(edition2025))));
  },
};

/**
 * A title that tries to end the script and start another: it stays data, in the component and in a plain HTML
 * template read by Chromium's own parser.
 */
export const HostileTitle: Story = {
  name: "A title that tries to break out",
  args: { edition: { ...edition2025, name: HOSTILE } },
  play: async ({ canvasElement }) => {
    const { count, json } = readScript(canvasElement);
    await expect(count).toBe(1);
    await expect(json.name).toBe(HOSTILE);
    // The serialiser's text pasted into a template, parsed by the browser as a page: still one script, same object.
    const ld = editionJsonLd({ ...edition2025, name: HOSTILE });
    const page = new DOMParser().parseFromString(
      `<!doctype html><head><script type="application/ld+json">${jsonLdScriptText(ld)}</script></head><body><p>after</p></body>`,
      "text/html",
    );
    await expect(page.querySelectorAll("script")).toHaveLength(1);
    await expect(JSON.parse(page.querySelector("script")?.textContent ?? "")).toEqual(JSON.parse(JSON.stringify(ld)));
    await expect(page.body.textContent).toBe("after");
  },
};
