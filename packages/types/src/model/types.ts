/**
 * The parsed, validated model of one workshop edition. Every component reads these types.
 * All values are plain data (no classes, no Dates), so they serialise across server/client boundaries.
 */
import type { CalendarDate, Instant } from "../time/instant";
import type { ZoneId } from "../time/zone";

/** Kinds of link a person, session, paper or edition can carry. */
export type LinkKind =
  | "homepage"
  | "scholar"
  | "github"
  | "x"
  | "bluesky"
  | "mastodon"
  | "linkedin"
  | "email"
  | "openreview"
  | "arxiv"
  | "pdf"
  | "code"
  | "slides"
  | "video"
  | "paper"
  | "poster"
  | "website"
  | "submission"
  | "accepted-papers"
  | "virtual"
  | "livestream"
  | "map"
  | "other";

/** A link whose URL has passed the protocol allow-list (`https:`, `http:`, `mailto:`). */
export interface Link {
  readonly kind: LinkKind;
  /** Safe to put in an `href`. E-mail addresses are already `mailto:` URLs. */
  readonly href: string;
  /** Human-readable name of the link kind ("Homepage", "Google Scholar"). */
  readonly label: string;
}

/** An image with its required alternative text. */
export interface Image {
  readonly src: string;
  /** Alternative text; `""` marks a decorative image. */
  readonly alt: string;
  readonly width: number | null;
  readonly height: number | null;
}

/** Roles a person can have in an edition. */
export type PersonRole =
  | "organiser"
  | "invited-speaker"
  | "keynote"
  | "panelist"
  | "moderator"
  | "oral-presenter"
  | "program-committee"
  | "advisor"
  | "volunteer";

/** A person: speaker, organiser, panelist… */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly affiliation: string | null;
  /** Free-text title as the page prints it ("General Chair", "Program Chair"), or `null`. */
  readonly title: string | null;
  readonly roles: readonly PersonRole[];
  readonly photo: Image | null;
  /** Plain-text paragraphs (no HTML). Empty when there is no bio. */
  readonly bio: readonly string[];
  readonly links: readonly Link[];
}

/** Kinds of programme item. */
export type SessionKind =
  | "opening"
  | "invited-talk"
  | "contributed-talk"
  | "lightning-talks"
  | "tutorial"
  | "demo"
  | "sponsor-talk"
  | "keynote"
  | "oral"
  | "spotlight"
  | "poster-session"
  | "panel"
  | "break"
  | "meal"
  | "awards"
  | "closing"
  | "social"
  | "other";

/** A paper attached to a session or listed as accepted. */
export interface Paper {
  readonly id: string | null;
  readonly title: string;
  readonly authors: readonly string[];
  readonly links: readonly Link[];
  /** "oral", "spotlight", "poster" … or `null`. */
  readonly presentation: "oral" | "spotlight" | "poster" | null;
  /** e.g. "Best paper". */
  readonly award: string | null;
  /** Poster number or board as the programme prints it ("#42", "Board B12"), or `null`. */
  readonly poster: string | null;
  /** Id of the {@link Session} the paper is presented in (checked to exist), or `null`. */
  readonly sessionId: string | null;
}

/** Someone who runs a session without being one of its speakers. */
export interface SessionHost {
  /** Id of a {@link Person}. */
  readonly personId: string;
  readonly role: "moderator" | "chair" | "host";
}

/** One item of the programme. */
export interface Session {
  readonly id: string;
  /** `null` when the title is to be announced. */
  readonly title: string | null;
  readonly kind: SessionKind;
  /**
   * Visible label that replaces the kind's label ("Winners announcement + closing remarks"), or `null` to use the
   * kind's own. The kind stays for styling and filtering.
   */
  readonly label: string | null;
  /**
   * Id of the block session this item belongs to ("Oral session 1" holding four talks), or `null`. In
   * `edition.sessions` a block comes first and its items follow it.
   */
  readonly blockId: string | null;
  readonly start: Instant;
  /** `null` only for the last item of a day ("Closing remarks" with no end). */
  readonly end: Instant | null;
  /** Room name; `null` means the edition's own room (`venue.room`). */
  readonly room: string | null;
  readonly track: string | null;
  /** Ids of {@link Person}s; empty when there are none. */
  readonly speakerIds: readonly string[];
  /** Speakers to be announced. */
  readonly speakersTba: boolean;
  /** Moderators, chairs and hosts, in the file's order; they are not speakers. */
  readonly hosts: readonly SessionHost[];
  /**
   * A speaker's affiliation as the programme prints it for this talk, keyed by person id, where it differs from the
   * person's card.
   */
  readonly affiliations: Readonly<Record<string, string>>;
  /** A group label such as "Orals Session 1", shared by consecutive sessions. */
  readonly group: string | null;
  readonly description: readonly string[];
  readonly paper: Paper | null;
  readonly links: readonly Link[];
}

/** What a deadline is for; used for ordering checks and icons. */
export type DeadlineKind =
  | "submissions-open"
  | "abstract"
  | "submission"
  | "supplementary"
  | "notification"
  | "camera-ready"
  | "registration"
  | "workshop"
  | "other";

