/**
 * What a developer installing the published packages trips over (issue #15), checked on the sources:
 * - one package's dependency on another is a caret range once packed (`workspace:^` becomes `^x.y.z`), so a
 *   patch release of one does not make a mismatched pair fail to install (`workspace:*` packs as an exact version);
 * - every package README links to its documentation with an address that works on the registry's page (an absolute
 *   URL into the repository), and each linked page exists.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "..");
const DOCS = "https://github.com/workshop-kit/workshop-kit/blob/main/docs/";
const packages = readdirSync(join(repo, "packages")).filter((d) =>
  existsSync(join(repo, "packages", d, "package.json")),
);

describe.each(packages)("packages/%s", (dir) => {
  const manifest = JSON.parse(readFileSync(join(repo, "packages", dir, "package.json"), "utf8"));

  it("depends on the other workshop-kit packages by a range, not an exact version", () => {
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
      for (const [name, spec] of Object.entries<string>(manifest[field] ?? {})) {
        if (name.startsWith("@workshop-kit/") || name === "workshop-kit")
          expect(`${name}@${spec}`).toMatch(/@workspace:\^$/);
      }
    }
  });

  it("links its README to the documentation with working addresses", () => {
    const readme = readFileSync(join(repo, "packages", dir, "README.md"), "utf8");
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] as string);
    const docs = links.filter((l) => l.includes("docs/"));
    expect(docs.length).toBeGreaterThan(0);
    for (const link of docs) {
      expect(link.startsWith(DOCS), `${link} is an absolute link into the repository's docs/`).toBe(true);
      const page = link.slice(DOCS.length).split("#")[0] as string;
      expect(existsSync(join(repo, "docs", page)), `docs/${page} exists`).toBe(true);
    }
  });
});
