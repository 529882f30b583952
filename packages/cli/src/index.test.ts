/** The public API of the workshop-kit package: nothing leaks out by accident. */
import { expect, it } from "vitest";
import * as api from "./index";

it("exports exactly these names", () => {
  expect(Object.keys(api).sort()).toEqual([
    "EMBED_ATTRIBUTE",
    "EMBED_COMPONENTS",
    "HELP_RENDER",
    "PROPS_ATTRIBUTE",
    "editionFor",
    "embedElement",
    "findFragments",
    "renderCommand",
    "renderFragment",
    "runCli",
  ]);
});
