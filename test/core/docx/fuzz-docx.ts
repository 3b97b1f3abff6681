/**
 * fast-check generators for the .docx reader, shared by the property suite (fuzz.test.ts, a fixed
 * seed and a bounded count) and the bench (tools/bench/hostile-docx.ts, a larger count, timed):
 *
 * - `mutatedSeed`: one of the seed .docx files with its XML cut, duplicated, spliced with hostile
 *   snippets, its numbers replaced by huge or broken ones, or its zip bytes flipped;
 * - `generatedDocx`: a random valid document (tables with spans, vertical merges, gridBefore,
 *   runs split mid-word, content controls, hyperlinks, nested tables, numbering, bold) and, for
 *   each table, the words each cell must show at its grid column.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { pickPlanTables } from '../../../src/core/docx/pick';
import { type DocxDocument, readDocx } from '../../../src/core/docx/read';
import { isUserError } from '../../../src/core/errors';
import { list, makeDocx } from './make-docx';

/** Words as the import compares them. */
export const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

export type Outcome = { kind: 'read'; doc: DocxDocument } | { kind: 'refused'; code: string };

/** Reads the bytes and picks the plan table: a UserError is an answer, anything else a bug (thrown). */
export function readOutcome(bytes: Uint8Array): Outcome {
  try {
    const doc = readDocx(bytes);
    pickPlanTables(doc);
    return { kind: 'read', doc };
  } catch (e) {
    if (isUserError(e)) return { kind: 'refused', code: e.code };
    throw e;
  }
}

// ---- mutations of the seeds ----

const SNIPPETS = [
  '<w:tbl>',
  '</w:tbl>',
  '<w:tr>',
  '</w:tr>',
  '<w:tc>',
  '</w:tc>',
  '<w:p>',
  '</w:p>',
  '<w:tblGrid><w:gridCol/></w:tblGrid>',
  '<w:tcPr><w:gridSpan w:val="1000000"/></w:tcPr>',
  '<w:trPr><w:gridBefore w:val="70000"/><w:gridAfter w:val="-3"/></w:trPr>',
  '<w:tcPr><w:vMerge/></w:tcPr>',
  '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>',
  '<w:tcPr><w:hMerge/></w:tcPr>',
  '<w:sdt><w:sdtContent>',
  '</w:sdtContent></w:sdt>',
  '<w:customXml>',
  '&#xFFFFFFFF;',
  '&#0;',
  '&amp;',
  '&nbsp;',
  '<w:r><w:br/><w:tab/><w:t>слово</w:t></w:r>',
  '<w:r><w:sym w:char="FFFFFFFF"/></w:r>',
  '<w:pPr><w:numPr><w:ilvl w:val="99999"/><w:numId w:val="1"/></w:numPr></w:pPr>',
  '<w:pPr><w:pStyle w:val="a"/></w:pPr>',
  '<![CDATA[x]]>',
  '<!-- c -->',
  '<?pi x?>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  ' w:val="9999999999"',
  '"',
  "'",
  '<',
  '>',
  '/>',
];

const NUMBERS = ['1e15', '2000000000', '-1', '-2147483648', '0', '9'.repeat(400), 'NaN', '0x10', '', ' 3 ', '1.5'];
/** Attributes whose numbers the reader trusts (spans, numbering), as `<w:name w:val="n"` or `w:ilvl="n"`. */
const NUMERIC =
  /(<w:(?:gridSpan|gridBefore|gridAfter|start|startOverride|ilvl|numId|lvlRestart) w:val="|w:ilvl=")(-?\d+)"/g;
const ELEMENTS = ['tc', 'tr', 'p', 'r', 'tbl', 't'] as const;
const WRAPPERS: [string, string][] = [
  ['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'],
  ['<w:customXml w:element="x">', '</w:customXml>'],
  ['<w:hyperlink>', '</w:hyperlink>'],
  ['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>'],
];

