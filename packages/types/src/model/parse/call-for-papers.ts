/** `callForPapers:` of a content file: page ranges that make sense; as the model's {@link CallForPapers}. */
import { splitParagraphs } from "../text";
import type { CallForPapers } from "../types";
import type { ParseContext } from "./context";

/** The call for papers, or `null` when the file has none. */
export function readCallForPapers(ctx: ParseContext): CallForPapers | null {
  const { data, error } = ctx;
  (data.callForPapers?.formats ?? []).forEach((f, i) => {
    if (f.pageLimit?.min !== undefined && f.pageLimit.min > f.pageLimit.pages) {
      error(
        "page-range",
        `callForPapers.formats[${i}].pageLimit.min`,
        `expected the lower end of the range to be at most pages (${f.pageLimit.pages}), received ${f.pageLimit.min}`,
      );
    }
  });
  let callForPapers: CallForPapers | null = null;
  if (data.callForPapers) {
    const c = data.callForPapers;
    callForPapers = {
      intro: splitParagraphs(c.intro),
      topicGroups: (c.topics ?? []).map((t) => ({ title: t.title?.trim() || null, topics: t.items })),
      themes: c.themes ? { intro: splitParagraphs(c.themes.intro), items: c.themes.items } : null,
      formats: (c.formats ?? []).map((f) => ({
        id: f.id,
        name: f.name,
        description: splitParagraphs(f.description),
        pageLimit: f.pageLimit
          ? {
              min: f.pageLimit.min ?? null,
              pages: f.pageLimit.pages,
              enforced: f.pageLimit.enforced ?? null,
              excludes: f.pageLimit.excludes ?? null,
            }
          : null,
        templateUrl: f.template ?? null,
        supplementary: f.supplementary?.trim() || null,
        submissionUrl: f.submission?.url ?? null,
        submissionPlatform: f.submission?.platform?.trim() || null,
      })),
      review: c.review ? { policy: c.review.policy, notes: splitParagraphs(c.review.notes) } : null,
      archival: c.archival ?? null,
      archivalNote: c.archivalNote?.trim() || null,
      dualSubmission: splitParagraphs(c.dualSubmission),
      submissionUrl: c.submission?.url ?? null,
      submissionPlatform: c.submission?.platform ?? null,
      contactHref: c.contact ? `mailto:${c.contact}` : null,
      contactEmail: c.contact ?? null,
    };
  }
  return callForPapers;
}
