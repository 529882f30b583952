/**
 * Plain text with links: URLs and e-mail addresses become links (`linkify` only emits safe hrefs).
 * Text is rendered as React text, so "<b>" in content stays the five characters "<b>".
 */
import { linkify } from "@workshop-kit/types";

/** One paragraph's text with its links, without a wrapping element. */
export function paragraph(text: string) {
  return linkify(text).map((segment, i) =>
    segment.type === "link" ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments of one string never reorder
      <a key={i} href={segment.href}>
        {segment.text}
      </a>
    ) : (
      segment.text
    ),
  );
}

/** Paragraphs as `<p>` elements; nothing for an empty list. */
export function paragraphs(texts: readonly string[]) {
  return texts.map((text, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text never reorder
    <p key={i}>{paragraph(text)}</p>
  ));
}
