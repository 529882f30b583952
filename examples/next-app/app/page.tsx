// A React Server Component (no directive): imports every export of @workshop-kit/react. Static parts (SpeakerGrid,
// SpeakerCard) render here and ship no JavaScript of their own; live parts are client boundaries the server still
// renders to HTML. Props crossing into a client component are plain data (an Edition, numbers, strings). The
// programme here is the live ScheduleTable; app/programme/page.tsx renders it with StaticScheduleTable (one table
// per page: a second copy of the programme here would repeat every session's id).
import * as kit from "@workshop-kit/react";
import {
  CallForPapers,
  ClockProvider,
  DeadlineCountdown,
  EventDetails,
  ImportantDates,
  initials,
  LocalTime,
  PaperList,
  ScheduleTable,
  SESSION_KIND_LABELS,
  SpeakerCard,
  SpeakerGrid,
  Sponsors,
  TimeZoneProvider,
  TimeZoneToggle,
} from "@workshop-kit/react";
import { loadEdition } from "./content";
import { LiveStatus } from "./live-status";

// Hooks cannot run in a server component; importing them must still work (they are client references here).
const hooks = [kit.useClockSelector, kit.useDisplayTimeZone, kit.useNow, kit.useReaderTimeZone];

export default function Page() {
  const edition = loadEdition();
  const first = edition.sessions[0];
  const keynote = edition.people.find((p) => p.roles.includes("keynote")) ?? edition.people[0];
  const submission = edition.deadlines[0];
  const builtAt = Date.now();
  return (
    <ClockProvider serverNow={builtAt}>
      <TimeZoneProvider>
        <main>
          <h1>{edition.name}</h1>
          <EventDetails edition={edition} />
          {first ? (
            <p>
              Opens <LocalTime instant={first.start} show="datetime" withZone />.{" "}
              <TimeZoneToggle eventZone={edition.timeZone} referenceMs={first.start.epochMs} />
            </p>
          ) : null}
          {first ? <LiveStatus eventZone={edition.timeZone} startsAt={first.start.epochMs} /> : null}
          <ScheduleTable edition={edition} headingLevel={2} caption="Programme" />
          <p>
            <a href="/programme">The programme as a static page</a> (StaticScheduleTable: no JavaScript).
          </p>
          <section aria-labelledby="speakers">
            <h2 id="speakers">Speakers</h2>
            <SpeakerGrid
              people={edition.people}
              edition={edition}
              headingLevel={3}
              sessionHref={(id) => `#session-${id}`}
            />
          </section>
          {keynote ? (
            <section aria-labelledby="spotlight">
              <h2 id="spotlight">Spotlight</h2>
              <SpeakerCard person={keynote} edition={edition} headingLevel={3} variant="horizontal" />
              <p data-testid="initials">{initials(keynote.name)}</p>
            </section>
          ) : null}
          {submission ? <DeadlineCountdown deadline={submission} edition={edition} headingLevel={2} /> : null}
          <CallForPapers
            edition={edition}
            headingLevel={2}
            importantDates={<ImportantDates edition={edition} headingLevel={3} />}
          />
          <section aria-labelledby="papers">
            <h2 id="papers">Papers</h2>
            {/* A client component from a server component: sessionHref as a template string (a function cannot cross). */}
            <PaperList edition={edition} sessionHref="#{id}" />
          </section>
          <section aria-labelledby="sponsors">
            <h2 id="sponsors">Sponsors</h2>
            <Sponsors sponsors={edition.sponsors} emptyMessage="No sponsors listed for this edition." />
          </section>
          <footer>
            <p data-testid="kind-label">{SESSION_KIND_LABELS.keynote ?? "Keynote"}</p>
            <p data-testid="exports">
              Server saw {Object.keys(kit).length} exports; {hooks.filter(Boolean).length} hooks importable.
            </p>
          </footer>
        </main>
      </TimeZoneProvider>
    </ClockProvider>
  );
}
