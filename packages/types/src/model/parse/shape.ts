/**
 * The shape pass of `parseEdition`: the valibot schema, record by record, turned into issues with paths, expected
 * and received values and "did you mean".
 */
import * as v from "valibot";
import { didYouMean, IssueList, type ValidationIssue } from "../issues";
import { EditionSchema } from "../schema";
import { type Data, describeValue, guessPerson } from "./context";

type Key = string | number;

function pathText(keys: readonly Key[]): string {
  let out = "";
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

/** The schema found by following `keys` from `schema` (through optional, pipe, array and record), or `null`. */
function schemaAt(schema: unknown, keys: readonly Key[]): Record<string, unknown> | null {
  let node = schema as Record<string, unknown> | undefined;
  const unwrap = () => {
    while (node && (node.type === "optional" || node.type === "nullable")) node = node.wrapped as typeof node;
  };
  unwrap();
  for (const key of keys) {
    if (!node) return null;
    if (node.type === "union") {
      node = (node.options as Record<string, unknown>[]).find((o) => o.type === "array" || o.type === "strict_object");
      unwrap();
      if (!node) return null;
    }
    if (typeof key === "number") node = node.item as typeof node;
    else if (node.type === "record") node = node.value as typeof node;
    else node = (node.entries as Record<string, typeof node> | undefined)?.[key];
    unwrap();
  }
  return node ?? null;
}

/** Turn a valibot issue (inside `root`, found at `prefix`) into a {@link ValidationIssue}. */
function fromValibot(issue: v.BaseIssue<unknown>, root: unknown, prefix: readonly Key[]): ValidationIssue {
  const rel = (issue.path ?? []).map((item) => (item as { key: Key }).key);
  const path = pathText([...prefix, ...rel]);
  const input = issue.input;
  const base = { severity: "error" as const, path };
  if (input instanceof Date) {
    return {
      ...base,
      code: "date-not-string",
      message: `expected a date written as a string, received ${describeValue(input)}; quote the value so it stays exactly as written`,
      expected: "string",
      received: "Date",
    };
  }
  if (issue.type === "strict_object" && issue.kind === "schema" && issue.expected === "never") {
    const key = String(rel[rel.length - 1] ?? path);
    const record = schemaAt(root, rel.slice(0, -1));
    const fields = Object.keys((record?.entries as object | undefined) ?? {});
    const guess = didYouMean(key, fields);
    const where = pathText([...prefix, ...rel.slice(0, -1)]) || "the top level";
    return {
      ...base,
      code: "unknown-field",
      message: `unknown field "${key}": it is not a field of ${where}${guess ? `; did you mean "${guess}"?` : "."} Its fields are: ${fields.join(", ")}`,
      expected: guess ? `"${guess}"` : "a known field",
      received: describeValue(input),
    };
  }
  if (input === undefined && issue.kind === "schema") {
    return {
      ...base,
      code: "missing-field",
      message: `missing required field: expected ${issue.expected ?? "a value"}`,
      expected: issue.expected ?? null,
      received: "nothing",
    };
  }
  if (issue.type === "picklist" && typeof input === "string") {
    const options = (schemaAt(root, rel)?.options as readonly string[] | undefined) ?? [];
    const guess = didYouMean(input, options);
    return {
      ...base,
      code: "unknown-value",
      message: `expected one of ${options.map((o) => `"${o}"`).join(", ")}, received ${describeValue(input)}${guess ? `; did you mean "${guess}"?` : ""}`,
      expected: issue.expected ?? null,
      received: describeValue(input),
    };
  }
  let expected = issue.expected ?? null;
  let message: string;
  if (issue.message && !issue.message.startsWith("Invalid ")) {
    message = `${issue.message}, received ${describeValue(input)}`;
    expected = issue.message.replace(/^expected /, "");
  } else {
    message = `expected ${expected ?? "a valid value"}, received ${describeValue(input)}`;
  }
  if (message.includes('received ""') && issue.message.includes('received ""')) message = issue.message;
  return { ...base, code: "invalid-value", message, expected, received: describeValue(input) };
}

/** Where a content file refers to a person by id. */
const PERSON_REF = /(\.speakers\[\d+\]|\.members\[\d+\]|\.hosts\[\d+\]\.id)$/;

/** `id` and `name` of every person record that has them, well-formed or not. */
function peopleOf(input: Record<string, unknown>): { id: string; name: string }[] {
  const list = Array.isArray(input.people) ? input.people : [];
  return list.flatMap((p: unknown) => {
    const r = p as { id?: unknown; name?: unknown } | null;
    return r && typeof r.id === "string" && typeof r.name === "string" ? [{ id: r.id, name: r.name }] : [];
  });
}

/** Top-level fields that hold a list of records: each record is checked on its own, and the good ones are kept. */
const LIST_FIELDS = new Set(["people", "sessions", "deadlines", "papers", "sponsors", "committees", "revisions"]);

/**
 * The shape pass, record by record: every well-formed record is kept, so the checks across records run in the same
 * pass as the shape checks and a file's problems are all listed in one run. The ids of malformed people and sessions
 * are remembered, so a reference to them is not reported as unknown as well.
 */
export function readShape(input: Record<string, unknown>, options: { readonly ignore?: readonly string[] }) {
  const entries = EditionSchema.entries as unknown as Record<string, v.GenericSchema>;
  const out: Record<string, unknown> = {};
  const found: ValidationIssue[] = [];
  /** Ids of malformed people and sessions, with where they are (`people[2]`, `sessions[4].items[1]`). */
  const broken = { people: new Map<string, number>(), sessions: new Map<string, string>() };
  const fields = Object.keys(entries);
  for (const key of Object.keys(input)) {
    if (Object.hasOwn(entries, key)) continue;
    const guess = didYouMean(key, fields);
    found.push({
      severity: "error",
      code: "unknown-field",
      path: key,
      message: `unknown field "${key}": it is not a field of the top level${guess ? `; did you mean "${guess}"?` : "."} Its fields are: ${fields.join(", ")}`,
      expected: guess ? `"${guess}"` : "a known field",
      received: describeValue(input[key]),
    });
  }
  const idOf = (x: unknown) =>
    x && typeof x === "object" && typeof (x as { id?: unknown }).id === "string" ? (x as { id: string }).id : null;
  for (const [key, schema] of Object.entries(entries)) {
    const value = input[key];
    const item = LIST_FIELDS.has(key) ? (schemaAt(schema, [0]) as v.GenericSchema | null) : null;
    if (item && Array.isArray(value)) {
      // A sparse list: a malformed record leaves a hole, so every good one keeps its index (and its path), and
      // forEach/map in the checks skip the holes.
      const list: unknown[] = new Array(value.length);
      value.forEach((element, i) => {
        const r = v.safeParse(item, element, { abortEarly: false });
        if (r.success) {
          list[i] = r.output;
          return;
        }
        for (const x of r.issues) found.push(fromValibot(x, item, [key, i]));
        const id = idOf(element);
        if (id && key === "people" && !broken.people.has(id)) broken.people.set(id, i);
        if (id && key === "sessions") {
          if (!broken.sessions.has(id)) broken.sessions.set(id, `sessions[${i}]`);
          const items = (element as { items?: unknown }).items;
          (Array.isArray(items) ? items : []).forEach((it, j) => {
            const itemId = idOf(it);
            if (itemId && !broken.sessions.has(itemId)) broken.sessions.set(itemId, `sessions[${i}].items[${j}]`);
          });
        }
      });
      out[key] = list;
      continue;
    }
    const r = v.safeParse(schema, value, { abortEarly: false });
    if (r.success) {
      if (r.output !== undefined) out[key] = r.output;
    } else {
      for (const x of r.issues) found.push(fromValibot(x, schema, [key]));
    }
  }
  const data = out as Data;
  const issues = new IssueList([...(options.ignore ?? []), ...(data.validation?.ignore ?? [])]);
  const people = peopleOf(input);
  for (const i of found) {
    // A name written where an id belongs ("Tri Dao" for tri-dao) fails the id's shape: say which id it means.
    const wrote = i.received?.startsWith('"') ? (JSON.parse(i.received) as string) : null;
    const guess = wrote && PERSON_REF.test(i.path) ? guessPerson(wrote, people) : null;
    issues.add(guess ? { ...i, message: `${i.message}; did you mean "${guess}"?` } : i);
  }
  return { data, issues, broken };
}
