/**
 * English: the built-in catalogue, and the shape every other catalogue follows (`Messages`). Split into one part per
 * area so that a page pays only for the words of the components it renders (each component's defaults are its
 * parts); `en` is all of them. Plain data: templates with `{name}` placeholders and plural objects, no functions.
 */
import type { PersonRole, SessionKind } from "@workshop-kit/types";
import type { Plural } from "./format";

/** Words several components share. */
export const enCommon = {
  /** BCP 47 locale of this catalogue's dates, times and numbers. */
  locale: "en-US",
  /** Text direction of the language. */
  dir: "ltr" as "ltr" | "rtl",
  /** Between a label and what it labels ("Deadline: May 27"); the French put a space before the colon. */
  colon: ": ",
  /** Between the names of a list of people or authors. */
  listSeparator: ", ",
  /** Between clauses of one sentence ("A overlaps with B; C overlaps with D"). */
  clauseSeparator: "; ",
  /** A sentence made of joined clauses. */
  sentence: "{text}.",
  /** Between two times of a range ("8:30 AM – 9:10 AM"). */
  range: " – ",
  /** Between items of a short inline list of links. */
  separator: " · ",
  /** Around a parenthetical aside ("Ada Lovelace (Analytical Engines)"). */
  paren: " ({text})",
  /** A title or date not known yet, inside a sentence. */
  tba: "to be announced",
  /** The same, standing alone. */
  tbaAlone: "To be announced",
  /** Its short form, shown to eyes (the long one is read aloud). */
  tbaShort: "TBA",
  /** A time left (or passed) under the smallest unit shown ("closes in less than a minute"). */
  lessThanMinute: "less than a minute",
  addToCalendar: "Add to calendar",
  description: "Description",
  /** A room (a column of the programme, a row of the event details). */
  room: "Room",
  /** Whom to write to (a section of the call, a row of the event details). */
  contact: "Contact",
  /** A toggle's visible state, beside its unchanging name. */
  on: "On",
  off: "Off",
  /** A time converted into the reader's zone that falls on the next / previous calendar day. */
  dayLater: { one: "+{count} day", other: "+{count} days" } as Plural,
  dayEarlier: { one: "\u2212{count} day", other: "\u2212{count} days" } as Plural,
  /** How a session's hosts are named ("Moderator: …", "Chairs: …"). */
  hostModerator: { one: "Moderator", other: "Moderators" } as Plural,
  hostChair: { one: "Chair", other: "Chairs" } as Plural,
  hostHost: { one: "Host", other: "Hosts" } as Plural,
  timeZoneToggle: "Show times in my time zone ({zone})",
  /** Where the zone switch stands for a reader already in the event's zone (ScheduleTable). */
  timeZoneIsYours: "Times are in your time zone",
  calendarDownloaded: "Calendar file downloaded: {file}",
};

