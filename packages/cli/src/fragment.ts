/**
 * The fragment format shared by the `render` command (writes it) and the standalone script (finds it):
 *
 * ```html
 * <div class="wk-embed" data-wk-embed="schedule">…server HTML of the component…</div>
 * <script type="application/json" data-wk-props>{"v":1,"component":"schedule","edition":{…},"options":{…}}</script>
 * ```
 *
 * The JSON is data, never executed (a strict Content-Security-Policy allows it), and it sits beside the container,
 * not in it, so rendering into the container cannot remove it. No inline `style` attribute anywhere.
 */
import { EMBED_COMPONENTS, type EmbedComponent, type EmbedData } from "./embed";

export const EMBED_ATTRIBUTE = "data-wk-embed";
export const PROPS_ATTRIBUTE = "data-wk-props";

/** JSON that is safe inside `<script>`: no `</script>`, no `<!--`, no line separators a parser could trip on. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The fragment's HTML around the component's server markup. `id`, when given, goes on the container. */
export function fragmentHtml(data: EmbedData, componentHtml: string, id?: string): string {
  const idAttr = id ? ` id="${escapeAttribute(id)}"` : "";
  return (
    `<div class="wk-embed"${idAttr} ${EMBED_ATTRIBUTE}="${data.component}">${componentHtml}</div>\n` +
    `<script type="application/json" ${PROPS_ATTRIBUTE}>${scriptJson(data)}</script>\n`
  );
}

/** One fragment found on a page: its container and its data. */
export interface FoundFragment {
  readonly container: Element;
  readonly data: EmbedData;
}

/** A problem with one fragment; the others still go live. */
export interface FragmentProblem {
  readonly container: Element;
  readonly message: string;
}

const isComponent = (name: unknown): name is EmbedComponent =>
  typeof name === "string" && (EMBED_COMPONENTS as readonly string[]).includes(name);

/**
 * Every fragment under `root`, in document order. A container whose next sibling is not its data, whose data is
 * not valid JSON, or of a format version or component this script does not know, is reported and skipped (its
 * server HTML stays as it is: still readable).
 */
export function findFragments(root: ParentNode): { fragments: FoundFragment[]; problems: FragmentProblem[] } {
  const fragments: FoundFragment[] = [];
  const problems: FragmentProblem[] = [];
  for (const container of root.querySelectorAll(`[${EMBED_ATTRIBUTE}]`)) {
    const name = container.getAttribute(EMBED_ATTRIBUTE);
    const script = container.nextElementSibling;
    if (script?.localName !== "script" || !script.hasAttribute(PROPS_ATTRIBUTE)) {
      problems.push({ container, message: `${name}: no <script ${PROPS_ATTRIBUTE}> right after the fragment` });
      continue;
    }
    let data: Partial<EmbedData>;
    try {
      data = JSON.parse(script.textContent ?? "") as Partial<EmbedData>;
    } catch {
      problems.push({ container, message: `${name}: its ${PROPS_ATTRIBUTE} is not valid JSON` });
      continue;
    }
    if (data?.v !== 1 || !isComponent(data.component) || data.component !== name || !data.edition) {
      problems.push({ container, message: `${name}: data of an unknown format (render it again with this version)` });
      continue;
    }
    fragments.push({ container, data: data as EmbedData });
  }
  return { fragments, problems };
}
