/**
 * The JSON Schema of a content file, generated from the same valibot schema that validates it.
 */
import { toJsonSchema } from "@valibot/to-json-schema";
import { EditionSchema } from "./model/schema";

/** JSON Schema (draft-07) for editors: completion and checking of content files. */
export function editionJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(EditionSchema, { errorMode: "ignore", target: "draft-07" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://workshop-kit.dev/schema/edition.schema.json",
    title: "Workshop edition",
    description:
      "One edition of an academic workshop: sessions, people, deadlines, call for papers. Validated by @workshop-kit/types.",
  };
}
