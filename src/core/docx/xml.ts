/**
 * A small XML reader for WordprocessingML parts. DOMParser does not exist in Node or Apps Script,
 * and a general XML library would cost more than the whole reader may add to the import dialog,
 * so this builds a plain tree of elements and text. Namespace prefixes are dropped (`w:tc` → `tc`):
 * office suites do not all use the `w` prefix, and the walkers only descend into elements they
 * know, so DrawingML's `a:t` and friends never meet WordprocessingML's `w:t`.
 *
 * Not handled, on purpose: DTD entity definitions (never expanded, so no "billion laughs"),
 * namespace URIs. Whitespace-only text is kept only inside `t`-like elements, where it matters.
 */

export interface XmlElement {
  /** Local name, prefix dropped. */
  name: string;
  /** Attributes by local name (`w:val` → `val`). */
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

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

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

const ATTR = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const NAME = /[^\s/>]+/y;
/** Elements whose whitespace-only text is content (`<w:t xml:space="preserve"> </w:t>`). */
const KEEP_SPACE = new Set(['t', 'delText', 'instrText']);

/**
 * Parses an XML document into its root element. Throws a plain Error on broken markup
 * (the caller turns it into a message for the user).
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let top = root;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      if (KEEP_SPACE.has(top.name) || /\S/.test(raw)) top.children.push(decodeEntities(raw));
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x3f /* ? */) {
      i = skipPast(xml, lt, '?>');
    } else if (c === 0x21 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt);
        if (end < 0) throw new Error('unterminated CDATA');
        top.children.push(xml.slice(lt + 9, end));
        i = end + 3;
      } else {
        i = skipPast(xml, lt, xml.startsWith('<!--', lt) ? '-->' : '>');
      }
    } else if (c === 0x2f /* / */) {
      const end = xml.indexOf('>', lt);
      if (end < 0) throw new Error('unterminated end tag');
      const name = localName(xml.slice(lt + 2, end).trim());
      if (stack.length < 2 || top.name !== name) throw new Error(`unexpected </${name}>`);
      stack.pop();
      top = stack[stack.length - 1];
      i = end + 1;
    } else {
      NAME.lastIndex = lt + 1;
      const m = NAME.exec(xml);
      if (!m) throw new Error('bad tag');
      const el: XmlElement = { name: localName(m[0]), attrs: {}, children: [] };
      let p = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = p;
        const a = ATTR.exec(xml);
        if (!a) break;
        el.attrs[localName(a[1])] = decodeEntities(a[2] ?? a[3]);
        p = ATTR.lastIndex;
      }
      while (p < n && xml.charCodeAt(p) <= 0x20) p++;
      top.children.push(el);
      if (xml[p] === '/' && xml[p + 1] === '>') {
        i = p + 2;
      } else if (xml[p] === '>') {
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
