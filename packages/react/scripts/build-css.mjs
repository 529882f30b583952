// Builds dist/styles.css: the files listed in src/styles/index.css, in order, inside `@layer workshop-kit`
// so the host site's unlayered CSS always wins. Comments and blank space are stripped; nothing else changes.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const indexFile = resolve(root, "src/styles/index.css");

function collect(file, seen = new Set()) {
  if (seen.has(file)) return "";
  seen.add(file);
  const text = readFileSync(file, "utf8");
  return text.replace(/@import\s+["']([^"']+)["'];?/g, (_, rel) => collect(resolve(dirname(file), rel), seen));
}

export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
}

const body = minifyCss(collect(indexFile));
const out = `@layer workshop-kit{${body}}\n`;
mkdirSync(resolve(root, "dist"), { recursive: true });
writeFileSync(resolve(root, "dist/styles.css"), out);
const gz = gzipSync(out).length;
console.log(`dist/styles.css: ${out.length} B, ${gz} B gzip`);
