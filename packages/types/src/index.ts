/**
 * @workshop-kit/types — the data model of a workshop edition, its validation, the time model and pure helpers.
 * No React. Every export is named here on purpose; `index.test.ts` guards the list.
 */

export { clientEdition } from "./helpers/client-edition";
export {
  CLOSING_SOON_MS,
  type DeadlineStatus,
  deadlineStatus,
  nextDeadline,
  submissionDeadline,
} from "./helpers/deadlines";
export {
  type CalendarEvent,
  type CalendarOptions,
  calendarName,
  deadlineEvents,
  escapeText,
  foldLine,
  icsUtc,
  sessionEvents,
  toICalendar,
  workshopEvent,
} from "./helpers/ics";
export { isRelativeHref, linkHref, withSafeUrls } from "./helpers/links";
// Helpers
export {
  groupSessionsByDay,
  type LiveState,
  liveStates,
  type NowAndNext,
  nowAndNext,
  OPEN_ENDED_MS,
  type ScheduleDay,
  type SessionState,
  sessionEndMs,
  sessionState,
  type WorkshopWindow,
  workshopWindow,
} from "./helpers/schedule";
export { jsonLdScriptText } from "./interop/script-text";
export { type ValidationIssue, WARNING_CODES } from "./model/issues";
export { isSafeHref, LINK_LABELS, linksFromRecord, safeHref } from "./model/links";
export {
  assertEdition,
  describeValue,
  EditionError,
  formatIssues,
  type ParseOptions,
  type ParseResult,
  parseEdition,
} from "./model/parse";
export type { EditionInput } from "./model/schema";
export { DEADLINE_KINDS, EditionSchema, HOST_ROLES, PERSON_ROLES, SESSION_KINDS } from "./model/schema";
export { linkify, splitParagraphs, type TextSegment } from "./model/text";
// Model
export type {
  CallForPapers,
  Committee,
  Deadline,
  DeadlineChange,
  DeadlineKind,
  Edition,
  Image,
  Link,
  LinkKind,
  Paper,
  Person,
  PersonRole,
  Revision,
  Session,
  SessionHost,
  SessionKind,
  Sponsor,
  SubmissionFormat,
  TopicGroup,
  Venue,
} from "./model/types";
export {
  type DateStyle,
  type DurationOptions,
  type DurationUnit,
  type FormatOptions,
  formatDate,
  formatDateTime,
  formatDateTimeZone,
  formatDuration,
  formatTime,
  type TimeRemaining,
  timeRemaining,
} from "./time/format";
export {
  type CalendarDate,
  dayKey,
  dayShift,
  type Instant,
  instantFromEpoch,
  parseCalendarDate,
  parseDateTime,
  startOfDate,
  type TimeParseError,
  type TimeParseResult,
} from "./time/instant";
// Time model
export {
  AOE_IANA,
  formatOffset,
  ianaZone,
  isValidZone,
  offsetMinutesAt,
  resolveWallClock,
  type WallClock,
  type WallClockResolution,
  wallClockAt,
  type ZoneId,
  type ZoneLabel,
  zoneLabel,
} from "./time/zone";
