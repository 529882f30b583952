/**
 * The input schema of a content file, in valibot. One source for runtime validation and the JSON Schema.
 *
 * This checks shape only. Times, zones and cross-record rules are checked in `parse.ts`, where the
 * edition's zone is known, so that every message can name the path and what was received.
 */
import * as v from "valibot";
import { DATE_PATTERN, DATE_TIME_PATTERN, TIME_PATTERN } from "../time/instant";
import { WARNING_CODES } from "./issues";
import { isSafeHref } from "./links";

/** `kebab-case` ids: stable anchors for deep links. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/**
 * Only these protocols can ever reach an `href`. The JSON Schema's pattern for editors; the validator applies
 * {@link isSafeHref} itself, the one rule every rendered link passes, so nothing the schema accepts is dropped later.
 */
export const SAFE_URL_PATTERN = /^(?:https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s@]+@[^\s@]+)$/;

const text = (what: string) => v.pipe(v.string(), v.trim(), v.minLength(1, `expected ${what}, received ""`));
const id = v.pipe(v.string(), v.regex(ID_PATTERN, "expected a kebab-case id (a-z, 0-9, -)"));
const url = v.pipe(
  v.string(),
  v.regex(SAFE_URL_PATTERN, "expected an https:, http: or mailto: URL"),
  v.check((href: string) => isSafeHref(href), "expected an https:, http: or mailto: URL"),
  v.description("An https:, http: or mailto: URL. Other protocols (javascript:, data:) are rejected."),
);
const email = v.pipe(
  v.string(),
  v.email("expected an e-mail address"),
  v.check((address) => isSafeHref(`mailto:${address}`), "expected an e-mail address"),
);
/** A session time: a full date-time, or just `HH:MM` on the workshop's day (see `day`). */
const sessionTime = v.pipe(
  v.string(),
  v.regex(
    new RegExp(`${DATE_TIME_PATTERN.source}|${TIME_PATTERN.source}`),
    'expected a time like "08:30" or a date and time like "2025-07-18T08:30"',
  ),
  v.description(
    'A wall-clock time in the edition\'s zone: "08:30" on the workshop day (or on `day`), "2025-07-18T08:30", or an exact time with "Z" or an offset.',
  ),
);
const date = v.pipe(v.string(), v.regex(DATE_PATTERN, 'expected a date like "2025-07-18"'));
const paragraphs = v.pipe(
  v.string(),
  v.description("Plain text. Blank lines separate paragraphs; URLs become links. No HTML."),
);
const positiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));

const LINK_KEYS = [
  "homepage",
  "scholar",
  "github",
  "x",
  "bluesky",
  "mastodon",
  "linkedin",
  "email",
  "openreview",
  "arxiv",
  "pdf",
  "code",
  "slides",
  "video",
  "paper",
  "poster",
  "website",
  "submission",
  "acceptedPapers",
  "virtual",
  "livestream",
  "map",
] as const;

/** Links keyed by kind. `email` takes a plain address; everything else a URL. */
export const LinksSchema = v.strictObject(
  Object.fromEntries(LINK_KEYS.map((k) => [k, v.optional(k === "email" ? email : url)])) as {
    [K in (typeof LINK_KEYS)[number]]: v.OptionalSchema<typeof url, undefined>;
  },
);

export const ImageSchema = v.strictObject({
  src: url,
  alt: v.pipe(v.string(), v.description('Alternative text. Use "" only for a purely decorative image.')),
  width: v.optional(positiveInt),
  height: v.optional(positiveInt),
});

export const PERSON_ROLES = [
  "organiser",
  "invited-speaker",
  "keynote",
  "panelist",
  "moderator",
  "oral-presenter",
  "program-committee",
  "advisor",
  "volunteer",
] as const;

export const PersonSchema = v.strictObject({
  id,
  name: text("a name"),
  affiliation: v.optional(v.string()),
  title: v.optional(v.pipe(v.string(), v.description('Free-text title as the page prints it ("General Chair").'))),
  roles: v.optional(
    v.pipe(
      v.array(v.picklist(PERSON_ROLES)),
      v.minLength(1, "expected at least one role, or no `roles` at all"),
      v.description(
        "What the person does at this edition. Leave it out when the page does not say (a committee member, a talk's co-author): the person is then shown in committees and talks, not in role groups.",
      ),
    ),
  ),
  photo: v.optional(ImageSchema),
  bio: v.optional(paragraphs),
  links: v.optional(LinksSchema),
});

