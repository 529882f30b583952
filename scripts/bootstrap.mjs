#!/usr/bin/env node
// Makes a fresh machine (Node 20 + npm only) ready: pnpm, dependencies, and — with --browser — Chromium.
// Idempotent and quiet when everything is already there.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath, hasChromium } from "./chromium.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PNPM_VERSION = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")).packageManager.split("@")[1];

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...options });
  return r.status === 0;
}

function has(cmd) {
  try {
    return execSync(`${cmd} --version`, { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

function fail(message) {
  console.error(`\nbootstrap: ${message}\n`);
  process.exit(1);
}

// 1. Node
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) fail(`Node >= 20.19 is required (found ${process.versions.node}).`);

// 2. pnpm on PATH (turbo needs the binary itself, so `npx pnpm` is not enough)
const pnpmVersion = has("pnpm");
if (pnpmVersion !== PNPM_VERSION) {
  console.log(`bootstrap: installing pnpm@${PNPM_VERSION} with npm (found ${pnpmVersion ?? "none"})`);
  if (!run("npm", ["install", "-g", `pnpm@${PNPM_VERSION}`, "--no-fund", "--no-audit"])) {
    fail(
      `could not install pnpm. Run: npm install -g pnpm@${PNPM_VERSION} (as root or with a user-writable npm prefix).`,
    );
  }
}

// 3. Dependencies, when missing or older than the lockfile
const marker = resolve(root, "node_modules/.modules.yaml");
const lock = resolve(root, "pnpm-lock.yaml");
if (!existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs) {
  console.log("bootstrap: pnpm install");
  const args = ["install", process.env.CI ? "--frozen-lockfile" : "--prefer-offline"];
  if (!run("pnpm", args, { env: { ...process.env, CI: process.env.CI ?? "true" } })) fail("pnpm install failed.");
}

// 4. Chromium for story tests, end-to-end tests and Lighthouse
if (process.argv.includes("--browser") && !hasChromium()) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.env.CHROMIUM_PATH) fail(`CHROMIUM_PATH points at ${process.env.CHROMIUM_PATH}, which does not exist.`);
  if (!isRoot) {
    fail(
      `Chromium is needed for browser tests and was not found at ${chromiumPath()}.\n` +
        "Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary.",
    );
  }
  console.log("bootstrap: installing Chromium with apt-get");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!run("apt-get", ["update", "-qq"], { env }) || !run("apt-get", ["install", "-y", "-qq", "chromium"], { env })) {
    fail("apt-get could not install chromium. Install it by hand, or set CHROMIUM_PATH.");
  }
}

// 5. Jekyll and Hugo for the static-site examples (examples/jekyll-site, examples/hugo-site). Optional: when they
//    cannot be installed, bootstrap says what to install and carries on; the sites' test step reports "skipped".
if (process.argv.includes("--sites")) {
  // `hugo` has no --version flag: `hugo version`.
  const found = (cmd) => spawnSync(cmd, [cmd === "hugo" ? "version" : "--version"], { stdio: "ignore" }).status === 0;
  const missing = ["jekyll", "hugo"].filter((cmd) => !found(cmd));
  if (missing.length > 0) {
    const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
    const hasApt = found("apt-get");
    if (isRoot && hasApt) {
      console.log(`bootstrap: installing ${missing.join(" and ")} with apt-get (for the static-site examples)`);
      const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
      if (
        !run("apt-get", ["update", "-qq"], { env }) ||
        !run("apt-get", ["install", "-y", "-qq", ...missing], { env })
      ) {
        console.warn(
          `bootstrap: apt-get could not install ${missing.join(" and ")}; the static-site step will be skipped.`,
        );
      }
    } else {
      console.warn(
        `bootstrap: ${missing.join(" and ")} not found; the static-site examples' test step will be skipped.\n` +
          `  Install them (Debian/Ubuntu: sudo apt-get install -y ${missing.join(" ")}; elsewhere see ` +
          "https://jekyllrb.com/docs/installation/ and https://gohugo.io/installation/) to run it.",
      );
    }
  }
}
