/**
 * Session kind labels. A plain module with no directive, so server components can read the values
 * (from a `'use client'` module they would get a client reference instead of the object).
 */
import type { SessionKind } from "@workshop-kit/types";

/** Visible kind labels. Kinds whose title says it all (breaks, meals, opening…) get none. */
export const SESSION_KIND_LABELS: Readonly<Partial<Record<SessionKind, string>>> = {
  "invited-talk": "Invited talk",
  keynote: "Keynote",
  oral: "Oral",
  spotlight: "Spotlight",
  "poster-session": "Poster session",
  panel: "Panel",
  awards: "Awards",
  social: "Social",
};
