// Every component of @workshop-kit/react, fed the ES-FoMo 2025 YAML (copied next to this file by the consumer test).
import {
  CallForPapers,
  ClockProvider,
  DeadlineCountdown,
  type DeadlineCountdownProps,
  ImportantDates,
  LocalTime,
  ScheduleTable,
  type ScheduleTableProps,
  SpeakerCard,
  SpeakerGrid,
  TimeZoneProvider,
  TimeZoneToggle,
  useNow,
} from "@workshop-kit/react";
import type { Edition } from "@workshop-kit/types";
import { parseEditionText } from "@workshop-kit/types/yaml";
import contentYaml from "./content.yaml?raw";

function load(): Edition {
  const result = parseEditionText(contentYaml);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("\n"));
  return result.edition;
}

const edition = load();

// The published types are real types, not `any`: a wrong prop must not compile.
// @ts-expect-error `edition` is required
const missingEdition: ScheduleTableProps = {};
// @ts-expect-error `showSeconds` takes "auto" | "always" | "never"
const badSeconds: Partial<DeadlineCountdownProps> = { showSeconds: "sometimes" };
void missingEdition;
void badSeconds;

function Footer() {
  const now = useNow(60_000);
  return <footer>{now === null ? "" : `Rendered at ${new Date(now).toISOString()}`}</footer>;
}

export function App() {
  const first = edition.sessions[0];
  const deadline = edition.deadlines[0];
  const person = edition.people[0];
  return (
    <ClockProvider>
      <TimeZoneProvider>
        <main>
          <h1>{edition.name}</h1>
          {first ? (
            <p>
              Opens <LocalTime instant={first.start} show="datetime" withZone />{" "}
              <TimeZoneToggle eventZone={edition.timeZone} referenceMs={first.start.epochMs} />
            </p>
          ) : null}
          <ScheduleTable edition={edition} headingLevel={2} speakerHref={(id) => `#speaker-${id}`} />
          <SpeakerGrid people={edition.people} edition={edition} headingLevel={2} />
          {person ? <SpeakerCard person={person} edition={edition} headingLevel={3} variant="compact" /> : null}
          {deadline ? <DeadlineCountdown deadline={deadline} edition={edition} headingLevel={2} /> : null}
          <ImportantDates edition={edition} headingLevel={2} />
          <CallForPapers edition={edition} headingLevel={2} />
          <Footer />
        </main>
      </TimeZoneProvider>
    </ClockProvider>
  );
}