/** An earlier due date of a deadline that has since moved. */
export interface DeadlineChange {
  readonly due: Instant;
  /** The earlier date was announced as a date only; `due` is the instant that day ended in the deadline's zone. */
  readonly dateOnly: boolean;
  /** Why it moved away from this date ("one-day extension for US Memorial Day"). */
  readonly reason: string | null;
}

/** A dated deadline. */
export interface Deadline {
  readonly id: string;
  readonly label: string;
  readonly kind: DeadlineKind;
  /**
   * The current due instant; `due.zone` is the zone it was announced in (`AoE`, `UTC` or IANA). `null` while the date
   * is to be announced. A deadline has passed at its `due` instant.
   */
  readonly due: Instant | null;
  /**
   * Announced as a date only ("Notification: March 5"): `due` is the instant that day ends in its zone (the next
   * day's 00:00), and components show the date only.
   */
  readonly dateOnly: boolean;
  /** Earlier due dates, oldest first. Empty when the deadline never moved. */
  readonly history: readonly DeadlineChange[];
  readonly note: string | null;
}

/** A group of topics in the call for papers. */
export interface TopicGroup {
  readonly title: string | null;
  readonly topics: readonly string[];
}

/** A submission format or track. */
export interface SubmissionFormat {
  readonly id: string;
  readonly name: string;
  readonly description: readonly string[];
  /** Page limit, or `null` when none is stated. */
  readonly pageLimit: {
    /** Lower end of a range ("6–10 pages": 6), or `null` for a plain maximum. */
    readonly min: number | null;
    /** The limit, or the upper end of a range. */
    readonly pages: number;
    /** Whether the limit is enforced (desk rejection) or only recommended; `null` when the page does not say. */
    readonly enforced: boolean | null;
    /** What the limit excludes, e.g. "references and appendix unlimited". */
    readonly excludes: string | null;
  } | null;
  readonly templateUrl: string | null;
  readonly supplementary: string | null;
  /** This track's own submission link, or `null` to use the call's. */
  readonly submissionUrl: string | null;
  /** Platform named on this track's submit button, or `null`. */
  readonly submissionPlatform: string | null;
}

/** The call for papers. */
export interface CallForPapers {
  readonly intro: readonly string[];
  readonly topicGroups: readonly TopicGroup[];
  /** This year's themes, with their own introduction. */
  readonly themes: { readonly intro: readonly string[]; readonly items: readonly string[] } | null;
  readonly formats: readonly SubmissionFormat[];
  readonly review: {
    readonly policy: "double-blind" | "single-blind" | "open";
    readonly notes: readonly string[];
  } | null;
  /** `true` archival, `false` non-archival, `null` unstated. */
  readonly archival: boolean | null;
  readonly archivalNote: string | null;
  readonly dualSubmission: readonly string[];
  readonly submissionUrl: string | null;
  /** Platform named on the submit button ("OpenReview"). */
  readonly submissionPlatform: string | null;
  /** `mailto:` href, or `null`. */
  readonly contactHref: string | null;
  readonly contactEmail: string | null;
}

/** Where the edition takes place. */
export interface Venue {
  readonly conference: string | null;
  readonly conferenceShort: string | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly building: string | null;
  readonly room: string | null;
  /** Street address as written, or `null`. */
  readonly address: string | null;
}

/** A sponsor. */
export interface Sponsor {
  readonly name: string;
  readonly href: string | null;
  readonly logo: Image | null;
  readonly tier: string | null;
}

/** A named group of people in the organiser's order (award committee, programme committee, advisors…). */
export interface Committee {
  readonly id: string;
  readonly name: string;
  readonly description: readonly string[];
  /** Ids of {@link Person}s, in the order given. */
  readonly memberIds: readonly string[];
}

/** A dated note about a change ("Schedule updated on 14 July: …"). */
export interface Revision {
  readonly date: CalendarDate;
  readonly note: string;
}

/** One edition of a workshop: the whole content file, parsed. */
export interface Edition {
  readonly name: string;
  readonly shortName: string;
  readonly number: number | null;
  readonly year: number;
  readonly tagline: string | null;
  readonly description: readonly string[];
  readonly venue: Venue;
  /** The event's IANA zone; programme times are shown in it by default. */
  readonly timeZone: ZoneId;
  /** First and last day of the workshop, in the event's zone; `tentative` while they are not yet confirmed. */
  readonly dates: { readonly start: CalendarDate; readonly end: CalendarDate; readonly tentative: boolean };
  readonly website: string | null;
  readonly contactEmail: string | null;
  readonly links: readonly Link[];
  readonly sponsors: readonly Sponsor[];
  readonly people: readonly Person[];
  /** Committees in the organiser's order. */
  readonly committees: readonly Committee[];
  /** Schedule changes, newest first as written. */
  readonly revisions: readonly Revision[];
  readonly sessions: readonly Session[];
  readonly deadlines: readonly Deadline[];
  readonly callForPapers: CallForPapers | null;
  readonly papers: readonly Paper[];
}
