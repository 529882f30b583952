/**
 * Safe text for a `<script type="application/ld+json">`. Its own module, so the main entry point can export it
 * without the JSON-LD writer.
 */

/** What {@link jsonLdScriptText} escapes, each as its JSON `\uXXXX` escape. */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * A JSON-LD value (such as `editionJsonLd(edition)`) as the text of a `<script type="application/ld+json">`: compact
 * JSON in which `<`, `>`, `&`, U+2028 and U+2029 are written as `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`.
 * Such a text cannot end the script element (`</script>`), open a comment (`<!--`) or be read as an entity, in an
 * HTML page, an XHTML page or a template, and `JSON.parse` reads it back to the same value (the escapes are JSON's
 * own). The one way to embed JSON-LD: paste it into a template's `<script type="application/ld+json">`, or render
 * `<EditionJsonLd>` from `@workshop-kit/react`, which uses it.
 */
export function jsonLdScriptText(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("jsonLdScriptText: the value has no JSON form (a function or undefined)");
  return json.replace(SCRIPT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
