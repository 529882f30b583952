/**
 * Foundations, read from the stylesheet itself: every `--wk-*` custom property declared in base.css (and in any
 * component stylesheet) with its light and dark value, so this page cannot drift from the CSS.
 */
import { TimeZoneProvider, TimeZoneToggle } from "@workshop-kit/react";
import type { CSSProperties, ReactNode } from "react";
import baseCss from "../../packages/react/src/styles/base.css?raw";

/** What each token is for. A token missing here shows "(no role written yet)": add it when adding a token. */
const ROLES: Record<string, string> = {
  "--wk-font": "Font family of every component (inherits the host's).",
  "--wk-font-numeric": "Numeric style for times and countdowns (tabular figures keep columns steady).",
  "--wk-color-text": "Body text.",
  "--wk-color-muted": "Secondary text: affiliations, zones, captions. Meets 4.5:1 on surface and surface-alt.",
  "--wk-color-surface": "Page and card background.",
  "--wk-color-surface-alt": "Raised or striped areas: table headers, alternate rows.",
  "--wk-color-border": "Hairlines between rows and around cards (decorative, not a contrast carrier).",
  "--wk-color-accent": "Links, buttons, focus ring, the pressed toggle. The host's brand colour goes here.",
  "--wk-color-accent-text": "Text on an accent background (a pressed toggle).",
  "--wk-color-live": "Live and urgent: 'Now', 'closing soon'.",
  "--wk-color-live-surface": "Background behind a live session or an urgent deadline.",
  "--wk-color-highlight": "A deep-linked row (#session-id).",
  "--wk-color-success": "Positive state: submissions open.",
  "--wk-color-warning": "Warning state: a moved deadline.",
  "--wk-radius": "Corner radius of cards, buttons, pills.",
  "--wk-space": "The spacing unit; components use fractions and multiples of it.",
  "--wk-focus-ring": "Keyboard focus outline (2 px accent, offset 2 px).",
};

type Token = { name: string; light: string; dark: string | null };

/** Custom properties declared in `:where(:root)` and in the dark block of base.css, in file order. */
export function readTokens(css: string = baseCss): Token[] {
  const block = (selector: RegExp) => {
    const m = selector.exec(css);
    if (!m) return new Map<string, string>();
    const body = css.slice(m.index + m[0].length, css.indexOf("}", m.index));
    return new Map(
      [...body.matchAll(/(--wk-[\w-]+)\s*:\s*([^;]+);/g)].map((d) => [d[1] as string, (d[2] as string).trim()]),
    );
  };
  const light = block(/:where\(:root\)\s*\{/);
  const dark = block(/:where\(\[data-theme="dark"\], \.dark\)\s*\{/);
  return [...light].map(([name, value]) => ({ name, light: value, dark: dark.get(name) ?? null }));
}

const cell: CSSProperties = { padding: "0.4rem 0.6rem", borderBottom: "1px solid #d5d8de", verticalAlign: "top" };

function Swatch({ value, theme }: { value: string; theme: "light" | "dark" }) {
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 8 }}>
      <span
        data-theme={theme}
        style={{
          width: 40,
          height: 28,
          borderRadius: 6,
          border: "1px solid #8a8f99",
          background: value,
          display: "inline-block",
        }}
      />
      <code>{value}</code>
    </span>
  );
}

