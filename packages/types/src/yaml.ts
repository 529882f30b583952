/**
 * Reading content files. YAML goes through the `yaml` package's core schema, so a date such as
 * `2025-05-27 23:59` stays the string the organiser wrote (js-yaml would turn it into a UTC Date).
 *
 * Reading never throws: a syntax error, an alias bomb or a structure nested deeper than any content file needs
 * comes back as an issue, and every issue of a YAML file carries the line and column it points at.
 */
import { isNode, LineCounter, parseDocument } from "yaml";
import type { ValidationIssue } from "./model/issues";
import { type ParseOptions, type ParseResult, parseEdition } from "./model/parse";

/** Deeper nesting than this is refused (a content file needs about 6 levels); keeps every walk off the stack limit. */
const MAX_DEPTH = 64;

function fileIssue(code: string, message: string, expected: string, line?: number, column?: number): ValidationIssue {
  return {
    severity: "error",
    code,
    path: "",
    message,
    expected,
    received: null,
    ...(line ? { line, column: column ?? 1 } : {}),
  };
}

/** The path (`sessions[3].items[0]`) of the first value nested deeper than {@link MAX_DEPTH}, or `null`. */
function tooDeep(data: unknown): string | null {
  // Iterative, so the check itself cannot overflow the stack.
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: "", depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_DEPTH) return path;
    if (Array.isArray(value))
      value.forEach((v, i) => {
        stack.push({ value: v, path: `${path}[${i}]`, depth: depth + 1 });
      });
    else {
      for (const [k, v] of Object.entries(value)) {
        stack.push({ value: v, path: path ? `${path}.${k}` : k, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** `sessions[3].items[0].start` → `["sessions", 3, "items", 0, "start"]`. */
function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    keys.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return keys;
}

type Located = { ok: true; data: unknown; locate: (path: string) => { line: number; column: number } | null };

/** Parse YAML text to plain data, or return syntax issues with line numbers. */
export function readYaml(text: string): Located | { ok: false; issues: ValidationIssue[] } {
  try {
    // prettyErrors is off (messages stay one line), so line numbers come from a LineCounter, not e.linePos.
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { schema: "core", prettyErrors: false, uniqueKeys: true, lineCounter });
    if (doc.errors.length > 0) {
      return {
        ok: false,
        issues: doc.errors.map((e) => {
          const at = lineCounter.linePos(e.pos[0]);
          return fileIssue(
            "yaml",
            `YAML syntax error at line ${at.line}: ${e.message.split("\n")[0]}`,
            "valid YAML",
            at.line,
            at.col,
          );
        }),
      };
    }
    // toJS throws for an alias whose anchor is missing (`*speaker` without `&speaker`) or an alias bomb.
    const data = doc.toJS({ maxAliasCount: 100 });
    const locate = (path: string) => {
      // The deepest node that exists on the path: a missing field points at its record.
      const keys = pathKeys(path);
      for (let n = keys.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
        if (isNode(node) && node.range) {
          const at = lineCounter.linePos(node.range[0]);
          return { line: at.line, column: at.col };
        }
      }
      return null;
    };
    return { ok: true, data, locate };
  } catch (e) {
    const message = e instanceof RangeError ? "the file is nested too deeply to read" : (e as Error).message;
    return { ok: false, issues: [fileIssue("yaml", `YAML error: ${String(message).split("\n")[0]}`, "valid YAML")] };
  }
}

/** Validate already-read data, refusing structures nested deeper than {@link MAX_DEPTH} first. */
function parseData(data: unknown, options: ParseOptions): ParseResult {
  const deep = tooDeep(data);
  if (deep !== null) {
    return {
      ok: false,
      issues: [
        {
          severity: "error",
          code: "too-deep",
          path: deep,
          message: `nested more than ${MAX_DEPTH} levels deep; a content file needs a handful`,
          expected: `at most ${MAX_DEPTH} levels`,
          received: null,
        },
      ],
    };
  }
  try {
    return parseEdition(data, options);
  } catch (e) {
    // A bug, but still an answer rather than a crash.
    return { ok: false, issues: [fileIssue("internal", `could not validate: ${(e as Error).message}`, "no crash")] };
  }
}

/** Read a content file's text (YAML, or JSON which is valid YAML) and validate it. */
export function parseEditionText(
  text: string,
  format: "yaml" | "json" = "yaml",
  options: ParseOptions = {},
): ParseResult {
  if (format === "json") {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { ok: false, issues: [fileIssue("json", `JSON syntax error: ${(e as Error).message}`, "valid JSON")] };
    }
    return parseData(data, options);
  }
  const r = readYaml(text);
  if (!r.ok) return r;
  const result = parseData(r.data, options);
  const withLines = (issues: readonly ValidationIssue[]) =>
    issues.map((i) => {
      if (i.line) return i;
      const at = r.locate(i.path);
      return at ? { ...i, line: at.line, column: at.column } : i;
    });
  return result.ok
    ? { ...result, warnings: withLines(result.warnings) }
    : { ok: false, issues: withLines(result.issues) };
}
