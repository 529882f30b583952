/**
 * The canvas modes a designer reviews and the test run checks: theme, viewport, clock, zone, locale.
 * Shared by the preview (toolbar), the manager (clock tool) and the scripts that drive the static build
 * (scripts/storybook-*.mjs read the same ids through the URL: `&globals=theme:dark;viewport:w375`).
 */

export const THEMES = [
  { value: "light", title: "Light" },
  { value: "dark", title: "Dark" },
  { value: "forced", title: "Forced colours (approximation)" },
] as const;

/** The project's viewports: the widths the docs and the demo promise to work at. */
export const VIEWPORTS = {
  w320: { name: "320 px (small phone)", styles: { width: "320px", height: "640px" }, type: "mobile" },
  w375: { name: "375 px (phone)", styles: { width: "375px", height: "800px" }, type: "mobile" },
  w768: { name: "768 px (tablet)", styles: { width: "768px", height: "1024px" }, type: "tablet" },
  w1280: { name: "1280 px (laptop)", styles: { width: "1280px", height: "800px" }, type: "desktop" },
} as const;

/** Frozen instants worth a look; the clock tool also takes any date. `live` = the real clock. */
export const CLOCK_PRESETS = [
  { value: "2025-05-25T12:00:00Z", title: "2025: two days before the submission deadline" },
  { value: "2025-05-27T21:00:00Z", title: "2025: 3 hours before the submission deadline" },
  { value: "2025-05-27T23:55:00Z", title: "2025: 4 minutes before the submission deadline" },
  { value: "2025-06-15T12:00:00Z", title: "2025: after submission, before camera-ready" },
  { value: "2025-07-18T17:35:00Z", title: "2025: during the 10:30 PT oral" },
  { value: "2025-07-19T12:00:00Z", title: "2025: the day after the workshop" },
  { value: "2024-07-26T09:30:00Z", title: "2024: during the workshop (Vienna)" },
] as const;

export const ZONES = [
  "Europe/Berlin",
  "America/Vancouver",
  "America/New_York",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Pacific/Auckland",
  "Pacific/Kiritimati",
  "UTC",
] as const;

export const LOCALES = [
  "en-US",
  "en-GB",
  "de-DE",
  "fr-FR",
  "es-ES",
  "pt-BR",
  "zh-CN",
  "ja-JP",
  "ko-KR",
  "ar-EG",
  "he-IL",
] as const;

/** Writing direction of a locale (the i18n issue adds the messages; direction is wired now). */
export function directionOf(locale: string): "ltr" | "rtl" {
  return /^(ar|he|fa|ur)\b/.test(locale) ? "rtl" : "ltr";
}
