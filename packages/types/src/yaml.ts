/**
 * Reading content files. YAML goes through the `yaml` package's core schema, so a date such as
 * `2025-05-27 23:59` stays the string the organiser wrote (js-yaml would turn it into a UTC Date).
 */
import { LineCounter, parseDocument } from "yaml";
import { type ParseResult, parseEdition, type ValidationIssue } from "./model/parse";

/** Parse YAML text to plain data, or return syntax issues with line numbers. */
export function readYaml(text: string): { ok: true; data: unknown } | { ok: false; issues: ValidationIssue[] } {
  // prettyErrors is off (messages stay one line), so line numbers come from a LineCounter, not e.linePos.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: "core", prettyErrors: false, uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        severity: "error" as const,
        path: "",
        message: `YAML syntax error at line ${lineCounter.linePos(e.pos[0]).line}: ${e.message.split("\n")[0]}`,
        expected: "valid YAML",
        received: null,
      })),
    };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (e) {
    // toJS throws for an alias whose anchor is missing (`*speaker` without `&speaker`) or an alias bomb.
    return {
      ok: false,
      issues: [
        {
          severity: "error" as const,
          path: "",
          message: `YAML error: ${(e as Error).message.split("\n")[0]}`,
          expected: "valid YAML",
          received: null,
        },
      ],
    };
  }
}

/** Read a content file's text (YAML, or JSON which is valid YAML) and validate it. */
export function parseEditionText(text: string, format: "yaml" | "json" = "yaml"): ParseResult {
  if (format === "json") {
    try {
      return parseEdition(JSON.parse(text));
    } catch (e) {
      return {
        ok: false,
        issues: [
          {
            severity: "error",
            path: "",
            message: `JSON syntax error: ${(e as Error).message}`,
            expected: "valid JSON",
            received: null,
          },
        ],
      };
    }
  }
  const r = readYaml(text);
  return r.ok ? parseEdition(r.data) : { ok: false, issues: r.issues };
}
