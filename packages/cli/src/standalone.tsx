/**
 * The standalone browser script (`workshop-kit.js`): finds every fragment `workshop-kit render` wrote on the page
 * and renders the same component over its server HTML, so countdowns tick, every zone switch converts every
 * fragment at once, and calendar buttons work. Built against preact/compat (see tsup.config.ts); the DOM the server
 * wrote is reused node by node (Preact's render diffs against a container's existing children), so the first paint
 * is the server HTML and nothing is replaced wholesale.
 *
 * Usage: `<script type="module" src="/assets/workshop-kit.js"></script>` anywhere on the page.
 */
import { useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import { type EmbedData, embedElement } from "./embed";
import { findFragments } from "./fragment";
import { createZoneStore, type ZoneStore } from "./zone-store";

/** Marks a container the script has made live (a second copy of the script leaves it alone). */
export const LIVE_ATTRIBUTE = "data-wk-live";

function Island({ data, store }: { data: EmbedData; store: ZoneStore }) {
  const choice = useSyncExternalStore(store.subscribe, store.get, store.get);
  return embedElement(data, { choice, setChoice: store.set });
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Make every fragment under `root` live, sharing `store`; returns how many went live. */
export function mount(root: ParentNode = document, store: ZoneStore = createZoneStore(localStorageOrNull(), window)) {
  const { fragments, problems } = findFragments(root);
  for (const p of problems) console.warn(`workshop-kit: ${p.message}`);
  let live = 0;
  for (const { container, data } of fragments) {
    if (container.hasAttribute(LIVE_ATTRIBUTE)) continue;
    try {
      createRoot(container).render(<Island data={data} store={store} />);
      container.setAttribute(LIVE_ATTRIBUTE, "");
      live++;
    } catch (e) {
      // One broken fragment keeps its server HTML; the others still go live.
      console.warn(`workshop-kit: ${data.component}: ${(e as Error).message}`);
    }
  }
  return live;
}

mount();
