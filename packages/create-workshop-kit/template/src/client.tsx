/**
 * Browser entry: wire the theme button, then hydrate the live sections from the JSON the build put in the page.
 */
import { keepFragmentInView } from "@workshop-kit/react";
import { startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { Live, type LiveData, Now } from "./live";
import { wireThemeToggle } from "./theme";
import "./site.css";

const toggle = document.querySelector<HTMLButtonElement>(".theme-toggle");
if (toggle) wireThemeToggle(toggle);

// A reader who opened /#papers stays at the papers while the live parts above them appear.
keepFragmentInView();

/**
 * What matters now (#now: the call's line, now/next) was rendered when the site was built; by the time a reader opens
 * the page it may have moved on (the call closed, the workshop begun, the archive a year later), and the new state is
 * most often shorter. The strip keeps its first height until it is out of sight, then lets go: the browser's scroll
 * anchoring keeps the page still as it does, so nothing moves under the reader either way. A CSSOM style, not a
 * style attribute: a strict Content-Security-Policy allows it.
 */
function holdHeightUntilOutOfSight(el: HTMLElement) {
  const height = el.getBoundingClientRect().height;
  if (!height) return;
  el.style.minBlockSize = `${height}px`;
  const watch = new IntersectionObserver(([entry]) => {
    if (entry && !entry.isIntersecting) {
      el.style.minBlockSize = "";
      watch.disconnect();
    }
  });
  watch.observe(el);
}

const root = document.getElementById("root");
const json = document.getElementById("page-data")?.textContent;
if (root && json) {
  // The client benchmark (scripts/bench-client.mjs) times hydration from this mark until the main thread is idle.
  performance.mark("wk:hydrate-start");
  const data = JSON.parse(json) as LiveData;
  const now = document.getElementById("now");
  if (now) holdHeightUntilOutOfSight(now);
  // Hydrating as a transition: React works in slices of a few milliseconds and lets the browser handle input in
  // between (a click on a part not yet hydrated is replayed once it is), instead of one long task that grows with
  // the programme. The page is already on screen from the server's HTML, so nothing waits for it (issue #19).
  startTransition(() => {
    if (now) hydrateRoot(now, <Now {...data} />, { identifierPrefix: "now-" });
    hydrateRoot(root, <Live {...data} />);
  });
}
