// The story test run: each browser instance (vitest.config.ts) names the theme it checks; the preview's
// decorator reads it here, so every story renders and is checked with axe in that mode.
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    storybookTheme: string;
  }
}

(globalThis as { __WK_STORYBOOK_THEME__?: string }).__WK_STORYBOOK_THEME__ = inject("storybookTheme");
