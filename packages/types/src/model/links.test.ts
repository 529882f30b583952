import { describe, expect, it } from "vitest";
import { isSafeHref, LINK_LABELS, linksFromRecord, safeHref } from "./links";

describe("isSafeHref", () => {
  it.each([
    "https://es-fomo.com",
    "http://azaliamirhoseini.com",
    "https://openreview.net/group?id=ICML.cc/2025/Workshop/ES-FoMo-III",
    "HTTPS://EXAMPLE.ORG/",
    "mailto:esfomo.workshop@gmail.com",
  ])("accepts %s", (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    ["javascript:", "javascript:alert(1)"],
    ["JAVASCRIPT:", "JAVASCRIPT:alert(1)"],
    ["mixed case", "JaVaScRiPt:alert(1)"],
    ["entity-free tab trick", "java\tscript:alert(1)"],
    ["newline trick", "java\nscript:alert(1)"],
    ["leading space", " javascript:alert(1)"],
    ["leading space before https", " https://example.org"],
    ["trailing newline", "https://example.org\n"],
    ["NUL byte", "https://example.org/\u0000"],
    ["data:", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
    ["data: image", "data:image/png;base64,iVBORw0KGgo="],
    ["vbscript:", "vbscript:msgbox(1)"],
    ["file:", "file:///etc/passwd"],
    ["protocol-relative", "//evil.example/x"],
    ["relative path", "/speakers"],
    ["fragment", "#schedule"],
    ["backslash host", "https:\\\\evil.example"],
    ["empty authority (URL would read 'path' as the host)", "https:///path"],
    ["mailto without address", "mailto:"],
    ["mailto without @", "mailto:someone"],
    ["empty", ""],
  ])("rejects %s", (_name, href) => {
    expect(isSafeHref(href)).toBe(false);
  });

  it("rejects non-strings", () => {
    expect(isSafeHref(undefined)).toBe(false);
    expect(isSafeHref(null)).toBe(false);
    expect(isSafeHref(42)).toBe(false);
    expect(isSafeHref({ toString: () => "https://x.org" })).toBe(false);
  });

  it("safeHref passes safe URLs through and turns others into null", () => {
    expect(safeHref("https://x.org")).toBe("https://x.org");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});

describe("linksFromRecord", () => {
  it("orders links by kind, labels them, turns e-mail into mailto: and drops unsafe URLs", () => {
    expect(
      linksFromRecord({
        x: "https://twitter.com/_albertgu",
        email: "a@b.org",
        homepage: "https://a.org",
        acceptedPapers: "https://openreview.net/x",
        slides: "javascript:alert(1)",
        video: undefined,
      }),
    ).toEqual([
      { kind: "homepage", href: "https://a.org", label: "Homepage" },
      { kind: "x", href: "https://twitter.com/_albertgu", label: "X" },
      { kind: "email", href: "mailto:a@b.org", label: "Email" },
      { kind: "accepted-papers", href: "https://openreview.net/x", label: LINK_LABELS["accepted-papers"] },
    ]);
    expect(linksFromRecord(undefined)).toEqual([]);
  });
});

describe("linksFromRecord with keys that exist on Object.prototype", () => {
  it("treats them as plain unknown keys, never as the prototype's functions", () => {
    const links = linksFromRecord({ constructor: "https://example.org/a", toString: "https://example.org/b" });
    expect(links.map((l) => [l.kind, l.label])).toEqual([
      ["other", "Link"],
      ["other", "Link"],
    ]);
  });
});
