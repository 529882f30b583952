/**
 * The ES-FoMo content files, parsed, for stories. The YAML files are the project's own fixtures
 * (examples/es-fomo/content/); a file that does not validate fails loudly here.
 */
import { type Edition, formatIssues } from "@workshop-kit/types";
import { parseEditionText } from "@workshop-kit/types/yaml";
import yaml2023 from "../examples/es-fomo/content/2023.yaml?raw";
import yaml2024 from "../examples/es-fomo/content/2024.yaml?raw";
import yaml2025 from "../examples/es-fomo/content/2025.yaml?raw";

function load(name: string, text: string): Edition {
  const r = parseEditionText(text);
  if (!r.ok) throw new Error(`${name} does not validate:\n${formatIssues(r.issues)}`);
  return r.edition;
}

export const edition2025 = load("2025.yaml", yaml2025);
export const edition2024 = load("2024.yaml", yaml2024);
export const edition2023 = load("2023.yaml", yaml2023);
