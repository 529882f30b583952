import { describe, expect, it } from "vitest";
import { linkify, splitParagraphs } from "./text";

describe("splitParagraphs", () => {
  it("splits at blank lines and joins single newlines with spaces", () => {
    expect(splitParagraphs("First line\ncontinues.\n\nSecond.\r\n\r\n\r\nThird  \n  still third")).toEqual([
      "First line continues.",
      "Second.",
      "Third still third",
    ]);
  });

  it("treats whitespace-only lines as blank and drops empty paragraphs", () => {
    expect(splitParagraphs("A\n   \nB\n\n\n")).toEqual(["A", "B"]);
    expect(splitParagraphs("")).toEqual([]);
    expect(splitParagraphs(undefined)).toEqual([]);
    expect(splitParagraphs(null)).toEqual([]);
  });
});

describe("linkify", () => {
  it("turns URLs and e-mail addresses into links and leaves trailing punctuation as text", () => {
    expect(linkify("See https://es-fomo.com. Write to esfomo.workshop@gmail.com!")).toEqual([
      { type: "text", text: "See " },
      { type: "link", text: "https://es-fomo.com", href: "https://es-fomo.com" },
      { type: "text", text: ". Write to " },
      { type: "link", text: "esfomo.workshop@gmail.com", href: "mailto:esfomo.workshop@gmail.com" },
      { type: "text", text: "!" },
    ]);
  });

  it("keeps a closing parenthesis that belongs to the URL", () => {
    const segs = linkify("(see https://en.wikipedia.org/wiki/Foo_(bar))");
    expect(segs.find((s) => s.type === "link")?.text).toBe("https://en.wikipedia.org/wiki/Foo_(bar))");
    const plain = linkify("(see https://example.org/x)");
    expect(plain.find((s) => s.type === "link")?.text).toBe("https://example.org/x");
  });

  it("never links other protocols: javascript:, data: and friends stay text", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "ftp://x.org/file"]) {
      expect(linkify(text)).toEqual([{ type: "text", text }]);
    }
  });

  it("returns plain text unchanged and nothing for an empty string", () => {
    expect(linkify("No links here.")).toEqual([{ type: "text", text: "No links here." }]);
    expect(linkify("")).toEqual([]);
  });
});
