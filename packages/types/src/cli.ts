/**
 * The `workshop-kit` command line. Exit codes: 0 ok, 1 invalid input (content or imported file), 2 usage error.
 * User mistakes print one line each, never a stack trace.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import { importCsv } from "./interop/csv";
import { deadlineFeedYaml } from "./interop/deadline-feed";
import { importFrabJson, importFrabXml } from "./interop/frab";
import { editionToFrabJson } from "./interop/frab-export";
import { editionCalendar } from "./interop/ics";
import { editionJsonLd, editionJsonLdWarnings } from "./interop/jsonld";
import { importSessionize } from "./interop/sessionize";
import { ImportError, type ImportNote, type ImportResult } from "./interop/shared";
import { editionToYaml } from "./interop/yaml-out";
import { editionJsonSchema } from "./json-schema";
import { didYouMean, type ValidationIssue, WARNING_CODES } from "./model/issues";
import { nextEdition } from "./model/next-edition";
import { formatIssues, type ParseOptions, type ParseResult, parseEdition } from "./model/parse";
import type { EditionInput } from "./model/schema";
import type { Edition } from "./model/types";
import { parseEditionText, readYaml } from "./yaml";

const HELP = `workshop-kit — tools for workshop content files

Usage:
  workshop-kit validate <file.yaml|file.json> [...]   check content files; exit 1 on errors
  workshop-kit import <format> <file> [options]       convert a programme from another tool into YAML
  workshop-kit export <format> <file.yaml> [options]  write calendars, JSON-LD, frab JSON or a deadline feed
  workshop-kit new-edition <file.yaml> --year YEAR    start next year's file from this one
  workshop-kit schema                                 print the JSON Schema of a content file
  workshop-kit <command> --help                       help for one command

Exit codes: 0 ok, 1 invalid content, 2 usage error.
`;

const HELP_VALIDATE = `workshop-kit validate <file...> [--ignore CODE[,CODE]]

Check content files (YAML or JSON). Prints each problem with its path, its line in the file and its code
in brackets, then one summary line per file. Exit 1 if any file has errors (warnings alone exit 0).

Options:
  --ignore CODE   leave out warnings with this code (repeatable, or comma-separated), e.g.
                  --ignore person-without-bio. A file can say the same: validation: { ignore: [CODE] }
Warning codes: ${WARNING_CODES.join(", ")}
`;

const HELP_NEW_EDITION = `workshop-kit new-edition <file.yaml|file.json> --year YEAR [--out FILE]

Write next year's content file from this one (YAML; comments of the old file are not kept). Keeps people,
the call for papers and the programme's structure; moves dates and deadlines to YEAR (same calendar days) and
clears deadline history, talk titles and speakers (TBA), papers, revisions and year-bound links. Marks what
must be re-checked: dates.tentative: true, and validation.review notes that validate lists as warnings
[review] until you remove them. Without --out the YAML is printed. --out creates missing folders.
`;

const HELP_SCHEMA = `workshop-kit schema

Print the JSON Schema (draft-07) of a content file, for editor completion:
  workshop-kit schema > edition.schema.json
`;

const HELP_IMPORT = `workshop-kit import <format> <file> [--time-zone ZONE] [--name NAME] [--date DATE] [--out FILE.yaml]

Formats:
  frab-json    frab/pretalx schedule.json
  frab-xml     frab/Pentabarf schedule.xml
  sessionize   Sessionize API "All" view (JSON); needs --time-zone (its times carry no zone)
  csv          columns start,end,title,kind,speakers(;-separated),room; needs --time-zone

Options:
  --time-zone ZONE   the event's IANA zone, e.g. Europe/Vienna (frab: overrides the file's zone)
  --name NAME        the workshop's name (Sessionize and CSV files have none)
  --date YYYY-MM-DD  csv: the date of rows whose times are HH:MM only, until a row names another
  --out FILE         write the YAML here instead of printing it
  --verbose          list every unmapped item instead of a summary

Writes the edition as YAML, validates it, and lists everything that could not be mapped.
Exit 1 if the file cannot be read or the result does not validate (the YAML is still written to fix by hand).
`;

const HELP_EXPORT = `workshop-kit export <format> <file.yaml> [options] [--out FILE]

Formats:
  ics         iCalendar (RFC 5545): programme and deadlines
                --only programme|deadlines   just one part
                --session ID                  just one session
  jsonld      schema.org Event as JSON-LD; what it cannot say well (no location, no address)
              is printed to stderr as warnings (exit 0)
  frab        frab schedule.json (c3voc schema)
  deadlines   a deadline-aggregator feed entry (YAML; AoE written as UTC-12)
                --sub CODE                    subject code, e.g. ML

Reads and validates the content file first; exit 1 if it is invalid.
`;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Read a file as UTF-8. Default: the file system. */
  readonly readFile?: (path: string) => string;
  /** Write a UTF-8 file. Default: the file system. */
  readonly writeFile?: (path: string, text: string) => void;
  /** The clock, for DTSTAMP in calendars. Default: `Date.now`. */
  readonly now?: () => number;
}

const defaultIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** A mistake in how the command was called: exit 2. */
class UsageError extends Error {}
/** The input is unusable: exit 1. */
class InputError extends Error {}

function readText(io: CliIo, file: string): string {
  try {
    return io.readFile ? io.readFile(file) : readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function writeText(io: CliIo, file: string, text: string): void {
  try {
    if (io.writeFile) io.writeFile(file, text);
    else {
      // `--out` into a folder that does not exist yet (`_includes/`, `public/cal/`) creates it.
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text, "utf8");
    }
  } catch (e) {
    throw new InputError(`${file}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** A content file's text parsed as JSON when its name ends in `.json`, else as YAML. */
function parseContentFile(file: string, text: string, options: ParseOptions = {}): ParseResult {
  return parseEditionText(text, extname(file).toLowerCase() === ".json" ? "json" : "yaml", options);
}

/** Issues one per line, each line prefixed with `where: ` (a file name, or where the YAML went). */
function issueLines(issues: readonly ValidationIssue[], where: string): string {
  return formatIssues(issues).replace(/^/gm, `${where}: `);
}

interface Parsed {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

/** Split argv into positionals and `--flag value` / `--flag=value` / boolean flags. */
function parseArgs(argv: readonly string[], valued: readonly string[], booleans: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith("--") || a === "--") {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (booleans.includes(name)) {
      flags.set(name, true);
    } else if (valued.includes(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
      // A repeated option adds to the list (`--ignore a --ignore b` is `--ignore a,b`).
      const before = flags.get(name);
      flags.set(name, typeof before === "string" ? `${before},${value}` : value);
    } else {
      throw new UsageError(`unknown option "${a}"`);
    }
  }
  return { positional, flags };
}

const str = (p: Parsed, name: string): string | undefined => {
  const v = p.flags.get(name);
  return typeof v === "string" ? v : undefined;
};

const wantsHelp = (rest: readonly string[]) => rest.includes("--help") || rest.includes("-h");

/** Run the CLI with `argv` (without `node` and the script); returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo = defaultIo): number {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.out(HELP);
    return command ? 0 : 2;
  }
  try {
    switch (command) {
      case "schema":
        if (wantsHelp(rest)) return help(io, HELP_SCHEMA);
        if (rest.length) throw new UsageError(`schema takes no arguments, received "${rest[0]}"`);
        io.out(`${JSON.stringify(editionJsonSchema(), null, 2)}\n`);
        return 0;
      case "validate":
        if (wantsHelp(rest)) return help(io, HELP_VALIDATE);
        // validate's only option is --ignore: "--strict" is a usage mistake, not a file name.
        return validate(parseArgs(rest, ["ignore"], []), io);
      case "new-edition":
        if (wantsHelp(rest)) return help(io, HELP_NEW_EDITION);
        return newEditionCommand(rest, io);
      case "import":
        if (wantsHelp(rest)) return help(io, HELP_IMPORT);
        return importCommand(rest, io);
      case "export":
        if (wantsHelp(rest)) return help(io, HELP_EXPORT);
        return exportCommand(rest, io);
      default:
        io.err(`workshop-kit: unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`workshop-kit ${command}: ${e.message} (see workshop-kit ${command} --help)\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`${e.message}\n`);
      return 1;
    }
    // A bug, not a user mistake: still one line, plus a hint to report it.
    io.err(`workshop-kit ${command}: internal error: ${(e as Error).message ?? String(e)} (please report this)\n`);
    return 1;
  }
}

function help(io: CliIo, text: string): number {
  io.out(text);
  return 0;
}

function validate(args: Parsed, io: CliIo): number {
  const files = args.positional;
  const ignore = (str(args, "ignore") ?? "").split(",").filter(Boolean);
  for (const code of ignore) {
    if ((WARNING_CODES as readonly string[]).includes(code)) continue;
    const guess = didYouMean(code, WARNING_CODES);
    throw new UsageError(
      `--ignore: "${code}" is not a warning code${guess ? `; did you mean "${guess}"?` : ""} (codes: ${WARNING_CODES.join(", ")})`,
    );
  }
  if (files.length === 0) {
    io.err("workshop-kit validate: name at least one file\n");
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = readText(io, file);
    } catch (e) {
      io.err(`${(e as Error).message}\n`);
      failed = true;
      continue;
    }
    const r = parseContentFile(file, text, { ignore });
    const issues = r.ok ? r.warnings : r.issues;
    const errors = issues.filter((i) => i.severity === "error").length;
    const warnings = issues.length - errors;
    if (issues.length) {
      io.err(`${issueLines(issues, file)}\n`);
    }
    io.out(
      `${file}: ${r.ok ? "valid" : "invalid"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})\n`,
    );
    if (!r.ok) failed = true;
  }
  return failed ? 1 : 0;
}

const IMPORT_FORMATS = ["frab-json", "frab-xml", "sessionize", "csv"] as const;

function importCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ["time-zone", "name", "date", "out"], ["verbose"]);
  const [format, file, extra] = args.positional;
  if (!format) throw new UsageError(`name a format: ${IMPORT_FORMATS.join(", ")}`);
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}"; expected one of ${IMPORT_FORMATS.join(", ")}`);
  }
  if (!file) throw new UsageError("name the file to import");
  if (extra) throw new UsageError(`unexpected argument "${extra}"`);
  const timeZone = str(args, "time-zone");
  const name = str(args, "name");
  const date = str(args, "date");
  if (date !== undefined && format !== "csv") throw new UsageError("--date applies to csv only");
  if ((format === "sessionize" || format === "csv") && !timeZone) {
    throw new UsageError(`${format} times carry no zone; pass --time-zone, e.g. --time-zone Europe/Vienna`);
  }
  const text = readText(io, file);
  let result: ImportResult;
  try {
    if (format === "frab-json") result = importFrabJson(text, timeZone ? { timeZone } : {});
    else if (format === "frab-xml") result = importFrabXml(text, timeZone ? { timeZone } : {});
    else if (format === "sessionize")
      result = importSessionize(text, { timeZone: timeZone as string, ...(name ? { name } : {}) });
    else
      result = importCsv(text, { timeZone: timeZone as string, ...(name ? { name } : {}), ...(date ? { date } : {}) });
  } catch (e) {
    if (e instanceof ImportError) {
      // The importers name the option field (timeZone, date); on the command line it is --time-zone, --date.
      // The flag replaces the field's name: "--date: expected …", not "--date: date: expected …".
      const flag = e.path === "timeZone" ? "--time-zone" : e.path === "date" ? "--date" : null;
      if (flag) throw new UsageError(`${flag}: ${e.message.slice(e.path.length + 2)}`);
      throw new InputError(`${file}: ${e.message}`);
    }
    throw e;
  }
  if (name && (format === "frab-json" || format === "frab-xml")) {
    (result.edition as { name: string }).name = name;
  }
  const yaml = editionToYaml(result.edition, `Imported from ${basename(file)} (${format}) by workshop-kit import.`);
  const out = str(args, "out");
  if (out) writeText(io, out, yaml);
  else io.out(yaml);
  printNotes(io, file, result.unmapped, args.flags.has("verbose"));
  const parsed = parseEdition(result.edition);
  const issues = parsed.ok ? parsed.warnings : parsed.issues;
  const where = out ?? "the YAML";
  if (issues.length) io.err(`${issueLines(issues, where)}\n`);
  const sessions = result.edition.sessions?.length ?? 0;
  const people = result.edition.people?.length ?? 0;
  io.err(
    `${file}: imported ${sessions} session${sessions === 1 ? "" : "s"} and ${people} ${people === 1 ? "person" : "people"}, ${result.unmapped.length} unmapped item${result.unmapped.length === 1 ? "" : "s"}; ${parsed.ok ? "valid" : `invalid — fix ${where} by hand`}${out ? ` (written to ${out})` : ""}\n`,
  );
  return parsed.ok ? 0 : 1;
}

