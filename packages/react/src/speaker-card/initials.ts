/**
 * Initials and colours of the avatar that stands in for a missing photo. Pure functions with no directive, so a
 * server component can call them (a `'use client'` module would hand the server a reference, not the function).
 */

let segmenter: Intl.Segmenter | undefined;

/** The first user-perceived character (grapheme) of `word`; `""` for none. */
function firstGrapheme(word = ""): string {
  if (!Intl.Segmenter) return Array.from(word)[0] ?? "";
  segmenter ??= new Intl.Segmenter();
  return segmenter.segment(word)[Symbol.iterator]().next().value?.segment ?? "";
}

/**
 * Initials for an avatar: the first character of the first and the last word ("Tri Dao" → "TD"), one character
 * for a single word ("Beyoncé" → "B", "王小明" → "王"). Works on graphemes, so accents, emoji and non-Latin scripts
 * stay whole; leading punctuation ("(Ana)", "‘Ali") is skipped. `""` for an empty name.
 */
export function initials(name: string): string {
  // Words from their first letter or digit on, so leading punctuation is skipped.
  const [first, ...rest] = name.match(/[\p{L}\p{N}]\S*/gu) ?? [];
  return (firstGrapheme(first) + firstGrapheme(rest.at(-1))).toUpperCase();
}

/**
 * Deterministic avatar colours for a name: a hue from a small string hash, and black or white text, whichever
 * contrasts more (always at least 4.58:1 against the background).
 */
export function avatarColors(name: string): { background: string; color: string } {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  const hue = ((hash % 360) + 360) % 360;
  // For hsl(hue 55% 45%), black text contrasts more than white exactly for hues 21–206 (relative luminance above
  // ≈0.179, CSS Color 4 sRGB + WCAG 2); avatar.test.tsx checks every hue independently.
  return { background: `hsl(${hue} 55% 45%)`, color: hue > 20 && hue < 207 ? "#000" : "#fff" };
}
