/**
 * `workshop-kit render <component> <content-file> [flags]`: the server HTML of one component as a fragment for
 * Jekyll's `_includes/`, Hugo's `partials/` or any HTML page, plus the data the standalone script needs to make it
 * live. Deterministic: the output depends on the content file and the flags only, never on the clock or the zone of
 * the machine that runs it (times are shown in the event's zone; live parts appear in the browser).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import type { CallForPapersSection, HeadingLevel } from "@workshop-kit/react";
import { type Edition, formatIssues, PERSON_ROLES, type PersonRole } from "@workshop-kit/types";
import { parseEditionText } from "@workshop-kit/types/yaml";
import { renderToString } from "react-dom/server";
import {
  EMBED_COMPONENTS,
  type EmbedComponent,
  type EmbedData,
  type EmbedOptions,
  editionFor,
  embedElement,
} from "./embed";
import { fragmentHtml } from "./fragment";

export const HELP_RENDER = `workshop-kit render <component> <content-file> [options]

Write the server-rendered HTML fragment of one component, ready for Jekyll's _includes/, Hugo's partials/ or any
HTML page. It reads without JavaScript and without the stylesheet; add the standalone script (--script) to make
countdowns tick, the zone switch convert every fragment, and the calendar buttons work.

Components:
  schedule    the programme (ScheduleTable, with its zone switch)
  speakers    speaker cards (SpeakerGrid)
  dates       important dates (ImportantDates)
  countdown   one deadline counting down (DeadlineCountdown)
  cfp         the call for papers (CallForPapers)
  zone        a zone switch alone (TimeZoneToggle), for pages without a schedule
  details     when, where, room, online and contact (EventDetails)
  sponsors    sponsor logos by tier (Sponsors)
  papers      accepted papers (PaperList)

Options:
  --out FILE             write the fragment here (folders are created) instead of printing it
  --id ID                id attribute of the fragment's container (an anchor such as "schedule")
  --heading-level N      level of the component's headings, 1-6
  --id-prefix P          prefix of every id the component writes (speakers, cfp; also its generated ids)
  --locale TAG           BCP 47 locale of dates and times (default en-US)
  --hour12 | --hour24    force a 12- or 24-hour clock (default: the locale's)
  --no-calendar          no "Add to calendar" buttons or links (schedule, dates, countdown)
  --speaker-href T       schedule: link speaker names, {id} = person id, e.g. "#speaker-{id}"
  --caption TEXT         schedule: the table's caption
  --favourites           schedule: stars, "My agenda" and a share link (live with the script)
  --search               schedule: a search box (live with the script)
  --roles R,R            speakers: only these roles (${PERSON_ROLES.join(", ")})
  --variant V            speakers: full, compact or horizontal (default full)
  --session-href T       speakers, papers: where a talk links, {id} = session id
  --deadline ID          countdown: the deadline's id (default: the first in the file)
  --title TEXT           dates, cfp: the section title
  --sections S,S         cfp: sections in order (intro, topics, themes, formats, review, dates, submission, contact)
  --css FILE             also write the optional stylesheet (styles.css) to FILE
  --script DIR           also copy the standalone script (workshop-kit.js and its chunks) into DIR

Exit codes: 0 ok, 1 the content file is unreadable or invalid, 2 usage error.
`;

const VALUED = [
  "out",
  "id",
  "heading-level",
  "id-prefix",
  "locale",
  "speaker-href",
  "caption",
  "roles",
  "variant",
  "session-href",
  "deadline",
  "title",
  "sections",
  "css",
  "script",
] as const;
const BOOLEANS = ["hour12", "hour24", "no-calendar", "favourites", "search"] as const;
type Flag = (typeof VALUED)[number] | (typeof BOOLEANS)[number];

/** Which component each component-specific flag applies to (the others apply to all). */
const ONLY: Partial<Record<Flag, readonly EmbedComponent[]>> = {
  "speaker-href": ["schedule"],
  caption: ["schedule"],
  favourites: ["schedule"],
  search: ["schedule"],
  roles: ["speakers"],
  variant: ["speakers"],
  "session-href": ["speakers", "papers"],
  deadline: ["countdown"],
  title: ["dates", "cfp"],
  sections: ["cfp"],
  "no-calendar": ["schedule", "dates", "countdown"],
  "id-prefix": ["schedule", "speakers", "dates", "countdown", "cfp", "papers"],
  "heading-level": ["schedule", "speakers", "dates", "countdown", "cfp", "sponsors", "papers"],
};

const CFP_SECTIONS: readonly CallForPapersSection[] = [
  "intro",
  "topics",
  "themes",
  "formats",
  "review",
  "dates",
  "submission",
  "contact",
];
const VARIANTS = ["full", "compact", "horizontal"] as const;

