import { describe, expect, it } from "vitest";
import { content } from "./content";

describe("given the ES-FoMo content files", () => {
  it("loads and validates all three editions for unit tests", () => {
    expect(content.edition2025.year).toBe(2025);
    expect(content.edition2024.timeZone).toBe("Europe/Vienna");
    expect(content.edition2023.sessions.length).toBeGreaterThan(0);
  });
});
