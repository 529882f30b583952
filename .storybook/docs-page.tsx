/**
 * The page every component gets (autodocs): what it is for, the Playground with its code, the full props table,
 * the other stories, then its guide — the user documentation from docs/, rendered here, so Storybook and docs/
 * are one source and cannot drift. A component's guide is docs/<kebab-name>.md, or `parameters.docs.guide`
 * (e.g. "time-zone.md" for the three time-zone companions). A missing guide shows a marker that
 * scripts/storybook-check.mjs fails on.
 */
import {
  Controls,
  Description,
  Markdown,
  Primary,
  Stories,
  Subtitle,
  Title,
  useOf,
} from "@storybook/addon-docs/blocks";

const guides = import.meta.glob("../docs/*.md", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

/** docs/ links are relative to docs/; on this page they would point nowhere, so they become plain text. */
function forStorybook(markdown: string): string {
  return markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[([^\]]+)\]\((?!https?:)[^)]*\)/g, "$1");
}

export function guideFile(title: string, guide: string | undefined): string {
  const name = title.split("/").pop() ?? title;
  return guide ?? `${name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()}.md`;
}

function Guide() {
  const { preparedMeta } = useOf("meta", ["meta"]);
  const file = guideFile(preparedMeta.title, preparedMeta.parameters.docs?.guide);
  const text = guides[`../docs/${file}`];
  if (!text)
    return (
      <p data-guide-missing={file}>
        No guide yet: write <code>docs/{file}</code> (or set <code>parameters.docs.guide</code>).
      </p>
    );
  return (
    <section aria-label="Guide">
      <p>
        <em>
          From <code>docs/{file}</code>, the user documentation: usage, do's and don'ts, accessibility.
        </em>
      </p>
      <Markdown>{forStorybook(text)}</Markdown>
    </section>
  );
}

export function DocsPage() {
  return (
    <>
      <Title />
      <Subtitle />
      <Description />
      <Primary />
      <Controls />
      <Stories title="States" />
      <Guide />
    </>
  );
}
