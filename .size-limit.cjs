// Size budgets (min + gzip, React excluded), enforced by `pnpm size` in CI and printed there. Each row imports named
// exports from the BUILT package (packages/react/dist/index.js) the way an app would, so tree-shaking decides what
// counts: the component, the library modules it uses, and what it pulls from @workshop-kit/types and clsx.
// When you add a component export, add rows here. docs/size.md explains the rows and the figures.
//
// Three kinds of rows:
// - "first load": what a page pays to show the component. Code loaded by a dynamic import() on a click (the .ics
//   writers of ScheduleTable, DeadlineCountdown and ImportantDates) is left out: it is only fetched when someone
//   asks for a calendar file. The rows "… after a calendar click" count it.
// - "server component, client JS": what a React Server Components app (Next.js App Router) ships for a component
//   rendered in a server component: only the client modules it renders ('use client' children).
// - companions, the stylesheet and @workshop-kit/types.
//
// The issues' targets are NOT all met: ScheduleTable 3.5 kB, SpeakerCard 1.5 kB, DeadlineCountdown 2 kB,
// CallForPapers 2 kB, all four 8 kB (the stylesheet's 5 kB is met). Where a target is not met, the limit is the
// measured size plus ~2%, so CI stops any regression while the gap stays visible here and in docs/size.md.
// Lower a limit whenever a change shrinks an entry.
const { resolve } = require("node:path");

const react = "packages/react/dist/index.js";
const dist = (file) => resolve(__dirname, "packages/react/dist", file);
const ignore = ["react", "react-dom", "react/jsx-runtime"];

const dynamicImportsExternal = require("./scripts/dynamic-imports-external.cjs");
const firstLoad = (config) => ({ ...config, plugins: [...(config.plugins ?? []), dynamicImportsExternal] });

const row = (name, path, names, limit, options = {}) => ({
  name,
  path,
  import: names === "*" ? "*" : `{ ${names.join(", ")} }`,
  ignore,
  limit,
  gzip: true,
  ...options,
});
const first = (name, names, limit) =>
  row(`${name} (first load)`, react, names, limit, { modifyEsbuildConfig: firstLoad });

const ALL_FOUR = [
  "ScheduleTable",
  "SpeakerCard",
  "SpeakerGrid",
  "DeadlineCountdown",
  "ImportantDates",
  "CallForPapers",
];

