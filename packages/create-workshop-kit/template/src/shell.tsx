/**
 * The static parts of a page, rendered at build time only (never shipped to the browser): skip link, header with
 * the year switch and the theme button, the edition's title block, the table of contents, contact and footer.
 * The site's name and base path are props (from site.json and BASE_PATH); everything else comes from the content.
 * scripts/build.mjs assembles: Header, <main> Intro, the hydrated root (live.tsx), Contact </main>, Footer.
 */
import { EventDetails, Sponsors } from "@workshop-kit/react";
import type { Edition } from "@workshop-kit/types";
import { hasPapers, ORGANISER_ROLES, SPEAKER_ROLES, withRole } from "./live";

export interface ShellProps {
  readonly edition: Edition;
  /** Every edition's year, newest first (derived from content/*.yaml). */
  readonly years: readonly number[];
  /** The site's name in the header ("ES-FoMo"), from site.json. */
  readonly siteName: string;
  /** Where the site lives on its host, with slashes: "/" or "/my-workshop/" (a GitHub Pages project site). */
  readonly base: string;
}

/** `{base}` for the newest edition, `{base}2024/` for the others. */
export function pathForYear(year: number, years: readonly number[], base = "/"): string {
  return year === years[0] ? base : `${base}${year}/`;
}

export function Header({ edition, years, siteName, base }: ShellProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="brand" href={base}>
            {siteName}
          </a>
          <nav className="years" aria-label="Editions">
            <ul>
              {years.map((year) => (
                <li key={year}>
                  <a href={pathForYear(year, years, base)} aria-current={year === edition.year ? "page" : undefined}>
                    {year}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {/* Wired up by client.tsx; hidden (but keeping its place) until then, since it cannot work without JS. It says
              what it does ("Switch to" is read, not shown: the library's wk-visually-hidden): both labels are in the HTML and the CSS shows the one for the theme the page is not in
              (html[data-theme], set before first paint), so the name is right from the first frame. */}
          <button type="button" className="theme-toggle">
            <span className="theme-toggle__label" data-when="light">
              <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
                <path
                  fill="currentColor"
                  d="M12 3a9 9 0 1 0 9 9c0-.46-.04-.92-.1-1.36a5.4 5.4 0 0 1-4.4 2.26 5.4 5.4 0 0 1-3.14-9.8A9.3 9.3 0 0 0 12 3Z"
                />
              </svg>
              <span className="theme-toggle__text">
                <span className="wk-visually-hidden">Switch to </span>Dark theme
              </span>
            </span>
            <span className="theme-toggle__label" data-when="dark">
              <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
                <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                  <circle cx="12" cy="12" r="4" />
                  <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
                </g>
              </svg>
              <span className="theme-toggle__text">
                <span className="wk-visually-hidden">Switch to </span>Light theme
              </span>
            </span>
          </button>
        </div>
      </header>
    </>
  );
}

export function Intro({ edition, years, siteName, base, builtAt }: ShellProps & { readonly builtAt?: number }) {
  const latest = years[0] ?? edition.year;
  const conference = edition.venue.conferenceShort ?? edition.venue.conference;
  const toc = [
    ["dates", "Important dates", edition.deadlines.length > 0],
    ["call", "Call for papers", edition.callForPapers !== null],
    ["schedule", "Schedule", edition.sessions.length > 0],
    ["papers", "Papers", hasPapers(edition)],
    ["speakers", "Invited speakers", withRole(edition, SPEAKER_ROLES).length > 0],
    ["organisers", "Organisers", withRole(edition, ORGANISER_ROLES).length > 0],
    ["sponsors", "Sponsors", edition.sponsors.length > 0],
    ["contact", "Contact", true],
  ] as const;
  return (
    <>
      <section className="hero" aria-labelledby="title">
        {edition.year !== latest ? (
          <p className="archive-note">
            You are reading the {edition.year} edition.{" "}
            <a href={base}>
              See {siteName} {latest}
            </a>
            .
          </p>
        ) : null}
        <p className="eyebrow">
          {conference ? `${conference} workshop` : "Workshop"} · {edition.venue.city ?? ""}
        </p>
        <h1 id="title">{edition.name}</h1>
        {edition.tagline ? <p className="tagline">{edition.tagline}</p> : null}
        {/* Static HTML (never hydrated): the build time decides the tentative-date note, so a page built once the
            workshop has begun no longer calls its date "to be confirmed" (the archive years later). */}
        <EventDetails
          edition={edition}
          rows={["when", "where", "room", "online"]}
          className="facts"
          {...(builtAt === undefined ? {} : { now: builtAt })}
        />
        {edition.description.map((p) => (
          <p key={p} className="lead">
            {p}
          </p>
        ))}
      </section>
      <nav className="toc" aria-label="On this page">
        <h2 className="toc__title">On this page</h2>
        <ol>
          {toc
            .filter(([, , shown]) => shown)
            .map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
        </ol>
      </nav>
    </>
  );
}

export function Contact({ edition }: ShellProps) {
  return (
    <>
      {edition.sponsors.length > 0 ? (
        <section id="sponsors" className="section" aria-labelledby="sponsors-title">
          <h2 id="sponsors-title">Sponsors</h2>
          <Sponsors sponsors={edition.sponsors} />
        </section>
      ) : null}
      <section id="contact" className="section" aria-labelledby="contact-title">
        <h2 id="contact-title">Contact</h2>
        {edition.contactEmail ? (
          <p>
            Questions about the workshop? Write to the organisers at{" "}
            <a href={`mailto:${edition.contactEmail}`}>{edition.contactEmail}</a>.
          </p>
        ) : (
          <p>Reach the organisers through the conference.</p>
        )}
        {edition.links.length > 0 ? (
          <ul className="link-list">
            {edition.links.map((l) => (
              <li key={l.href + l.kind}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}

export function Footer({ edition }: ShellProps) {
  return (
    <footer className="site-footer">
      <p>
        {edition.shortName}
        {edition.venue.conferenceShort ? ` at ${edition.venue.conferenceShort}` : ""}. Static pages built with
        workshop-kit; everything here reads without JavaScript.
      </p>
    </footer>
  );
}

/** "Friday, July 18, 2025": a calendar date is the event's own, so it is formatted without any zone conversion. */
export function calendarDay(d: { year: number; month: number; day: number }): string {
  return new Intl.DateTimeFormat("en-US", {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(Date.UTC(d.year, d.month - 1, d.day));
}
