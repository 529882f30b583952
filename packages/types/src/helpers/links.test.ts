import { describe, expect, it } from "vitest";
import { isRelativeHref, linkHref } from "./links";

describe("linkHref (the one relative-link rule)", () => {
  it("keeps links within the site as given", () => {
    for (const href of ["#speaker-ada", "?day=2", "./talks", "../2024/", "/speakers#ada"]) {
      expect(linkHref(href)).toBe(href);
    }
  });

  it("passes other links through the safe-URL rule", () => {
    expect(linkHref("https://es-fomo.com/")).toBe("https://es-fomo.com/");
    expect(linkHref("mailto:chairs@es-fomo.com")).toBe("mailto:chairs@es-fomo.com");
    for (const href of ["javascript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "talks"]) {
      expect(linkHref(href)).toBeNull();
    }
  });

  it("treats what a browser reads as another host as not relative", () => {
    for (const href of ["//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example"]) {
      expect(isRelativeHref(href)).toBe(false);
      expect(linkHref(href)).toBeNull();
    }
    expect(linkHref(null)).toBeNull();
    expect(linkHref(undefined)).toBeNull();
  });
});