export const SESSION_KINDS = [
  "opening",
  "invited-talk",
  "contributed-talk",
  "lightning-talks",
  "tutorial",
  "demo",
  "sponsor-talk",
  "keynote",
  "oral",
  "spotlight",
  "poster-session",
  "panel",
  "break",
  "meal",
  "awards",
  "closing",
  "social",
  "other",
] as const;

export const PaperSchema = v.strictObject({
  id: v.optional(id),
  title: text("a title"),
  authors: v.optional(v.array(text("an author name"))),
  links: v.optional(LinksSchema),
  presentation: v.optional(v.picklist(["oral", "spotlight", "poster"])),
  award: v.optional(v.string()),
  poster: v.optional(
    v.pipe(v.string(), v.description('Poster number or board as the programme prints it ("#42", "Board B12").')),
  ),
  session: v.optional(v.pipe(id, v.description("Id of the session the paper is presented in."))),
});

export const HOST_ROLES = ["moderator", "chair", "host"] as const;

const SESSION_ENTRIES = {
  id,
  title: v.pipe(text("a title"), v.description('The title, or "TBA" while it is to be announced.')),
  kind: v.picklist(SESSION_KINDS),
  label: v.optional(
    v.pipe(
      v.string(),
      v.description('Visible label replacing the kind\'s label ("Winners announcement + closing remarks").'),
    ),
  ),
  day: v.optional(
    v.pipe(positiveInt, v.description("Day of the workshop (1 = dates.start) for times written as HH:MM. Default 1.")),
  ),
  start: sessionTime,
  end: v.optional(sessionTime),
  room: v.optional(v.string()),
  track: v.optional(v.string()),
  speakers: v.optional(v.union([v.array(id), v.literal("TBA")], 'expected a list of person ids or "TBA"')),
  hosts: v.optional(
    v.pipe(
      v.array(v.strictObject({ id, role: v.picklist(HOST_ROLES) })),
      v.description("People who run the session without speaking: moderator, chair or host."),
    ),
  ),
  affiliations: v.optional(
    v.pipe(
      v.record(id, v.pipe(v.string(), v.trim(), v.minLength(1, 'expected an affiliation, received ""'))),
      v.description("Per-talk affiliation of a speaker as the programme prints it, keyed by person id."),
    ),
  ),
  group: v.optional(v.string()),
  description: v.optional(paragraphs),
  paper: v.optional(PaperSchema),
  links: v.optional(LinksSchema),
};

/** An item inside a block: a session with its own times, title and speakers (no nested items). */
export const SessionItemSchema = v.strictObject(SESSION_ENTRIES);

export const SessionSchema = v.strictObject({
  ...SESSION_ENTRIES,
  items: v.optional(
    v.pipe(
      v.array(SessionItemSchema),
      v.description("Sessions inside this block, each with its own times; they must lie within the block."),
    ),
  ),
});

export const DEADLINE_KINDS = [
  "submissions-open",
  "abstract",
  "submission",
  "supplementary",
  "notification",
  "camera-ready",
  "registration",
  "workshop",
  "other",
] as const;

const zoneName = v.pipe(
  v.string(),
  v.description('"AoE" (Anywhere on Earth, UTC−12), "UTC", or an IANA zone such as "Europe/Vienna".'),
);

/** A deadline's due time: a date and time, or a date only (the end of that day in the deadline's zone). */
const dueTime = v.pipe(
  v.string(),
  v.regex(
    new RegExp(`${DATE_TIME_PATTERN.source}|${DATE_PATTERN.source}`),
    'expected a date like "2025-03-05" or a date and time like "2025-05-27T23:59"',
  ),
  v.description(
    'A wall-clock time in the deadline\'s zone ("2025-05-27T23:59"), or a date only ("2025-03-05"): a date-only deadline passes when that day ends in its zone.',
  ),
);

export const DeadlineSchema = v.strictObject({
  id,
  label: text("a label"),
  kind: v.optional(v.picklist(DEADLINE_KINDS)),
  due: v.optional(
    v.union(
      [dueTime, v.literal("TBA")],
      'expected a date like "2025-03-05", a date and time like "2025-05-27T23:59", or "TBA"',
    ),
  ),
  zone: v.optional(zoneName),
  history: v.optional(
    v.array(
      v.strictObject({
        due: dueTime,
        reason: v.optional(v.pipe(v.string(), v.description("Why the deadline moved away from this date."))),
      }),
    ),
  ),
  note: v.optional(v.string()),
});

