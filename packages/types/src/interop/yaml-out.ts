/**
 * Write an imported edition as YAML: the `yaml` package, with every date-like string quoted so that no YAML
 * reader (js-yaml included) turns it into a Date.
 */
import { Document, isScalar, visit } from "yaml";
import type { EditionInput } from "../model/schema";

/** YAML text for a content file, with an optional comment at the top. */
export function editionToYaml(edition: EditionInput, comment?: string): string {
  const doc = new Document(edition, { schema: "core" });
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === "string" && /^\d{1,4}[-:]\d{2}/.test(node.value)) {
        node.type = "QUOTE_DOUBLE";
      }
    },
  });
  if (comment) doc.commentBefore = comment.replace(/^/gm, " ");
  return doc.toString({ lineWidth: 0 });
}
