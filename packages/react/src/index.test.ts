/**
 * The public API of @workshop-kit/react, guarded: the sorted runtime export names.
 * When you add an export, add it here (keep the list sorted), and classify it in scripts/check-dist.mjs (client
 * component, server-safe component or plain value) and give components a budget in /.size-limit.cjs. A removal or
 * rename is a breaking change and needs a changeset saying so. Type-only exports do not exist at runtime; the
 * published .d.ts is checked by attw and the consumer projects (pnpm check:packages, pnpm test:vite-app).
 */
import { describe, expect, it } from "vitest";
import * as index from "./index";

const EXPORTS = [
  "CallForPapers",
  "ClockProvider",
  "DeadlineCountdown",
  "EditionJsonLd",
  "EventDetails",
  "FavouriteToggle",
  "ImportantDates",
  "LocalTime",
  "MyAgenda",
  "NowNext",
  "PaperList",
  "SESSION_KIND_LABELS",
  "SESSION_KIND_NAMES",
  "ScheduleJumpList",
  "ScheduleTable",
  "SpeakerCard",
  "SpeakerGrid",
  "Sponsors",
  "StaticScheduleTable",
  "SubmissionCallout",
  "TimeZoneProvider",
  "TimeZoneToggle",
  "ZONE_STORAGE_KEY",
  "canonicalZone",
  "en",
  "favouritesNamespace",
  "favouritesStore",
  "initials",
  "keepFragmentInView",
  "useClockSelector",
  "useDisplayTimeZone",
  "useNow",
  "useReaderTimeZone",
  "useTimeZoneChoice",
  "validZoneChoice",
  "zoneName",
];

describe("the public API of @workshop-kit/react", () => {
  it("exports exactly these names", () => {
    expect(Object.keys(index).sort()).toEqual(EXPORTS);
  });

  it("exports components and hooks as functions, and no undefined binding", () => {
    for (const [name, value] of Object.entries(index)) {
      if (/^[A-Z][a-z]/.test(name) || /^use[A-Z]/.test(name)) expect(typeof value, name).toBe("function");
      else expect(value, name).toBeDefined();
    }
  });
});
