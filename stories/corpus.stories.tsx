import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  CallForPapers,
  EventDetails,
  ImportantDates,
  PaperList,
  ScheduleTable,
  SpeakerGrid,
  Sponsors,
} from "@workshop-kit/react";
import type { Edition } from "@workshop-kit/types";
import { expect, within } from "storybook/test";
import { CORPUS } from "./corpus";

/**
 * Each edition of the model's corpus (packages/types/test/corpus/) as a whole workshop page, assembled as in
 * "Page recipes/Workshop page": one heading per section, each component told its heading level, links between
 * them. A section appears only when the edition has data for it, as a host's page would.
 */
function CorpusPage({ edition }: { edition: Edition }) {
  return (
    <main>
      <header>
        <h1>{edition.name}</h1>
        {edition.tagline ? <p>{edition.tagline}</p> : null}
      </header>
      <section aria-labelledby="details">
        <h2 id="details">When and where</h2>
        <EventDetails edition={edition} />
      </section>
      {edition.deadlines.length > 0 ? <ImportantDates edition={edition} headingLevel={2} /> : null}
      {edition.callForPapers ? <CallForPapers edition={edition} headingLevel={2} /> : null}
      {edition.sessions.length > 0 ? (
        <section aria-labelledby="programme">
          <h2 id="programme">Programme</h2>
          <ScheduleTable
            edition={edition}
            headingLevel={3}
            speakerHref={(id) => `#speaker-${id}`}
            paperHref={edition.papers.length > 0 ? "#paper-{id}" : undefined}
          />
        </section>
      ) : null}
      {edition.papers.length > 0 ? (
        <section aria-labelledby="papers">
          <h2 id="papers">Accepted papers</h2>
          <PaperList edition={edition} headingLevel={3} sessionHref="#{id}" />
        </section>
      ) : null}
      {edition.people.length > 0 ? (
        <section aria-labelledby="people">
          <h2 id="people">People</h2>
          <SpeakerGrid
            people={edition.people}
            edition={edition}
            groupBy="role"
            headingLevel={3}
            idPrefix="speaker-"
            sessionHref={(id) => `#${id}`}
          />
        </section>
      ) : null}
      {edition.committees.length > 0 ? (
        <section aria-labelledby="committees">
          <h2 id="committees">Committees</h2>
          <SpeakerGrid
            people={edition.people}
            edition={edition}
            groupBy="committee"
            headingLevel={3}
            idPrefix="committee-"
            variant="compact"
          />
        </section>
      ) : null}
      {edition.sponsors.length > 0 ? (
        <section aria-labelledby="sponsors">
          <h2 id="sponsors">Sponsors</h2>
          <Sponsors sponsors={edition.sponsors} headingLevel={3} />
        </section>
      ) : null}
    </main>
  );
}

const meta = {
  title: "Page recipes/Corpus",
  component: CorpusPage,
  args: { edition: CORPUS["neurips-2025-efficient-reasoning"] },
  argTypes: { edition: { options: Object.keys(CORPUS), mapping: CORPUS, control: { type: "select" } } },
  parameters: { layout: "padded" },
} satisfies Meta<typeof CorpusPage>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A play function: the page's title is the edition's name, and a fact only this edition has is visible. */
function shows(fact: string | RegExp): Story["play"] {
  return async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1 })).toHaveTextContent(args.edition.name);
    const [first] = await canvas.findAllByText(fact);
    await expect(first).toBeVisible();
  };
}

/** TrustNLG 2025 in Vienna at 09:30 on the day: an invited talk is on, the committees and revisions are shown. */
export const TrustNLG2025: Story = {
  name: "ACL 2025 · TrustNLG, during the workshop",
  args: { edition: CORPUS["acl-2025-trustworthy-nlg"] },
  parameters: { clock: { now: "2025-08-01T07:30:00Z" } },
  play: shows("Faithful by Construction?"),
};

/** STLR 2026: a programme of lightning talks only, while extended abstracts are still being taken. */
export const STLR2026: Story = {
  name: "ACL 2026 · STLR, lightning talks only",
  args: { edition: CORPUS["acl-2026-lightning-only"] },
  parameters: { clock: { now: "2026-03-20T12:00:00Z" } },
  play: shows("Lightning talks I"),
};

/** EvalSummit 2025: three days in Shanghai, a month before they begin. */
export const EvalSummit2025: Story = {
  name: "EMNLP 2025 · EvalSummit, three days",
  args: { edition: CORPUS["emnlp-2025-three-day-summit"] },
  parameters: { clock: { now: "2025-10-01T00:00:00Z" } },
  play: shows("Contamination Is the Default"),
};

/** RRM 2025: one room in Singapore at 10:00 on the day, the poster session on, a sponsor talk in the morning. */
export const RRM2025: Story = {
  name: "ICLR 2025 · RRM, single room",
  args: { edition: CORPUS["iclr-2025-single-room-utc"] },
  parameters: { clock: { now: "2025-04-27T02:00:00Z" } },
  play: shows("Reward Models Under Distribution Shift"),
};

/** DCML 2026: two days in São Paulo, before the abstract deadline. */
export const DCML2026: Story = {
  name: "ICLR 2026 · DCML, two days",
  args: { edition: CORPUS["iclr-2026-data-centric-multilingual"] },
  parameters: { clock: { now: "2026-01-20T12:00:00Z" } },
  play: shows("Counting Languages by Their Data"),
};

/** ATE 2025: parallel tracks in Vancouver at 10:00 on the day. */
export const ATE2025: Story = {
  name: "ICML 2025 · ATE, parallel tracks",
  args: { edition: CORPUS["icml-2025-parallel-tracks"] },
  parameters: { clock: { now: "2025-07-19T17:00:00Z" } },
  play: shows("Tools That Explain Themselves"),
};

/** ML4Mat 2026: a programme still to be announced (TBA titles, speakers and opening date). */
export const ML4Mat2026: Story = {
  name: "ICML 2026 · ML4Mat, to be announced",
  args: { edition: CORPUS["icml-2026-ml-for-science-tba"] },
  parameters: { clock: { now: "2026-04-01T00:00:00Z" } },
  play: shows("Opening remarks"),
};

/** FL@FM 2024: an archive a month after the workshop, with its extended submission deadline in the history. */
export const FLFM2024: Story = {
  name: "NeurIPS 2024 · FL@FM, archive",
  args: { edition: CORPUS["neurips-2024-federated-foundation"] },
  parameters: { clock: { now: "2025-01-15T12:00:00Z" } },
  play: shows("Federated Fine-Tuning at the Edge of Memory"),
};

/** ERW 2025: the extended submission deadline a few days away; sponsors, committees and a schedule revision. */
export const ERW2025: Story = {
  name: "NeurIPS 2025 · ERW, deadline extended",
  args: { edition: CORPUS["neurips-2025-efficient-reasoning"] },
  parameters: { clock: { now: "2025-08-25T12:00:00Z" } },
  play: shows("When Should a Model Stop Thinking?"),
};

/** CoMM 2026: an open call and nothing else yet (no programme, notification date to be announced). */
export const CoMM2026: Story = {
  name: "NeurIPS 2026 · CoMM, open call",
  args: { edition: CORPUS["neurips-2026-open-call-tba"] },
  parameters: { clock: { now: "2026-07-15T00:00:00Z" } },
  play: shows("Olivia Brown"),
};
