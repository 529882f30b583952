/**
 * `workshop-kit` (this package): the command line of @workshop-kit/types plus `render`, which needs React and so
 * cannot live in @workshop-kit/types (that package stays free of React). Every other command is delegated
 * unchanged to `runCli` of @workshop-kit/types/cli, so validate, import, export, schema (and any command added there) behave
 * exactly as they do there.
 */
import { type CliIo, runCli as runTypesCli } from "@workshop-kit/types/cli";
import { HELP_RENDER, type RenderIo, renderCommand } from "./render";

export {
  EMBED_COMPONENTS,
  type EmbedComponent,
  type EmbedData,
  type EmbedOptions,
  editionFor,
  embedElement,
} from "./embed";
export { EMBED_ATTRIBUTE, type FoundFragment, type FragmentProblem, findFragments, PROPS_ATTRIBUTE } from "./fragment";
export { HELP_RENDER, type RenderIo, renderCommand, renderFragment } from "./render";

const RENDER_LINE =
  "  workshop-kit render <component> <file.yaml> [...]   write a component's HTML fragment for a static site\n";

const defaultIo: CliIo & RenderIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Run the CLI with `argv` (without `node` and the script); returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo & RenderIo = defaultIo): number {
  const [command, ...rest] = argv;
  if (command === "render") {
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(HELP_RENDER);
      return 0;
    }
    return renderCommand(rest, io);
  }
  if (!command || command === "--help" || command === "-h" || command === "help") {
    // The general help of @workshop-kit/types, with the render command added to its list.
    let help = "";
    const code = runTypesCli(argv, { ...io, out: (t) => (help += t) });
    io.out(help.replace(/^(Usage:\n)/m, `$1${RENDER_LINE}`));
    return code;
  }
  return runTypesCli(argv, io);
}
