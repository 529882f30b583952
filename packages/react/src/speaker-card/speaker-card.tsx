/**
 * `SpeakerCard`: one person — photo, name, role, affiliation, the talks they give, bio and links.
 */
import { dayKey, type Edition, type Person, type PersonRole, type Session, safeHref } from "@workshop-kit/types";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { withClass } from "../internal/class-name";
import { Heading, type HeadingLevel } from "../internal/heading";
import { type HrefTemplate, templateHref } from "../internal/href-template";
import { isKeptText, keptText, paragraphs } from "../internal/paragraphs";
import { enCommon, enPeople } from "../messages/en";
import { plural, text } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { LocalTime } from "../time-zone/local-time";
import { SpeakerPhoto } from "./avatar";

/** Props of {@link SpeakerCard}. */
export interface SpeakerCardProps extends Omit<ComponentPropsWithoutRef<"article">, "children"> {
  /** The person to show. */
  person: Person;
  /**
   * The talks this person gives, in order. Default: derived from `edition` (the sessions that list the person
   * as a speaker, or as a moderator, chair or host, which the talk then names: "Moderator: …"), or none.
   * @default derived from edition
   */
  sessions?: readonly Session[];
  /**
   * The edition, used to find the person's talks when `sessions` is not given. Default: none.
   * @default undefined
   */
  edition?: Edition;
  /** Level of the name heading; 1–6. Default `3`. */
  headingLevel?: HeadingLevel;
  /**
   * `"full"`: photo, name, role, affiliation, talks, bio, links. `"compact"`: photo, name, role, affiliation.
   * `"horizontal"`: like `"full"`, photo beside the text. Default `"full"`.
   */
  variant?: "full" | "compact" | "horizontal";
  /**
   * Where a talk links to: a template (`"#{id}"`, `"/programme/#{id}"`; `{id}` is the session id, and a string
   * survives an Astro island or a server-to-client boundary) or a function of the session id and session that
   * returns `null` for no link; `null`: talks not linked. By `linkHref` (@workshop-kit/types): absolute URLs must
   * pass `safeHref`; relative ones must start with `#`, `/`, `?` or `.` (not `//` or `/\`). Default `"#{id}"` (the
   * ScheduleTable row of the session).
   * @default "#{id}"
   */
  sessionHref?: HrefTemplate<[session: Session]> | null;
  /**
   * Bios longer than this many characters show their beginning and put the rest behind a native "Read more"
   * disclosure (`<details>`; works without JavaScript). `Infinity` never collapses. Default `400`.
   */
  bioCollapseAt?: number;
  /**
   * How talk times are shown: `"time"` ("8:30 AM PT (UTC−7)") or `"datetime"` (with the date). Default
   * `"datetime"` when `edition` spans several days or the talks fall on different days, otherwise `"time"`.
   * @default "time" (or "datetime" over several days)
   */
  talkTime?: "time" | "datetime";
  /**
   * Show each talk's description in a "Description" disclosure under it. `false` on a page whose ScheduleTable shows
   * the descriptions (the talk links to its row): the page then carries each description once. Default `true`.
   * @default true
   */
  talkDescriptions?: boolean;
  /**
   * Change a part of the card — its name, title, role, affiliation, talks, bio or links (add a badge, a
   * venue-specific link) — without rebuilding it: called with the part's name, its built content (`null` when the
   * person has none) and the person; return what goes inside the part instead (`null` leaves it out; the name cannot
   * be left out: it names the card). The article, its id, the heading and its level stay the library's. A function:
   * from a server component it runs there; it cannot be given to an island. See docs/customising.md.
   * @default undefined (the built parts)
   */
  renderPart?: RenderSpeakerPart;
  /**
   * The card's id, an anchor the schedule can link to. Default `speaker-${person.id}`.
   * @default `speaker-${person.id}`
   */
  id?: string;
  /**
   * The words: a whole catalogue (`@workshop-kit/react/messages/de`) or messages to replace. A server component
   * reads no provider, so pass them here (SpeakerGrid passes its own on). Default: English.
   * @default English
   */
  messages?: MessagesOverride;
}

/** A part of a speaker card that the host can change with `renderPart`. */
export type SpeakerPart = "name" | "title" | "role" | "affiliation" | "talks" | "bio" | "links";

/**
 * A render hook for a card's parts: the part's name, its built content (`null` when the person has none of it) and
 * the person; returns what goes inside the part's element instead (`null` leaves the part out).
 */
