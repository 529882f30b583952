#!/usr/bin/env node
// The start command: Storybook (port 6006) next to the ES-FoMo demo (port 4173), until Ctrl+C.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

const scripts = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).scripts;
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: "1", TURBO_TELEMETRY_DISABLED: "1" };
const children = [];

function start(name, script) {
  const child = spawn("pnpm", ["run", script], { stdio: "inherit", env });
  child.on("exit", (code) => {
    if (code) console.error(`${name} exited with ${code}`);
  });
  children.push(child);
}

start("Storybook", "storybook");
if (scripts.demo) start("Demo", "demo");
console.log(
  `\n  Storybook:  http://localhost:6006\n${scripts.demo ? "  Demo:       http://localhost:4173 (after its build)\n" : ""}`,
);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const c of children) c.kill(signal);
    process.exit(0);
  });
}
