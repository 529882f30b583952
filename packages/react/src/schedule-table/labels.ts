/**
 * Session kind labels. A plain module with no directive, so server components can read the values
 * (from a `'use client'` module they would get a client reference instead of the object).
 */
import type { SessionKind } from "@workshop-kit/types";

/**
 * Every kind's name, for filters and for anything that names a kind ("Contributed talk", "Break"). Every kind has
 * one; `data-kind` carries the kind itself for styling.
 */
export const SESSION_KIND_NAMES: Readonly<Record<SessionKind, string>> = {
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
};

/**
 * Visible kind labels, printed before a session's title ("Keynote: …"). Kinds whose title says it all (breaks,
 * meals, opening…) get none, and so does a contributed talk: programmes print its title alone, never "Oral: …".
 * `Session.label` replaces this label for one session.
 */
export const SESSION_KIND_LABELS: Readonly<Partial<Record<SessionKind, string>>> = {
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
};

/** How a session's hosts are named: "Moderator: …", "Chairs: …". */
export const HOST_ROLE_LABELS = {
  moderator: ["Moderator", "Moderators"],
  chair: ["Chair", "Chairs"],
  host: ["Host", "Hosts"],
} as const;
