/**
 * The `workshop-kit` command line. Exit codes: 0 valid, 1 invalid input, 2 usage error.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { editionJsonSchema } from "./json-schema";
import { formatIssues } from "./model/parse";
import { parseEditionText } from "./yaml";

const HELP = `workshop-kit — tools for workshop content files

Usage:
  workshop-kit validate <file.yaml|file.json> [...]   check content files; exit 1 on errors
  workshop-kit schema                                 print the JSON Schema of a content file
  workshop-kit --help                                 show this help

Exit codes: 0 ok, 1 invalid content, 2 usage error.
`;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const defaultIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Run the CLI with `argv` (without `node` and the script); returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo = defaultIo): number {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.out(HELP);
    return command ? 0 : 2;
  }
  if (command === "schema") {
    io.out(`${JSON.stringify(editionJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (command === "validate") {
    if (rest.length === 0) {
      io.err("workshop-kit validate: name at least one file\n");
      return 2;
    }
    let failed = false;
    for (const file of rest) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (e) {
        io.err(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        failed = true;
        continue;
      }
      const r = parseEditionText(text, extname(file).toLowerCase() === ".json" ? "json" : "yaml");
      const issues = r.ok ? r.warnings : r.issues;
      const errors = issues.filter((i) => i.severity === "error").length;
      const warnings = issues.length - errors;
      if (issues.length) {
        io.err(`${formatIssues(issues).replace(/^/gm, `${file}: `)}\n`);
      }
      io.out(
        `${file}: ${r.ok ? "valid" : "invalid"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})\n`,
      );
      if (!r.ok) failed = true;
    }
    return failed ? 1 : 0;
  }
  io.err(`workshop-kit: unknown command "${command}"\n\n${HELP}`);
  return 2;
}
export { editionJsonSchema } from "./json-schema";
