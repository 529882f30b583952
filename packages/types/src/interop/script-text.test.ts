import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadEdition } from "../test/content";
import { editionJsonLd } from "./jsonld";
import { jsonLdScriptText } from "./script-text";

/** The serialiser's output pasted into a plain HTML template, read back by the browser's (here jsdom's) HTML parser. */
function pasted(text: string) {
  const html = `<!doctype html><html><head><title>t</title><script type="application/ld+json">${text}</script></head><body><p id="after">after</p></body></html>`;
  const page = new DOMParser().parseFromString(html, "text/html");
  const scripts = [...page.querySelectorAll("script")];
  return { scripts, after: page.getElementById("after"), json: scripts[0]?.textContent ?? "" };
}

const TITLES = [
  "</script><script>alert(1)</script>",
  "</SCRIPT ><script>alert(1)</script>",
  "<!--<script>",
  "a\u2028b\u2029c",
  "Tom & Jerry &amp; &lt;friends&gt;",
  '"quoted" \\ back\\slash',
];

describe("jsonLdScriptText", () => {
  it("escapes <, >, &, U+2028 and U+2029 as JSON \\u escapes, and nothing else", () => {
    expect(jsonLdScriptText({ a: "<>&\u2028\u2029", b: ["é", 1, null] })).toBe(
      '{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029","b":["é",1,null]}',
    );
  });

  it.each(TITLES)(
    "pasted into a template, an edition titled %j stays one script that parses to the same object",
    (title) => {
      const ld = editionJsonLd({ ...loadEdition(2025), name: title });
      const { scripts, after, json } = pasted(jsonLdScriptText(ld));
      expect(scripts).toHaveLength(1);
      expect(after?.textContent).toBe("after");
      expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(ld)));
      expect(JSON.parse(json).name).toBe(title);
    },
  );

  it("round-trips any JSON value through a template, whatever its strings hold (fuzzed, seeded)", () => {
    const text = fc.string({
      unit: fc.constantFrom(
        "<",
        ">",
        "&",
        "/",
        "!",
        "-",
        "s",
        "c",
        "r",
        "i",
        "p",
        "t",
        "\u2028",
        "\u2029",
        '"',
        "\\",
        " ",
      ),
    });
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 3, stringUnit: "grapheme" }),
        fc.array(text, { maxLength: 4 }),
        (value, extra) => {
          const doc = { value, extra };
          const out = jsonLdScriptText(doc);
          const { scripts, json } = pasted(out);
          return (
            scripts.length === 1 &&
            !/[<>&\u2028\u2029]/.test(out) &&
            JSON.stringify(JSON.parse(json)) === JSON.stringify(doc)
          );
        },
      ),
      { numRuns: 300, seed: 18 },
    );
  });

  it("refuses a value without a JSON form instead of writing 'undefined'", () => {
    expect(() => jsonLdScriptText(undefined)).toThrow(TypeError);
  });
});
