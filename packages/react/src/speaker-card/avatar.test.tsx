import { readFileSync } from "node:fs";
import { act, fireEvent, render, screen } from "@testing-library/react";
import fc from "fast-check";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SpeakerPhoto } from "./avatar";
import { AVATAR_PALETTE_SIZE, avatarColors, avatarPalette, firstGrapheme, initials } from "./initials";

describe("initials", () => {
  it("takes the first letter of the first and the last word", () => {
    expect(initials("Tri Dao")).toBe("TD");
    expect(initials("Azalia Mirhoseini")).toBe("AM");
    expect(initials("Maria de la Cruz")).toBe("MC");
    expect(initials("  ada   lovelace  ")).toBe("AL");
  });

  it("takes one letter of a single name", () => {
    expect(initials("Beyoncé")).toBe("B");
    expect(initials("王小明")).toBe("王");
  });

  it("keeps graphemes whole in non-Latin scripts", () => {
    expect(initials("山田 太郎")).toBe("山太");
    expect(initials("محمد علي")).toBe("مع");
    expect(initials("דוד בן-גוריון")).toBe("דב");
    expect(initials("Émile Zola")).toBe("ÉZ");
    // "É" written as E + combining acute stays one grapheme
    expect(initials("E\u0301mile Zola")).toBe("E\u0301Z");
    expect(initials("अमित शर्मा")).toBe("अश");
  });

  it("skips leading punctuation and copes with empty names", () => {
    expect(initials("(Ana) ‘Ali")).toBe("AA");
    expect(initials("")).toBe("");
    expect(initials("   ")).toBe("");
  });

  it("never gives more than two graphemes, even for 80-character names", () => {
    const long = "Maria Guadalupe Fernández de la Concepción Rodríguez-Santiesteban y Villalobos Ruiz";
    expect(initials(long)).toBe("MR");
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (name) => {
        expect(Array.from(new Intl.Segmenter().segment(initials(name))).length).toBeLessThanOrEqual(2);
      }),
    );
  });
});

/** Names in many scripts and their expected initials: the same with and without Intl.Segmenter. */
const NAMES: readonly (readonly [string, string])[] = [
  ["Tri Dao", "TD"],
  ["E\u0301lodie Durand", "E\u0301D"], // decomposed É (NFD)
  ["Nguye\u0302\u0303n Văn An", "NA"],
  ["Zoë O\u0308zil", "ZO\u0308"],
  ["王小明", "王"],
  ["山田 太郎", "山太"],
  ["홍길동", "홍"],
  ["홍 길동".normalize("NFD"), "홍길".normalize("NFD")], // jamo: ᄒ + ᅩ + ᆼ is one syllable
  ["ｶﾞｰﾄﾞ ﾀﾛｳ", "ｶﾞﾀ"], // halfwidth kana with a voicing mark
  ["محمد علي", "مع"],
  ["عُمر خَالد", "عُخَ"], // Arabic harakat stay on their letter
  ["דוד בן-גוריון", "דב"],
  ["אֱלִיעֶזֶר", "אֱ"],
  ["अमित शर्मा", "अश"],
  ["मीरा नायर", "मीना"], // Devanagari vowel signs
  ["क्षितिज स्वामी", "क्षिस्वा"], // conjuncts (virama + consonant) stay whole
  ["প্রিয়াঙ্কা চোপড়া", "প্রিচো"],
  ["శ్రీనివాస్ రావు", "శ్రీరా"],
  ["ശ്രീ നാരായണ", "ശ്രീനാ"],
  ["தமிழ் செல்வி", "தசெ"],
  ["สำราญ ศรีสุข", "สำศ"], // Thai SARA AM
  ["Ana 👩🏽‍🔬", "A"], // emoji are not words
  ["👩🏽‍🔬 Marie Curie", "MC"],
  ["🇫🇷 Marie", "M"],
  ["Ana🇫🇷 Silva👍🏽", "AS"],
  ["1\uFE0F\u20E3 Team", "1\uFE0F\u20E3T"], // a keycap
];

