/**
 * Build-time entry (bundled by Vite for Node in scripts/build.mjs): parse a content file and render a page to HTML.
 * Nothing here reaches the browser.
 */
import { type Edition, formatIssues } from "@workshop-kit/types";
import { parseEditionText } from "@workshop-kit/types/yaml";
import { renderToString } from "react-dom/server";
import { App, type PageData } from "./app";

export { pathForYear } from "./app";
export { THEME_SCRIPT } from "./theme-toggle";

/** Parse and validate one content file; throws with every issue listed when it does not validate. */
export function parseContent(name: string, text: string): { edition: Edition; warnings: string[] } {
  const r = parseEditionText(text);
  if (!r.ok) throw new Error(`${name} does not validate:\n${formatIssues(r.issues)}`);
  return { edition: r.edition, warnings: r.warnings.map((w) => `${w.path}: ${w.message}`) };
}

/** The page's markup (the inside of #root). */
export function renderPage(data: PageData): string {
  return renderToString(<App {...data} />);
}

/** JSON-LD for the edition, or null until `@workshop-kit/types/interop` provides `editionJsonLd`. */
export function jsonLd(_edition: Edition): unknown | null {
  // TODO(issue 7): use `editionJsonLd(edition)` from "@workshop-kit/types/interop" once it lands.
  return null;
}
