/**
 * @workshop-kit/react — the public API. Every export is named here on purpose; `index.test.ts` guards the list.
 * Each component issue adds its own section; keep sections and names sorted.
 */

// CallForPapers (call-for-papers/)
export {
  CallForPapers,
  type CallForPapersProps,
  type CallForPapersSection,
  type CallForPapersSectionContext,
  type CallForPapersState,
} from "./call-for-papers/call-for-papers";
// Shared clock
export { ClockProvider, type ClockProviderProps, useClockSelector, useNow } from "./clock/clock";
// DeadlineCountdown, ImportantDates (deadline-countdown/)
export { DeadlineCountdown, type DeadlineCountdownProps } from "./deadline-countdown/deadline-countdown";
export { ImportantDates, type ImportantDatesProps } from "./deadline-countdown/important-dates";
// EditionJsonLd (edition-json-ld/)
export { EditionJsonLd, type EditionJsonLdProps } from "./edition-json-ld/edition-json-ld";
// EventDetails (event-details/)
export { EventDetails, type EventDetailsProps, type EventDetailsRow } from "./event-details/event-details";
// Favourites, MyAgenda (favourites/)
export { FavouriteToggle, type FavouriteToggleProps } from "./favourites/favourite-toggle";
export {
  type FavouritesStorage,
  type FavouritesStore,
  favouritesNamespace,
  favouritesStore,
} from "./favourites/favourites-store";
export { MyAgenda, type MyAgendaProps } from "./favourites/my-agenda";
// Shared types
export type { HeadingLevel } from "./internal/heading";
export type { HrefTemplate } from "./internal/href-template";
// A page opened at a fragment (/#papers) keeps it in place while it hydrates (internal/keep-fragment.ts)
export { type KeepFragmentOptions, keepFragmentInView } from "./internal/keep-fragment";
// Messages (messages/): English is built in; other languages are subpath exports (@workshop-kit/react/messages/de)
export { en, type Messages } from "./messages/en";
export type { Plural } from "./messages/format";
export type { MessagesOverride } from "./messages/resolve";

// NowNext, SubmissionCallout (now-next/)
export { NowNext, type NowNextProps, type NowNextState } from "./now-next/now-next";
export {
  SubmissionCallout,
  type SubmissionCalloutProps,
  type SubmissionCalloutState,
} from "./now-next/submission-callout";
// PaperList (paper-list/)
export { PaperList, type PaperListProps, type PaperPart, type RenderPaperPart } from "./paper-list/paper-list";
export type { ListedPaper, SessionHref } from "./paper-list/papers";
// ScheduleTable (schedule-table/)
export { SESSION_KIND_LABELS, SESSION_KIND_NAMES } from "./schedule-table/labels";
export type { PaperHref, RenderSessionPart, SessionPart, SpeakerHref } from "./schedule-table/schedule-days";
export { ScheduleJumpList, type ScheduleJumpListProps } from "./schedule-table/schedule-jump-list";
export { type ScheduleFilter, ScheduleTable, type ScheduleTableProps } from "./schedule-table/schedule-table";
export { StaticScheduleTable, type StaticScheduleTableProps } from "./schedule-table/static-schedule-table";

// SpeakerCard, SpeakerGrid (speaker-card/)
export { initials } from "./speaker-card/initials";
export {
  type RenderSpeakerPart,
  SpeakerCard,
  type SpeakerCardProps,
  type SpeakerPart,
} from "./speaker-card/speaker-card";
export { SpeakerGrid, type SpeakerGridProps } from "./speaker-card/speaker-grid";
// Sponsors (sponsors/)
export { Sponsors, type SponsorsProps } from "./sponsors/sponsors";
// Time zone choice and small time companions
export { LocalTime, type LocalTimeProps } from "./time-zone/local-time";
export {
  type DisplayTimeZone,
  type DisplayTimeZoneOptions,
  type TimeZoneChoice,
  TimeZoneProvider,
  type TimeZoneProviderProps,
  useDisplayTimeZone,
  useReaderTimeZone,
  useTimeZoneChoice,
} from "./time-zone/time-zone";
export { TimeZoneToggle, type TimeZoneToggleProps } from "./time-zone/time-zone-toggle";
export { canonicalZone, zoneName } from "./time-zone/zone-names";
export { validZoneChoice, ZONE_STORAGE_KEY } from "./time-zone/zone-store";
