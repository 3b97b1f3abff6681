/**
 * Writes small .docx files for the tests: a body of WordprocessingML (paragraphs, tables) wrapped
 * in the parts Word needs, zipped with fflate. Helpers build the common elements tersely.
 */
import { strToU8, type Zippable, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxParts {
  /** Inner XML of `w:body`. */
  body: string;
  /** Inner XML of `w:numbering` (abstractNum and num elements). */
  numbering?: string;
  /** Inner XML of `w:styles`. */
  styles?: string;
  /** Extra zip entries (name → content), or `null` to leave a standard part out. */
  extra?: Record<string, string | Uint8Array | null>;
  /** Store instead of deflate. */
  store?: boolean;
}

export function makeDocx(parts: DocxParts): Uint8Array {
  const files: Record<string, string | Uint8Array | null> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
  };
  if (parts.numbering !== undefined)
    files['word/numbering.xml'] = `<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`;
  if (parts.styles !== undefined) files['word/styles.xml'] = `<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`;
  Object.assign(files, parts.extra ?? {});
  const zip: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    zip[name] = [typeof content === 'string' ? strToU8(content) : content, { level: parts.store ? 0 : 6 }];
  }
  return zipSync(zip);
}

/** A paragraph with plain text (XML-escaped). `pPr` is inner XML of w:pPr. */
export function p(text: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${text ? r(text) : ''}</w:p>`;
}

/** A run with text; `rPr` is inner XML of w:rPr. */
export function r(text: string, rPr = ''): string {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc}</w:t></w:r>`;
}

/** A numbered paragraph (numId, ilvl). */
export function np(text: string, numId: number, ilvl = 0): string {
  return p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
}

/** A cell: content is block XML (paragraphs), or a plain string made into one paragraph. */
export function tc(content: string, tcPr = ''): string {
  const blocks = content.startsWith('<w:') ? content : p(content);
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${blocks}</w:tc>`;
}

export function tr(cells: string[], trPr = ''): string {
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
}

/** A table with `cols` grid columns. */
export function tbl(cols: number, rows: string[]): string {
  const grid = Array.from({ length: cols }, () => '<w:gridCol w:w="1000"/>').join('');
  return `<w:tbl><w:tblPr/><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** A one-level or multi-level abstractNum + num, levels as [numFmt, lvlText, start?]. */
export function list(id: number, levels: [string, string, number?][], numExtra = ''): string {
  const lvls = levels
    .map(
      ([fmt, text, start], i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${start ?? 1}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`,
    )
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum><w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/>${numExtra}</w:num>`;
}

// ---- zip-level edits, for files whose archive lies ----

/** Offsets of the central-directory record and the local header of one entry. */
function entryAt(zip: Uint8Array, name: string): { central: number; local: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const target = strToU8(name);
  for (let o = zip.length - 46; o >= 0; o--) {
    if (view.getUint32(o, true) !== 0x02014b50) continue;
    const len = view.getUint16(o + 28, true);
    if (len === target.length && target.every((b, i) => zip[o + 46 + i] === b))
      return { central: o, local: view.getUint32(o + 42, true) };
  }
  throw new Error(`no entry ${name}`);
}

/**
 * A copy of `zip` with one field of an entry's central-directory record rewritten:
 * `size` (declared unpacked size), `compressed` (compressed size) or `offset` (local header).
 */
export function lie(zip: Uint8Array, name: string, field: 'size' | 'compressed' | 'offset', value: number): Uint8Array {
  const out = zip.slice();
  const { central } = entryAt(out, name);
  const at = { size: 24, compressed: 20, offset: 42 }[field];
  new DataView(out.buffer).setUint32(central + at, value >>> 0, true);
  return out;
}

/** A copy of `zip` whose end-of-central-directory record claims `count` entries. */
export function lieCount(zip: Uint8Array, count: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let e = out.length - 22; e >= 0; e--) {
    if (view.getUint32(e, true) !== 0x06054b50) continue;
    view.setUint16(e + 8, count, true);
    view.setUint16(e + 10, count, true);
    return out;
  }
  throw new Error('no end of central directory');
}
