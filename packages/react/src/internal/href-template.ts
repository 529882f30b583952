/**
 * Link props that survive serialisation. A static-site framework (an Astro island, a server component passing props
 * to a client one) can pass strings but not functions, so every `*Href` prop takes either a template — `{id}` is
 * replaced by the URL-encoded id: `"#speaker-{id}"`, `"/people/{id}/"` — or a function of the id. Both go through
 * the one relative-link rule (`linkHref`): a same-site link as given, anything else only if it is a safe URL.
 */
import { linkHref } from "@workshop-kit/types";

/** A template in which `{id}` is the id, or a function of the id (and of what else the prop passes). */
export type HrefTemplate<Rest extends readonly unknown[] = []> =
  | string
  | ((id: string, ...rest: Rest) => string | null | undefined);

/** The checked link for `id` by `scheme`, or `null` (no scheme, a function returning nothing, an unsafe URL). */
export function templateHref<Rest extends readonly unknown[]>(
  scheme: HrefTemplate<Rest> | null | undefined,
  id: string,
  ...rest: Rest
): string | null {
  if (scheme == null) return null;
  return linkHref(typeof scheme === "string" ? scheme.replaceAll("{id}", encodeURIComponent(id)) : scheme(id, ...rest));
}
