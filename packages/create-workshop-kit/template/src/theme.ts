/**
 * Light/dark. The theme follows the system until the reader presses the header's button ("Switch to light theme" /
 * "Switch to dark theme"); the choice is kept in
 * localStorage. THEME_SCRIPT is written to its own file and loaded by a blocking <script src> in <head> (before first
 * paint, so no flash; a file, not inline code, so a strict Content-Security-Policy holds); `wireThemeToggle` runs in
 * the browser bundle and is plain DOM code, a few hundred bytes.
 */
export const THEME_KEY = "wk-site-theme";

/** Stored choice, else the system's; sets `data-theme` on <html>. */
export const THEME_SCRIPT = `try{var t=localStorage.getItem("${THEME_KEY}");if(t!=="dark"&&t!=="light")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.dataset.theme=t}catch(e){}`;

/**
 * Make the header's button switch the theme. It names the theme it switches to ("Switch to dark theme"); the CSS
 * picks that label from html[data-theme], so nothing here touches text. CSS shows the button once it has
 * `data-wired`.
 */
export function wireThemeToggle(button: HTMLButtonElement) {
  const html = document.documentElement;
  button.addEventListener("click", () => {
    html.dataset.theme = html.dataset.theme === "dark" ? "light" : "dark";
    try {
      localStorage.setItem(THEME_KEY, html.dataset.theme);
    } catch {
      // Storage disabled: the switch still works on this page.
    }
  });
  button.dataset.wired = "";
}
