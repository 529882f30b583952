import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli";
import { parseEditionText } from "../yaml";
import { shiftYear } from "./next-edition";

const contentDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../examples/es-fomo/content");
const tmp = mkdtempSync(join(tmpdir(), "wk-new-edition-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("workshop-kit new-edition", () => {
  it.each([2023, 2024, 2025])("starts %s's successor: valid, tentative, with review warnings", (year) => {
    const out = join(tmp, "missing", "folder", `${year + 1}.yaml`);
    let err = "";
    const code = runCli(["new-edition", join(contentDir, `${year}.yaml`), "--year", String(year + 1), "--out", out], {
      out: () => {},
      err: (t) => (err += t),
    });
    expect(code, err).toBe(0);
    const r = parseEditionText(readFileSync(out, "utf8"));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const e = r.edition;
    expect(e.year).toBe(year + 1);
    expect(e.dates.tentative).toBe(true);
    expect(e.dates.start.year).toBe(year + 1);
    expect(
      e.deadlines.every(
        (d) =>
          d.history.length === 0 &&
          (d.due === null || d.due.iso.startsWith(`${year}`) || d.due.iso.startsWith(`${year + 1}`)),
      ),
    ).toBe(true);
    expect(e.papers).toEqual([]);
    expect(e.sessions.filter((s) => s.speakerIds.length > 0)).toEqual([]);
    expect(r.warnings.filter((w) => w.code === "review").length).toBeGreaterThan(3);
    expect(err).toContain("[review]");
  });

  it("refuses a missing or malformed --year as a usage error", () => {
    const io = { out: () => {}, err: () => {} };
    expect(runCli(["new-edition", join(contentDir, "2025.yaml")], io)).toBe(2);
    expect(runCli(["new-edition", join(contentDir, "2025.yaml"), "--year", "26"], io)).toBe(2);
  });

  it("moves dates by whole years, 29 February to 28 February", () => {
    expect(shiftYear("2025-07-18T08:30", 1)).toBe("2026-07-18T08:30");
    expect(shiftYear("2024-02-29", 1)).toBe("2025-02-28");
    expect(shiftYear("08:30", 1)).toBe("08:30");
  });
});
