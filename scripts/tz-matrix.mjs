#!/usr/bin/env node
// Runs the "tz" vitest project once per host time zone: results must not depend on where the server runs.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";

export const ZONES = [
  "UTC",
  "Etc/GMT+12",
  "Etc/GMT-14",
  "Pacific/Kiritimati",
  "Pacific/Chatham",
  "Pacific/Auckland",
  "Pacific/Apia",
  "Pacific/Tongatapu",
  "Pacific/Honolulu",
  "Pacific/Marquesas",
  "Pacific/Pago_Pago",
  "Australia/Lord_Howe",
  "Australia/Adelaide",
  "Australia/Eucla",
  "Australia/Sydney",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "Asia/Colombo",
  "Asia/Tehran",
  "Asia/Kabul",
  "Asia/Yangon",
  "Asia/Tokyo",
  "Asia/Shanghai",
  "Asia/Singapore",
  "Asia/Dubai",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Vienna",
  "Europe/Berlin",
  "Europe/Moscow",
  "Africa/Casablanca",
  "Africa/Lagos",
  "Africa/Johannesburg",
  "America/Vancouver",
  "America/Los_Angeles",
  "America/Denver",
  "America/Chicago",
  "America/New_York",
  "America/St_Johns",
  "America/Sao_Paulo",
  "America/Santiago",
  "America/Caracas",
  "Atlantic/Azores",
  "Antarctica/Troll",
];

const outDir = resolve(".vitest-results/tz");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

function runZone(zone) {
  return new Promise((done) => {
    const file = resolve(outDir, `${zone.replace(/\//g, "_")}.json`);
    const child = spawn(
      "pnpm",
      ["exec", "vitest", "run", "--config", "vitest.tz.config.ts", "--reporter=json", `--outputFile=${file}`],
      { env: { ...process.env, TZ: zone }, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("exit", (code) => {
      let passed = 0;
      let failed = 0;
      try {
        const r = JSON.parse(readFileSync(file, "utf8"));
        passed = r.numPassedTests;
        failed = r.numFailedTests + (r.numTotalTestSuites === 0 ? 1 : 0);
      } catch {
        failed = 1;
      }
      if (code !== 0 && failed === 0) failed = 1;
      done({ zone, passed, failed, stderr });
    });
  });
}

const concurrency = Number(process.env.TZ_MATRIX_JOBS ?? 2);
const queue = [...ZONES];
const results = [];
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (queue.length) {
      const zone = queue.shift();
      const r = await runZone(zone);
      results.push(r);
      console.log(`${r.failed ? "✗" : "✓"} TZ=${zone.padEnd(22)} ${r.passed} passed, ${r.failed} failed`);
      if (r.failed) console.log(r.stderr.split("\n").slice(-30).join("\n"));
    }
  }),
);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\ntz-matrix: ${ZONES.length} zones`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