/** Unmapped items: grouped by field with counts (or every one with --verbose). */
function printNotes(io: CliIo, file: string, notes: readonly ImportNote[], verbose: boolean): void {
  if (!notes.length) return;
  if (verbose) {
    for (const n of notes) io.err(`${file}: ${n.path || "(file)"}: ${n.message}${n.value ? ` [${n.value}]` : ""}\n`);
    return;
  }
  const groups = new Map<string, { count: number; example: ImportNote }>();
  for (const n of notes) {
    const key = `${n.path.replace(/\[[^\]]*\]|row \d+/g, (m) => (m.startsWith("row") ? "row *" : "[*]"))}\u0000${n.message}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { count: 1, example: n });
  }
  for (const { count, example } of groups.values()) {
    io.err(
      `${file}: ${example.path || "(file)"}${count > 1 ? ` (and ${count - 1} more like it)` : ""}: ${example.message}${example.value ? ` [${example.value}]` : ""}\n`,
    );
  }
}

function newEditionCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ["year", "out"], []);
  const [file, extra] = args.positional;
  if (!file) throw new UsageError("name the content file to start from");
  if (extra) throw new UsageError(`unexpected argument "${extra}"`);
  const yearText = str(args, "year");
  if (yearText === undefined) throw new UsageError("--year is required, e.g. --year 2026");
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 1970 || year > 2200) {
    throw new UsageError(`--year expects a year such as 2026, received "${yearText}"`);
  }
  const text = readText(io, file);
  const json = extname(file).toLowerCase() === ".json";
  let data: unknown;
  if (json) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new InputError(`${file}: JSON syntax error: ${(e as Error).message}`);
    }
  } else {
    const r = readYaml(text);
    if (!r.ok) throw new InputError(issueLines(r.issues, file));
    data = r.data;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new InputError(`${file}: expected a mapping of fields (name:, year:, …)`);
  }
  const next = nextEdition(data as Record<string, unknown>, year);
  const out = editionToYaml(
    next as EditionInput,
    `Started from ${basename(file)} by workshop-kit new-edition --year ${year}.\nvalidation.review lists what to re-check; workshop-kit validate reports each note until it is removed.`,
  );
  const target = str(args, "out");
  if (target) {
    if (!io.writeFile) mkdirSync(dirname(target), { recursive: true });
    writeText(io, target, out);
  } else io.out(out);
  const r = parseEditionText(out);
  const issues = r.ok ? r.warnings : r.issues;
  if (issues.length) io.err(`${issueLines(issues, target ?? "new edition")}\n`);
  return r.ok ? 0 : 1;
}

const EXPORT_FORMATS = ["ics", "jsonld", "frab", "deadlines"] as const;

function exportCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ["out", "only", "session", "sub"], []);
  const [format, file, extra] = args.positional;
  if (!format) throw new UsageError(`name a format: ${EXPORT_FORMATS.join(", ")}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}"; expected one of ${EXPORT_FORMATS.join(", ")}`);
  }
  if (!file) throw new UsageError("name the content file to export");
  if (extra) throw new UsageError(`unexpected argument "${extra}"`);
  const only = str(args, "only");
  if (only !== undefined && only !== "programme" && only !== "deadlines") {
    throw new UsageError(`--only expects "programme" or "deadlines", received "${only}"`);
  }
  if (format !== "ics" && (only || args.flags.has("session")))
    throw new UsageError("--only and --session apply to ics only");
  if (format !== "deadlines" && args.flags.has("sub")) throw new UsageError("--sub applies to deadlines only");
  const text = readText(io, file);
  const parsed = parseContentFile(file, text);
  if (!parsed.ok) {
    io.err(`${issueLines(parsed.issues, file)}\n${file}: invalid; nothing exported\n`);
    return 1;
  }
  const edition: Edition = parsed.edition;
  let output: string;
  if (format === "ics") {
    const sessionId = str(args, "session");
    if (sessionId !== undefined && !edition.sessions.some((s) => s.id === sessionId)) {
      throw new InputError(`${file}: no session with id "${sessionId}"`);
    }
    output = editionCalendar(edition, {
      stampMs: (io.now ?? Date.now)(),
      ...(only ? { include: only as "programme" | "deadlines" } : {}),
      ...(sessionId !== undefined ? { sessionId } : {}),
    });
  } else if (format === "jsonld") {
    output = `${JSON.stringify(editionJsonLd(edition), null, 2)}\n`;
    // What the JSON-LD cannot say well (no location, a place without address): warnings, the export still succeeds.
    for (const w of editionJsonLdWarnings(edition)) io.err(`${file}: warning: ${w}\n`);
  } else if (format === "frab") {
    output = editionToFrabJson(edition);
  } else {
    const sub = str(args, "sub");
    if (!edition.deadlines.some((d) => d.kind === "submission")) {
      throw new InputError(`${file}: no deadline with kind: submission, so there is nothing to list`);
    }
    output = deadlineFeedYaml([edition], sub ? { sub } : {});
  }
  const out = str(args, "out");
  if (out) {
    writeText(io, out, output);
    io.err(`${file}: exported ${format} to ${out}\n`);
  } else {
    io.out(output);
  }
  return 0;
}
