/**
 * The hydrated part of a page: every section whose content depends on the clock or the reader's time zone
 * (dates with the next deadline's countdown, the call, the schedule, speakers and organisers with their talk
 * times). One React root, so one `TimeZoneProvider`: the schedule's zone switch converts every time on the page.
 * The rest of the page (header, title, contact, footer) is static HTML from shell.tsx and ships no JavaScript.
 */
import {
  CallForPapers,
  ClockProvider,
  ImportantDates,
  NowNext,
  PaperList,
  ScheduleTable,
  SpeakerGrid,
  SubmissionCallout,
  TimeZoneProvider,
} from "@workshop-kit/react";
import type { Edition } from "@workshop-kit/types";
import { type ReactNode, Suspense } from "react";

/** What the browser needs to hydrate; serialised into the page as JSON. */
export interface LiveData {
  readonly edition: Edition;
  /** When the page was built (epoch ms): the server's "now", so live parts are right at build time and hydrate. */
  readonly builtAt: number;
}

// "dates" and "contact" have their own sections on the page (two "Contact" regions would also confuse landmarks).
const CALL_SECTIONS = ["intro", "topics", "themes", "formats", "review", "submission"] as const;
export const SPEAKER_ROLES = ["keynote", "invited-speaker"] as const;
export const ORGANISER_ROLES = ["organiser"] as const;

/** The people shown in a grid with one of `roles`. */
export const withRole = (edition: Edition, roles: readonly string[]) =>
  edition.people.filter((p) => p.roles.some((r) => roles.includes(r)));

/**
 * Each section is its own Suspense boundary, so React hydrates them one by one in short tasks instead of one
 * long task (better Total Blocking Time on slow phones; nothing ever suspends).
 */
function Part({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}

export function Live({ edition, builtAt }: LiveData) {
  // A speaker's name in the schedule links to their card when the page shows one.
  const carded = new Set(withRole(edition, [...SPEAKER_ROLES, ...ORGANISER_ROLES]).map((p) => p.id));
  const speakerHref = (id: string) => (carded.has(id) ? `#speaker-${id}` : null);
  return (
    <ClockProvider serverNow={builtAt}>
      <TimeZoneProvider>
        {edition.deadlines.length > 0 ? (
          <Part>
            <ImportantDates id="dates" className="section" edition={edition} />
          </Part>
        ) : null}
        {edition.callForPapers ? (
          <Part>
            <CallForPapers id="call" className="section" edition={edition} idPrefix="call-" sections={CALL_SECTIONS} />
          </Part>
        ) : null}
        {edition.sessions.length > 0 ? (
          <Part>
            <section id="schedule" className="section section--wide" aria-labelledby="schedule-title">
              <h2 id="schedule-title">Schedule</h2>
              <ScheduleTable
                edition={edition}
                caption="Programme"
                speakerHref={speakerHref}
                favourites
                search
                jumpList
              />
            </section>
          </Part>
        ) : null}
        {hasPapers(edition) ? (
          <Part>
            <section id="papers" className="section section--wide" aria-labelledby="papers-title">
              <h2 id="papers-title">Papers</h2>
              <PapersIntro edition={edition} />
              <PaperList edition={edition} />
            </section>
          </Part>
        ) : null}
        {withRole(edition, SPEAKER_ROLES).length > 0 ? (
          <Part>
            <section id="speakers" className="section section--wide" aria-labelledby="speakers-title">
              <h2 id="speakers-title">Invited speakers</h2>
              {/* Each talk links to its row in the schedule above, which shows its description: not repeated here. */}
              <SpeakerGrid people={edition.people} edition={edition} roles={SPEAKER_ROLES} talkDescriptions={false} />
            </section>
          </Part>
        ) : null}
        {withRole(edition, ORGANISER_ROLES).length > 0 ? (
          <Part>
            <section id="organisers" className="section section--wide" aria-labelledby="organisers-title">
              <h2 id="organisers-title">Organisers</h2>
              <SpeakerGrid people={edition.people} roles={ORGANISER_ROLES} variant="compact" />
            </section>
          </Part>
        ) : null}
      </TimeZoneProvider>
    </ClockProvider>
  );
}

/**
 * What matters now, for the top of the page (its own small root, hydrated from the same JSON, so it sits above the
 * static title): the workshop's "Now / Next" line on the day ("Starts …" before it), and the call in one line with
 * its submit link while submissions are open. Both say nothing once the workshop is over, so an archive page
 * carries no stale line. Session names link to their rows in the schedule.
 */
export function Now({ edition, builtAt }: LiveData) {
  return (
    <ClockProvider serverNow={builtAt}>
      {/* Now/next first: it stays for the whole day while the call-out above it would go when the workshop begins,
          moving it (and the strip holds its height, see client.tsx, so the call-out going moves nothing below). */}
      <NowNext edition={edition} sessionHref="#{id}" />
      <SubmissionCallout edition={edition} />
    </ClockProvider>
  );
}

/** Whether the page lists papers: the accepted-papers list, or the papers presented in the programme (orals). */
export const hasPapers = (edition: Edition) => edition.papers.length > 0 || edition.sessions.some((s) => s.paper);

/** What the list holds: when the content has the orals' papers only, say where the complete list is. */
function PapersIntro({ edition }: { edition: Edition }) {
  if (edition.papers.length > 0) return null;
  const all = edition.links.find((l) => l.kind === "accepted-papers");
  return (
    <p>
      The papers presented as talks in the programme.
      {all ? (
        <>
          {" "}
          All accepted papers are on <a href={all.href}>{hostName(all.href) ?? all.label}</a>.
        </>
      ) : null}
    </p>
  );
}

/** "openreview.net" for "https://openreview.net/group?id=…"; null when the address does not parse. */
function hostName(href: string): string | null {
  try {
    return new URL(href).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
