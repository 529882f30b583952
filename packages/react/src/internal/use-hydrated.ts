/**
 * Whether the page has hydrated: `false` on the server and during hydration, `true` after. Controls that need
 * JavaScript wait for it; the ones rendered early use it to stay invisible (their space reserved) until they work.
 */
import { type CSSProperties, useSyncExternalStore } from "react";

const noopSubscribe = () => () => {};
const yes = () => true;
const no = () => false;

/** `false` on the server and during hydration, `true` after. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noopSubscribe, yes, no);
}

/**
 * Inline style of a control that needs JavaScript but is rendered on the server to hold its place: invisible (not
 * focusable, not announced, space kept, so nothing shifts when it appears) until hydrated. Inline, so it holds
 * without the stylesheet too.
 */
export const PENDING_STYLE: CSSProperties = { visibility: "hidden" };