/** The programme (ScheduleTable, StaticScheduleTable, MyAgenda, the favourites tools). */
export const enSchedule = {
  programme: "Programme",
  programmeTba: "Programme to be announced",
  /** ScheduleJumpList: the name of its list of links to the days, then what follows a day's date. */
  jumpList: "Days of the programme",
  jumpListCount: " · {sessions}",
  /** A day's caption when the programme has several days, then when it has one. */
  captionDay: "{caption}, {date}.",
  captionOne: "{caption}.",
  allTimes: "All times {zone}",
  /** After a day heading in a converted zone: the zone, and "your time" when it is the reader's own. */
  dayZone: "— {zone}",
  dayZoneYours: "— your time, {zone}",
  /** The event's own day and times, under a day re-headed in the reader's zone. */
  eventTime: "Event's time: {span}",
  time: "Time",
  session: "Session",
  allRooms: "All rooms",
  revision: "Schedule updated on {date}: {note}",
  now: "Now",
  next: "Next",
  paper: "Paper",
  poster: "Poster {poster}",
  addProgramme: "Add the whole programme to your calendar",
  addDay: "Add {day} to your calendar",
  calendarFile: "Download the programme (.ics)",
  calendarSubscribe: "Subscribe in your calendar app",
  startsOn: "Starts {date}",
  nextAt: "{session} at {time}",
  filterKind: "Kind",
  filterTrack: "Track",
  filterRoom: "Room",
  filterAll: "All",
  sessions: { one: "{count} session", other: "{count} sessions" } as Plural,
  /** `{count}` is the total (it picks the plural form), `{shown}` how many are shown. */
  showing: { one: "Showing {shown} of {count} session", other: "Showing {shown} of {count} sessions" } as Plural,
  /** Every kind's name, for filters and for anything that names a kind. */
  kindNames: {
    opening: "Opening",
    "invited-talk": "Invited talk",
    keynote: "Keynote",
    oral: "Oral",
    "contributed-talk": "Contributed talk",
    spotlight: "Spotlight",
    "lightning-talks": "Lightning talks",
    "poster-session": "Poster session",
    panel: "Panel",
    tutorial: "Tutorial",
    demo: "Demo",
    "sponsor-talk": "Sponsor talk",
    break: "Break",
    meal: "Meal",
    awards: "Awards",
    closing: "Closing",
    social: "Social",
    other: "Other",
  } as Readonly<Record<SessionKind, string>>,
  /** Labels printed before a session's title ("Keynote: …"); kinds whose title says it all have none. */
  kindLabels: {
    "invited-talk": "Invited talk",
    keynote: "Keynote",
    oral: "Oral",
    spotlight: "Spotlight",
    "lightning-talks": "Lightning talks",
    "poster-session": "Poster session",
    panel: "Panel",
    tutorial: "Tutorial",
    demo: "Demo",
    "sponsor-talk": "Sponsor talk",
    awards: "Awards",
    social: "Social",
  } as Readonly<Partial<Record<SessionKind, string>>>,
  // Favourites and search
  search: "Search",
  searchPlaceholder: "Title, speaker, paper…",
  star: "Star: {title}",
  myAgenda: "My agenda ({count} starred)",
  addStarred: "Add my starred sessions to your calendar",
  shareAgenda: "Copy a link to my agenda",
  sharedLink: "Link to your agenda (copied)",
  notSaved: "This browser does not keep your stars: they last until you leave the page.",
  sharedAgenda: "Shared agenda",
  sharedViewing: {
    one: "You are viewing an agenda someone shared: {count} session.",
    other: "You are viewing an agenda someone shared: {count} sessions.",
  } as Plural,
  sharedAdded: "Added to your favourites.",
  sharedAdd: "Add these to my favourites",
  wholeProgramme: "Show the whole programme",
  conflicts: { one: "Conflict:", other: "{count} conflicts:" } as Plural,
  /** One overlap, its titles already quoted the language's way. */
  overlap: "{a} overlaps with {b}",
  overlapsWith: "overlaps with {titles}",
  quoted: "“{title}”",
  agendaEmpty: "Nothing starred yet: star sessions in the programme to list them here.",
};

/** Deadlines (DeadlineCountdown, ImportantDates). */
export const enDeadlines = {
  closesIn: "Closes in {time}",
  closedAgo: "Closed {ago}",
  opensIn: "Opens in {time}",
  openedAgo: "Opened {ago}",
  dateIn: "In {time}",
  dateAgo: "{ago}",
  startedAgo: "Started {ago}",
  /** The time remaining, then the absolute date. */
  countdown: "{remaining}, on {date}",
  paused: "{text} (paused)",
  lessThanMinuteAgo: "less than a minute ago",
  yourTime: "your time: {time}",
  /** In place of yourTime when the reader's zone gives the same time (the line keeps its place). */
  yourTimeSame: "the same in your time zone",
  /** Under a deadline converted to the reader's choice: the date and zone it was announced in. */
  announcedAs: "announced as: {time}",
  pauseCountdown: "Pause countdown",
  /** Announced once, politely, when a threshold is crossed while the page is open. */
  soonCloses: "{label} closes in less than {window}.",
  soonOpens: "{label} opens in less than {window}.",
  soonDate: "{label} is less than {window} away.",
  passedCloses: "{label} has passed.",
  passedOpens: "{label} has opened.",
  passedWorkshop: "{label} has started.",
  historyExtended: { one: "Extended; earlier date:", other: "Extended; earlier dates:" } as Plural,
  historyMoved: { one: "Moved; earlier date:", other: "Moved; earlier dates:" } as Plural,
  earlierDates: { one: "Earlier date:", other: "Earlier dates:" } as Plural,
  reason: " — {reason}",
  importantDates: "Important dates",
  workshop: "Workshop",
  addAllDates: "Add all dates to calendar",
  statePassed: "passed",
  stateUpcoming: "upcoming",
  statusClosed: "Closed",
  statusOpened: "Opened",
  statusPassed: "Passed",
  statusEnded: "Ended",
  statusNext: "Next",
  /** The badge of the workshop's own item while it runs (the next date has begun): not "Next" beside "Started 2 hours ago". */
  statusNow: "Now on",
};

