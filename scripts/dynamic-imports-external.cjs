// An esbuild plugin that leaves out modules loaded with import(): the .ics writers, fetched on a calendar click,
// not with the page. Used by the "first load" rows of .size-limit.cjs and by `scripts/size-of.mjs --first-load`.
module.exports = {
  name: "dynamic-imports-external",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
    );
  },
};