/** Replace `Intl.Segmenter` (read-only in the types, writable in engines). */
function setSegmenter(value: unknown): void {
  Object.defineProperty(Intl, "Segmenter", { value, configurable: true, writable: true });
}

describe("initials without Intl.Segmenter (Firefox < 125) and with an older one", () => {
  const original = Intl.Segmenter;
  afterEach(() => {
    setSegmenter(original);
  });

  it("gives the expected initials in every script", () => {
    for (const [name, expected] of NAMES) expect([name, initials(name)]).toEqual([name, expected]);
  });

  it("gives the same initials when Segmenter is missing", () => {
    const withSegmenter = NAMES.map(([name]) => initials(name));
    setSegmenter(undefined);
    expect(NAMES.map(([name]) => initials(name))).toEqual(withSegmenter);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 12 }), (name) => {
        setSegmenter(original);
        const expected = initials(name);
        setSegmenter(undefined);
        expect(initials(name)).toBe(expected);
      }),
    );
  });

  it("gives the same initials when Segmenter splits code points (an engine on an older Unicode)", () => {
    const withSegmenter = NAMES.map(([name]) => initials(name));
    setSegmenter(
      class {
        segment(text: string) {
          return Array.from(text, (segment) => ({ segment }));
        }
      },
    );
    expect(NAMES.map(([name]) => initials(name))).toEqual(withSegmenter);
  });

  it("agrees with this engine's Intl.Segmenter (Unicode 15.1+) on the first grapheme of every word", () => {
    const segmenter = new Intl.Segmenter();
    for (const [name] of NAMES) {
      for (const word of name.split(/\s+/)) {
        const first = segmenter.segment(word)[Symbol.iterator]().next().value?.segment ?? "";
        expect([word, firstGrapheme(word)]).toEqual([word, first]);
      }
    }
    // Flags, ZWJ sequences, tag sequences and skin tones, should a word ever start with one.
    for (const word of [
      "🇫🇷🇩🇪",
      "👩🏽‍🔬x",
      "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}x",
      "👍🏽👍",
      "a\u200D👍",
    ]) {
      const first = segmenter.segment(word)[Symbol.iterator]().next().value?.segment;
      expect([word, firstGrapheme(word)]).toEqual([word, first]);
    }
  });

  it("keeps Myanmar's tall AA with its syllable, where UAX #29 splits it", () => {
    expect(firstGrapheme("မောင်")).toBe("မော");
  });

  it("hydrates a server avatar in a browser without Segmenter", async () => {
    const element = <SpeakerPhoto photo={null} name={"E\u0301lodie क्षितिज"} />;
    const html = renderToString(element);
    setSegmenter(undefined);
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args) => errors.push(args));
    const root = await act(async () => hydrateRoot(container, element, { onRecoverableError: (e) => errors.push(e) }));
    spy.mockRestore();
    expect(errors).toEqual([]);
    expect(container).toHaveTextContent("E\u0301क्षि");
    act(() => root.unmount());
    container.remove();
  });
});

/** Contrast ratio (WCAG 2) of text `fg` ("#000"/"#fff") on `hsl(h s% l%)`, computed independently. */
function contrast(background: string, fg: string): number {
  const m = /^hsl\((\d+) (\d+)% (\d+)%\)$/.exec(background);
  if (!m) throw new Error(`unexpected colour ${background}`);
  const [h, s, l] = [Number(m[1]), Number(m[2]) / 100, Number(m[3]) / 100];
  // Textbook HSL → RGB via chroma and the hue sector.
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const sector = Math.floor(h / 60);
  const [r1, g1, b1] = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][sector] as [number, number, number];
  const rgb = [r1, g1, b1].map((v) => Math.round((v + l - c / 2) * 255) / 255);
  const lin = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = rgb.map(lin) as [number, number, number];
  const bg = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const text = fg === "#fff" ? 1 : 0;
  return (Math.max(bg, text) + 0.05) / (Math.min(bg, text) + 0.05);
}

