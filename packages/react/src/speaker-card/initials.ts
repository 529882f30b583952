/**
 * Initials and colours of the avatar that stands in for a missing photo. Pure functions with no directive, so a
 * server component can call them (a `'use client'` module would hand the server a reference, not the function).
 */

let segmenter: Intl.Segmenter | undefined;

/** The first user-perceived character (grapheme) of `word`. */
function firstGrapheme(word: string): string {
  if (typeof Intl.Segmenter !== "function") return Array.from(word)[0] ?? "";
  segmenter ??= new Intl.Segmenter();
  return segmenter.segment(word)[Symbol.iterator]().next().value?.segment ?? "";
}

/**
 * Initials for an avatar: the first character of the first and the last word ("Tri Dao" → "TD"), one character
 * for a single word ("Beyoncé" → "B", "王小明" → "王"). Works on graphemes, so accents, emoji and non-Latin scripts
 * stay whole; leading punctuation ("(Ana)", "‘Ali") is skipped. `""` for an empty name.
 */
export function initials(name: string): string {
  const words = name
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ""))
    .filter(Boolean);
  const first = words[0];
  if (first === undefined) return "";
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return (firstGrapheme(first) + (last ? firstGrapheme(last) : "")).toUpperCase();
}

/**
 * Deterministic avatar colours for a name: a hue from a small string hash, and black or white text, whichever
 * contrasts more (always at least 4.58:1 against the background).
 */
export function avatarColors(name: string): { background: string; color: string } {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  const hue = ((hash % 360) + 360) % 360;
  // hsl(hue 55% 45%) → sRGB (CSS Color 4), then relative luminance (WCAG 2).
  const a = 0.55 * 0.45;
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const c = 0.45 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(8) + 0.0722 * channel(4);
  // Above ≈0.179 black text contrasts more than white.
  return { background: `hsl(${hue} 55% 45%)`, color: luminance > 0.179 ? "#000" : "#fff" };
}
