// biome-ignore-all lint/suspicious/noConsole: a command line tool's output is its console
// The starter's logic, importable by its test. Plain Node (no build step): copy the template, put the content
// files in content/<year>.yaml (each one validated first), write site.json and the site's package.json.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssues } from "@workshop-kit/types";
import { parseEditionText } from "@workshop-kit/types/yaml";

const here = dirname(fileURLToPath(import.meta.url));
export const TEMPLATE = resolve(here, "../template");
const TYPES_VERSION = JSON.parse(
  readFileSync(fileURLToPath(import.meta.resolve("@workshop-kit/types/package.json")), "utf8"),
).version;

export const HELP = `create-workshop-kit — a static workshop site (one page per edition) from content files

Usage:
  npm create workshop-kit [dir] -- --content <file|folder> [options]
  npx create-workshop-kit [dir] --content <file|folder> [options]

  dir                 where the site is created (default: workshop-site); must be empty or missing
  --content PATH      a content file (YAML or JSON, the workshop-kit format) or a folder of them; repeatable.
                      Each edition becomes content/<year>.yaml; the newest is the home page
  --name NAME         the site's name in the header (default: the newest edition's short name without its number)
  --url ORIGIN        where the site will live, e.g. https://you.github.io (default: the newest edition's website)
  --help              this text

Then: cd dir && npm install && npm start (build, then serve on http://127.0.0.1:4173).
Deploy: push to GitHub; .github/workflows/pages.yml publishes it on GitHub Pages.

Exit codes: 0 ok, 1 a content file is unreadable or invalid, 2 usage error.
`;

/** Parse argv; returns the options or a usage error message. */
export function parseArgs(argv) {
  const options = { dir: null, content: [], name: null, url: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") options.help = true;
    else if (arg === "--content" || arg === "--name" || arg === "--url") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) return { error: `${arg} needs a value` };
      if (arg === "--content") options.content.push(value);
      else options[arg.slice(2)] = value;
    } else if (arg.startsWith("-")) return { error: `unknown option ${arg}` };
    else if (options.dir === null) options.dir = arg;
    else return { error: `unexpected argument ${arg} (one folder only)` };
  }
  if (!options.help && options.content.length === 0) {
    return { error: "--content is required: the content file of at least one edition (YAML or JSON)" };
  }
  if (options.url !== null && !/^https?:\/\/[^/]+/.test(options.url)) {
    return { error: `--url must be an http(s) origin such as https://you.github.io (got "${options.url}")` };
  }
  return { options };
}

/** Every content file named by --content (folders expanded to their .yaml/.yml/.json files). */
function contentFiles(paths) {
  const files = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new UserError(`${p}: no such file or folder`);
    if (statSync(p).isDirectory()) {
      const inside = readdirSync(p)
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .map((f) => join(p, f));
      if (inside.length === 0) throw new UserError(`${p}: no .yaml, .yml or .json files`);
      files.push(...inside.sort());
    } else files.push(p);
  }
  return files;
}

class UserError extends Error {}

/** "ES-FoMo III" → "ES-FoMo"; "Workshop 2025" → "Workshop". */
export function siteNameFrom(shortName) {
  return shortName.replace(/\s+(?:[IVXLC]+|\d{4}|'\d{2})$/, "").trim() || shortName;
}

/** Create the site; returns the exit code and prints what it did (or why not). */
export function run(argv, { log = console.log, error = console.error } = {}) {
  const parsed = parseArgs(argv);
  if (parsed.error) {
    error(`create-workshop-kit: ${parsed.error}\n\n${HELP}`);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    log(HELP);
    return 0;
  }
  const dir = resolve(options.dir ?? "workshop-site");
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    error(`create-workshop-kit: ${dir} is not empty; choose a new folder`);
    return 2;
  }
  // 1. Read and validate every edition before writing anything.
  let editions;
  try {
    editions = contentFiles(options.content).map((file) => {
      let text;
      try {
        text = readFileSync(file, "utf8");
      } catch (e) {
        throw new UserError(`${file}: ${e.message}`);
      }
      const result = parseEditionText(text);
      if (!result.ok) throw new UserError(`${file} does not validate:\n${formatIssues(result.issues)}`);
      return { file, text, edition: result.edition };
    });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    error(`create-workshop-kit: ${e.message}`);
    return 1;
  }
  editions.sort((a, b) => b.edition.year - a.edition.year);
  const years = editions.map((e) => e.edition.year);
  const twice = years.find((y, i) => years.indexOf(y) !== i);
  if (twice !== undefined) {
    error(`create-workshop-kit: two content files are the ${twice} edition`);
    return 1;
  }
  const newest = editions[0].edition;

  // 2. The template, then the site's own files.
  mkdirSync(dir, { recursive: true });
  cpSync(TEMPLATE, dir, { recursive: true });
  renameSync(join(dir, "_gitignore"), join(dir, ".gitignore"));
  mkdirSync(join(dir, "content"), { recursive: true });
  for (const { text, edition } of editions) writeFileSync(join(dir, "content", `${edition.year}.yaml`), text);
  let url = options.url ?? "";
  if (!url && newest.website) {
    try {
      url = new URL(newest.website).origin;
    } catch {
      url = "";
    }
  }
  const site = { name: options.name ?? siteNameFrom(newest.shortName), url };
  writeFileSync(join(dir, "site.json"), `${JSON.stringify(site, null, 2)}\n`);
  const pkg = JSON.parse(readFileSync(join(TEMPLATE, "package.json"), "utf8"));
  pkg.name =
    basename(dir)
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^[._-]+/, "") || "workshop-site";
  pkg.dependencies["@workshop-kit/react"] = `^${TYPES_VERSION}`;
  pkg.dependencies["@workshop-kit/types"] = `^${TYPES_VERSION}`;
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);

  const shown = relative(process.cwd(), dir) || ".";
  log(`Created ${shown}: ${site.name}, ${years.length} edition(s) (${years.join(", ")})

Next:
  cd ${shown}
  npm install
  npm start            build, then serve on http://127.0.0.1:4173

Publish on GitHub Pages: push to a GitHub repository, then Settings → Pages → Source: GitHub Actions
(.github/workflows/pages.yml builds and deploys on every push to main).
Next year: add content/${years[0] + 1}.yaml and rebuild.`);
  return 0;
}
