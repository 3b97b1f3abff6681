/**
 * A small XML reader for WordprocessingML parts. DOMParser does not exist in Node or Apps Script,
 * and a general XML library would cost more than the whole reader may add to the import dialog,
 * so this builds a plain tree of elements and text. Namespace prefixes are dropped (`w:tc` → `tc`):
 * office suites do not all use the `w` prefix, and the walkers only descend into elements they
 * know, so DrawingML's `a:t` and friends never meet WordprocessingML's `w:t`.
 *
 * Not handled, on purpose: DTD entity definitions (never expanded, so no "billion laughs"),
 * namespace URIs. Whitespace-only text is kept only inside `t`-like elements, where it matters.
 *
 * Bounded: the parser is a loop over the text with an explicit stack (no recursion), refuses
 * nesting deeper than `maxDepth` and more than `budget.nodes` elements, attributes and text pieces
 * (each costs memory a hostile file gets for free: a million `<w:r/>` deflate to a few kilobytes).
 * `walk` visits a tree in document order without recursion, so no depth can overflow the stack.
 */

export interface XmlElement {
  /** Local name, prefix dropped. */
  name: string;
  /** Attributes by local name (`w:val` → `val`). */
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlLimits {
  /** Deepest nesting of elements accepted. */
  maxDepth: number;
  /** Elements, attributes and text pieces still allowed; decremented while parsing (shared by parts). */
  budget: { nodes: number };
}

/** Thrown when a part passes `XmlLimits` (the caller turns it into the user's message). */
export class XmlLimitError extends Error {
  constructor(readonly limit: 'depth' | 'nodes') {
    super(limit);
  }
}

// Most elements have no attributes or no children: sharing one frozen empty object/array between
// them halves the memory of a tree of empty runs. Nothing writes to a parsed tree.
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric character references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? all;
    const code = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** Past XML whitespace (and control characters) from `p`. */
function skipSpace(xml: string, p: number): number {
  while (p < xml.length && xml.charCodeAt(p) <= 0x20) p++;
  return p;
}

/** Past a name from `p`: up to whitespace, `=`, `/` or `>`. Scanned by hand: no match objects to collect. */
function skipName(xml: string, p: number): number {
  for (; p < xml.length; p++) {
    const ch = xml.charCodeAt(p);
    if (ch <= 0x20 || ch === 0x3d || ch === 0x2f || ch === 0x3e) break;
  }
  return p;
}

/** The local part of the qualified name xml[from, to) (`w:tc` → `tc`). */
function localAt(xml: string, from: number, to: number): string {
  for (let k = from; k < to; k++) if (xml.charCodeAt(k) === 0x3a /* : */) return xml.slice(k + 1, to);
  return xml.slice(from, to);
}

/** Attributes kept per element; the reader uses a handful (val, ilvl, char, numId…). */
const MAX_ATTRS = 64;
/** Elements whose whitespace-only text is content (`<w:t xml:space="preserve"> </w:t>`). */
const KEEP_SPACE = new Set(['t', 'delText', 'instrText']);

/**
 * Parses an XML document into its root element. Throws a plain Error on broken markup and an
 * XmlLimitError past `limits` (the caller turns either into a message for the user).
 */
export function parseXml(
  xml: string,
  limits: XmlLimits = { maxDepth: Number.POSITIVE_INFINITY, budget: { nodes: Number.POSITIVE_INFINITY } },
): XmlElement {
  const { budget, maxDepth } = limits;
  const root: XmlElement = { name: '#document', attrs: NO_ATTRS, children: [] };
  const stack: XmlElement[] = [root];
  let top = root;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      if (KEEP_SPACE.has(top.name) || /\S/.test(raw)) {
        if (--budget.nodes < 0) throw new XmlLimitError('nodes');
        top.children.push(decodeEntities(raw));
      }
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x3f /* ? */) {
      i = skipPast(xml, lt, '?>');
    } else if (c === 0x21 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt);
        if (end < 0) throw new Error('unterminated CDATA');
        if (--budget.nodes < 0) throw new XmlLimitError('nodes');
        top.children.push(xml.slice(lt + 9, end));
        i = end + 3;
      } else {
        i = skipPast(xml, lt, xml.startsWith('<!--', lt) ? '-->' : '>');
      }
    } else if (c === 0x2f /* / */) {
      const end = xml.indexOf('>', lt);
      if (end < 0) throw new Error('unterminated end tag');
      const from = skipSpace(xml, lt + 2);
      const to = skipName(xml, from);
      if (skipSpace(xml, to) !== end) throw new Error('bad end tag');
      const name = localAt(xml, from, to);
      if (stack.length < 2 || top.name !== name) throw new Error(`unexpected </${name}>`);
      stack.pop();
      top = stack[stack.length - 1];
      i = end + 1;
    } else {
      const nameEnd = skipName(xml, lt + 1);
      if (nameEnd === lt + 1) throw new Error('bad tag');
      if (--budget.nodes < 0) throw new XmlLimitError('nodes');
      const el: XmlElement = { name: localAt(xml, lt + 1, nameEnd), attrs: NO_ATTRS, children: NO_CHILDREN };
      let p = nameEnd;
      let count = 0;
      // Attributes: name = "value" | 'value'. Anything else ends them (and is then a bad tag).
      for (;;) {
        const at = skipSpace(xml, p);
        const atEnd = skipName(xml, at);
        if (atEnd === at) break;
        let q = skipSpace(xml, atEnd);
        if (xml.charCodeAt(q) !== 0x3d /* = */) break;
        q = skipSpace(xml, q + 1);
        const quote = xml[q];
        if (quote !== '"' && quote !== "'") break;
        const close = xml.indexOf(quote, q + 1);
        if (close < 0) break;
        if (--budget.nodes < 0) throw new XmlLimitError('nodes');
        if (el.attrs === NO_ATTRS) el.attrs = {};
        // Word writes a dozen at most; past MAX_ATTRS (counted, not kept) an object would only grow.
        if (++count <= MAX_ATTRS) el.attrs[localAt(xml, at, atEnd)] = decodeEntities(xml.slice(q + 1, close));
        p = close + 1;
      }
      while (p < n && xml.charCodeAt(p) <= 0x20) p++;
      top.children.push(el);
      if (xml[p] === '/' && xml[p + 1] === '>') {
        i = p + 2;
      } else if (xml[p] === '>') {
        if (stack.length > maxDepth) throw new XmlLimitError('depth');
        el.children = [];
        stack.push(el);
        top = el;
        i = p + 1;
      } else {
        throw new Error('bad tag');
      }
    }
  }
  if (stack.length > 1) throw new Error(`unclosed <${top.name}>`);
  const first = root.children.find((x): x is XmlElement => typeof x !== 'string');
  if (!first) throw new Error('empty document');
  return first;
}

