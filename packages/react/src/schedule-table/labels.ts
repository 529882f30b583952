/**
 * Session kind labels: the English catalogue's, kept as named exports. A plain module with no directive, so server
 * components can read the values (from a `'use client'` module they would get a client reference instead of the
 * object). Other languages: the `kindNames` and `kindLabels` messages (docs/i18n.md).
 */
import { enCommon, enSchedule } from "../messages/en";

/** The messages the programme's markup reads (ScheduleTable, StaticScheduleTable, MyAgenda, the favourites tools). */
export type ScheduleMessages = typeof enCommon & typeof enSchedule;

/** The programme's English messages: the defaults the provider's and the component's messages are laid over. */
export const SCHEDULE_MESSAGES: ScheduleMessages = /* @__PURE__ */ Object.assign({}, enCommon, enSchedule);

/**
 * Every kind's name, for filters and for anything that names a kind ("Contributed talk", "Break"). Every kind has
 * one; `data-kind` carries the kind itself for styling. English; the `kindNames` message in other languages.
 */
export const SESSION_KIND_NAMES = enSchedule.kindNames;

/**
 * Visible kind labels, printed before a session's title ("Keynote: …"). Kinds whose title says it all (breaks,
 * meals, opening…) get none, and so does a contributed talk: programmes print its title alone, never "Oral: …".
 * `Session.label` replaces this label for one session. English; the `kindLabels` message in other languages.
 */
export const SESSION_KIND_LABELS = enSchedule.kindLabels;
