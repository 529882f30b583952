/**
 * One page of the ES-FoMo site: an edition's home, built only from @workshop-kit/react components and the parsed
 * content. The same tree renders on the server (scripts/build.mjs) and hydrates in the browser (client.tsx).
 */
import { ClockProvider, TimeZoneProvider, TimeZoneToggle } from "@workshop-kit/react";
import type { Edition } from "@workshop-kit/types";
import { ThemeToggle } from "./theme-toggle";

/** Everything a page needs; serialised into the HTML as JSON for hydration. */
export interface PageData {
  readonly edition: Edition;
  /** Every edition's year, newest first (derived from content/*.yaml). */
  readonly years: readonly number[];
  /** When the page was built (epoch ms): the server's "now", so live parts render correctly at build time. */
  readonly builtAt: number;
}

/** `/` for the newest edition, `/2024/` for the others. */
export function pathForYear(year: number, years: readonly number[]): string {
  return year === years[0] ? "/" : `/${year}/`;
}

interface TocEntry {
  readonly id: string;
  readonly label: string;
}

export function App({ edition, years, builtAt }: PageData) {
  const isCurrent = edition.year === years[0];
  const reference = edition.sessions[0]?.start.epochMs ?? Date.UTC(edition.year, 6, 1);
  const speakers = edition.people.filter((p) => p.roles.includes("invited-speaker") || p.roles.includes("keynote"));
  const organisers = edition.people.filter((p) => p.roles.includes("organiser"));
  const toc: TocEntry[] = [
    edition.deadlines.length > 0 ? { id: "dates", label: "Important dates" } : null,
    edition.callForPapers ? { id: "call", label: "Call for papers" } : null,
    edition.sessions.length > 0 ? { id: "schedule", label: "Schedule" } : null,
    speakers.length > 0 ? { id: "speakers", label: "Invited speakers" } : null,
    organisers.length > 0 ? { id: "organisers", label: "Organisers" } : null,
    { id: "contact", label: "Contact" },
  ].filter((e): e is TocEntry => e !== null);

  return (
    <ClockProvider serverNow={builtAt}>
      <TimeZoneProvider>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <a className="brand" href={pathForYear(years[0] ?? edition.year, years)}>
              ES-FoMo
            </a>
            <nav className="years" aria-label="Editions">
              <ul>
                {years.map((year) => (
                  <li key={year}>
                    <a href={pathForYear(year, years)} aria-current={year === edition.year ? "page" : undefined}>
                      {year}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <ThemeToggle />
          </div>
        </header>

        <main id="main" tabIndex={-1}>
          <section className="hero" aria-labelledby="title">
            {!isCurrent ? (
              <p className="archive-note">
                Archive: this is the {edition.year} edition.{" "}
                <a href={pathForYear(years[0] ?? 0, years)}>See the latest edition</a>.
              </p>
            ) : null}
            <p className="eyebrow">
              {edition.venue.conferenceShort ?? edition.venue.conference} workshop · {formatDay(edition)}
            </p>
            <h1 id="title">{edition.name}</h1>
            {edition.tagline ? <p className="tagline">{edition.tagline}</p> : null}
            <dl className="facts">
              <div>
                <dt>When</dt>
                <dd>
                  <time dateTime={edition.dates.start.iso}>{formatDay(edition)}</time>
                </dd>
              </div>
              <div>
                <dt>Where</dt>
                <dd>{venueText(edition)}</dd>
              </div>
              {edition.venue.room ? (
                <div>
                  <dt>Room</dt>
                  <dd>{edition.venue.room}</dd>
                </div>
              ) : null}
            </dl>
            <div className="zone-slot">
              <TimeZoneToggle eventZone={edition.timeZone} referenceMs={reference} />
            </div>
          </section>

          <nav className="toc" aria-label="On this page">
            <h2 className="toc__title">On this page</h2>
            <ol>
              {toc.map((e) => (
                <li key={e.id}>
                  <a href={`#${e.id}`}>{e.label}</a>
                </li>
              ))}
            </ol>
          </nav>

          {edition.deadlines.length > 0 ? (
            <section id="dates" className="section" aria-labelledby="dates-title">
              <h2 id="dates-title">Important dates</h2>
              {/* ImportantDates + DeadlineCountdown go here */}
            </section>
          ) : null}

          {edition.callForPapers ? (
            <section id="call" className="section" aria-labelledby="call-title">
              <h2 id="call-title">Call for papers</h2>
              {/* CallForPapers goes here */}
            </section>
          ) : null}

          {edition.sessions.length > 0 ? (
            <section id="schedule" className="section section--wide" aria-labelledby="schedule-title">
              <h2 id="schedule-title">Schedule</h2>
              {/* ScheduleTable goes here */}
            </section>
          ) : null}

          {speakers.length > 0 ? (
            <section id="speakers" className="section section--wide" aria-labelledby="speakers-title">
              <h2 id="speakers-title">Invited speakers</h2>
              {/* SpeakerGrid goes here */}
            </section>
          ) : null}

          {organisers.length > 0 ? (
            <section id="organisers" className="section section--wide" aria-labelledby="organisers-title">
              <h2 id="organisers-title">Organisers</h2>
              {/* SpeakerGrid goes here */}
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
              <p>Contact the organisers through the conference.</p>
            )}
            {edition.links.length > 0 ? (
              <ul className="link-list">
                {edition.links.map((l) => (
                  <li key={l.href}>
                    <a href={l.href}>{l.label}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        </main>

        <footer className="site-footer">
          <p>
            {edition.shortName} · {edition.venue.conferenceShort ?? edition.year}. Built with workshop-kit: every page
            is static HTML that works without JavaScript.
          </p>
        </footer>
      </TimeZoneProvider>
    </ClockProvider>
  );
}

/** "Friday, July 18, 2025" from the calendar date (no clock, no zone: the date is the event's own). */
function formatDay(edition: Edition): string {
  const { year, month, day } = edition.dates.start;
  return new Intl.DateTimeFormat("en-US", {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(Date.UTC(year, month - 1, day));
}

function venueText(edition: Edition): string {
  const v = edition.venue;
  return [v.building, v.city, v.country].filter(Boolean).join(", ") || "To be announced";
}
