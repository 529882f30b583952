/**
 * What `react` means in the standalone build (tsup.config.ts): preact/compat, except `useId`. Preact numbers ids
 * per render root (`P0-0`, `P0-1`…) and every fragment is its own root, so two fragments that both use `useId` would
 * share ids. Here each fragment's ids carry its own prefix (`IdPrefix`, set by the standalone script), as React's
 * `identifierPrefix` does in the server render. Plain JavaScript: preact/compat's types cannot be re-exported with
 * `export *` (they use `export =`); src/preact-react.d.ts types the two names the script uses.
 */
import { createContext, createElement, useId as preactUseId, useContext } from "preact/compat";

export * from "preact/compat";
export { default } from "preact/compat";

const IdPrefixContext = createContext("");

/** Give every `useId` inside the prefix `value`. */
export function IdPrefix({ value, children }) {
  return createElement(IdPrefixContext.Provider, { value }, children);
}

export function useId() {
  const id = preactUseId();
  return useContext(IdPrefixContext) + id;
}
