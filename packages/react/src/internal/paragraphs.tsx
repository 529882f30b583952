/**
 * Plain text with links: URLs and e-mail addresses become links (`linkify` only emits safe hrefs).
 * Text is rendered as React text, so "<b>" in content stays the five characters "<b>".
 *
 * Texts the server rendered and the page's hydration data left out (`clientEdition` turns each paragraph into
 * `""`, issue #19) are kept as the server wrote them: see {@link keptText}.
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

/** Paragraphs as `<p>` elements; nothing for an empty list. An empty paragraph keeps the server's (see `keptText`). */
export function paragraphs(texts: readonly string[]) {
  return texts.map((text, i) =>
    text === "" ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text never reorder
      <p key={i} {...keptText(texts, i)} />
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text never reorder
      <p key={i}>{paragraph(text)}</p>
    ),
  );
}

/** Whether `texts` were left out of the client's data by `clientEdition`: every paragraph is `""`. */
export function isKeptText(texts: readonly string[]): boolean {
  return texts.length > 0 && texts.every((t) => t === "");
}

type Kept = { nodes: (Node[] | undefined)[]; refs: ((el: HTMLElement | null) => void)[] };
const kept = new WeakMap<readonly string[], Kept>();

/**
 * Props for an element whose content the server wrote from the full text and the client does not have (`texts`
 * emptied by `clientEdition`; `part` tells apart several elements of one text, such as its paragraphs).
 *
 * - Hydration: the element's children are the text `""` and it has `suppressHydrationWarning`, so React hydrates
 *   the element itself and keeps what the server wrote inside it (React compares, and leaves alone, an element's
 *   own text only: the server's child nodes are never hydrated, which also makes them nearly free).
 * - Later renders: the children stay `""`, so React never touches the content.
 * - A fresh mount of the same text on the client (a row laid out again by a filter, a grid re-laid for a search):
 *   the ref copies in the nodes it found on the hydrated element, kept with the `texts` array (the same array for
 *   the same edition object). A text that was never hydrated on this page stays empty.
 */
export function keptText(texts: readonly string[], part: number) {
  let entry = kept.get(texts);
  if (!entry) {
    entry = { nodes: [], refs: [] };
    kept.set(texts, entry);
  }
  const { nodes, refs } = entry;
  refs[part] ??= (el: HTMLElement | null) => {
    if (!el) return;
    const found = nodes[part];
    if (!found) nodes[part] = el.firstChild ? [...el.childNodes] : undefined;
    else if (!el.firstChild) el.append(...found.map((n) => n.cloneNode(true)));
  };
  return { ref: refs[part], suppressHydrationWarning: true, children: "" } as const;
}
