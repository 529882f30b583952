/**
 * A tiny, tolerant XML element parser: enough for frab/Pentabarf `schedule.xml`.
 *
 * Supports elements, attributes (single or double quotes), text, CDATA, comments, processing instructions,
 * a DOCTYPE without an internal subset, the five predefined entities and numeric character references.
 * Unknown entities are kept literally. Errors (a truncated file, a mismatched end tag) throw an
 * {@link XmlError} with the line and column.
 */

/** An element: its name, attributes, child elements and text (concatenated, entities decoded). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Text directly inside this element (not inside children), with CDATA included. */
  readonly text: string;
  /** 1-based line of the start tag, for messages. */
  readonly line: number;
}

/** A syntax error, with the 1-based line and column where it was found. */
export class XmlError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(`XML error at line ${line}, column ${column}: ${message}`);
    this.name = "XmlError";
    this.line = line;
    this.column = column;
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decode the five predefined entities and numeric character references; unknown entities stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return codePoint(Number.parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith("#")) return codePoint(Number.parseInt(ref.slice(1), 10)) ?? whole;
    return ENTITIES[ref] ?? whole;
  });
}

function codePoint(n: number): string | null {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

/**
 * Characters XML 1.0 does not allow in a document at all, even escaped: C0 controls but tab, LF and CR, lone
 * surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we remove
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Escape text for XML content or a double-quoted attribute. Characters XML forbids (control characters but tab,
 * LF and CR; lone surrogates; U+FFFE, U+FFFF) are dropped: no escape can carry them, and a reader refuses the file.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

interface Building {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  column: number;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;

/** The first position at or after `pos` that is not XML white space (space, tab, CR, LF). */
function skipSpace(text: string, pos: number): number {
  let c = text.charCodeAt(pos);
  while (c === 32 || c === 10 || c === 9 || c === 13) c = text.charCodeAt(++pos);
  return pos;
}

/** Parse an XML document and return its root element. */
export function parseXml(source: string): XmlElement {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let pos = 0;
  // Line and column of a position, counted forward from the last position asked about: tags are met in order, so
  // the whole file is counted once (recounting from the start for every tag made a 1 MB file take a minute).
  let counted = 0;
  let line = 1;
  let lastNewline = -1;
  const where = (at: number): [number, number] => {
    if (at < counted) [counted, line, lastNewline] = [0, 1, -1]; // an error reported at an earlier position
    const end = Math.min(at, text.length);
    for (let i = text.indexOf("\n", counted); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) {
      line++;
      lastNewline = i;
    }
    counted = Math.max(counted, end);
    return [line, at - lastNewline];
  };
  const fail = (message: string, at = pos): never => {
    const [line, column] = where(at);
    throw new XmlError(message, line, column);
  };
  const stack: Building[] = [];
  let root: XmlElement | null = null;

  const skipUntil = (end: string, what: string) => {
    const i = text.indexOf(end, pos);
    if (i < 0) fail(`${what} is not closed (the file ends too early)`);
    pos = i + end.length;
  };

  while (pos < text.length) {
    const lt = text.indexOf("<", pos);
    const chunk = lt < 0 ? text.slice(pos) : text.slice(pos, lt);
    if (chunk) {
      const top = stack[stack.length - 1];
      if (top) top.text += decodeEntities(chunk);
      else if (chunk.trim()) fail("text outside the root element");
    }
    if (lt < 0) break;
    pos = lt;
    if (text.startsWith("<!--", pos)) {
      skipUntil("-->", "a comment");
    } else if (text.startsWith("<![CDATA[", pos)) {
      const start = pos + 9;
      skipUntil("]]>", "a CDATA section");
      const top = stack[stack.length - 1];
      if (!top) fail("CDATA outside the root element", start);
      else top.text += text.slice(start, pos - 3);
    } else if (text.startsWith("<?", pos)) {
      skipUntil("?>", "a processing instruction");
    } else if (text.startsWith("<!DOCTYPE", pos) || text.startsWith("<!doctype", pos)) {
      const close = text.indexOf(">", pos);
      // Only up to the ">": a search to the end of the file for every DOCTYPE would be quadratic.
      if (text.slice(pos, close < 0 ? text.length : close).includes("["))
        fail("DOCTYPE with an internal subset is not supported");
      if (close < 0) fail("DOCTYPE is not closed (the file ends too early)");
      pos = close + 1;
    } else if (text.startsWith("</", pos)) {
      const at = pos;
      pos += 2;
      NAME.lastIndex = pos;
      const m = NAME.exec(text);
      if (!m) fail("expected an element name after </");
      const name = (m as RegExpExecArray)[0];
      pos += name.length;
      pos = skipSpace(text, pos);
      if (text[pos] !== ">")
        fail(pos >= text.length ? `</${name}> is cut off (the file ends too early)` : `expected > to close </${name}`);
      pos++;
      const open = stack.pop();
      if (!open) fail(`end tag </${name}> without a start tag`, at);
      else if (open.name !== name) fail(`end tag </${name}> does not match <${open.name}> from line ${open.line}`, at);
      else {
        const el: XmlElement = {
          name: open.name,
          attributes: open.attributes,
          children: open.children,
          text: open.text,
          line: open.line,
        };
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(el);
        else if (root) fail("more than one root element", at);
        else root = el;
      }
    } else {
      const at = pos;
      pos++;
      NAME.lastIndex = pos;
      const m = NAME.exec(text);
      if (!m) fail("expected an element name after <");
      const name = (m as RegExpExecArray)[0];
      pos += name.length;
      const attributes: Record<string, string> = {};
      for (;;) {
        pos = skipSpace(text, pos);
        if (pos >= text.length) fail(`<${name}> is cut off (the file ends too early)`);
        if (text.startsWith("/>", pos) || text[pos] === ">") break;
        NAME.lastIndex = pos;
        const a = NAME.exec(text);
        if (!a) fail(`unexpected character ${JSON.stringify(text[pos])} in <${name}>`);
        const attr = (a as RegExpExecArray)[0];
        pos += attr.length;
        pos = skipSpace(text, pos);
        if (text[pos] !== "=") fail(`attribute ${attr} of <${name}> has no value`);
        pos++;
        pos = skipSpace(text, pos);
        const q = text[pos];
        if (q !== '"' && q !== "'") fail(`the value of ${attr} in <${name}> must be quoted`);
        const endQ = text.indexOf(q as string, pos + 1);
        if (endQ < 0) fail(`the value of ${attr} in <${name}> is not closed (the file ends too early)`);
        attributes[attr] = decodeEntities(text.slice(pos + 1, endQ));
        pos = endQ + 1;
      }
      const [tagLine, column] = where(at);
      const selfClosing = text.startsWith("/>", pos);
      pos += selfClosing ? 2 : 1;
      if (!stack.length && root) fail("more than one root element", at);
      if (selfClosing) {
        const el: XmlElement = { name, attributes, children: [], text: "", line: tagLine };
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(el);
        else root = el;
      } else {
        stack.push({ name, attributes, children: [], text: "", line: tagLine, column });
      }
    }
  }
  const open = stack[stack.length - 1];
  if (open) {
    throw new XmlError(
      `<${open.name}> from line ${open.line} is never closed (the file ends too early)`,
      ...where(text.length),
    );
  }
  if (!root) fail("no root element (empty file?)");
  return root as XmlElement;
}

/** The first child element called `name`. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** All child elements called `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}
