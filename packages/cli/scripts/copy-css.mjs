// The optional stylesheet ships in this package too (dist/styles.css), so `render --css` and a page that loads the
// standalone script from this package need nothing else: it is the file @workshop-kit/react builds, copied as is.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const css = createRequire(resolve(root, "package.json")).resolve("@workshop-kit/react/styles.css");
mkdirSync(resolve(root, "dist"), { recursive: true });
copyFileSync(css, resolve(root, "dist/styles.css"));
