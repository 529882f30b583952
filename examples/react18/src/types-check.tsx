// Type-checked in the React 18 consumer with @types/react 18, under moduleResolution bundler, node16 and node10,
// `skipLibCheck: false` (scripts/consumer-react18.mjs): the published .d.ts files compile against React 18's types,
// every runtime export is used with the props a page would give it, and wrong props do not compile.
import {
  CallForPapers,
  ClockProvider,
  DeadlineCountdown,
  type DeadlineCountdownProps,
  EventDetails,
  type EventDetailsProps,
  ImportantDates,
  initials,
  LocalTime,
  PaperList,
  ScheduleTable,
  type ScheduleTableProps,
  SESSION_KIND_LABELS,
  SpeakerCard,
  SpeakerGrid,
  Sponsors,
  StaticScheduleTable,
  TimeZoneProvider,
  TimeZoneToggle,
  useClockSelector,
  useDisplayTimeZone,
  useNow,
  useReaderTimeZone,
} from "@workshop-kit/react";
import { type Edition, formatTime } from "@workshop-kit/types";
import { editionJsonLd } from "@workshop-kit/types/interop";
import { parseEditionText } from "@workshop-kit/types/yaml";

const parsed = parseEditionText("");
const edition: Edition | null = parsed.ok ? parsed.edition : null;

// The published types are real types, not `any`: a wrong prop must not compile.
// @ts-expect-error `edition` is required
const missingEdition: ScheduleTableProps = {};
// @ts-expect-error `showSeconds` takes "auto" | "always" | "never"
const badSeconds: Partial<DeadlineCountdownProps> = { showSeconds: "sometimes" };
void missingEdition;
void badSeconds;
// @ts-expect-error "venue" is not a row
const badRow: Partial<EventDetailsProps> = { rows: ["venue"] };
void badRow;

function Hooks({ eventZone }: { eventZone: string }) {
  const now: number | null = useNow(60_000);
  const started = useClockSelector((t) => (t === null ? null : t > 0), 60_000);
  const { zone } = useDisplayTimeZone(eventZone);
  const reader = useReaderTimeZone();
  return (
    <p>
      {now === null ? "" : formatTime(now, zone)} {String(started)} {reader} {initials("Ada Lovelace")}{" "}
      {SESSION_KIND_LABELS.keynote}
    </p>
  );
}

export function Page({ edition }: { edition: Edition }) {
  const first = edition.sessions[0];
  const person = edition.people[0];
  const deadline = edition.deadlines[0];
  return (
    <ClockProvider serverNow={0}>
      <TimeZoneProvider>
        <main>
          {first ? <LocalTime instant={first.start} show="datetime" withZone /> : null}
          <TimeZoneToggle eventZone={edition.timeZone} referenceMs={first?.start.epochMs ?? 0} />
          <Hooks eventZone={edition.timeZone} />
          <ScheduleTable edition={edition} headingLevel={2} className="programme" onClick={() => {}} />
          <StaticScheduleTable edition={edition} headingLevel={2} speakerHref={(id) => `/speakers#${id}`} />
          {person ? <SpeakerCard person={person} edition={edition} headingLevel={3} /> : null}
          <SpeakerGrid people={edition.people} edition={edition} headingLevel={2} />
          {deadline ? <DeadlineCountdown deadline={deadline} edition={edition} headingLevel={2} /> : null}
          <ImportantDates edition={edition} headingLevel={2} />
          <CallForPapers edition={edition} headingLevel={2} />
          <EventDetails edition={edition} rows={["when", "where"]} now={Date.now()} />
          <PaperList edition={edition} sessionHref={(id) => `/schedule#${id}`} renderActions={(paper) => paper.title} />
          <Sponsors sponsors={edition.sponsors} tiers={["Gold"]} headingLevel={3} />
        </main>
      </TimeZoneProvider>
    </ClockProvider>
  );
}

export const jsonLd = edition ? editionJsonLd(edition)["@type"] : null;
