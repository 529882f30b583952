import type { Decorator, Preview } from "@storybook/react-vite";
import { ClockProvider, TimeZoneProvider } from "@workshop-kit/react";
import "@workshop-kit/react/styles.css";
import { DocsPage } from "./docs-page";
import { messagesFor } from "./locales";
import { directionOf, LOCALES, THEMES, VIEWPORTS, ZONES } from "./modes";
import "./preview.css";

/**
 * The test run checks every story in several modes (light, dark, forced colours, 375 px; see vitest.config.ts).
 * Each browser instance provides its theme through `inject("storybookMode")`; tests/modes-setup.ts puts it here.
 */
function testTheme(): string | undefined {
  return (globalThis as { __WK_STORYBOOK_THEME__?: string }).__WK_STORYBOOK_THEME__;
}

/**
 * Modes apply to the whole canvas: in a story the theme, direction and language sit on `<html>`, so the surface
 * colour fills the viewport (no white frame, and a grid wider than the screen stays on its own background).
 * On a docs page several stories share one document, so each gets its own themed block.
 *
 * The clock: the toolbar's instant wins; else a story's `parameters.clock.now`; else the live clock.
 */
const withWorkshopContext: Decorator = (Story, context) => {
  const { readerZone, locale = "en-US", theme = "light", clock } = context.globals as Record<string, string>;
  const mode = testTheme() ?? theme;
  const storyNow = (context.parameters.clock as { now?: string } | undefined)?.now;
  const frozen = clock && clock !== "live" ? clock : storyNow;
  const zoneChoice = context.parameters.timeZoneChoice as string | undefined;
  const dir = directionOf(locale);
  const dataTheme = mode === "dark" ? "dark" : "light";
  const inDocs = context.viewMode === "docs";
  if (!inDocs && typeof document !== "undefined") {
    const root = document.documentElement;
    root.setAttribute("data-theme", dataTheme);
    root.toggleAttribute("data-sb-forced", mode === "forced");
    root.setAttribute("dir", dir);
    root.setAttribute("lang", locale);
  }
  const body = (
    <TimeZoneProvider
      {...(readerZone && readerZone !== "browser" ? { readerTimeZone: readerZone } : {})}
      {...(zoneChoice ? { defaultTimeZone: zoneChoice } : {})}
      messages={messagesFor(locale)}
      remember={false}
      key={`${zoneChoice ?? "event"}|${readerZone}`}
    >
      <ClockProvider {...(frozen ? { now: frozen } : {})}>
        <Story />
      </ClockProvider>
    </TimeZoneProvider>
  );
  if (!inDocs) return body;
  return (
    <div className="sb-docs-surface" data-theme={dataTheme} data-sb-forced={mode === "forced" || undefined} dir={dir}>
      {body}
    </div>
  );
};

const preview: Preview = {
  decorators: [withWorkshopContext],
  tags: ["autodocs"],
  parameters: {
    layout: "padded",
    a11y: { test: "error" },
    controls: { expanded: true, sort: "requiredFirst" },
    viewport: { options: VIEWPORTS },
    docs: { toc: true, page: DocsPage, source: { type: "dynamic" } },
    options: {
      storySort: { order: ["Introduction", "Foundations", "Components", "Companions", "Page recipes"] },
    },
  },
  initialGlobals: { readerZone: "browser", locale: "en-US", theme: "light", clock: "live" },
  globalTypes: {
    theme: {
      description: "Light, dark, or an approximation of forced colours (the test run emulates the real mode)",
      toolbar: { title: "Theme", icon: "mirror", dynamicTitle: true, items: [...THEMES] },
    },
    readerZone: {
      description: "The viewer's time zone: what 'my time zone' means for the reader",
      toolbar: {
        title: "Viewer zone",
        icon: "globe",
        dynamicTitle: true,
        items: [{ value: "browser", title: "Browser's own" }, ...ZONES.map((z) => ({ value: z, title: z }))],
      },
    },
    locale: {
      description: "Locale for the words, dates and times, and the page direction (ar, he: right to left)",
      toolbar: { title: "Locale", icon: "transfer", dynamicTitle: true, items: [...LOCALES] },
    },
    // No toolbar: the manager's clock tool (.storybook/manager.tsx) shows the instant in force and takes any date.
    clock: { description: "Freeze the clock at an instant (ISO string) or 'live'" },
  },
};

export default preview;
