/**
 * `EditionJsonLd`: the edition as schema.org JSON-LD in a `<script type="application/ld+json">`, for search engines.
 * Its text is `jsonLdScriptText(editionJsonLd(edition))`: JSON in which `<`, `>`, `&`, U+2028 and U+2029 are escaped,
 * so a title such as `</script><script>` cannot end the element. Server-safe: no hooks, no client JavaScript, and no
 * `dangerouslySetInnerHTML` — the text is an ordinary child.
 *
 * React 19 writes a script's text child as it is. React 18's server renderer HTML-escapes it (`"` becomes `&quot;`,
 * which a script never decodes), so server-rendered JSON would be invalid: under React 18 the server HTML carries an
 * empty script and the text is set on the element when the page hydrates (crawlers that run JavaScript, such as
 * Google's, read it; for the JSON in the server HTML on React 18, paste `jsonLdScriptText(…)` into the page template).
 */
import { type Edition, jsonLdScriptText } from "@workshop-kit/types";
import { editionJsonLd } from "@workshop-kit/types/interop";
import { type ComponentPropsWithoutRef, version } from "react";

/** Props of {@link EditionJsonLd}. Other props (`id`, `nonce`, …) go to the `<script>`. */
export interface EditionJsonLdProps
  extends Omit<ComponentPropsWithoutRef<"script">, "children" | "type" | "src" | "dangerouslySetInnerHTML"> {
  /** The edition to describe (from `parseEdition`). Required; no default. */
  edition: Edition;
  /**
   * Give each session its description. Pass `false` on a page whose schedule shows the descriptions (each session's
   * `url` leads to its row): the page then carries them once, not twice. Default `true`.
   * @default true
   */
  sessionDescriptions?: boolean;
}

/**
 * Whether this React's server renderer HTML-escapes a script's text: React 18 (stable releases; React 19 and the
 * canaries frameworks bundle write it as it is).
 */
const ESCAPES_SCRIPT_TEXT = Number.parseInt(version, 10) < 19 && !version.includes("-");

/** `<script type="application/ld+json">` with the edition's JSON-LD, safe to place in the page's head or body. */
export function EditionJsonLd({ edition, sessionDescriptions = true, ...rest }: EditionJsonLdProps) {
  const text = jsonLdScriptText(editionJsonLd(edition, { sessionDescriptions }));
  if (ESCAPES_SCRIPT_TEXT) {
    // React 18: no child (the server would escape it); the browser gets the text when the element mounts.
    const fill = (script: HTMLScriptElement | null) => {
      if (script && script.textContent !== text) script.textContent = text;
    };
    return <script {...rest} type="application/ld+json" ref={fill} />;
  }
  return (
    <script {...rest} type="application/ld+json">
      {text}
    </script>
  );
}