type Mutation =
  | { kind: 'delete' | 'dup'; at: number; len: number }
  | { kind: 'insert'; at: number; text: string; onBoundary: boolean }
  | { kind: 'number'; at: number; value: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'wrap'; element: string; at: number; wrapper: number; depth: number }
  | { kind: 'repeat'; element: string; at: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete' as const, 'dup' as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(...SNIPPETS),
    onBoundary: fc.boolean(),
  }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('number' as const),
      at: fc.nat(),
      value: fc.oneof(fc.constantFrom(...NUMBERS), fc.integer({ min: -1e9, max: 1e9 }).map(String)),
    }),
  },
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('wrap' as const),
      element: fc.constantFrom(...ELEMENTS),
      at: fc.nat(),
      wrapper: fc.nat({ max: WRAPPERS.length - 1 }),
      depth: fc.constantFrom(1, 2, 5, 40, 300, 3000),
    }),
  },
  fc.record({
    kind: fc.constant('repeat' as const),
    element: fc.constantFrom(...ELEMENTS),
    at: fc.nat(),
    times: fc.constantFrom(2, 3, 10, 200, 2000),
  }),
);

/** [start, end) of the k-th `<w:name>` element (mod the first 5,000), same-name nesting counted. */
export function element(xml: string, name: string, k: number): [number, number] | null {
  const tag = new RegExp(`<(/?)w:${name}(?=[\\s>/])[^>]*?(/?)>`, 'g');
  const starts: number[] = [];
  for (let m = tag.exec(xml); m && starts.length < 5000; m = tag.exec(xml)) if (!m[1]) starts.push(m.index);
  if (!starts.length) return null;
  tag.lastIndex = starts[k % starts.length];
  let depth = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth <= 0) return [starts[k % starts.length], m.index + m[0].length];
  }
  return null;
}

function mutate(xml: string, m: Mutation): string {
  const at = xml.length ? m.at % xml.length : 0;
  switch (m.kind) {
    case 'delete':
      return xml.slice(0, at) + xml.slice(at + m.len);
    case 'dup':
      return xml.slice(0, at + m.len) + xml.slice(at, at + m.len) + xml.slice(at + m.len);
    case 'insert': {
      const where = m.onBoundary ? xml.indexOf('>', at) + 1 || at : at;
      return xml.slice(0, where) + m.text + xml.slice(where);
    }
    case 'truncate':
      return xml.slice(0, at);
    case 'number': {
      NUMERIC.lastIndex = at;
      let found = NUMERIC.exec(xml);
      if (!found) {
        NUMERIC.lastIndex = 0;
        found = NUMERIC.exec(xml);
      }
      if (!found) return xml;
      return `${xml.slice(0, found.index)}${found[1]}${m.value}"${xml.slice(found.index + found[0].length)}`;
    }
    case 'wrap': {
      const el = element(xml, m.element, m.at);
      if (!el) return xml;
      const [open, close] = WRAPPERS[m.wrapper];
      return (
        xml.slice(0, el[0]) + open.repeat(m.depth) + xml.slice(el[0], el[1]) + close.repeat(m.depth) + xml.slice(el[1])
      );
    }
    case 'repeat': {
      const el = element(xml, m.element, m.at);
      if (!el) return xml;
      return xml.slice(0, el[1]) + xml.slice(el[0], el[1]).repeat(m.times - 1) + xml.slice(el[1]);
    }
  }
}

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];

/** One seed (its zip entries) with mutations applied to its XML parts, or bytes flipped in the zip. */
export function mutatedSeed(seeds: Record<string, Uint8Array>[]): fc.Arbitrary<Uint8Array> {
  const xmlMutations = fc.record({
    seed: fc.nat({ max: seeds.length - 1 }),
    part: fc.constantFrom(...PARTS),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
  });
  const byteFlips = fc.record({
    seed: fc.nat({ max: seeds.length - 1 }),
    flips: fc.array(fc.record({ at: fc.nat(), byte: fc.nat({ max: 255 }) }), { minLength: 1, maxLength: 8 }),
  });
  return fc.oneof(
    { weight: 4, arbitrary: xmlMutations.map(({ seed, part, mutations }) => rezip(seeds[seed], part, mutations)) },
    {
      weight: 1,
      arbitrary: byteFlips.map(({ seed, flips }) => {
        const bytes = zipSync(seeds[seed]);
        for (const f of flips) bytes[f.at % bytes.length] = f.byte;
        return bytes;
      }),
    },
  );
}

function rezip(entries: Record<string, Uint8Array>, part: string, mutations: Mutation[]): Uint8Array {
  const files = { ...entries };
  const name = files[part] ? part : 'word/document.xml';
  let xml = strFromU8(files[name]);
  for (const m of mutations) xml = mutate(xml, m);
  files[name] = strToU8(xml);
  return zipSync(files);
}

