/**
 * The public API of @workshop-kit/types, guarded: the sorted runtime export names of each entry point.
 * When you add an export, add it here (keep the lists sorted) — a removal or rename is a breaking change and needs a
 * changeset saying so. Type-only exports do not exist at runtime; the published .d.ts files are checked by attw and
 * the consumer projects (pnpm check:packages, pnpm test:vite-app).
 */
import { describe, expect, it } from "vitest";
import * as cli from "./cli";
import * as index from "./index";
import * as interop from "./interop/index";
import * as yaml from "./yaml";

const INDEX = [
  "AOE_IANA",
  "CLOSING_SOON_MS",
  "DEADLINE_KINDS",
  "EditionError",
  "EditionSchema",
  "HOST_ROLES",
  "LINK_LABELS",
  "OPEN_ENDED_MS",
  "PERSON_ROLES",
  "SESSION_KINDS",
  "WARNING_CODES",
  "assertEdition",
  "calendarName",
  "clientEdition",
  "dayKey",
  "dayShift",
  "deadlineEvents",
  "deadlineStatus",
  "describeValue",
  "escapeText",
  "foldLine",
  "formatDate",
  "formatDateTime",
  "formatDateTimeZone",
  "formatDuration",
  "formatIssues",
  "formatOffset",
  "formatTime",
  "groupSessionsByDay",
  "ianaZone",
  "icsUtc",
  "instantFromEpoch",
  "isRelativeHref",
  "isSafeHref",
  "isValidZone",
  "jsonLdScriptText",
  "linkHref",
  "linkify",
  "linksFromRecord",
  "liveStates",
  "nextDeadline",
  "nowAndNext",
  "offsetMinutesAt",
  "parseCalendarDate",
  "parseDateTime",
  "parseEdition",
  "resolveWallClock",
  "safeHref",
  "sessionEndMs",
  "sessionEvents",
  "sessionState",
  "splitParagraphs",
  "startOfDate",
  "submissionDeadline",
  "timeRemaining",
  "toICalendar",
  "wallClockAt",
  "withSafeUrls",
  "workshopEvent",
  "workshopWindow",
  "zoneLabel",
];

const YAML = ["parseEditionText", "readYaml"];

const INTEROP = [
  "ImportError",
  "XmlError",
  "aggregatorTime",
  "aggregatorZone",
  "deadlineFeed",
  "deadlineFeedYaml",
  "decodeEntities",
  "editionCalendar",
  "editionJsonLd",
  "editionJsonLdWarnings",
  "editionToFrab",
  "editionToFrabJson",
  "editionToYaml",
  "escapeXml",
  "frabAcronym",
  "importCsv",
  "importFrabJson",
  "importFrabXml",
  "importSessionize",
  "isoWithOffset",
  "jsonLdScriptText",
  "parseCsv",
  "parseXml",
  "uuidV5",
];

const CLI = ["runCli"];

const names = (module: object) => Object.keys(module).sort();

describe("the public API of @workshop-kit/types", () => {
  it("exports exactly these names from the main entry", () => {
    expect(names(index)).toEqual(INDEX);
  });

  it("exports exactly these names from @workshop-kit/types/yaml", () => {
    expect(names(yaml)).toEqual(YAML);
  });

  it("exports exactly these names from @workshop-kit/types/interop", () => {
    expect(names(interop)).toEqual(INTEROP);
  });

  it("exports exactly these names from @workshop-kit/types/cli", () => {
    expect(names(cli)).toEqual(CLI);
  });

  it("keeps every export defined (no re-export of a missing binding)", () => {
    for (const module of [index, yaml, interop, cli]) {
      for (const [name, value] of Object.entries(module)) expect(value, name).toBeDefined();
    }
  });
});
