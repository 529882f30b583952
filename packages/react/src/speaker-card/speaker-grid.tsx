/**
 * `SpeakerGrid`: many people as a responsive list of `SpeakerCard`s, optionally grouped by role or by committee.
 */
import type { Edition, Person, PersonRole } from "@workshop-kit/types";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { withClass } from "../internal/class-name";
import { Heading, type HeadingLevel } from "../internal/heading";
import { paragraphs } from "../internal/paragraphs";
import { text } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { PEOPLE_MESSAGES, ROLE_LABELS, SpeakerCard, type SpeakerCardProps } from "./speaker-card";

/** Props of {@link SpeakerGrid}. */
export interface SpeakerGridProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The people to show, in this order. */
  people: readonly Person[];
  /**
   * The edition, so each card can list the person's talks. Default: no talks.
   * @default undefined (no talks)
   */
  edition?: Edition;
  /**
   * `"role"`: one group per role, each under a heading. `"committee"`: one group per committee of
   * `edition.committees`, in the organiser's order, under the committee's name and description (needs `edition`;
   * people on no committee are not shown). A person has one card per grid, in the first group that has them; a
   * later committee that lists them again names them with a link to that card ("also in …"), so every committee
   * shows all its members. Default: one list, no grouping.
   * @default undefined (one list)
   */
  groupBy?: "role" | "committee";
  /**
   * Only people with one of these roles are shown; with `groupBy="role"` this is also the order of the groups.
   * A person with several roles appears once, in the first of their groups in this order. Default: everyone
   * without grouping; with it, every role, keynote speakers and invited speakers first, then panelists,
   * moderators, oral presenters, organisers, advisors, programme committee, volunteers.
   * @default every role
   */
  roles?: readonly PersonRole[];
  /**
   * Heading of a role group (`groupBy="role"`). Default: the `roleGroups` message of the role ("Invited speakers").
   * @default the roleGroups message
   */
  groupLabel?: (role: PersonRole) => string;
  /**
   * Level of the group headings; cards' name headings are one level below. Without grouping, the cards' headings
   * are at this level. Default `3`.
   */
  headingLevel?: HeadingLevel;
  /** Variant of every card. Default `"full"`. */
  variant?: SpeakerCardProps["variant"];
  /**
   * Passed to every card: where a talk links to, a template (`"#{id}"`, `"/programme/#{id}"`) or a function.
   * Default `"#{id}"`.
   * @default "#{id}"
   */
  sessionHref?: SpeakerCardProps["sessionHref"];
  /**
   * Passed to every card: show each talk's description under it. `false` when a ScheduleTable on the same page shows
   * the descriptions (each talk links to its row). Default `true`.
   * @default true
   */
  talkDescriptions?: boolean;
  /**
   * Passed to every card: change a part of it (name, title, role, affiliation, talks, bio, links). Default: none.
   * @default undefined (the built parts)
   */
  renderPart?: SpeakerCardProps["renderPart"];
  /**
   * Passed to every card: where long bios collapse. Default `400`.
   * @default 400
   */
  bioCollapseAt?: number;
  /**
   * Shown when nobody is left to show. Default: the `speakersTba` message, "Speakers to be announced."
   * @default the speakersTba message
   */
  emptyMessage?: ReactNode;
  /**
   * The words of the grid and every card: a whole catalogue (`@workshop-kit/react/messages/de`) or messages to
   * replace. Default: English.
   * @default English
   */
  messages?: MessagesOverride;
  /**
   * Prefix of every card's id (`${idPrefix}speaker-${person.id}`), so a second grid of the same people on one page
   * (a compact sidebar beside the full list) keeps ids unique; the grid without a prefix keeps the plain anchors a
   * schedule links to. Default `""`.
   */
  idPrefix?: string;
}

/** One group of the grid: its heading (none without grouping), description, attributes and people. */
interface Group {
  readonly key: string;
  readonly heading: string | null;
  readonly description: readonly string[];
  readonly attrs: Readonly<Record<string, string>>;
  readonly group: readonly Person[];
  /** People this group lists who already have a card in an earlier group (committees): named, linked to it. */
  readonly also: readonly { readonly person: Person; readonly where: string }[];
}

