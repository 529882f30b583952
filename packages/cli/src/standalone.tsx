/**
 * The standalone browser script (`workshop-kit.js`): finds every fragment `workshop-kit render` wrote on the page
 * and renders the same component over its server HTML, so countdowns tick, every zone switch converts every
 * fragment at once, and calendar buttons work. Built against preact/compat (see tsup.config.ts). It calls Preact's
 * own `render`, not compat's `createRoot`/`render`: those empty the container first, as React does, while Preact's
 * `render` diffs against the container's existing children, so the server's DOM nodes are reused and only what
 * differs (live parts, converted times, generated ids) changes.
 *
 * Usage: `<script type="module" src="/assets/workshop-kit.js"></script>` anywhere on the page.
 */

import { keepFragmentInView } from "@workshop-kit/react";
import { type ComponentChild, render } from "preact";
import { useSyncExternalStore } from "react";
import { type EmbedData, embedElement } from "./embed";
import { findFragments } from "./fragment";
import { IdPrefix } from "./preact-react.js";
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
  for (const [index, { container, data }] of fragments.entries()) {
    if (container.hasAttribute(LIVE_ATTRIBUTE)) continue;
    try {
      // Typed as React, run as Preact: the alias makes these elements Preact vnodes. Each fragment is its own
      // root, so its generated ids get their own prefix.
      const island = (
        <IdPrefix value={`wk${index}-`}>
          <Island data={data} store={store} />
        </IdPrefix>
      );
      render(island as unknown as ComponentChild, container);
      container.setAttribute(LIVE_ATTRIBUTE, "");
      live++;
    } catch (e) {
      // One broken fragment keeps its server HTML; the others still go live.
      console.warn(`workshop-kit: ${data.component}: ${(e as Error).message}`);
    }
  }
  return live;
}

// A reader who opened the page at a fragment stays there while the fragments above it come alive.
keepFragmentInView();
mount();