export type RenderSpeakerPart = (part: SpeakerPart, content: ReactNode, person: Person) => ReactNode;

/** Whether a part has anything to show (a hook's `null`, `undefined` or `false` leaves it out). */
const present = (node: ReactNode) => node !== null && node !== undefined && node !== false;

/** The messages of SpeakerCard and SpeakerGrid. */
export type PeopleMessages = typeof enCommon & typeof enPeople;

/** Their English messages: the defaults the `messages` prop is laid over. */
export const PEOPLE_MESSAGES: PeopleMessages = /* @__PURE__ */ Object.assign({}, enCommon, enPeople);

/** Display names of roles (English), in the order groups are shown. */
export const ROLE_LABELS: Readonly<Record<PersonRole, string>> = enPeople.roles;

const NO_TALKS: readonly Session[] = [];
const talkIndex = new WeakMap<readonly Session[], ReadonlyMap<string, readonly Session[]>>();

/**
 * Each person's talks (the sessions that list them as a speaker, or as a moderator, chair or host), in programme
 * order: built once per sessions array, so a grid of cards costs one pass over the programme, not one per card (on a
 * 3,000-session programme with 220 invited speakers, the per-card filter was most of the grid's hydration).
 */
function talksOf(sessions: readonly Session[]): ReadonlyMap<string, readonly Session[]> {
  let index = talkIndex.get(sessions);
  if (!index) {
    const byPerson = new Map<string, Session[]>();
    for (const s of sessions) {
      const ids = new Set([...s.speakerIds, ...s.hosts.map((h) => h.personId)]);
      for (const id of ids) {
        const list = byPerson.get(id);
        if (list) list.push(s);
        else byPerson.set(id, [s]);
      }
    }
    index = byPerson;
    talkIndex.set(sessions, index);
  }
  return index;
}

