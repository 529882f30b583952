/**
 * One embeddable component as data: which component, the slice of the edition it needs, and its options as plain
 * JSON. The `render` command serialises this next to the server HTML; the standalone script reads it back and
 * renders the very same element, so the server markup and the live page come from one function (`embedElement`)
 * and the same component source.
 */
import {
  CallForPapers,
  type CallForPapersSection,
  DeadlineCountdown,
  EventDetails,
  type HeadingLevel,
  ImportantDates,
  PaperList,
  ScheduleTable,
  SpeakerGrid,
  Sponsors,
  type TimeZoneChoice,
  TimeZoneProvider,
  TimeZoneToggle,
} from "@workshop-kit/react";
import type { Edition, PersonRole } from "@workshop-kit/types";
import type { ReactElement } from "react";

/** The components `render` knows, by the name used on the command line and in `data-wk-embed`. */
export const EMBED_COMPONENTS = [
  "schedule",
  "speakers",
  "dates",
  "countdown",
  "cfp",
  "zone",
  "details",
  "sponsors",
  "papers",
] as const;
export type EmbedComponent = (typeof EMBED_COMPONENTS)[number];

/** Options of one fragment: everything the command line can set, as JSON (no functions). */
export interface EmbedOptions {
  /** Heading level of the component's own headings. Default: the component's default. */
  readonly headingLevel?: HeadingLevel;
  /** Prefix of every `id` the component writes (speaker cards, CFP sections, `useId`). Default `""`. */
  readonly idPrefix?: string;
  /** Schedule: where a speaker's name links, `{id}` replaced by the person id (`#speaker-{id}`). Default: no link. */
  readonly speakerHref?: string;
  /** Speakers, papers: where a talk links, `{id}` replaced by the session id. Default: the component's. */
  readonly sessionHref?: string;
  /** Speakers: only people with one of these roles. Default: everyone. */
  readonly roles?: readonly PersonRole[];
  /** Speakers: card layout. Default `"full"`. */
  readonly variant?: "full" | "compact" | "horizontal";
  /** Countdown: the deadline's id. Default: the first deadline of the file. */
  readonly deadline?: string;
  /** Call for papers: the sections to show, in order. Default: all. */
  readonly sections?: readonly CallForPapersSection[];
  /** Schedule: the table's caption. Default: the component's. */
  readonly caption?: string;
  /** Important dates, call for papers: the section title. Default: the component's. */
  readonly title?: string;
  /** Schedule: attendee favourites (stars, "My agenda", share link), after the script runs. Default `false`. */
  readonly favourites?: boolean;
  /** Schedule: a search box, after the script runs. Default `false`. */
  readonly search?: boolean;
  /** Calendar (.ics) buttons and links. Default `true`. */
  readonly calendar?: boolean;
  /** BCP 47 locale of dates and times. Default `"en-US"`. */
  readonly locale?: string;
  /** Force a 12-hour (`true`) or 24-hour (`false`) clock. Default: the locale's. */
  readonly hour12?: boolean;
}

/** What a fragment carries for the live script (`<script type="application/json" data-wk-props>`). */
export interface EmbedData {
  /** Format version; the script ignores data of a version it does not know. */
  readonly v: 1;
  readonly component: EmbedComponent;
  /** The part of the edition this component reads (see `editionFor`), not the whole file. */
  readonly edition: Edition;
  readonly options: EmbedOptions;
}

/** The page's one zone choice, shared by every fragment (the standalone script keeps it; the server: "event"). */
export interface SharedZone {
  readonly choice: TimeZoneChoice;
  readonly setChoice?: (choice: TimeZoneChoice) => void;
}

/** A `{id}` template as a function: ids are URL-encoded; `undefined` stays `undefined` (the component's default). */
export function hrefTemplate(template: string | undefined): ((id: string) => string) | undefined {
  return template === undefined ? undefined : (id) => template.replaceAll("{id}", encodeURIComponent(id));
}

const none = [] as const;