/** The call for papers. */
export const enCallForPapers = {
  callForPapers: "Call for papers",
  introduction: "Introduction",
  topics: "Topics",
  themesFor: "Themes for {year}",
  formats: { one: "Submission format", other: "Submission formats" } as Plural,
  review: "Review and publication",
  submission: "Submission",
  notPublished: "The call for papers has not been published yet.",
  opensOn: "Submissions open on {date}.",
  opensInSentence: "Opens in {time}.",
  deadline: "Deadline: {date}",
  closedOn: "Submissions closed on {date}.",
  submitOn: "Submit on {platform}",
  submitPaper: "Submit your paper",
  submit: "Submit",
  submitBy: "Submit by {date}",
  extendedNote: " (extended)",
  closesInNote: " — closes in {time}",
  submissionsOpenOn: "Submissions open {date}",
  submissionsClosedOn: "Submissions closed on {date}",
  submissionsAreOpen: "Submissions are open",
  submissionDeadlineOn: "Submission deadline: {date}",
  submissionDeadlineTba: "Submission deadline to be announced",
  submissionsClosedAnnouncement: "Submissions closed.",
  siteTba: "Submission site to be announced.",
  questions: "Questions? Write to {email}.",
  extendedFrom: "extended from {date}",
  movedEarlierFrom: "moved earlier from {date}",
  length: "Length: {limit}",
  template: "{name} template",
  supplementary: "Supplementary material: {rule}",
  pages: { one: "{count} page", other: "{count} pages" } as Plural,
  pageRange: "{min}–{max} pages",
  pagesRecommended: "{pages} recommended, not enforced",
  pagesMaximum: "{pages} maximum",
  pagesEnforced: "{pages}, enforced",
  reviewDoubleBlind: "Double-blind review",
  reviewSingleBlind: "Single-blind review",
  reviewOpen: "Open review",
  explainDoubleBlind: "authors and reviewers do not see each other's names, so anonymize your submission.",
  explainSingleBlind: "reviewers see the authors' names; authors do not see the reviewers'.",
  explainOpen: "reviews and the authors' names are public.",
  archival: "Archival",
  nonArchival: "Non-archival",
  explainArchival: "accepted papers are published in the workshop's proceedings.",
  explainNonArchival:
    "accepted papers are not published in proceedings, so you may submit them to a conference or journal later.",
  dualSubmission: "Dual submission",
};

/** People (SpeakerCard, SpeakerGrid). */
export const enPeople = {
  roles: {
    keynote: "Keynote speaker",
    "invited-speaker": "Invited speaker",
    panelist: "Panelist",
    moderator: "Moderator",
    "oral-presenter": "Oral presenter",
    organiser: "Organiser",
    advisor: "Advisor",
    "program-committee": "Programme committee",
    volunteer: "Volunteer",
  } as Readonly<Record<PersonRole, string>>,
  /** Headings of role groups. */
  roleGroups: {
    keynote: "Keynote speakers",
    "invited-speaker": "Invited speakers",
    panelist: "Panelists",
    moderator: "Moderators",
    "oral-presenter": "Oral presenters",
    organiser: "Organisers",
    advisor: "Advisors",
    "program-committee": "Programme committee",
    volunteer: "Volunteers",
  } as Readonly<Record<PersonRole, string>>,
  talksBy: "Talks by {name}",
  titleTba: "Title to be announced",
  readMore: "Read more",
  readMoreAbout: " about {name}",
  personLink: "{name} — {link}",
  speakersTba: "Speakers to be announced.",
  alsoIn: "(also in {group})",
};

/** EventDetails, Sponsors, PaperList. */
export const enEvent = {
  when: "When",
  where: "Where",
  online: "Online",
  dateTbc: " (date to be confirmed)",
  datesTbc: " (dates to be confirmed)",
  atConference: " (at {conference})",
  map: "Map",
  papersTba: "Accepted papers will be listed here.",
  session: "Session",
  searchPapers: "Search papers",
  award: "Award",
  allPapers: "All papers",
  awardWinners: "Award winners",
  allSessions: "All sessions",
  papers: { one: "{count} paper", other: "{count} papers" } as Plural,
  /** `{count}` is the total, `{shown}` how many are shown. */
  papersShown: { one: "{shown} of {count} paper shown", other: "{shown} of {count} papers shown" } as Plural,
  papersNoMatch: { one: "{shown} of {count} paper match", other: "{shown} of {count} papers match" } as Plural,
  showAll: "Show all",
  presentationOral: "Oral",
  presentationSpotlight: "Spotlight",
  presentationPoster: "Poster",
  paperPoster: "Poster {poster}",
  presentedIn: "Presented in {session}",
  linksFor: "Links for {title}",
};

/**
 * Every word of every component, in one language: what a catalogue file (`@workshop-kit/react/messages/de`…)
 * exports, and what the `messages` props and the provider accept in part.
 */
export type Messages = typeof enCommon &
  typeof enSchedule &
  typeof enDeadlines &
  typeof enCallForPapers &
  typeof enPeople &
  typeof enEvent;

/** The whole English catalogue. */
export const en: Messages = /* @__PURE__ */ Object.assign(
  {},
  enCommon,
  enSchedule,
  enDeadlines,
  enCallForPapers,
  enPeople,
  enEvent,
);
