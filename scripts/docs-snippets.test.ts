/**
 * The copy-paste recipes in docs/ are the example sites' real files: every fenced block right after a
 * `<!-- snippet: path -->` marker must be byte for byte that file (the examples are built and tested in Chromium by
 * scripts/static-sites.mjs, so a snippet that matches is a snippet that works). Edit the example, then paste it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "..");
const docs = readdirSync(join(repo, "docs")).filter((f) => f.endsWith(".md"));
const MARKER = /<!-- snippet: (\S+) -->\n```[\w-]*\n([\s\S]*?)\n```/g;

const snippets = docs.flatMap((doc) =>
  [...readFileSync(join(repo, "docs", doc), "utf8").matchAll(MARKER)].map((m) => ({
    doc,
    path: m[1] ?? "",
    text: m[2] ?? "",
  })),
);

describe("docs snippets", () => {
  it("the Jekyll and Hugo recipe shows every file a site needs", () => {
    const shown = snippets.filter((s) => s.doc === "static-sites.md").map((s) => s.path);
    expect(shown).toEqual(
      expect.arrayContaining([
        "examples/jekyll-site/render-fragments.sh",
        "examples/jekyll-site/_layouts/default.html",
        "examples/jekyll-site/_includes/head.html",
        "examples/jekyll-site/_pages/workshop.md",
        "examples/jekyll-site/.github/workflows/pages.yml",
        "examples/hugo-site/render-fragments.sh",
        "examples/hugo-site/layouts/_default/baseof.html",
        "examples/hugo-site/layouts/index.html",
        "examples/hugo-site/.github/workflows/pages.yml",
      ]),
    );
  });

  it.each(snippets.map((s) => [`${s.doc} → ${s.path}`, s] as const))("%s is the file itself", (_, snippet) => {
    const file = readFileSync(join(repo, snippet.path), "utf8").replace(/\n+$/, "");
    expect(snippet.text).toBe(file);
  });
});
