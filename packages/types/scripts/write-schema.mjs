// Writes dist/edition.schema.json from the built package (the same source that validates).
import { writeFileSync } from "node:fs";
import { editionJsonSchema } from "../dist/cli.js";

writeFileSync(
  new URL("../dist/edition.schema.json", import.meta.url),
  `${JSON.stringify(editionJsonSchema(), null, 2)}\n`,
);
