/**
 * Build-time entry (bundled by Vite for Node in scripts/build.mjs): parse a content file and render a page's parts.
 * Nothing here reaches the browser.
 */
import { type Edition, formatIssues } from "@workshop-kit/types";
import { editionJsonLd } from "@workshop-kit/types/interop";
import { parseEditionText } from "@workshop-kit/types/yaml";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { Live, type LiveData, Now } from "./live";
import { Contact, Footer, Header, Intro, type ShellProps } from "./shell";

// The page's hydration data leaves out the texts the HTML already carries (descriptions, bios: issue #19).
export { clientEdition } from "@workshop-kit/types";
export { calendarDay, pathForYear } from "./shell";
export { THEME_SCRIPT } from "./theme";

/** Parse and validate one content file; throws with every issue listed when it does not validate. */
export function parseContent(name: string, text: string): { edition: Edition; warnings: string[] } {
  const r = parseEditionText(text);
  if (!r.ok) throw new Error(`${name} does not validate:\n${formatIssues(r.issues)}`);
  return { edition: r.edition, warnings: r.warnings.map((w) => `${w.path}: ${w.message}`) };
}

/** The page's parts: static HTML around the hydrated root's server markup. */
export function renderPage(shell: ShellProps, live: LiveData) {
  return {
    header: renderToStaticMarkup(<Header {...shell} />),
    intro: renderToStaticMarkup(<Intro {...shell} builtAt={live.builtAt} />),
    // A second root: its own prefix keeps React's generated ids distinct from the main root's.
    now: renderToString(<Now {...live} />, { identifierPrefix: "now-" }),
    live: renderToString(<Live {...live} />),
    contact: renderToStaticMarkup(<Contact {...shell} />),
    footer: renderToStaticMarkup(<Footer {...shell} />),
  };
}

/**
 * schema.org `Event` JSON-LD for the page's <script type="application/ld+json">. The schedule on the page shows
 * every session's description, and each sub-event's `url` leads to its row: the descriptions are not repeated here
 * (on a long programme they were about 40% of the gzipped page: issue #19).
 */
export function jsonLd(edition: Edition): unknown {
  return editionJsonLd(edition, { sessionDescriptions: false });
}
