/**
 * Vite config of the ES-FoMo demo: the starter template's own config (the demo is built from its src/, see
 * scripts/build.mjs) plus one monorepo-only addition: the workspace packages resolve to their TypeScript sources, so
 * the demo needs no package build first and the bundle tree-shakes the library's source directly. The alias list is
 * shared with Storybook and Vitest (scripts/source-aliases.mjs).
 */
import template from "create-workshop-kit/template/vite.config.js";
import { mergeConfig } from "vite";
import { sourceAliases } from "../../scripts/source-aliases.mjs";

export default mergeConfig(template, { resolve: { alias: sourceAliases } });