/** A person as an `<article>` named by its heading. */
export function SpeakerCard({
  person,
  sessions,
  edition,
  headingLevel = 3,
  variant = "full",
  sessionHref = "#{id}",
  bioCollapseAt = 400,
  talkTime,
  talkDescriptions = true,
  renderPart,
  id,
  messages,
  className,
  ...rest
}: SpeakerCardProps) {
  const m = resolveMessages(PEOPLE_MESSAGES, messages);
  const { name, bio } = person;
  const anchor = id ?? `speaker-${person.id}`;
  const talks = sessions ?? (edition ? talksOf(edition.sessions).get(person.id) : undefined) ?? NO_TALKS;
  // Talks on two days (given as `sessions`, without the edition) would otherwise read as the same day.
  const multiDay =
    edition?.dates.start.iso !== edition?.dates.end.iso ||
    new Set(talks.map((s) => dayKey(s.start.epochMs, s.start.zone))).size > 1;
  const show = talkTime ?? (multiDay ? "datetime" : "time");
  const links = person.links.filter((link) => safeHref(link.href));
  const [lead, more] = splitBio(bio, bioCollapseAt);
  /** The host's content for a part (the built one without a hook). */
  const part = (which: SpeakerPart, content: ReactNode): ReactNode =>
    renderPart ? renderPart(which, content, person) : content;
  /** A part inside its element, or nothing when there is nothing to show. */
  const wrap = (which: SpeakerPart, content: ReactNode, element: (content: ReactNode) => ReactNode): ReactNode => {
    const shown = part(which, content);
    return present(shown) ? element(shown) : null;
  };
  const talk = (s: Session) => {
    const href = templateHref(sessionHref, s.id, s);
    const title = s.title ?? m.titleTba;
    // Runs the session rather than speaking in it: say so ("Moderator: Panel on …").
    const host = s.speakerIds.includes(person.id) ? null : s.hosts.find((h) => h.personId === person.id);
    // The affiliation the programme prints for this talk, when it is not the card's.
    const affiliation = s.affiliations[person.id];
    return (
      <li key={s.id} data-slot="talk">
        {host && <span data-slot="talk-role">{plural(hostLabel(host.role, m), 1, m.locale) + m.colon}</span>}
        {href ? <a href={href}>{title}</a> : title}
        {affiliation && affiliation !== person.affiliation && (
          <span data-slot="talk-affiliation">{text(m.paren, { text: affiliation })}</span>
        )}
        <span data-slot="separator">{m.listSeparator}</span>
        <LocalTime
          instant={s.start}
          show={show}
          withZone
          data-slot="talk-time"
          messages={messages && pickDayShift(messages)}
        />
        {talkDescriptions && s.description.length > 0 && (
          <details data-slot="talk-description">
            <summary>
              {m.description}
              <span className="wk-visually-hidden">{m.colon + title}</span>
            </summary>
            {paragraphs(s.description)}
          </details>
        )}
      </li>
    );
  };
  return (
    <article
      aria-labelledby={`${anchor}-name`}
      {...rest}
      id={anchor}
      className={withClass("wk-speaker-card", className)}
      data-variant={variant}
    >
      <SpeakerPhoto key={person.photo?.src} photo={person.photo} name={name} />
      <div data-slot="body">
        <Heading level={headingLevel} id={`${anchor}-name`} data-slot="name">
          {part("name", name) ?? name}
        </Heading>
        {wrap("title", person.title || null, (c) => (
          <p data-slot="title">{c}</p>
        ))}
        {wrap("role", person.roles[0] ? person.roles.map((r) => m.roles[r]).join(m.listSeparator) : null, (c) => (
          <p data-slot="role">{c}</p>
        ))}
        {wrap("affiliation", person.affiliation || null, (c) => (
          <p data-slot="affiliation">{c}</p>
        ))}
        {variant !== "compact" && (
          <>
            {wrap("talks", talks[0] ? talks.map(talk) : null, (c) => (
              <ul data-slot="talks" aria-label={text(m.talksBy, { name })}>
                {c}
              </ul>
            ))}
            {isKeptText(bio) ? (
              // Left out of the page's data (clientEdition): the server's bio (its "Read more", and what a
              // renderPart hook made of it on the server) stays as the server wrote it.
              <div data-slot="bio" {...keptText(bio, 0)} />
            ) : (
              wrap(
                "bio",
                bio.length > 0 ? (
                  <>
                    {paragraphs(lead)}
                    {more[0] && (
                      <details>
                        <summary>
                          {m.readMore}
                          <span className="wk-visually-hidden">{text(m.readMoreAbout, { name })}</span>
                        </summary>
                        {paragraphs(more)}
                      </details>
                    )}
                  </>
                ) : null,
                (c) => <div data-slot="bio">{c}</div>,
              )
            )}
          </>
        )}
        {/* Every variant keeps the person's links: an organiser's compact card still leads to their homepage. */}
        {wrap(
          "links",
          links[0]
            ? links.map((link) => (
                <li key={link.kind + link.href}>
                  <a href={link.href} aria-label={text(m.personLink, { name, link: link.label })}>
                    {link.label}
                  </a>
                </li>
              ))
            : null,
          (c) => (
            <ul data-slot="links">{c}</ul>
          ),
        )}
      </div>
    </article>
  );
}

function hostLabel(role: "moderator" | "chair" | "host", m: PeopleMessages) {
  return role === "moderator" ? m.hostModerator : role === "chair" ? m.hostChair : m.hostHost;
}

/**
 * What a talk's LocalTime (a client component) needs of the card's messages: plain data that crosses the server/client
 * boundary, and no more of it than the time reads.
 */
function pickDayShift({ locale, dayLater, dayEarlier }: MessagesOverride): MessagesOverride {
  return Object.fromEntries(Object.entries({ locale, dayLater, dayEarlier }).filter(([, v]) => v !== undefined));
}

/**
 * Split bio paragraphs into what is always shown and what collapses: whole paragraphs while they fit in `limit`
 * characters; a first paragraph longer than that is cut at the last sentence (or word) end before the limit.
 */
export function splitBio(bio: readonly string[], limit: number): [readonly string[], readonly string[]] {
  let used = 0;
  let i = 0;
  for (const p of bio) {
    used += p.length;
    if (used > limit) break;
    i++;
  }
  const [first = "", ...others] = bio;
  if (i || !first) return [bio.slice(0, i), bio.slice(i)];
  const sentence = first.lastIndexOf(". ", limit);
  let cut = sentence > limit / 2 ? sentence + 1 : first.lastIndexOf(" ", limit);
  if (cut <= 0) cut = limit; // no space before the limit (CJK, one long word): cut there
  if (cut <= 0) return [[], bio];
  return [[first.slice(0, cut).trim()], [first.slice(cut).trim(), ...others].filter(Boolean)];
}
