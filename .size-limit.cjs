// Size budgets (min + gzip, React excluded), enforced by `pnpm size` in CI. Each entry imports named exports from
// the BUILT package (packages/react/dist/index.js) the way an app would, so tree-shaking decides what counts:
// the component, the library modules it uses, and what it pulls from @workshop-kit/types and clsx.
// When you add a component export, add an entry here.
const react = "packages/react/dist/index.js";
const ignore = ["react", "react-dom", "react/jsx-runtime"];
const entry = (name, names, limit) => ({
  name,
  path: react,
  import: `{ ${names.join(", ")} }`,
  ignore,
  limit,
  gzip: true,
});

module.exports = [
  entry("ScheduleTable", ["ScheduleTable"], "3.5 kB"),
  entry("SpeakerCard + SpeakerGrid", ["SpeakerCard", "SpeakerGrid"], "1.5 kB"),
  entry("DeadlineCountdown", ["DeadlineCountdown"], "2 kB"),
  entry("ImportantDates", ["ImportantDates"], "2 kB"),
  entry("CallForPapers", ["CallForPapers"], "2 kB"),
  entry(
    "all four components",
    ["ScheduleTable", "SpeakerCard", "SpeakerGrid", "DeadlineCountdown", "ImportantDates", "CallForPapers"],
    "8 kB",
  ),
  entry("ClockProvider + hooks", ["ClockProvider", "useNow", "useClockSelector"], "1 kB"),
  entry(
    "TimeZoneProvider + TimeZoneToggle + LocalTime",
    ["TimeZoneProvider", "TimeZoneToggle", "LocalTime", "useDisplayTimeZone", "useReaderTimeZone"],
    "2.5 kB",
  ),
  { name: "whole @workshop-kit/react", path: react, import: "*", ignore, limit: "10 kB", gzip: true },
  { name: "styles.css", path: "packages/react/dist/styles.css", limit: "5 kB", gzip: true },
  // Everything, valibot included (~3 kB of it); apps that import only formatters or helpers pay far less.
  {
    name: "@workshop-kit/types (index, everything)",
    path: "packages/types/dist/index.js",
    import: "*",
    limit: "14 kB",
    gzip: true,
  },
  {
    name: "@workshop-kit/types (time formatting only)",
    path: "packages/types/dist/index.js",
    import: "{ formatTime, formatDate, zoneLabel }",
    limit: "2.5 kB",
    gzip: true,
  },
];
