/**
 * How a component finds its words: its own parts of the English catalogue, then the provider's messages, then its
 * own `messages` prop, each later layer replacing whole messages of the earlier. A plain module: server components
 * (which cannot read a provider) resolve their `messages` prop the same way.
 */
import type { Messages } from "./en";

/** A partial catalogue: the messages to replace, each whole. */
export type MessagesOverride = Partial<Messages>;

const last = new WeakMap<object, { layers: readonly unknown[]; result: object }>();

/**
 * `defaults` with every message of `layers` (undefined ones skipped) laid over it, later ones winning. The same
 * defaults and layers give the same object as last time, so a component's words keep their identity across renders.
 */
export function resolveMessages<T extends object>(
  defaults: T,
  ...layers: readonly (MessagesOverride | null | undefined)[]
): T {
  if (!layers.some(Boolean)) return defaults;
  const hit = last.get(defaults);
  if (hit && hit.layers.length === layers.length && hit.layers.every((l, i) => l === layers[i])) return hit.result as T;
  const result = Object.assign({}, defaults, ...layers);
  last.set(defaults, { layers, result });
  return result;
}