describe("avatarColors", () => {
  it("gives a name the same colours every time", () => {
    expect(avatarColors("Tri Dao")).toEqual(avatarColors("Tri Dao"));
    expect(avatarColors("Tri Dao")).toEqual({ background: "hsl(300 55% 45%)", color: "#fff" });
  });

  it("gives different names different hues", () => {
    const names = ["Tri Dao", "Dan Fu", "Beidi Chen", "Percy Liang", "Azalia Mirhoseini", "Julien Launay"];
    const hues = new Set(names.map((n) => avatarColors(n).background));
    expect(hues.size).toBeGreaterThanOrEqual(5);
  });

  it("always picks text with a contrast of at least 4.5:1", () => {
    // Names covering every colour of the palette, then random names.
    const seen = new Map<string, string>();
    for (let i = 0; seen.size < AVATAR_PALETTE_SIZE && i < 100_000; i++) {
      const { background, color } = avatarColors(`Person ${i}`);
      seen.set(background, color);
    }
    expect(seen.size).toBe(AVATAR_PALETTE_SIZE);
    for (const [background, color] of seen) expect(contrast(background, color)).toBeGreaterThanOrEqual(4.5);
    fc.assert(
      fc.property(fc.string(), (name) => {
        const { background, color } = avatarColors(name);
        expect(contrast(background, color)).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the avatar palette in the stylesheet", () => {
  it("sets, for every palette entry, the colours avatarColors gives", () => {
    const css = readFileSync(new URL("./speaker-card.css", import.meta.url.replace(/\?.*$/, "")), "utf8");
    for (let i = 0; i < 2000; i++) {
      const name = `Person ${i}`;
      const { background, color } = avatarColors(name);
      const rule = new RegExp(
        String.raw`\[data-palette="${avatarPalette(name)}"\]\) \{\s*--wk-avatar-bg: ${background.replace(/[()]/g, "\\$&")};\s*--wk-avatar-fg: ${color};`,
      );
      expect(css).toMatch(rule);
    }
  });
});

describe("SpeakerPhoto", () => {
  const photo = { src: "https://invalid.example/photo.jpg", alt: "Portrait of Ce Zhang", width: null, height: null };

  it("renders the image first, then initials after an error event", () => {
    const { container } = render(<SpeakerPhoto photo={photo} name="Ce Zhang" />);
    fireEvent.error(screen.getByRole("img", { name: "Portrait of Ce Zhang" }));
    const avatar = container.querySelector('[data-slot="avatar"]') as HTMLElement;
    expect(avatar).toHaveTextContent("CZ");
    expect(avatar).toHaveAttribute("data-palette", String(avatarPalette("Ce Zhang")));
    // No inline style: a strict Content-Security-Policy (style-src without 'unsafe-inline') would block it.
    expect(avatar).not.toHaveAttribute("style");
  });

  it("stays an image while nothing has failed", () => {
    render(<SpeakerPhoto photo={photo} name="Ce Zhang" />);
    fireEvent.load(screen.getByRole("img"));
    expect(screen.getByRole("img", { name: "Portrait of Ce Zhang" })).toBeInTheDocument();
  });
});

describe("SpeakerPhoto given an unsafe source (an edition built in code)", () => {
  it("never puts javascript:, data:, vbscript: or file: into src, and shows the initials", () => {
    for (const src of ["javascript:alert(1)", "data:image/svg+xml,<svg/>", "vbscript:x", "file:///etc/passwd"]) {
      const html = renderToString(
        <SpeakerPhoto photo={{ src, alt: "Ada", width: 80, height: 80 }} name="Ada Lovelace" />,
      );
      expect(html).not.toContain("<img");
      expect(html).toContain("AL");
    }
    const ok = renderToString(
      <SpeakerPhoto photo={{ src: "https://es-fomo.com/ada.jpg", alt: "Ada", width: 80, height: 80 }} name="Ada" />,
    );
    expect(ok).toContain('src="https://es-fomo.com/ada.jpg"');
  });
});