/** The edition with only what `component` reads (smaller JSON in the page). Pure; same input, same output. */
export function editionFor(component: EmbedComponent, edition: Edition, options: EmbedOptions = {}): Edition {
  const base: Edition = {
    ...edition,
    description: none,
    links: none,
    sponsors: none,
    people: none,
    sessions: none,
    deadlines: none,
    callForPapers: null,
    papers: none,
  };
  switch (component) {
    case "schedule": {
      const speaking = new Set(edition.sessions.flatMap((s) => s.speakerIds));
      return { ...base, sessions: edition.sessions, people: edition.people.filter((p) => speaking.has(p.id)) };
    }
    case "speakers": {
      const roles = options.roles;
      const people = roles ? edition.people.filter((p) => p.roles.some((r) => roles.includes(r))) : edition.people;
      const ids = new Set(people.map((p) => p.id));
      const sessions = edition.sessions.filter((s) => s.speakerIds.some((id) => ids.has(id)));
      return { ...base, people, sessions };
    }
    case "dates":
      return { ...base, deadlines: edition.deadlines };
    case "countdown":
      return { ...base, deadlines: edition.deadlines.filter((d) => d.id === pickDeadline(edition, options)?.id) };
    case "cfp":
      return { ...base, links: edition.links, deadlines: edition.deadlines, callForPapers: edition.callForPapers };
    case "zone":
      return { ...base, sessions: edition.sessions.slice(0, 1) };
    case "details":
      return { ...base, links: edition.links };
    case "sponsors":
      return { ...base, sponsors: edition.sponsors };
    case "papers":
      return { ...base, papers: edition.papers, sessions: edition.sessions };
  }
}

/** The countdown's deadline: `options.deadline` by id, else the first one. */
export function pickDeadline(edition: Edition, options: EmbedOptions) {
  return options.deadline === undefined
    ? edition.deadlines[0]
    : edition.deadlines.find((d) => d.id === options.deadline);
}

/**
 * The instant the zone switch reads both zones' offsets at (they differ across DST): the first session's start, else
 * noon UTC of the workshop's first day. Never the clock, so the server output stays deterministic.
 */
function referenceMs(edition: Edition): number {
  return edition.sessions[0]?.start.epochMs ?? Date.parse(`${edition.dates.start.iso}T12:00:00Z`);
}

/** The component itself, from its data. Throws on data that cannot render (unknown deadline). */
function componentElement({ component, edition, options: o }: EmbedData): ReactElement {
  const calendar = o.calendar ?? true;
  switch (component) {
    case "schedule":
      return (
        <ScheduleTable
          edition={edition}
          headingLevel={o.headingLevel}
          caption={o.caption}
          speakerHref={hrefTemplate(o.speakerHref)}
          showCalendarLinks={calendar}
          favourites={o.favourites}
          search={o.search}
        />
      );
    case "speakers":
      return (
        <SpeakerGrid
          people={edition.people}
          edition={edition}
          roles={o.roles}
          variant={o.variant}
          headingLevel={o.headingLevel}
          sessionHref={hrefTemplate(o.sessionHref)}
          idPrefix={o.idPrefix}
        />
      );
    case "dates":
      return <ImportantDates edition={edition} headingLevel={o.headingLevel} title={o.title} calendar={calendar} />;
    case "countdown": {
      const deadline = pickDeadline(edition, o);
      if (!deadline)
        throw new Error(o.deadline ? `no deadline with id "${o.deadline}"` : "the edition has no deadlines");
      return (
        <DeadlineCountdown deadline={deadline} edition={edition} headingLevel={o.headingLevel} calendar={calendar} />
      );
    }
    case "cfp":
      if (!edition.callForPapers) throw new Error("the edition has no callForPapers");
      return (
        <CallForPapers
          edition={edition}
          headingLevel={o.headingLevel}
          title={o.title}
          sections={o.sections}
          idPrefix={o.idPrefix}
        />
      );
    case "zone":
      return <TimeZoneToggle eventZone={edition.timeZone} referenceMs={referenceMs(edition)} />;
    case "details":
      return <EventDetails edition={edition} locale={o.locale} />;
    case "sponsors":
      return <Sponsors sponsors={edition.sponsors} headingLevel={o.headingLevel} />;
    case "papers":
      return (
        <PaperList
          edition={edition}
          headingLevel={o.headingLevel}
          idPrefix={o.idPrefix}
          sessionHref={hrefTemplate(o.sessionHref)}
        />
      );
  }
}

/** The element to render for `data`, inside the page's shared zone choice and the fragment's locale. */
export function embedElement(data: EmbedData, zone: SharedZone = { choice: "event" }): ReactElement {
  return (
    <TimeZoneProvider
      timeZone={zone.choice}
      onTimeZoneChange={zone.setChoice}
      locale={data.options.locale}
      hour12={data.options.hour12}
    >
      {componentElement(data)}
    </TimeZoneProvider>
  );
}
