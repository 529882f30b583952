import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEntities, escapeXml, parseXml, XmlError } from "./xml";

describe("parseXml", () => {
  it("reads elements, attributes in either quote, text, CDATA and self-closing elements", () => {
    const root = parseXml(
      `<?xml version="1.0"?><!-- c --><a x="1" y='two'>hi <b/><c>&lt;ok&gt;<![CDATA[<raw & text>]]></c></a>`,
    );
    expect(root.name).toBe("a");
    expect(root.attributes).toEqual({ x: "1", y: "two" });
    expect(root.text).toBe("hi ");
    expect(root.children.map((c) => c.name)).toEqual(["b", "c"]);
    expect(root.children[1]?.text).toBe("<ok><raw & text>");
  });

  it("decodes the five predefined entities and numeric references, and keeps unknown ones", () => {
    expect(decodeEntities("&amp;&lt;&gt;&quot;&apos;&#233;&#xE9;&nbsp;")).toBe("&<>\"'éé&nbsp;");
    expect(parseXml(`<a t="&quot;x&quot;">&#x1F600;</a>`).text).toBe("😀");
  });

  it("escapes text so it parses back to the same string", () => {
    const s = `a < b & "c" > d`;
    expect(parseXml(`<x v="${escapeXml(s)}">${escapeXml(s)}</x>`)).toMatchObject({ text: s, attributes: { v: s } });
  });

  it("reports a truncated file with the unclosed element and its line", () => {
    expect(() => parseXml("<schedule>\n  <day>\n    <event>")).toThrow(/<event> from line 3 is never closed/);
    expect(() => parseXml("<schedule><day index='1")).toThrow(XmlError);
  });

  it("reports a mismatched end tag with line and column", () => {
    try {
      parseXml("<a>\n<b></c></a>");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(XmlError);
      expect((e as XmlError).line).toBe(2);
      expect((e as Error).message).toContain("</c> does not match <b>");
    }
  });

  it("refuses DTD internal subsets, text outside the root and two roots", () => {
    expect(() => parseXml(`<!DOCTYPE a [<!ENTITY x "y">]><a/>`)).toThrow(/internal subset/);
    expect(() => parseXml("oops<a/>")).toThrow(/outside the root/);
    expect(() => parseXml("<a/><b/>")).toThrow(/more than one root/);
    expect(() => parseXml("")).toThrow(/no root element/);
  });
});

describe("parseXml on long files", () => {
  it("gives every element its line, counting the file once from the top", () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `<e n="${i}"/>`);
    const root = parseXml(`<r>\n${lines.join("\n")}\n</r>`);
    expect(root.children).toHaveLength(5000);
    expect(root.children.map((c) => c.line)).toEqual(lines.map((_, i) => i + 2));
  });

  it("still reports the right line and column of an error", () => {
    // The mismatched end tag is reported where it starts: line 3, column 1.
    const e = (() => {
      try {
        parseXml("<r>\n<a>\n</x><b/>\n");
      } catch (err) {
        return err as XmlError;
      }
    })();
    expect(e).toBeInstanceOf(XmlError);
    expect([e?.line, e?.column]).toEqual([3, 1]);
  });

  it("refuses a DOCTYPE internal subset but not a later '['", () => {
    expect(() => parseXml("<!DOCTYPE r [<!ENTITY x 'y'>]><r/>")).toThrow(/internal subset/);
    expect(parseXml("<!DOCTYPE r><r>[x]</r>").text).toBe("[x]");
  });
});

describe("escapeXml", () => {
  it("drops the characters XML forbids, so the output is always well-formed", () => {
    expect(escapeXml("a\u0000b\u0008c\u000bd\u001fe\ufffff\ud800g")).toBe("abcdefg");
    expect(escapeXml("tab\there\nline\r")).toBe("tab\there\nline\r");
    expect(escapeXml('😀 <&> "')).toBe("😀 &lt;&amp;&gt; &quot;");
  });

  it("round-trips any string but the forbidden characters (fuzzed, seeded)", () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is tested
    const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/u;
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        const escaped = escapeXml(s);
        // Surrogate pairs are fine; the "u" flag makes the regex see code points, so only lone halves match.
        const kept = [...s].filter((c) => c.length === 2 || !forbidden.test(c)).join("");
        return !forbidden.test(escaped) && parseXml(`<a t="${escaped}">${escaped}</a>`).text === kept;
      }),
      { seed: 18, numRuns: 150 },
    );
  }, 30_000);
});
