#!/usr/bin/env node
// `npm create workshop-kit [dir] -- --content 2025.yaml`: a complete static workshop site in [dir], made from the
// template next to this file (the ES-FoMo demo's build, generalised). See ../README.md.
import { run } from "../src/create.mjs";

process.exitCode = run(process.argv.slice(2));
