/**
 * Initials and colours of the avatar that stands in for a missing photo. Pure functions with no directive, so a
 * server component can call them (a `'use client'` module would hand the server a reference, not the function).
 */

// One user-perceived character (grapheme) as a fixed rule after UAX #29, not Intl.Segmenter: Segmenter is missing in
// some browsers (Firefox < 125) and follows each engine's Unicode version (Devanagari conjuncts are one grapheme only
// since 15.1), so server and browser could pick different initials and hydration would fail.
// Extenders: marks (accents, vowel signs, viramas, variation selectors, keycaps), ZWNJ/ZWJ, Thai and Lao AM,
// halfwidth kana voicing marks, skin tones, emoji tags. Unlike UAX #29, Myanmar's tall AA and a few like it stay
// with their syllable.
const EXT = String.raw`[\p{M}\u200C\u200D\u0E33\u0EB3\uFF9E\uFF9F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]`;
// A virama of the scripts whose conjuncts are one grapheme (Devanagari, Bengali, Gujarati, Oriya, Telugu,
// Malayalam) joins the letters around it (their consonants lie in U+0915–U+0D3A): "क्ष" is one grapheme.
const CONS = String.raw`[\u0915-\u0D3A]`;
const VIRAMA = String.raw`[\u094D\u09CD\u0ACD\u0B4D\u0C4D\u0D4D]`;
// Decomposed Korean (NFD, as macOS file names give it): a leading consonant or a syllable, then vowel and trailing
// jamo.
const HANGUL = String.raw`[\u1100-\u115F\uA960-\uA97C\uAC00-\uD7A3][\u1160-\u11FF\uD7B0-\uD7FB]*`;
let grapheme: RegExp | undefined;

/** The first grapheme of `word`: the same in every engine, with or without `Intl.Segmenter`. `""` for none. */
export function firstGrapheme(word = ""): string {
  grapheme ??= new RegExp(
    // a flag; an emoji ZWJ sequence; an Indic conjunct; a Hangul syllable; any other character; then its extenders
    String.raw`^(?:\p{RI}{2}|\p{ExtPict}(?:\u200D\p{ExtPict}|${EXT})*|${CONS}(?:${VIRAMA}${EXT}*${CONS}|${EXT})*|${HANGUL}|[^])${EXT}*`,
    "u",
  );
  return grapheme.exec(word)?.[0] ?? "";
}

/**
 * Initials for an avatar: the first character of the first and the last word ("Tri Dao" → "TD"), one character
 * for a single word ("Beyoncé" → "B", "王小明" → "王"). Works on graphemes, so accents, emoji and non-Latin scripts
 * stay whole ("क्षितिज" → "क्षि"), by a fixed rule, so server and every browser agree; leading punctuation and emoji
 * ("(Ana)", "‘Ali", "🇫🇷 Marie") are skipped. `""` for an empty name.
 */
export function initials(name: string): string {
  // Words from their first letter or digit on, so leading punctuation is skipped.
  const [first, ...rest] = name.match(/[\p{L}\p{N}]\S*/gu) ?? [];
  return (firstGrapheme(first) + firstGrapheme(rest.at(-1))).toUpperCase();
}

/**
 * How many avatar colours there are. The stylesheet has one rule per colour (`.wk-avatar[data-palette="3"]`), so
 * the avatar needs no inline `style` attribute, which a strict Content-Security-Policy (`style-src 'self'`) blocks.
 */
export const AVATAR_PALETTE_SIZE = 12;

/** The avatar colour of a name, `0` to `AVATAR_PALETTE_SIZE - 1`: a small string hash rounded to 30° of hue. */
export function avatarPalette(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  const hue = ((hash % 360) + 360) % 360;
  return Math.round(hue / (360 / AVATAR_PALETTE_SIZE)) % AVATAR_PALETTE_SIZE;
}

/**
 * Deterministic avatar colours for a name (what the stylesheet's rule for its `avatarPalette` sets): the
 * palette's hue, and black or white text, whichever contrasts more (always at least 4.58:1 against the background).
 */
export function avatarColors(name: string): { background: string; color: string } {
  const hue = avatarPalette(name) * (360 / AVATAR_PALETTE_SIZE);
  // For hsl(hue 55% 45%), black text contrasts more than white exactly for hues 21–206 (relative luminance above
  // ≈0.179, CSS Color 4 sRGB + WCAG 2); avatar.test.tsx checks every colour independently.
  return { background: `hsl(${hue} 55% 45%)`, color: hue > 20 && hue < 207 ? "#000" : "#fff" };
}
