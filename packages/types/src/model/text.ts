/**
 * Plain text with paragraphs and links: the only rich text content files have. No HTML is ever produced.
 */
import { isSafeHref } from "./links";

/** Split text into paragraphs at blank lines; single newlines become spaces. */
export function splitParagraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter((p) => p.length > 0);
}

/** A piece of a paragraph: plain text, or a link whose `href` passed {@link isSafeHref}. */
export type TextSegment =
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "link"; readonly text: string; readonly href: string };

const URL_OR_EMAIL = /\bhttps?:\/\/[^\s<>"']+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * Split a paragraph into text and links: bare `https://…` URLs and e-mail addresses become links.
 * Trailing punctuation ("see https://x.org.") stays text.
 */
export function linkify(paragraph: string): TextSegment[] {
  const out: TextSegment[] = [];
  let last = 0;
  for (const m of paragraph.matchAll(URL_OR_EMAIL)) {
    // Trailing punctuation is text, except a ")" closing a "(" inside the URL.
    const raw = m[0].replace(/[.,;:!?)\]]+$/, (trail) => (trail[0] === ")" && m[0].includes("(") ? trail : ""));
    const start = m.index;
    // URL matches start with "http"; an e-mail match that does too ("httpd@x.org") fails isSafeHref either way.
    const href = raw.startsWith("http") ? raw : `mailto:${raw}`;
    if (!isSafeHref(href)) continue;
    if (start > last) out.push({ type: "text", text: paragraph.slice(last, start) });
    out.push({ type: "link", text: raw, href });
    last = start + raw.length;
  }
  if (last < paragraph.length) out.push({ type: "text", text: paragraph.slice(last) });
  return out;
}
