import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", yaml: "src/yaml.ts", interop: "src/interop/index.ts", cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "es2022",
  splitting: true,
  treeshake: false,
});
