/**
 * `SpeakerGrid`: many people as a responsive list of `SpeakerCard`s, optionally grouped by role.
 */
import type { Edition, Person, PersonRole } from "@workshop-kit/types";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { withClass } from "../internal/class-name";
import { Heading, type HeadingLevel } from "../internal/heading";
import { ROLE_LABELS, SpeakerCard, type SpeakerCardProps } from "./speaker-card";

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
   * `"role"`: one group per role, each under a heading. Default: one list, no grouping.
   * @default undefined (one list)
   */
  groupBy?: "role";
  /**
   * Only people with one of these roles are shown; with `groupBy="role"` this is also the order of the groups.
   * A person with several roles appears in each of their groups. Default: everyone without grouping; with it, every
   * role, keynote speakers and invited speakers first, then panelists, moderators, oral presenters, organisers,
   * advisors, programme committee, volunteers.
   * @default every role
   */
  roles?: readonly PersonRole[];
  /** Heading of a role group (`groupBy="role"`). Default: the plural role name ("Invited speakers"). */
  groupLabel?: (role: PersonRole) => string;
  /**
   * Level of the group headings; cards' name headings are one level below. Without grouping, the cards' headings
   * are at this level. Default `3`.
   */
  headingLevel?: HeadingLevel;
  /** Variant of every card. Default `"full"`. */
  variant?: SpeakerCardProps["variant"];
  /**
   * Passed to every card: where a talk links to. Default `#${sessionId}`.
   * @default (id) => `#${id}`
   */
  sessionHref?: SpeakerCardProps["sessionHref"];
  /**
   * Passed to every card: where long bios collapse. Default `400`.
   * @default 400
   */
  bioCollapseAt?: number;
  /** Shown when nobody is left to show. Default "Speakers to be announced." */
  emptyMessage?: ReactNode;
  /**
   * Prefix of every card's id (`${idPrefix}speaker-${person.id}`), so a second grid of the same people on one page
   * (a compact sidebar beside the full list) keeps ids unique; the grid without a prefix keeps the plain anchors a
   * schedule links to. Default `""`.
   */
  idPrefix?: string;
}

/** People as a list of cards, in data order, optionally grouped by role. */
export function SpeakerGrid({
  people,
  edition,
  groupBy,
  roles,
  groupLabel = (role) => ROLE_LABELS[role] + (role === "program-committee" ? "" : "s"),
  headingLevel = 3,
  variant = "full",
  sessionHref,
  bioCollapseAt,
  emptyMessage = "Speakers to be announced.",
  idPrefix = "",
  className,
  ...rest
}: SpeakerGridProps) {
  const order = roles ?? (Object.keys(ROLE_LABELS) as PersonRole[]);
  // Without grouping, one nameless group: everyone, or everyone with a wanted role. (A hand-built Person may have
  // no role at all: shown unless the host filters by role.)
  const groups = (groupBy ? order : [undefined])
    .map((role) => ({
      role,
      group: people.filter((p) => (role ? p.roles.includes(role) : !roles || p.roles.some((r) => roles.includes(r)))),
    }))
    .filter(({ group }) => group[0]);
  const seen = new Set<string>();
  return (
    <div {...rest} className={withClass("wk-speaker-grid", className)} data-variant={variant}>
      {groups[0] ? (
        groups.map(({ role, group }) => {
          const list = (
            <ul key={role ?? ""} data-slot="list">
              {group.map((person) => {
                // A person in several groups keeps the plain anchor on their first card only: ids stay unique.
                const again = seen.has(person.id);
                seen.add(person.id);
                return (
                  <li key={person.id}>
                    <SpeakerCard
                      person={person}
                      // Heading clamps the level to 6.
                      headingLevel={(role ? headingLevel + 1 : headingLevel) as HeadingLevel}
                      variant={variant}
                      id={`${idPrefix}speaker-${person.id}${again ? `-${role}` : ""}`}
                      edition={edition}
                      sessionHref={sessionHref}
                      bioCollapseAt={bioCollapseAt}
                    />
                  </li>
                );
              })}
            </ul>
          );
          return role ? (
            <section key={role} data-slot="group" data-role={role}>
              <Heading level={headingLevel} data-slot="group-heading">
                {groupLabel(role)}
              </Heading>
              {list}
            </section>
          ) : (
            list
          );
        })
      ) : (
        <p data-slot="empty">{emptyMessage}</p>
      )}
    </div>
  );
}