export const CallForPapersSchema = v.strictObject({
  intro: v.optional(paragraphs),
  topics: v.optional(
    v.array(
      v.strictObject({
        title: v.optional(v.string()),
        items: v.array(text("a topic")),
      }),
    ),
  ),
  themes: v.optional(
    v.strictObject({
      intro: v.optional(paragraphs),
      items: v.array(text("a theme")),
    }),
  ),
  formats: v.optional(
    v.array(
      v.strictObject({
        id,
        name: text("a name"),
        description: v.optional(paragraphs),
        pageLimit: v.optional(
          v.strictObject({
            min: v.optional(v.pipe(positiveInt, v.description('Lower end of a range ("6–10 pages": 6).'))),
            pages: v.pipe(positiveInt, v.description("The limit, or the upper end of a range.")),
            enforced: v.optional(
              v.pipe(
                v.boolean(),
                v.description("Whether the limit is enforced; leave out when the page does not say."),
              ),
            ),
            excludes: v.optional(v.string()),
          }),
        ),
        template: v.optional(url),
        supplementary: v.optional(v.string()),
        submission: v.optional(
          v.strictObject({
            url,
            platform: v.optional(v.string()),
          }),
        ),
      }),
    ),
  ),
  review: v.optional(
    v.strictObject({
      policy: v.picklist(["double-blind", "single-blind", "open"]),
      notes: v.optional(paragraphs),
    }),
  ),
  archival: v.optional(v.boolean()),
  archivalNote: v.optional(v.string()),
  dualSubmission: v.optional(paragraphs),
  submission: v.optional(
    v.strictObject({
      url,
      platform: v.optional(v.string()),
    }),
  ),
  contact: v.optional(email),
});

export const EditionSchema = v.strictObject({
  $schema: v.optional(v.string()),
  name: text("the workshop's full name"),
  shortName: text("a short name"),
  number: v.optional(positiveInt),
  year: v.pipe(v.number(), v.integer(), v.minValue(1970), v.maxValue(2200)),
  tagline: v.optional(v.string()),
  description: v.optional(paragraphs),
  timeZone: v.pipe(v.string(), v.description('The event\'s IANA zone, e.g. "America/Vancouver".')),
  dates: v.strictObject({
    start: date,
    end: v.optional(date),
    tentative: v.optional(
      v.pipe(
        v.boolean(),
        v.description("true while the dates are a guess (not yet published); pages say so. Default false."),
      ),
    ),
  }),
  venue: v.optional(
    v.strictObject({
      conference: v.optional(v.string()),
      conferenceShort: v.optional(v.string()),
      city: v.optional(v.string()),
      country: v.optional(v.string()),
      building: v.optional(v.string()),
      room: v.optional(v.string()),
      address: v.optional(v.string()),
    }),
  ),
  website: v.optional(url),
  contact: v.optional(email),
  links: v.optional(LinksSchema),
  sponsors: v.optional(
    v.array(
      v.strictObject({
        name: text("a name"),
        url: v.optional(url),
        logo: v.optional(ImageSchema),
        tier: v.optional(v.string()),
      }),
    ),
  ),
  people: v.optional(v.array(PersonSchema)),
  committees: v.optional(
    v.array(
      v.strictObject({
        id,
        name: text("a name"),
        description: v.optional(paragraphs),
        members: v.pipe(v.array(id), v.description("Ids of people, in the order the page lists them.")),
      }),
    ),
  ),
  revisions: v.optional(
    v.pipe(
      v.array(v.strictObject({ date, note: text("a note") })),
      v.description('Dated notes about changes ("Schedule updated on 14 July: …"), newest first.'),
    ),
  ),
  sessions: v.optional(v.array(SessionSchema)),
  deadlines: v.optional(v.array(DeadlineSchema)),
  callForPapers: v.optional(CallForPapersSchema),
  papers: v.optional(v.array(PaperSchema)),
  validation: v.optional(
    v.strictObject({
      ignore: v.optional(
        v.pipe(
          v.array(v.picklist(WARNING_CODES)),
          v.description("Warning codes not to report for this file, e.g. person-without-bio."),
        ),
      ),
      review: v.optional(
        v.pipe(
          v.array(text("a note")),
          v.description("Things to re-check (written by new-edition); validate lists each as a warning."),
        ),
      ),
    }),
  ),
});

/** The shape of a content file before parsing (what organisers write). */
export type EditionInput = v.InferInput<typeof EditionSchema>;
