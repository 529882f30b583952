/**
 * Light/dark switch of the site. The theme follows the system until the reader presses the button; the choice
 * is kept in localStorage. An inline script in <head> (see scripts/build.mjs) applies it before first paint, so
 * this component only reads `data-theme` from <html> and flips it.
 */
import { useSyncExternalStore } from "react";

export const THEME_KEY = "es-fomo-theme";
type Theme = "light" | "dark";

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const currentTheme = (): Theme => (document.documentElement.dataset.theme === "dark" ? "dark" : "light");
const unknownTheme = () => null;

function setTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Private mode or storage disabled: the switch still works for this page.
  }
  for (const l of listeners) l();
}

/**
 * A toggle button (`aria-pressed` = dark). Rendered on the server without `aria-pressed` and hidden by CSS until
 * hydration, so it keeps its place in the layout (no shift) and never offers a control that cannot work.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, unknownTheme);
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === null ? undefined : theme === "dark"}
      onClick={() => setTheme(currentTheme() === "dark" ? "light" : "dark")}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
        <path
          fill="currentColor"
          d="M12 3a9 9 0 1 0 9 9c0-.46-.04-.92-.1-1.36a5.4 5.4 0 0 1-4.4 2.26 5.4 5.4 0 0 1-3.14-9.8A9.3 9.3 0 0 0 12 3Z"
        />
      </svg>
      <span className="theme-toggle__text">Dark theme</span>
    </button>
  );
}

/** The inline <head> script: stored choice, else the system's. Kept tiny and dependency-free. */
export const THEME_SCRIPT = `try{var t=localStorage.getItem("${THEME_KEY}");if(t!=="dark"&&t!=="light")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.dataset.theme=t}catch(e){}`;