function skipPast(xml: string, from: number, marker: string): number {
  const end = xml.indexOf(marker, from);
  if (end < 0) throw new Error(`unterminated ${marker}`);
  return end + marker.length;
}

/** Elements read through wherever they stand: a content control (its `sdtContent`) and custom XML. */
const BLOCK_WRAPPERS: ReadonlySet<string> = new Set(['customXml']);

/**
 * Visits the elements under `root` in document order, without recursion. `visit(el, ctx)` returns
 * the context for el's children, or undefined to skip them. Wrappers are transparent: a `w:sdt` is
 * read through its `w:sdtContent`, and elements named in `through` (custom XML by default) through
 * their children, with the same context and without a visit.
 */
export function walk<C>(
  root: XmlElement,
  ctx: C,
  visit: (el: XmlElement, ctx: C) => C | undefined,
  through: ReadonlySet<string> = BLOCK_WRAPPERS,
): void {
  const stack: { nodes: XmlNode[]; at: number; ctx: C }[] = [{ nodes: root.children, at: 0, ctx }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.at >= top.nodes.length) {
      stack.pop();
      continue;
    }
    const c = top.nodes[top.at++];
    if (typeof c === 'string') continue;
    if (c.name === 'sdt') {
      const content = kid(c, 'sdtContent');
      if (content) stack.push({ nodes: content.children, at: 0, ctx: top.ctx });
    } else if (through.has(c.name)) {
      stack.push({ nodes: c.children, at: 0, ctx: top.ctx });
    } else {
      const next = visit(c, top.ctx);
      if (next !== undefined) stack.push({ nodes: c.children, at: 0, ctx: next });
    }
  }
}

/**
 * A decimal attribute (ST_DecimalNumber) as a number: integers as written, ±Infinity for numbers
 * too long to hold (a hostile "999…"), undefined when absent or not a number. Callers clamp.
 */
export function decimal(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.trim());
  return Number.isNaN(n) || v.trim() === '' ? undefined : Math.trunc(n);
}

/** The element's child elements, optionally only those with the given local name. */
export function kids(el: XmlElement | undefined, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  for (const c of el.children) if (typeof c !== 'string' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/** The first child element with this local name. */
export function kid(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** `w:val` of a child element (`<w:ilvl w:val="1"/>` → "1"). */
export function val(el: XmlElement | undefined, name: string): string | undefined {
  return kid(el, name)?.attrs.val;
}

/** Concatenated text children (for `w:t`). */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (typeof c === 'string') s += c;
  return s;
}

/**
 * An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): true, false, or undefined when absent.
 */
export function onOff(el: XmlElement | undefined, name: string): boolean | undefined {
  const k = kid(el, name);
  if (!k) return undefined;
  const v = k.attrs.val;
  return !(v === '0' || v === 'false' || v === 'off');
}
