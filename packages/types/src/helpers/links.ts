/**
 * The one relative-link rule: which link targets a component renders as given (links within the same site) and
 * which must pass the safe-URL rule ({@link safeHref}).
 */
import { safeHref } from "../model/links";

/**
 * Whether `href` is a link within the same site: a fragment (`#speaker-ada`), a query (`?day=2`), a dot-relative
 * path (`./talks`, `../2024/`) or a root-relative path (`/speakers`). `//host`, `/\host` (and a tab or newline
 * between) are other sites to a browser, so they are not relative; nor is anything with a scheme.
 */
export function isRelativeHref(href: unknown): href is string {
  return typeof href === "string" && /^(?:[#?.]|\/(?![/\\\t\n\r]))/.test(href);
}

/**
 * A link target a component may render: a relative link ({@link isRelativeHref}) as given, any other through
 * {@link safeHref} (`https:`, `http:`, `mailto:`), else `null`. Used for every host-supplied link callback
 * (ScheduleTable's `speakerHref`, SpeakerCard's `sessionHref`).
 */
export function linkHref(href: string | null | undefined): string | null {
  return isRelativeHref(href) ? href : safeHref(href);
}