/** A mistake in how the command was called: exit 2. */
export class RenderUsageError extends Error {}
/** The content file is unusable: exit 1. */
export class RenderInputError extends Error {}

/** Files the command reads and writes; tests replace them. */
export interface RenderIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile?: (path: string) => string;
  /** Write a file, creating its folder. */
  readonly writeFile?: (path: string, text: string) => void;
  /** The text of a built asset of this package (styles.css, workshop-kit.js, its chunks). */
  readonly readAsset?: (name: string) => string;
  /** Names of the built assets that make up the standalone script (workshop-kit.js and its chunks). */
  readonly scriptAssets?: () => string[];
}

/** Built assets sit next to this module in dist/ (the package build copies them there). */
const assetPath = (name: string) => new URL(name, import.meta.url);

const fs = {
  readFile: (path: string) => readFileSync(path, "utf8"),
  writeFile: (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, "utf8");
  },
  readAsset: (name: string) => {
    const from = assetPath(name);
    if (!existsSync(from)) throw new RenderInputError(`${name} is missing from the package (build it first)`);
    return readFileSync(from, "utf8");
  },
  scriptAssets: () =>
    readdirSync(new URL(".", import.meta.url)).filter((f) => f === "workshop-kit.js" || /^wk-chunk-.*\.js$/.test(f)),
};

interface Args {
  readonly positional: string[];
  readonly flags: Map<Flag, string | true>;
}

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<Flag, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = (eq > 0 ? a.slice(2, eq) : a.slice(2)) as Flag;
    if ((BOOLEANS as readonly string[]).includes(name)) {
      if (eq > 0) throw new RenderUsageError(`--${name} takes no value`);
      flags.set(name, true);
    } else if ((VALUED as readonly string[]).includes(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--")))
        throw new RenderUsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else {
      throw new RenderUsageError(`unknown option "${a}"`);
    }
  }
  return { positional, flags };
}

const list = (value: string) =>
  value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

function oneOf<T extends string>(flag: string, values: readonly string[], allowed: readonly T[]): T[] {
  const bad = values.filter((v) => !(allowed as readonly string[]).includes(v));
  if (bad.length)
    throw new RenderUsageError(`--${flag}: unknown "${bad.join('", "')}" (one of: ${allowed.join(", ")})`);
  return values as T[];
}

/** The options of a fragment from the flags, checked against the component. */
export function optionsFromFlags(component: EmbedComponent, flags: ReadonlyMap<Flag, string | true>): EmbedOptions {
  for (const flag of flags.keys()) {
    const only = ONLY[flag];
    if (only && !only.includes(component))
      throw new RenderUsageError(`--${flag} applies to ${only.join(", ")}, not to ${component}`);
  }
  const get = (flag: Flag) => {
    const v = flags.get(flag);
    return typeof v === "string" ? v : undefined;
  };
  const options: { -readonly [K in keyof EmbedOptions]: EmbedOptions[K] } = {};
  const level = get("heading-level");
  if (level !== undefined) {
    if (!/^[1-6]$/.test(level)) throw new RenderUsageError(`--heading-level must be 1 to 6, received "${level}"`);
    options.headingLevel = Number(level) as HeadingLevel;
  }
  const idPrefix = get("id-prefix");
  if (idPrefix !== undefined) {
    if (!/^[A-Za-z][\w-]*$/.test(idPrefix))
      throw new RenderUsageError(`--id-prefix must start with a letter and hold only letters, digits, - and _`);
    options.idPrefix = idPrefix;
  }
  const locale = get("locale");
  if (locale !== undefined) {
    try {
      Intl.getCanonicalLocales(locale); // throws a RangeError on anything but a well-formed BCP 47 tag
      options.locale = locale;
    } catch {
      throw new RenderUsageError(`--locale: "${locale}" is not a BCP 47 language tag (e.g. en-GB, de, fr-CA)`);
    }
  }
  if (flags.has("hour12") && flags.has("hour24")) throw new RenderUsageError("choose one of --hour12 and --hour24");
  if (flags.has("hour12")) options.hour12 = true;
  if (flags.has("hour24")) options.hour12 = false;
  if (flags.has("no-calendar")) options.calendar = false;
  if (flags.has("favourites")) options.favourites = true;
  if (flags.has("search")) options.search = true;
  for (const flag of ["speaker-href", "session-href"] as const) {
    const template = get(flag);
    if (template === undefined) continue;
    if (!template.includes("{id}")) throw new RenderUsageError(`--${flag} needs {id} in it, e.g. "#speaker-{id}"`);
    options[flag === "speaker-href" ? "speakerHref" : "sessionHref"] = template;
  }
  const caption = get("caption");
  if (caption !== undefined) options.caption = caption;
  const title = get("title");
  if (title !== undefined) options.title = title;
  const roles = get("roles");
  if (roles !== undefined) options.roles = oneOf<PersonRole>("roles", list(roles), PERSON_ROLES);
  const variant = get("variant");
  if (variant !== undefined) options.variant = oneOf("variant", [variant], VARIANTS)[0];
  const deadline = get("deadline");
  if (deadline !== undefined) options.deadline = deadline;
  const sections = get("sections");
  if (sections !== undefined) options.sections = oneOf("sections", list(sections), CFP_SECTIONS);
  return options;
}

