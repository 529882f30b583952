/** A small edition with accepted papers for PaperList's tests: awards, posters, sessions, one paper on an oral only. */
import type { Edition, LinkKind, Paper } from "@workshop-kit/types";
import { loadEdition } from "../test/content";

const base = loadEdition(2025);
const oral = base.sessions.find((s) => s.paper) ?? base.sessions[0];
if (!oral?.paper) throw new Error("ES-FoMo 2025 has no session with a paper");
const posters = base.sessions.find((s) => s.kind === "poster-session") ?? base.sessions[1];
if (!posters) throw new Error("ES-FoMo 2025 has no second session");

/** The first oral session of ES-FoMo 2025 that carries a paper. */
export const oralSession = oral;
export const posterSession = posters;

const link = (kind: LinkKind, href: string, label: string) => ({ kind, href, label });

export function paper(over: Partial<Paper> = {}): Paper {
  return {
    id: "fast-attention",
    title: "Fast Attention on Small Devices",
    authors: ["Ada Lovelace", "Alan Turing"],
    links: [
      link("openreview", "https://openreview.net/forum?id=abc", "OpenReview"),
      link("arxiv", "https://arxiv.org/abs/2501.00001", "arXiv"),
    ],
    presentation: "poster",
    award: null,
    poster: null,
    sessionId: null,
    ...over,
  };
}

export const papers: Paper[] = [
  paper({ award: "Best paper", poster: "A12", sessionId: posters.id }),
  paper({ id: "sparse-moe", title: "Sparse Mixtures at Scale", authors: ["Grace Hopper"], poster: "B3" }),
  paper({
    id: "quant-kv",
    title: "Quantised KV Caches",
    authors: ["Katherine Johnson"],
    award: "Outstanding paper",
    presentation: "spotlight",
    sessionId: posters.id,
  }),
];

/** ES-FoMo 2025 with three accepted papers; its orals' papers (no ids) follow them in PaperList. */
export const edition: Edition = { ...base, papers };
