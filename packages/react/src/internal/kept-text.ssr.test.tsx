/**
 * Long texts travel once (issue #19): the server renders the full edition, the client hydrates `clientEdition`
 * (every paragraph emptied) and keeps the server's paragraphs, with no hydration warning, through filters,
 * searches and re-renders.
 */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clientEdition, type Edition } from "@workshop-kit/types";
import { describe, expect, it } from "vitest";
import { ScheduleTable } from "../schedule-table/schedule-table";
import { SpeakerGrid } from "../speaker-card/speaker-grid";
import { content } from "../test/content";
import { findLiveSearchbox } from "../test/live";
import { renderOnServerThenHydrate } from "../test/ssr";

/** ES-FoMo 2025 with a two-paragraph description (one with a link) on every talk and a long bio for everyone. */
function withTexts(): Edition {
  const e = content.edition2025;
  return {
    ...e,
    sessions: e.sessions.map((s) =>
      s.kind === "break" || s.kind === "meal"
        ? s
        : { ...s, description: [`About ${s.id}: see https://example.org/${s.id}.`, `Second paragraph of ${s.id}.`] },
    ),
    people: e.people.map((p) => ({
      ...p,
      bio: [`${p.name} works on ${"efficient systems ".repeat(30).trim()}.`, `More about ${p.name}.`],
    })),
  };
}

const descriptionTexts = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-slot="description"] > div')].map((d) => d.textContent);

describe("clientEdition", () => {
  it("leaves out every paragraph of descriptions and bios, keeping their count and everything else", () => {
    const full = withTexts();
    const slim = clientEdition(full);
    const talk = full.sessions.find((s) => s.description.length) as Edition["sessions"][number];
    const slimTalk = slim.sessions.find((s) => s.id === talk.id);
    expect(slimTalk?.description).toEqual(["", ""]);
    expect(slimTalk?.title).toBe(talk.title);
    expect(slim.people.every((p) => p.bio.every((t) => t === "") && p.bio.length === 2)).toBe(true);
    expect(slim.deadlines).toBe(full.deadlines);
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(full).length * 0.8);
  });
});

describe("a page hydrating clientEdition over the full edition's server markup", () => {
  it("keeps every description, link included, with no hydration warning, through a filter and back", async () => {
    const full = withTexts();
    const server = <ScheduleTable edition={full} filters={["kind"]} search />;
    const { html, errors, container, unmount } = await renderOnServerThenHydrate(server, {
      client: <ScheduleTable edition={clientEdition(full)} filters={["kind"]} search />,
    });
    expect(errors).toEqual([]);
    const before = descriptionTexts(container);
    expect(before.length).toBeGreaterThan(10);
    expect(before.every((t) => t?.startsWith("About "))).toBe(true);
    expect(html).toContain("Second paragraph of");
    const row = container.querySelector('[data-slot="description"]')?.closest("[id]") as HTMLElement;
    expect(within(row).getByRole("link", { name: `https://example.org/${row.id}` })).toBeInTheDocument();

    const user = userEvent.setup();
    const kind = await screen.findByRole("combobox", { name: "Kind" });
    await user.selectOptions(kind, "Oral");
    expect(descriptionTexts(container).every((t) => t?.startsWith("About "))).toBe(true);
    await user.selectOptions(kind, "All");
    expect(descriptionTexts(container)).toEqual(before);
    unmount();
  }, 20_000);

  it("finds a session by words only its description has, read from the page", async () => {
    const full = withTexts();
    const target = full.sessions.find((s) => s.description.length) as Edition["sessions"][number];
    const { container, errors, unmount } = await renderOnServerThenHydrate(<ScheduleTable edition={full} search />, {
      client: <ScheduleTable edition={clientEdition(full)} search />,
    });
    expect(errors).toEqual([]);
    const user = userEvent.setup();
    await user.type(await findLiveSearchbox(), `About ${target.id}:`);
    await act(async () => {});
    const shown = [...container.querySelectorAll<HTMLElement>('[data-slot="session"]')].filter((r) => !r.hidden);
    expect(shown.map((r) => r.id)).toEqual([target.id]);
    unmount();
  }, 20_000);

  it("keeps the speakers' bios, their 'Read more' included", async () => {
    const full = withTexts();
    const roles = ["keynote", "invited-speaker"] as const;
    const { container, errors, unmount } = await renderOnServerThenHydrate(
      <SpeakerGrid people={full.people} edition={full} roles={roles} />,
      { client: <SpeakerGrid people={clientEdition(full).people} edition={clientEdition(full)} roles={roles} /> },
    );
    expect(errors).toEqual([]);
    const bios = [...container.querySelectorAll('[data-slot="bio"]')];
    expect(bios.length).toBeGreaterThan(0);
    for (const bio of bios) {
      expect(bio.textContent).toMatch(/works on efficient systems/);
      expect(within(bio as HTMLElement).getByText(/Read more/)).toBeInTheDocument();
    }
    unmount();
  }, 20_000);
});