/** Parse and validate the content file; errors name the file. */
function readEdition(file: string, io: RenderIo): Edition {
  let text: string;
  try {
    text = (io.readFile ?? fs.readFile)(file);
  } catch (e) {
    throw new RenderInputError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const parsed = parseEditionText(text, extname(file).toLowerCase() === ".json" ? "json" : "yaml");
  if (!parsed.ok) {
    const lines = formatIssues(parsed.issues).replace(/^/gm, `${file}: `);
    throw new RenderInputError(`${lines}\n${file}: invalid; nothing rendered (workshop-kit validate ${file})`);
  }
  return parsed.edition;
}

/** Check that the component has something to show in this edition; a clear message instead of an empty fragment. */
function checkRenderable(component: EmbedComponent, edition: Edition, options: EmbedOptions, file: string): void {
  if (component === "countdown") {
    if (!edition.deadlines.length) throw new RenderInputError(`${file}: no deadlines to count down to`);
    if (options.deadline !== undefined && !edition.deadlines.some((d) => d.id === options.deadline))
      throw new RenderInputError(
        `${file}: no deadline with id "${options.deadline}" (ids: ${edition.deadlines.map((d) => d.id).join(", ")})`,
      );
  }
  if (component === "cfp" && !edition.callForPapers) throw new RenderInputError(`${file}: no callForPapers to render`);
}

/** The fragment for `component` of `edition` with `options` (HTML + data). Used by the command and by tests. */
export function renderFragment(component: EmbedComponent, edition: Edition, options: EmbedOptions, id?: string) {
  const data: EmbedData = { v: 1, component, edition: editionFor(component, edition, options), options };
  // The prefix keeps generated ids (useId) unique between fragments on one page.
  const html = renderToString(embedElement(data), { identifierPrefix: `wk-${component}-${options.idPrefix ?? ""}` });
  return fragmentHtml(data, html, id);
}

/** Run `render` with the arguments after the command name; returns the exit code. */
export function renderCommand(argv: readonly string[], io: RenderIo): number {
  try {
    const { positional, flags } = parseArgs(argv);
    const [component, file, extra] = positional;
    if (!component) throw new RenderUsageError(`name a component (${EMBED_COMPONENTS.join(", ")})`);
    if (!(EMBED_COMPONENTS as readonly string[]).includes(component))
      throw new RenderUsageError(`unknown component "${component}" (one of: ${EMBED_COMPONENTS.join(", ")})`);
    if (!file) throw new RenderUsageError("name the content file (YAML or JSON)");
    if (extra !== undefined) throw new RenderUsageError(`one component and one file, received also "${extra}"`);
    const name = component as EmbedComponent;
    const options = optionsFromFlags(name, flags);
    const edition = readEdition(file, io);
    checkRenderable(name, edition, options, file);
    const id = flags.get("id");
    const html = renderFragment(name, edition, options, typeof id === "string" ? id : undefined);
    const out = flags.get("out");
    const write = io.writeFile ?? fs.writeFile;
    const asset = io.readAsset ?? fs.readAsset;
    if (typeof out === "string") {
      write(out, html);
      io.err(`${file}: rendered ${name} to ${out}\n`);
    } else {
      io.out(html);
    }
    const css = flags.get("css");
    if (typeof css === "string") {
      write(css, asset("styles.css"));
      io.err(`wrote the stylesheet to ${css}\n`);
    }
    const script = flags.get("script");
    if (typeof script === "string") {
      for (const name of (io.scriptAssets ?? fs.scriptAssets)()) write(join(script, name), asset(name));
      io.err(`copied the standalone script to ${join(script, "workshop-kit.js")}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof RenderUsageError) {
      io.err(`workshop-kit render: ${e.message} (see workshop-kit render --help)\n`);
      return 2;
    }
    if (e instanceof RenderInputError) {
      io.err(`${e.message}\n`);
      return 1;
    }
    io.err(`workshop-kit render: internal error: ${(e as Error).message ?? String(e)} (please report this)\n`);
    return 1;
  }
}
