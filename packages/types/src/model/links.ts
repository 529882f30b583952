import type { Link, LinkKind } from "./types";

/** Human-readable names of link kinds, in the order links are shown. */
export const LINK_LABELS: Readonly<Record<LinkKind, string>> = {
  homepage: "Homepage",
  website: "Website",
  scholar: "Google Scholar",
  github: "GitHub",
  x: "X",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  linkedin: "LinkedIn",
  email: "Email",
  openreview: "OpenReview",
  arxiv: "arXiv",
  paper: "Paper",
  pdf: "PDF",
  code: "Code",
  slides: "Slides",
  video: "Video",
  poster: "Poster",
  submission: "Submission site",
  "accepted-papers": "Accepted papers",
  virtual: "Virtual page",
  livestream: "Livestream",
  map: "Map",
  other: "Link",
};

const KEY_TO_KIND: Record<string, LinkKind> = {
  acceptedPapers: "accepted-papers",
};

/**
 * Whether `href` is safe to render as a link: only `https:`, `http:` and `mailto:` URLs that parse.
 * `javascript:`, `data:`, `vbscript:`, protocol-relative and relative URLs are all refused.
 */
export function isSafeHref(href: unknown): href is string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we refuse
  if (typeof href !== "string" || /[\s\u0000-\u001f]/.test(href)) return false;
  try {
    new URL(href);
  } catch {
    return false;
  }
  // A URL that parses has the scheme it starts with: http(s) with a host, or mailto with one address.
  return /^(https?:\/\/[^/?#]|mailto:[^@]+@[^@]+$)/i.test(href);
}

/** `href` if it is safe ({@link isSafeHref}), otherwise `null`. Components use it before every `href`. */
export function safeHref(href: string | null | undefined): string | null {
  return isSafeHref(href) ? href : null;
}

/** Turn a content file's `links:` record into ordered {@link Link}s. Unsafe URLs are dropped. */
export function linksFromRecord(record: Readonly<Record<string, string | undefined>> | undefined): Link[] {
  if (!record) return [];
  const out: Link[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    // Own keys only: "constructor" or "toString" must not reach Object.prototype.
    const named = Object.hasOwn(KEY_TO_KIND, key) ? (KEY_TO_KIND[key] as LinkKind) : (key as LinkKind);
    const kind: LinkKind = Object.hasOwn(LINK_LABELS, named) ? named : "other";
    const href = kind === "email" && !value.startsWith("mailto:") ? `mailto:${value}` : value;
    if (!isSafeHref(href)) continue;
    out.push({ kind, href, label: LINK_LABELS[kind] });
  }
  const order = Object.keys(LINK_LABELS);
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
