// The one list of source aliases: Storybook, Vitest and the ES-FoMo example resolve the workspace packages to
// their TypeScript sources (complete prop tables, no build first, tests see real files). A new entry point is
// added here once; `stories/tsconfig.json` mirrors it for the type checker.
import { fileURLToPath } from "node:url";

const src = (p) => fileURLToPath(new URL(`../packages/${p}`, import.meta.url));

/** @type {{ find: RegExp; replacement: string }[]} Most specific first: `@workshop-kit/types$` must come last. */
export const sourceAliases = [
  { find: /^@workshop-kit\/types\/yaml$/, replacement: src("types/src/yaml.ts") },
  { find: /^@workshop-kit\/types\/interop$/, replacement: src("types/src/interop/index.ts") },
  { find: /^@workshop-kit\/types\/cli$/, replacement: src("types/src/cli.ts") },
  { find: /^@workshop-kit\/types$/, replacement: src("types/src/index.ts") },
  { find: /^@workshop-kit\/react\/styles\.css$/, replacement: src("react/src/styles/index.css") },
  { find: /^@workshop-kit\/react\/messages\/(.+)$/, replacement: `${src("react/src/messages")}/$1.ts` },
  { find: /^@workshop-kit\/react$/, replacement: src("react/src/index.ts") },
];
