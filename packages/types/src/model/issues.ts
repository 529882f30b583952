/**
 * Validation issues: their shape, stable codes, "did you mean", and the collector every check reports to.
 *
 * The collector keeps validation linear however broken a file is: repeated findings are dropped with a set (not a
 * scan of the list), and each code reports at most {@link MAX_PER_CODE} issues followed by one
 * "… and 380 more like it".
 */

/** One problem found in a content file. */
export interface ValidationIssue {
  /** Errors make the file unusable; warnings flag what looks stale or incomplete. */
  readonly severity: "error" | "warning";
  /**
   * A stable name of the rule (`person-without-bio`, `session-overlap`, `unknown-field`). Warnings can be silenced
   * by it (`validation: { ignore: [person-without-bio] }` in the file, or `workshop-kit validate --ignore`).
   */
  readonly code: string;
  /** Where: `sessions[3].end`, or `""` for the whole file. */
  readonly path: string;
  /** A sentence for a person: what is wrong and how to fix it. */
  readonly message: string;
  /** What was expected, when that can be said in a few words. */
  readonly expected: string | null;
  /** What was found (a short rendering of the value). */
  readonly received: string | null;
  /** 1-based line and column in the YAML or JSON text, when the issue came from text (`parseEditionText`). */
  readonly line?: number;
  readonly column?: number;
}

/** Codes of the warnings, each a rule that can be silenced. */
export const WARNING_CODES = [
  "person-without-bio",
  "photo-without-alt",
  "dates-other-year",
  "session-outside-dates",
  "deadline-other-year",
  "review",
] as const;

/** How many issues one code reports before "… and N more like it". */
export const MAX_PER_CODE = 20;

/** Collects issues for one validation run. */
export class IssueList {
  private readonly list: ValidationIssue[] = [];
  /**
   * Messages already reported, by path: the one message of a path, or a set once a path has several (rare). No key
   * string is built and no set allocated per issue.
   */
  private readonly seen = new Map<string, string | Set<string>>();
  private readonly counts = new Map<string, number>();
  private readonly overflow = new Map<string, { severity: "error" | "warning"; path: string; extra: number }>();
  private readonly ignore: ReadonlySet<string>;

  constructor(ignore: Iterable<string> = []) {
    this.ignore = new Set(ignore);
  }

  add(issue: ValidationIssue): void {
    if (issue.severity === "warning" && this.ignore.has(issue.code)) return;
    // The same finding can come from two places (a session's start and end both name its day): say it once.
    const said = this.seen.get(issue.path);
    if (said === undefined) this.seen.set(issue.path, issue.message);
    else if (said === issue.message || (typeof said !== "string" && said.has(issue.message))) return;
    else if (typeof said === "string") this.seen.set(issue.path, new Set([said, issue.message]));
    else said.add(issue.message);
    const n = (this.counts.get(issue.code) ?? 0) + 1;
    this.counts.set(issue.code, n);
    if (n <= MAX_PER_CODE) {
      this.list.push(issue);
      return;
    }
    const o = this.overflow.get(issue.code);
    if (o) o.extra++;
    else this.overflow.set(issue.code, { severity: issue.severity, path: issue.path, extra: 1 });
  }

  error(code: string, path: string, message: string, expected: string | null = null, received: string | null = null) {
    this.add({ severity: "error", code, path, message, expected, received });
  }

  warn(code: string, path: string, message: string) {
    this.add({ severity: "warning", code, path, message, expected: null, received: null });
  }

  get hasErrors(): boolean {
    for (const i of this.list) if (i.severity === "error") return true;
    return false;
  }

  /** Every issue, then one "… and N more like it" per code that reached the cap. */
  done(): ValidationIssue[] {
    const out = [...this.list];
    for (const [code, o] of this.overflow) {
      out.push({
        severity: o.severity,
        code,
        path: o.path,
        message: `… and ${o.extra} more like it (${code}); fix the ones above and validate again`,
        expected: null,
        received: null,
      });
    }
    return out;
  }
}

/** Edit distance (Levenshtein), for "did you mean". Linear memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The candidate `input` most likely meant, or `null` when none is close: a small edit distance (a third of the
 * length, at least 1), the same letters in another case or separator (`posterSession`), or a word that starts one
 * (`poster` → `poster-session`). Long lists are only compared up to a bound, so it stays cheap.
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | null {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");
  const want = norm(input);
  if (!want || want.length > 80) return null;
  let best: string | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  let n = 0;
  for (const c of candidates) {
    if (++n > 5000) break;
    const have = norm(c);
    let score: number;
    if (have === want) score = 0;
    else if (have.startsWith(want) && want.length >= 3) score = 0.5;
    else if (Math.abs(have.length - want.length) > 3) continue;
    else score = editDistance(want, have);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best !== null && bestScore <= Math.max(1, Math.floor(want.length / 3)) ? best : null;
}