module.exports = [
  // +0.79 kB for favourites and search (issue #17): their state and hooks; the controls load after hydration (below)
  first("ScheduleTable", ["ScheduleTable"], "13.16 kB"), // issue #3 target 3.5 kB; 12.9 kB with the held controls and zone-switch place (#14)
  {
    name: "ScheduleTable with favourites + search, once their chunk has loaded (after hydration)",
    import: { [dist("index.js")]: "{ ScheduleTable }", [dist("favourites/schedule-attendee.js")]: "*" },
    ignore,
    limit: "15.6 kB", // 15.34 kB with the zone switch on two lines and its note (#14, sixth session)
    gzip: true,
    modifyEsbuildConfig: firstLoad,
  },
  first("MyAgenda", ["MyAgenda"], "5.25 kB"), // issue #17, no target
  first("FavouriteToggle", ["FavouriteToggle"], "3.08 kB"), // issue #17, no target; what a PaperList star costs
  first("StaticScheduleTable", ["StaticScheduleTable"], "8.29 kB"), // no target; ships no JS from a server component
  first("SpeakerCard", ["SpeakerCard"], "6.15 kB"), // issue #4 target 1.5 kB
  first("SpeakerCard + SpeakerGrid", ["SpeakerCard", "SpeakerGrid"], "6.82 kB"),
  first("DeadlineCountdown", ["DeadlineCountdown"], "6.5 kB"), // issue #5 target 2 kB; 6.41 kB with the held reader's line (#14)
  first("ImportantDates", ["ImportantDates"], "8.3 kB"), // no target of its own; 8.15 kB with its layout held while the reader watches (#14, seventh session)
  first("CallForPapers", ["CallForPapers"], "8.8 kB"), // issue #6 target 2 kB (not counting ImportantDates); +0.43 kB "Opens in…" (#20); 8.63 kB with the space kept as submissions close in view (#14)
  first("all four components", ALL_FOUR, "24.05 kB"), // issue #9 target 8 kB; 22.62 kB with held controls (#14); 23.59 kB seventh session
  // Issue #13's components: no targets; "each new component's own code stays small over the shared runtime".
  first("Sponsors", ["Sponsors"], "0.82 kB"), // server-safe: 0 B from a server component
  first("EventDetails", ["EventDetails"], "3.08 kB"), // 3.02 kB: lessThanMinute moved to the common messages
  first("PaperList", ["PaperList"], "4.03 kB"), // the filter held on the server (pendingProps)
  first("EventDetails + Sponsors + PaperList", ["EventDetails", "Sponsors", "PaperList"], "6.25 kB"), // +20 B: PaperList imports the shared useHydrated module
  // Issue #14's "what matters now" line and call-out: no targets; most of it is the shared clock, zone and formatters.
  first("NowNext", ["NowNext"], "5.54 kB"),
  first("SubmissionCallout", ["SubmissionCallout"], "5.55 kB"), // 5.44 kB with the time left always shown and its place held (#14)
  first("NowNext + SubmissionCallout", ["NowNext", "SubmissionCallout"], "7.49 kB"),
  // Issue #18: the JSON-LD writer and its safe script text; server-safe (0 B from a server component under React 19).
  first("EditionJsonLd", ["EditionJsonLd"], "2.42 kB"),
  // Counts every import() of ScheduleTable: the .ics writer and the favourites/search chunk (issue #17).
  row("ScheduleTable after a calendar click", react, ["ScheduleTable"], "17.7 kB"),
  row("DeadlineCountdown after a calendar click", react, ["DeadlineCountdown"], "8.7 kB"),
  {
    name: "SpeakerCard, SpeakerGrid in a server component: client JS (photo fallback, talk times)",
    import: { [dist("speaker-card/avatar.js")]: "{ SpeakerPhoto }", [dist("index.js")]: "{ LocalTime }" },
    ignore,
    limit: "3.92 kB",
    gzip: true,
  },
  {
    name: "CallForPapers in a server component: client JS (submission state, local times)",
    import: {
      [dist("call-for-papers/submission-status.js")]: "{ CallForPapersRoot, OpensIn, WhenSubmissions }",
      [dist("index.js")]: "{ LocalTime }",
    },
    ignore,
    limit: "4.09 kB",
    gzip: true,
  },
  {
    name: "EventDetails in a server component: client JS (tentative-date note; none with `now`)",
    import: { [dist("event-details/tentative-note.js")]: "{ TentativeNote }" },
    ignore,
    limit: "0.57 kB",
    gzip: true,
  },
  row("ClockProvider + hooks", react, ["ClockProvider", "useNow", "useClockSelector"], "0.7 kB"),
  row(
    "TimeZoneProvider + TimeZoneToggle + LocalTime",
    react,
    ["TimeZoneProvider", "TimeZoneToggle", "LocalTime", "useDisplayTimeZone", "useReaderTimeZone"],
    "3.88 kB", // 3.82 kB with holdPlace and the two-line switch (#14)
  ),
  row("whole @workshop-kit/react (first load)", react, "*", "32.8 kB", { modifyEsbuildConfig: firstLoad }),
  // Issue #15 (messages): every row above grew when the components' words moved into the English catalogue (its
  // parts, the Intl helpers and the message names): the whole package by +3.18 kB, against the issue's "at most
  // 1 kB" (NOT met; docs/size.md). Each catalogue is its own subpath export; an English page loads none. What adding
  // one costs:
  row("German messages (@workshop-kit/react/messages/de)", "packages/react/dist/messages/de.js", ["de"], "3.30 kB"),
  row("Arabic messages (@workshop-kit/react/messages/ar)", "packages/react/dist/messages/ar.js", ["ar"], "4.28 kB"),
  {
    name: "ScheduleTable in German (first load, with the de catalogue)",
    import: { [dist("index.js")]: "{ ScheduleTable, TimeZoneProvider }", [dist("messages/de.js")]: "{ de }" },
    ignore,
    limit: "16.35 kB", // 16.09 kB after the sixth session (#14)
    gzip: true,
    modifyEsbuildConfig: firstLoad,
  },
  { name: "styles.css", path: "packages/react/dist/styles.css", limit: "6.2 kB", gzip: true }, // issue #9 target 5 kB; 6.07 kB after the seventh session
  // The standalone browser script of the workshop-kit package (issue #16): EVERY embeddable component (schedule,
  // speakers, dates, countdown, cfp, zone switch, details, sponsors, papers) with its renderer, Preact 10 + compat. The issue's
  // 40 kB covers schedule, countdown, important dates and the zone switch; this row holds them all, so it is an
  // upper bound. "first load" leaves out the wk-chunk-*.js files loaded on a calendar click or by favourites.
  {
    name: "standalone script workshop-kit.js, every component + Preact (first load)",
    path: "packages/cli/dist/workshop-kit.js",
    limit: "41.45 kB", // issue #16 target 40 kB (for four components; this row holds all): 40.63 kB after #14's seventh session (layout held while the reader watches)
    gzip: true,
    modifyEsbuildConfig: firstLoad,
  },
  {
    name: "standalone script with every lazy chunk (calendar, favourites)",
    path: "packages/cli/dist/workshop-kit.js",
    limit: "44.8 kB", // 43.91 kB after the fifth session (held controls, keepFragmentInView); 43.04 kB after issues #14/#15/#19 (messages, zone store, calendar menu, kept text): over the issue #16 target of 40 kB (see docs/size.md)
    gzip: true,
  },
  // Everything, valibot included (~3 kB of it); apps that import only formatters or helpers pay far less.
  row("@workshop-kit/types (index, everything)", "packages/types/dist/index.js", "*", "18.9 kB"), // +0.63 kB (#18): parseEdition split by record, per-run time caches
  row(
    "@workshop-kit/types (time formatting only)",
    "packages/types/dist/index.js",
    ["formatTime", "formatDate", "zoneLabel"],
    "0.85 kB",
  ),
];
