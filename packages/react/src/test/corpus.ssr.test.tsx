/**
 * Every edition we have — the ES-FoMo files, the issue-#13 facts edition of the stories, and each YAML file of the
 * model's corpus (packages/types/test/corpus/ or examples/corpus/, whichever exists) — rendered on the server by
 * each component this package has for an edition, then hydrated: no error, no hydration warning, and every stored
 * description, host, label and revision is in the markup.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Edition, formatIssues } from "@workshop-kit/types";
import { parseEditionText } from "@workshop-kit/types/yaml";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { factsEdition } from "../../../../stories/programme-facts";
import { CallForPapers } from "../call-for-papers/call-for-papers";
import { DeadlineCountdown } from "../deadline-countdown/deadline-countdown";
import { ImportantDates } from "../deadline-countdown/important-dates";
import { en } from "../messages/en";
import { ScheduleTable } from "../schedule-table/schedule-table";
import { StaticScheduleTable } from "../schedule-table/static-schedule-table";
import { SpeakerGrid } from "../speaker-card/speaker-grid";
import { content } from "./content";
import { renderOnServerThenHydrate } from "./ssr";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

/** The model's corpus files, wherever it keeps them (none yet is fine: the other editions still run). */
function corpus(): [string, Edition][] {
  const out: [string, Edition][] = [];
  for (const dir of ["packages/types/test/corpus", "examples/corpus"].map((d) => join(root, d))) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
      const r = parseEditionText(readFileSync(join(dir, file), "utf8"));
      if (!r.ok) throw new Error(`${file} does not validate:\n${formatIssues(r.issues)}`);
      out.push([file, r.edition]);
    }
  }
  return out;
}

const editions = (): [string, Edition][] => [
  ["ES-FoMo 2023", content.edition2023],
  ["ES-FoMo 2024", content.edition2024],
  ["ES-FoMo 2025", content.edition2025],
  ["issue #13 facts", factsEdition],
  ...corpus(),
];

/** Everything this package renders for one edition. */
function all(edition: Edition) {
  return (
    <>
      <ScheduleTable edition={edition} paperHref="#paper-{id}" />
      <SpeakerGrid people={edition.people} idPrefix="all-" variant="compact" />
      <SpeakerGrid people={edition.people} edition={edition} groupBy="role" />
      <SpeakerGrid people={edition.people} edition={edition} groupBy="committee" idPrefix="committee-" />
      <ImportantDates edition={edition} />
      {edition.deadlines.map((d) => (
        <DeadlineCountdown key={d.id} deadline={d} edition={edition} />
      ))}
      <CallForPapers edition={edition} />
    </>
  );
}

/** The markup's text, as a reader gets it (closed disclosures included). */
function textOf(html: string): string {
  const div = document.createElement("div");
  div.innerHTML = html;
  return (div.textContent ?? "").replace(/\s+/g, " ");
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("given every edition we have, rendered on the server", () => {
  it("renders each component without an error, StaticScheduleTable as ScheduleTable", () => {
    for (const [name, edition] of editions()) {
      expect(() => renderToString(all(edition)), name).not.toThrow();
      // Without the calendar menu and the zone switch, whose rows ScheduleTable holds on the server for after
      // hydration.
      expect(renderToString(<StaticScheduleTable edition={edition} />), name).toBe(
        renderToString(<ScheduleTable edition={edition} showCalendarLinks={false} showTimeZoneToggle={false} />),
      );
    }
  });

  it("shows every stored description, host, label and revision", () => {
    for (const [name, edition] of editions()) {
      const text = textOf(renderToString(<StaticScheduleTable edition={edition} />));
      const people = new Map(edition.people.map((p) => [p.id, p.name]));
      for (const s of edition.sessions) {
        for (const p of s.description) expect(text, `${name} ${s.id} description`).toContain(squash(p));
        if (s.label) expect(text, `${name} ${s.id} label`).toContain(`${s.label}: `);
        for (const h of s.hosts) {
          expect(text, `${name} ${s.id} host`).toMatch(new RegExp(`(${hostForms(h.role).join("|")}): `));
          expect(text, `${name} ${s.id} host`).toContain(people.get(h.personId));
        }
      }
      for (const r of edition.revisions) expect(text, `${name} revision`).toContain(squash(r.note));
      const everything = textOf(renderToString(all(edition)));
      for (const c of edition.committees) expect(everything, `${name} committee`).toContain(c.name);
      for (const p of edition.people) if (p.title) expect(everything, `${name} ${p.id} title`).toContain(p.title);
    }
  });

  it("hydrates in another zone an hour later without a warning", async () => {
    for (const [name, edition] of editions()) {
      const { errors, unmount } = await renderOnServerThenHydrate(all(edition));
      expect(errors, name).toEqual([]);
      unmount();
    }
  }, 60_000); // every edition, every component: seconds on a busy machine
});

/** The English forms of a host role's label ("Moderator", "Moderators"). */
function hostForms(role: "moderator" | "chair" | "host"): string[] {
  const forms = role === "moderator" ? en.hostModerator : role === "chair" ? en.hostChair : en.hostHost;
  return Object.values(forms);
}
