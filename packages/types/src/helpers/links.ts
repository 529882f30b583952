/**
 * The one relative-link rule: which link targets a component renders as given (links within the same site) and
 * which must pass the safe-URL rule ({@link safeHref}).
 */
import { isSafeHref, safeHref } from "../model/links";
import type { Edition, Image, Link, Paper } from "../model/types";

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

const safeLinks = (links: readonly Link[]): readonly Link[] =>
  links.every((l) => isSafeHref(l.href)) ? links : links.filter((l) => isSafeHref(l.href));
const safeImage = (image: Image | null): Image | null => (image && isSafeHref(image.src) ? image : null);
const safePaper = (paper: Paper): Paper => ({ ...paper, links: safeLinks(paper.links) });

/**
 * The edition with every URL that fails the safe-URL rule ({@link isSafeHref}) removed: the website, every
 * link, photo and logo, the call for papers' submission, template and contact URLs. `parseEdition` already refuses
 * such URLs; this is the defence in depth for an `Edition` built in code, and every writer (iCalendar, JSON-LD,
 * frab, the deadline feed) passes its edition through it before writing anything.
 */
export function withSafeUrls(edition: Edition): Edition {
  const cfp = edition.callForPapers;
  return {
    ...edition,
    website: safeHref(edition.website),
    links: safeLinks(edition.links),
    sponsors: edition.sponsors.map((s) => ({ ...s, href: safeHref(s.href), logo: safeImage(s.logo) })),
    people: edition.people.map((p) => ({ ...p, photo: safeImage(p.photo), links: safeLinks(p.links) })),
    sessions: edition.sessions.map((s) => ({
      ...s,
      links: safeLinks(s.links),
      paper: s.paper && safePaper(s.paper),
    })),
    papers: edition.papers.map(safePaper),
    callForPapers: cfp && {
      ...cfp,
      submissionUrl: safeHref(cfp.submissionUrl),
      contactHref: safeHref(cfp.contactHref),
      formats: cfp.formats.map((f) => ({
        ...f,
        templateUrl: safeHref(f.templateUrl),
        submissionUrl: safeHref(f.submissionUrl),
      })),
    },
  };
}
