/**
 * Whether the page has hydrated: `false` on the server and during hydration, `true` after. Controls that need
 * JavaScript wait for it; the ones rendered early use it to stay invisible (their space reserved) until they work.
 */
import { useSyncExternalStore, version } from "react";

const noopSubscribe = () => () => {};
const yes = () => true;
const no = () => false;

/** `false` on the server and during hydration, `true` after. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noopSubscribe, yes, no);
}

/**
 * Props of a control that needs JavaScript but is rendered on the server to hold its place: until hydrated it is
 * `inert` (not focusable, not clickable, not announced) and marked `data-pending`, which the stylesheet makes invisible
 * (`visibility: hidden`: its space kept, so nothing shifts when it appears). No inline style, so a strict
 * Content-Security-Policy has nothing to block.
 */
export function pendingProps(hydrated: boolean): { "data-pending"?: ""; inert?: boolean } {
  if (hydrated) return {};
  // React 19 knows `inert` as a boolean; React 18 does not, warns for `true` and writes the attribute only from a
  // string ("" is present there). One attribute either way: `inert=""` in the HTML. Decided here, not in a module
  // constant, so a component that imports only useHydrated does not carry it.
  return version.startsWith("18.")
    ? ({ "data-pending": "", inert: "" } as unknown as { "data-pending": ""; inert: boolean })
    : { "data-pending": "", inert: true };
}

/**
 * The value props of a form control that is held until hydrated: none while held (an uncontrolled control, so the
 * server HTML carries no `value=""` or `selected=""` that a renderer diffing over it — the standalone script's
 * Preact — would leave behind), `value` and `onChange` once it works. Give the control
 * `key={hydrated ? "live" : "held"}` too, so React replaces the held control instead of turning an uncontrolled one
 * into a controlled one.
 */
export function liveValue(
  hydrated: boolean,
  value: string,
  set: (value: string) => void,
): { value?: string; onChange?: (event: { currentTarget: { value: string } }) => void } {
  return hydrated ? { value, onChange: (event) => set(event.currentTarget.value) } : {};
}