/** The seeds as zip entries, ready to mutate. */
export function seedEntries(files: Uint8Array[]): Record<string, Uint8Array>[] {
  return files.map((f) => unzipSync(f));
}

// ---- generated valid documents ----

const VOCABULARY = [
  'Приказ',
  'совещание',
  'педагогов',
  'Разработка',
  'плана',
  'мероприятий',
  'сентябрь',
  'март',
  '2021',
  '15.09.2021',
  'Иванов',
  'И.И.',
  'заместитель',
  'директора',
  'ВСОКО',
  'мониторинг',
  'отчёт',
  'ежемесячно',
  'в',
  'течение',
  'года',
  'Анализ',
  'results',
  'ОО',
];

const word = fc.constantFrom(...VOCABULARY);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** How the runs of a paragraph are written: plain, split mid-word, wrapped, bold, inserted. */
const runStyle = fc.constantFrom('plain', 'split', 'hyperlink', 'sdt', 'smartTag', 'ins', 'bold', 'customXml');

function runsOf(text: string, style: string): string {
  const run = (t: string, rPr = '') => `<w:r>${rPr}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
  switch (style) {
    case 'split': {
      const cut = Math.max(1, Math.floor(text.length / 2));
      return run(text.slice(0, cut)) + '<w:proofErr w:type="spellStart"/>' + run(text.slice(cut));
    }
    case 'hyperlink':
      return `<w:hyperlink w:history="1">${run(text)}</w:hyperlink>`;
    case 'sdt':
      return `<w:sdt><w:sdtPr/><w:sdtContent>${run(text)}</w:sdtContent></w:sdt>`;
    case 'smartTag':
      return `<w:smartTag w:element="x">${run(text)}</w:smartTag>`;
    case 'ins':
      return `<w:ins w:id="1" w:author="a">${run(text)}</w:ins>`;
    case 'bold':
      return run(text, '<w:rPr><w:b/></w:rPr>');
    case 'customXml':
      return `<w:customXml w:element="y">${run(text)}</w:customXml>`;
    default:
      return run(text);
  }
}

const paragraphSpec = fc.record({
  words: fc.array(word, { minLength: 0, maxLength: 5 }),
  style: runStyle,
  numbered: fc.boolean(),
  lineBreak: fc.boolean(),
});
type ParagraphSpec = typeof paragraphSpec extends fc.Arbitrary<infer T> ? T : never;

function paragraphXml(p: ParagraphSpec): string {
  const pPr = p.numbered ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : '';
  const half = Math.ceil(p.words.length / 2);
  const first = p.words.slice(0, half).join(' ');
  const second = p.words.slice(half).join(' ');
  const body =
    p.lineBreak && second
      ? `${runsOf(first, p.style)}<w:r><w:br/></w:r>${runsOf(second, p.style)}`
      : runsOf(p.words.join(' '), p.style);
  return `<w:p>${pPr}${p.words.length ? body : ''}</w:p>`;
}

const cellSpec = fc.record({
  paragraphs: fc.array(paragraphSpec, { minLength: 1, maxLength: 3 }),
  span: fc.integer({ min: 1, max: 3 }),
  merge: fc.constantFrom('none', 'none', 'none', 'restart', 'continue'),
  wrap: fc.constantFrom('none', 'none', 'sdt', 'customXml'),
  nested: fc.option(fc.array(fc.array(word, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }), {
    freq: 8,
  }),
});

const tableSpec = fc.record({
  cols: fc.integer({ min: 1, max: 6 }),
  rows: fc.array(
    fc.record({ before: fc.integer({ min: 0, max: 2 }), cells: fc.array(cellSpec, { minLength: 1, maxLength: 6 }) }),
    { minLength: 1, maxLength: 10 },
  ),
  between: fc.array(paragraphSpec, { maxLength: 2 }),
});

/** What a generated table must read as: the words of each cell at its grid column. */
export interface ExpectedCell {
  row: number;
  col: number;
  words: string[];
  /** A vertical merge continues here: the text comes from the cell above. */
  continued: boolean;
}

export interface GeneratedDocx {
  bytes: Uint8Array;
  tables: ExpectedCell[][];
  /** Words of the paragraphs outside the tables. */
  outside: string[];
}

export const generatedDocx: fc.Arbitrary<GeneratedDocx> = fc
  .record({
    before: fc.array(paragraphSpec, { maxLength: 3 }),
    tables: fc.array(tableSpec, { minLength: 1, maxLength: 3 }),
    after: fc.array(paragraphSpec, { maxLength: 2 }),
    start: fc.integer({ min: 0, max: 40 }),
    format: fc.constantFrom('decimal', 'lowerLetter', 'russianUpper', 'upperRoman', 'bullet'),
  })
  .map((d) => {
    const outside: string[] = [];
    const paras = (ps: ParagraphSpec[]) => {
      for (const p of ps) outside.push(...p.words);
      return ps.map(paragraphXml).join('');
    };
    let body = paras(d.before);
    const tables: ExpectedCell[][] = [];
    d.tables.forEach((t, ti) => {
      if (ti > 0) body += paras(t.between);
      const expected: ExpectedCell[] = [];
      const grid = '<w:gridCol w:w="1000"/>'.repeat(t.cols);
      let rows = '';
      // Open merges by grid column, from the row above.
      let open = new Set<number>();
      t.rows.forEach((r, ri) => {
        const next = new Set<number>();
        let col = Math.min(r.before, t.cols - 1);
        let cells = '';
        for (const c of r.cells) {
          if (col >= t.cols) break;
          const span = Math.min(c.span, t.cols - col);
          const continues = c.merge === 'continue' && open.has(col);
          const tcPr = `<w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${
            c.merge === 'restart' ? '<w:vMerge w:val="restart"/>' : continues ? '<w:vMerge/>' : ''
          }</w:tcPr>`;
          // A continuing cell is empty in Word; only cells with their own content are expected.
          let content = '<w:p/>';
          const cellWords: string[] = [];
          if (!continues) {
            content = c.paragraphs.map(paragraphXml).join('');
            for (const p of c.paragraphs) cellWords.push(...p.words);
            if (c.nested) {
              const inner = c.nested
                .map(
                  (ws) =>
                    `<w:tr><w:tc>${paragraphXml({ words: ws, style: 'plain', numbered: false, lineBreak: false })}</w:tc></w:tr>`,
                )
                .join('');
              content += `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>${inner}</w:tbl><w:p/>`;
              for (const ws of c.nested) cellWords.push(...ws);
            }
          }
          let tc = `<w:tc>${tcPr}${content}</w:tc>`;
          if (c.wrap === 'sdt') tc = `<w:sdt><w:sdtContent>${tc}</w:sdtContent></w:sdt>`;
          else if (c.wrap === 'customXml') tc = `<w:customXml>${tc}</w:customXml>`;
          cells += tc;
          expected.push({ row: ri, col, words: cellWords, continued: continues });
          if (c.merge === 'restart' || continues) next.add(col);
          col += span;
        }
        const trPr = r.before > 0 ? `<w:trPr><w:gridBefore w:val="${Math.min(r.before, t.cols - 1)}"/></w:trPr>` : '';
        rows += `<w:tr>${trPr}${cells}</w:tr>`;
        open = next;
      });
      body += `<w:tbl><w:tblPr/><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
      tables.push(expected);
    });
    body += paras(d.after);
    const numbering = list(1, [[d.format, d.format === 'bullet' ? '\uF0B7' : '%1.', d.start]]);
    return { bytes: makeDocx({ body, numbering }), tables, outside };
  });

/**
 * The words a generated document lost: per cell, words missing from the read cell at its grid
 * column (a continued merge must repeat the words of the cell it continues); outside the tables,
 * words missing from before/between/after. Empty when nothing is lost.
 */
export function lostWords(gen: GeneratedDocx, doc: DocxDocument): string[] {
  const lost: string[] = [];
  gen.tables.forEach((cells, ti) => {
    const table = doc.tables[ti];
    const above = new Map<number, string[]>();
    for (const c of cells) {
      const read = table?.rows[c.row]?.cells[c.col];
      const have = new Set(words(read?.text ?? ''));
      const want = c.continued ? (above.get(c.col) ?? []) : c.words.flatMap(words);
      for (const w of want) if (!have.has(w)) lost.push(`table ${ti + 1} row ${c.row + 1} col ${c.col + 1}: ${w}`);
      above.set(c.col, want);
    }
  });
  const around = new Set(words([...doc.before, ...doc.after, ...doc.tables.flatMap((t) => t.between ?? [])].join(' ')));
  for (const w of gen.outside.flatMap(words)) if (!around.has(w)) lost.push(`outside: ${w}`);
  return lost;
}