/** Every colour token with its role, and its light and dark value as swatches. */
export function ColorTokens() {
  const tokens = readTokens().filter((t) => t.name.startsWith("--wk-color-"));
  return (
    <table style={{ borderCollapse: "collapse", width: "100%" }}>
      <caption style={{ textAlign: "start", fontWeight: 600, padding: "0.5rem 0" }}>
        Colour tokens ({tokens.length}), light and dark
      </caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            Token
          </th>
          <th scope="col" style={cell}>
            Role
          </th>
          <th scope="col" style={cell}>
            Light
          </th>
          <th scope="col" style={cell}>
            Dark
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((t) => (
          <tr key={t.name}>
            <th scope="row" style={{ ...cell, textAlign: "start" }}>
              <code>{t.name}</code>
            </th>
            <td style={cell}>{ROLES[t.name] ?? "(no role written yet)"}</td>
            <td style={cell}>
              <Swatch value={t.light} theme="light" />
            </td>
            <td style={cell}>{t.dark ? <Swatch value={t.dark} theme="dark" /> : "same as light"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The other tokens (font, space, radius, focus) with their values. */
export function OtherTokens() {
  const tokens = readTokens().filter((t) => !t.name.startsWith("--wk-color-"));
  return (
    <ul>
      {tokens.map((t) => (
        <li key={t.name}>
          <code>{t.name}</code>: <code>{t.light}</code> — {ROLES[t.name] ?? "(no role written yet)"}
        </li>
      ))}
    </ul>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 16, margin: "0.5rem 0" }}>
      <code style={{ minWidth: 180 }}>{label}</code>
      {children}
    </div>
  );
}

/** Spacing as used by the components: fractions and multiples of --wk-space. */
export function SpacingScale() {
  return (
    <div>
      {["0.25", "0.5", "0.75", "1", "1.5", "2"].map((f) => (
        <Row key={f} label={`calc(var(--wk-space) * ${f})`}>
          <span
            style={{
              display: "inline-block",
              height: 16,
              width: `calc(var(--wk-space) * ${f})`,
              background: "var(--wk-color-accent)",
            }}
          />
        </Row>
      ))}
    </div>
  );
}

/** Type sizes the stylesheets use (relative: they follow the host's base size). */
export function TypeScale() {
  const sizes = [
    ["1.125rem", "Day headings in the schedule"],
    ["1rem", "Body, titles"],
    ["0.9375rem", "Card text"],
    ["0.875rem", "Captions, toolbars, table headers"],
    ["0.8em", "Day shift (+1 day), kind labels, toggle state"],
  ];
  return (
    <div>
      {sizes.map(([size, use]) => (
        <Row key={size} label={size as string}>
          <span style={{ fontSize: size }}>
            Efficient Systems for Foundation Models — {use} <strong style={{ fontWeight: 600 }}>600</strong>
          </span>
        </Row>
      ))}
    </div>
  );
}

/** Radius and focus ring, drawn with the tokens themselves. */
export function ShapeAndFocus() {
  return (
    <div>
      <Row label="--wk-radius">
        <span
          style={{
            display: "inline-block",
            width: 120,
            height: 48,
            border: "1px solid var(--wk-color-border)",
            borderRadius: "var(--wk-radius)",
          }}
        />
      </Row>
      <Row label="--wk-focus-ring">
        <span
          style={{
            display: "inline-block",
            padding: "0.25em 0.75em",
            outline: "var(--wk-focus-ring)",
            outlineOffset: 2,
            borderRadius: "var(--wk-radius)",
          }}
        >
          A focused button
        </span>
      </Row>
    </div>
  );
}

const brand: Record<"light" | "dark", CSSProperties> = {
  // A host's purple, and a lighter tint for dark (the dark surface needs a light accent for 4.5:1).
  light: { "--wk-color-accent": "#6d28d9", "--wk-color-accent-text": "#ffffff" } as CSSProperties,
  dark: { "--wk-color-accent": "#c4b5fd", "--wk-color-accent-text": "#1e1033" } as CSSProperties,
};

/** A host's brand colour set on a container, in light and dark: links, buttons and the pressed toggle follow. */
export function BrandFlow() {
  const reference = Date.UTC(2025, 6, 18, 15, 30);
  return (
    <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 16 }}>
      {(["light", "dark"] as const).map((theme) => (
        <div
          key={theme}
          data-theme={theme}
          style={{
            ...brand[theme],
            background: "var(--wk-color-surface)",
            color: "var(--wk-color-text)",
            padding: 16,
            borderRadius: 8,
          }}
        >
          <p style={{ marginTop: 0, color: "inherit" }}>
            <strong>{theme}</strong>:{" "}
            <code>--wk-color-accent: {String(brand[theme]["--wk-color-accent" as never])}</code>
          </p>
          <p style={{ color: "inherit" }}>
            A <a href="#brand">link to the programme</a> and the toggle, pressed:
          </p>
          <TimeZoneProvider remember={false} readerTimeZone="Europe/Berlin" defaultTimeZone="reader">
            <TimeZoneToggle eventZone="America/Vancouver" referenceMs={reference} />
          </TimeZoneProvider>
        </div>
      ))}
    </div>
  );
}