/** People as a list of cards, in data order, optionally grouped by role or committee. */
export function SpeakerGrid({
  people,
  edition,
  groupBy,
  roles,
  groupLabel,
  headingLevel = 3,
  variant = "full",
  sessionHref,
  talkDescriptions,
  renderPart,
  bioCollapseAt,
  emptyMessage,
  messages,
  idPrefix = "",
  className,
  ...rest
}: SpeakerGridProps) {
  const m = resolveMessages(PEOPLE_MESSAGES, messages);
  const order = roles ?? (Object.keys(ROLE_LABELS) as PersonRole[]);
  // A person appears once per grid: in the first group (in group order) that has them. A general chair who is also
  // on the programme committee is one card, not three, and their card keeps the one plain anchor.
  const placed = new Map<string, string>(); // person id → the heading of the group that has their card
  const once = (list: readonly Person[], heading = "") =>
    list.filter((p) => !placed.has(p.id) && placed.set(p.id, heading));
  const wanted = (p: Person) => !roles || p.roles.some((r) => roles.includes(r));
  const byId = new Map(people.map((p) => [p.id, p]));
  // Without grouping, one nameless group: everyone, or everyone with a wanted role. (A hand-built Person may have
  // no role at all: shown unless the host filters by role.)
  const groups: Group[] = (
    groupBy === "committee"
      ? (edition?.committees ?? []).map((c) => {
          // A committee is the organiser's list: every member is named in it. Someone already carded in an earlier
          // committee is a link to that card, so no committee loses a member and no card (or anchor) is repeated.
          const members = c.memberIds.flatMap((id) => {
            const p = byId.get(id);
            return p && wanted(p) ? [p] : [];
          });
          const earlier = members.flatMap((p) => {
            const where = placed.get(p.id);
            return where === undefined ? [] : [{ person: p, where }];
          });
          return {
            key: c.id,
            heading: c.name,
            description: c.description,
            attrs: { "data-committee": c.id },
            group: once(members, c.name),
            also: earlier,
          };
        })
      : groupBy
        ? order.map((role) => ({
            key: role,
            heading: groupLabel ? groupLabel(role) : m.roleGroups[role],
            description: [],
            attrs: { "data-role": role },
            group: once(people.filter((p) => p.roles.includes(role))),
            also: [],
          }))
        : [{ key: "", heading: null, description: [], attrs: {}, group: once(people.filter(wanted)), also: [] }]
  ).filter(({ group, also }) => group[0] || also[0]);
  return (
    <div {...rest} className={withClass("wk-speaker-grid", className)} data-variant={variant}>
      {groups[0] ? (
        groups.map(({ key, heading, description, attrs, group, also }) => {
          const list = (
            <ul key={key} data-slot="list">
              {group.map((person) => (
                <li key={person.id}>
                  <SpeakerCard
                    person={person}
                    // Heading clamps the level to 6.
                    headingLevel={(heading ? headingLevel + 1 : headingLevel) as HeadingLevel}
                    variant={variant}
                    id={`${idPrefix}speaker-${person.id}`}
                    edition={edition}
                    sessionHref={sessionHref}
                    talkDescriptions={talkDescriptions}
                    renderPart={renderPart}
                    bioCollapseAt={bioCollapseAt}
                    messages={messages}
                  />
                </li>
              ))}
              {also.map(({ person, where }) => (
                <li key={person.id} data-slot="also">
                  <a href={`#${idPrefix}speaker-${person.id}`}>{person.name}</a> {text(m.alsoIn, { group: where })}
                </li>
              ))}
            </ul>
          );
          return heading ? (
            <section key={key} data-slot="group" {...attrs}>
              <Heading level={headingLevel} data-slot="group-heading">
                {heading}
              </Heading>
              {description.length > 0 && <div data-slot="group-description">{paragraphs(description)}</div>}
              {list}
            </section>
          ) : (
            list
          );
        })
      ) : (
        <p data-slot="empty">{emptyMessage ?? m.speakersTba}</p>
      )}
    </div>
  );
}
