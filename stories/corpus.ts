/**
 * The model's corpus of realistic editions (packages/types/test/corpus/*.yaml), parsed, for stories: invented but
 * plausible ML workshops that together use every field of the format. The same files the tests render
 * (packages/react/src/test/corpus.ssr.test.tsx); a file that does not validate fails loudly here.
 */
import { type Edition, formatIssues } from "@workshop-kit/types";
import { parseEditionText } from "@workshop-kit/types/yaml";
import acl2025 from "../packages/types/test/corpus/acl-2025-trustworthy-nlg.yaml?raw";
import acl2026 from "../packages/types/test/corpus/acl-2026-lightning-only.yaml?raw";
import emnlp2025 from "../packages/types/test/corpus/emnlp-2025-three-day-summit.yaml?raw";
import iclr2025 from "../packages/types/test/corpus/iclr-2025-single-room-utc.yaml?raw";
import iclr2026 from "../packages/types/test/corpus/iclr-2026-data-centric-multilingual.yaml?raw";
import icml2025 from "../packages/types/test/corpus/icml-2025-parallel-tracks.yaml?raw";
import icml2026 from "../packages/types/test/corpus/icml-2026-ml-for-science-tba.yaml?raw";
import neurips2024 from "../packages/types/test/corpus/neurips-2024-federated-foundation.yaml?raw";
import neurips2025 from "../packages/types/test/corpus/neurips-2025-efficient-reasoning.yaml?raw";
import neurips2026 from "../packages/types/test/corpus/neurips-2026-open-call-tba.yaml?raw";

function load(name: string, text: string): Edition {
  const r = parseEditionText(text);
  if (!r.ok) throw new Error(`${name} does not validate:\n${formatIssues(r.issues)}`);
  return r.edition;
}

/** Every corpus edition by its file name (without `.yaml`), in the files' order. */
export const CORPUS = {
  "acl-2025-trustworthy-nlg": load("acl-2025-trustworthy-nlg.yaml", acl2025),
  "acl-2026-lightning-only": load("acl-2026-lightning-only.yaml", acl2026),
  "emnlp-2025-three-day-summit": load("emnlp-2025-three-day-summit.yaml", emnlp2025),
  "iclr-2025-single-room-utc": load("iclr-2025-single-room-utc.yaml", iclr2025),
  "iclr-2026-data-centric-multilingual": load("iclr-2026-data-centric-multilingual.yaml", iclr2026),
  "icml-2025-parallel-tracks": load("icml-2025-parallel-tracks.yaml", icml2025),
  "icml-2026-ml-for-science-tba": load("icml-2026-ml-for-science-tba.yaml", icml2026),
  "neurips-2024-federated-foundation": load("neurips-2024-federated-foundation.yaml", neurips2024),
  "neurips-2025-efficient-reasoning": load("neurips-2025-efficient-reasoning.yaml", neurips2025),
  "neurips-2026-open-call-tba": load("neurips-2026-open-call-tba.yaml", neurips2026),
} as const satisfies Record<string, Edition>;
