// Where Debian's Chromium is, and the flags that keep it quiet and offline. One place for every tool.
import { existsSync } from "node:fs";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** `CHROMIUM_PATH`, else /usr/bin/chromium. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

export function hasChromium() {
  return existsSync(chromiumPath());
}
