/**
 * Tiny hostile .docx files: each a few kilobytes zipped, built to hang, exhaust memory or crash a
 * reader that trusts what a file says (a span of a million columns, a list starting at 10^15,
 * tables nested thousands deep, an archive that lies about its sizes). Each case states what the
 * reader must do: refuse with a Russian UserError of `code`, or read cleanly (`read`), possibly
 * with a warning. Used by test/core/docx/hostile.test.ts and timed by tools/bench/hostile-docx.ts.
 */
import { lie, lieCount, list, makeDocx, np, p, r, tbl, tc, tr } from './make-docx';

export interface HostileCase {
  name: string;
  make(): Uint8Array;
  /** A UserError code, or 'read' for a file that must read (clamped values give warnings). */
  expect: string;
  /** For 'read': a warning code the reader must give. */
  warning?: string;
}

const HEAD = tr([tc('Мероприятие'), tc('Срок'), tc('Ответственный')]);
const row = (a: string, b = 'март', c = 'Иванов') => tr([tc(a), tc(b), tc(c)]);
/** A readable 3-column plan with `rows` inserted after the header. */
const plan = (...rows: string[]) => tbl(3, [HEAD, ...rows, row('Отчёт')]);
/** The same with many rows (a spread of 200,000 arguments would overflow the stack here). */
const bigPlan = (rows: string[]) => tbl(3, [HEAD].concat(rows, [row('Отчёт')]));
const nest = (depth: number, open: string, close: string, inner: string) =>
  open.repeat(depth) + inner + close.repeat(depth);

export const HOSTILE_DOCX: HostileCase[] = [
  // ---- grid values: clamped to the grid, with a warning ----
  {
    name: 'gridSpan 1 000 000',
    make: () => makeDocx({ body: plan(tr([tc('Раздел 1', '<w:gridSpan w:val="1000000"/>')])) }),
    expect: 'read',
    warning: 'docx-span-clamped',
  },
  {
    name: 'gridBefore 1 000 000',
    make: () => makeDocx({ body: plan(tr([tc('Сдвинутая')], '<w:gridBefore w:val="1000000"/>')) }),
    expect: 'read',
    warning: 'docx-before-clamped',
  },
  {
    name: 'gridAfter 1 000 000',
    make: () => makeDocx({ body: plan(tr([tc('Короткая')], '<w:gridAfter w:val="1000000"/>')) }),
    expect: 'read',
  },
  {
    name: 'gridSpan of 400 digits (Infinity)',
    make: () => makeDocx({ body: plan(tr([tc('Раздел', `<w:gridSpan w:val="${'9'.repeat(400)}"/>`)])) }),
    expect: 'read',
    warning: 'docx-span-clamped',
  },
  {
    name: 'gridSpan on every cell of 1 000 rows',
    make: () =>
      makeDocx({
        body: bigPlan(Array.from({ length: 1000 }, () => tr([tc('x', '<w:gridSpan w:val="1000000"/>'), tc('y')]))),
      }),
    expect: 'read',
    warning: 'docx-span-clamped',
  },
  {
    name: 'tblGrid of 100 000 gridCol',
    make: () =>
      makeDocx({
        body: `<w:tbl><w:tblGrid>${'<w:gridCol w:w="10"/>'.repeat(100_000)}</w:tblGrid>${HEAD}${row('Приказ')}</w:tbl>`,
      }),
    expect: 'read',
    warning: 'docx-grid-ignored',
  },
  {
    name: 'a row of 10 000 cells',
    make: () => makeDocx({ body: plan(tr(Array.from({ length: 10_000 }, () => tc('x')))) }),
    expect: 'docx-too-wide',
  },
  // ---- numbering values ----
  {
    name: 'numbering start 10^15 (letters)',
    make: () =>
      makeDocx({
        body: tbl(
          1,
          Array.from({ length: 50 }, () => tr([tc(np('пункт', 1))])),
        ),
        numbering: list(1, [['lowerLetter', '%1)', 1e15]]),
      }),
    expect: 'read',
    warning: 'docx-number-clamped',
  },
  {
    name: 'numbering start 2·10^9 (letters)',
    make: () =>
      makeDocx({
        body: tbl(
          1,
          Array.from({ length: 50 }, () => tr([tc(np('пункт', 1))])),
        ),
        numbering: list(1, [['russianLower', '%1)', 2e9]]),
      }),
    expect: 'read',
    warning: 'docx-number-clamped',
  },
  {
    name: 'startOverride 10^15',
    make: () =>
      makeDocx({
        body: tbl(1, [tr([tc(np('пункт', 1))]), tr([tc(np('ещё', 1))])]),
        numbering: list(
          1,
          [['upperLetter', '%1.']],
          '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1e15"/></w:lvlOverride>',
        ),
      }),
    expect: 'read',
    warning: 'docx-number-clamped',
  },
  {
    name: 'ilvl 2·10^9 (level and paragraph)',
    make: () =>
      makeDocx({
        body: tbl(1, [tr([tc(np('пункт', 1, 2e9))])]),
        numbering:
          '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="2000000000"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>',
      }),
    expect: 'read',
  },
  {
    name: 'lvlText of 100 000 × "%1"',
    make: () =>
      makeDocx({
        body: tbl(
          1,
          Array.from({ length: 200 }, () => tr([tc(np('пункт', 1))])),
        ),
        numbering: list(1, [['decimal', '%1'.repeat(100_000)]]),
      }),
    expect: 'read',
    warning: 'docx-label-cut',
  },
  // ---- nesting ----
  {
    name: 'tables nested 3 000 deep',
    make: () =>
      makeDocx({
        body: plan(
          tr([tc(nest(3000, '<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', p('дно'))), tc('март'), tc('Иванов')]),
        ),
      }),
    expect: 'docx-too-deep',
  },
  {
    name: 'content controls (w:sdt) nested 10 000 deep',
    make: () =>
      makeDocx({
        body: nest(10_000, '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', plan()),
      }),
    expect: 'docx-too-deep',
  },
  {
    name: 'hyperlinks nested 10 000 deep in a paragraph',
    make: () =>
      makeDocx({
        body: plan(
          tr([tc(`<w:p>${nest(10_000, '<w:hyperlink>', '</w:hyperlink>', r('ссылка'))}</w:p>`), tc(''), tc('')]),
        ),
      }),
    expect: 'docx-too-deep',
  },
  {
    name: 'unknown elements nested 100 000 deep',
    make: () => makeDocx({ body: plan() + nest(100_000, '<x:a>', '</x:a>', '') }),
    expect: 'docx-too-deep',
  },
  {
    name: 'content controls nested 100 deep (still read)',
    make: () => makeDocx({ body: nest(100, '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', plan()) }),
    expect: 'read',
  },
  // ---- counts ----
  {
    name: '200 000 rows',
    make: () => makeDocx({ body: bigPlan(Array(200_000).fill('<w:tr><w:tc><w:p/></w:tc></w:tr>')) }),
    expect: 'docx-too-many-rows',
  },
  {
    name: '150 000 paragraphs',
    make: () => makeDocx({ body: p('а').repeat(150_000) + plan() }),
    expect: 'docx-too-many-paragraphs',
  },
  {
    name: '300 000 paragraphs',
    make: () => makeDocx({ body: p('а').repeat(300_000) + plan() }),
    expect: 'docx-too-many-nodes',
  },
  {
    name: '300 000 empty paragraphs',
    make: () => makeDocx({ body: '<w:p/>'.repeat(300_000) + plan() }),
    expect: 'read',
  },
  {
    name: 'a cell of 1 000 000 lines',
    make: () =>
      makeDocx({
        body: plan(tr([tc(`<w:p><w:r>${'<w:t>а</w:t><w:br/>'.repeat(1_000_000)}</w:r></w:p>`), tc(''), tc('')])),
      }),
    expect: 'docx-too-many-nodes',
  },
  {
    name: 'a cell of 100 000 lines',
    make: () =>
      makeDocx({
        body: plan(tr([tc(`<w:p><w:r>${'<w:t>а</w:t><w:br/>'.repeat(100_000)}</w:r></w:p>`), tc(''), tc('')])),
      }),
    expect: 'docx-cell-too-long',
  },
  {
    name: 'a cell of 500 000 empty line breaks',
    make: () =>
      makeDocx({ body: plan(tr([tc(`<w:p><w:r>${'<w:br/>'.repeat(500_000)}</w:r></w:p>`), tc(''), tc('')])) }),
    expect: 'read',
  },
  {
    name: 'a paragraph of 100 000 lines before the table',
    make: () => makeDocx({ body: `<w:p><w:r>${'<w:t>а</w:t><w:br/>'.repeat(100_000)}</w:r></w:p>${plan()}` }),
    expect: 'docx-paragraph-too-long',
  },
  {
    name: 'a cell of 10 MB of text in one w:t',
    make: () => makeDocx({ body: plan(row('а'.repeat(10_000_000))) }),
    expect: 'docx-cell-too-long',
  },
  {
    name: '200 cells of 40 000 characters (8 million in all)',
    make: () => makeDocx({ body: bigPlan(Array(200).fill(row('б'.repeat(40_000)))) }),
    expect: 'docx-too-much-text',
  },
  {
    name: 'a vertical merge over 20 000 rows, each adding its own text',
    make: () =>
      makeDocx({
        body: bigPlan(
          [tr([tc('начало', '<w:vMerge w:val="restart"/>'), tc(''), tc('')])].concat(
            Array(19_990).fill(tr([tc('ещё', '<w:vMerge/>'), tc(''), tc('')])),
          ),
        ),
      }),
    expect: 'docx-too-much-text',
  },
  {
    name: '100 000 tables',
    make: () => makeDocx({ body: '<w:tbl><w:tblGrid/></w:tbl>'.repeat(100_000) + plan() }),
    expect: 'docx-too-many-tables',
  },
  {
    name: '2 000 000 empty runs',
    make: () => makeDocx({ body: `<w:p>${'<w:r/>'.repeat(2_000_000)}</w:p>${plan()}` }),
    expect: 'docx-too-many-nodes',
  },
  {
    name: '300 000 empty runs (still read)',
    make: () =>
      makeDocx({ body: plan(tr([tc(`<w:p>${'<w:r/>'.repeat(300_000)}${r('текст')}</w:p>`), tc(''), tc('')])) }),
    expect: 'read',
  },
  {
    name: '1 200 000 attributes on one element',
    make: () => {
      const distinct = Array.from({ length: 100_000 }, (_, i) => ` a${i}="1"`).join('');
      return makeDocx({ body: `<w:p${distinct}${' b="1"'.repeat(1_100_000)}/>${plan()}` });
    },
    expect: 'docx-too-many-nodes',
  },
  {
    name: 'an attribute value of 20 MB',
    make: () => makeDocx({ body: `<w:p w:rsidR="${'f'.repeat(20_000_000)}"/>${plan()}` }),
    expect: 'read',
  },
  {
    name: 'an unterminated attribute of 20 MB',
    make: () => makeDocx({ body: `<w:p w:rsidR="${'f'.repeat(20_000_000)}` }),
    expect: 'docx-bad-xml',
  },
  {
    name: 'a w:sym with char FFFFFFFF',
    make: () =>
      makeDocx({
        body: plan(tr([tc('<w:p><w:r><w:sym w:char="FFFFFFFF"/><w:t>знак</w:t></w:r></w:p>'), tc(''), tc('')])),
      }),
    expect: 'read',
  },
  {
    name: 'character references beyond Unicode',
    make: () => makeDocx({ body: plan(row('&#xFFFFFFFFFFFF; &#99999999999999999999; &#0;')) }),
    expect: 'read',
  },
  {
    name: 'styles: a basedOn cycle and a chain of 100 000',
    make: () => {
      const chain = Array.from(
        { length: 100_000 },
        (_, i) => `<w:style w:styleId="s${i}"><w:basedOn w:val="s${i + 1}"/></w:style>`,
      ).join('');
      const cycle =
        '<w:style w:styleId="a"><w:basedOn w:val="b"/></w:style><w:style w:styleId="b"><w:basedOn w:val="a"/></w:style>';
      return makeDocx({
        body: plan(tr([tc(p('цикл', '<w:pStyle w:val="a"/>')), tc(p('цепь', '<w:pStyle w:val="s0"/>')), tc('')])),
        styles: chain + cycle,
      });
    },
    expect: 'read',
  },
  // ---- the archive lies ----
  {
    name: 'zip: document declares 100 bytes, inflates to 32 MB',
    make: () =>
      lie(
        makeDocx({ body: '', extra: { 'word/document.xml': new Uint8Array(32 * 1024 * 1024).fill(0x20) } }),
        'word/document.xml',
        'size',
        100,
      ),
    expect: 'docx-corrupt',
  },
  {
    name: 'zip: document declares 4 GB',
    make: () => lie(makeDocx({ body: plan() }), 'word/document.xml', 'size', 0xfffffffe),
    expect: 'docx-too-big-unpacked',
  },
  {
    name: 'zip: compressed size past the end of the file',
    make: () => lie(makeDocx({ body: plan() }), 'word/document.xml', 'compressed', 0x7fffffff),
    expect: 'docx-corrupt',
  },
  {
    name: 'zip: local header offset past the end of the file',
    make: () => lie(makeDocx({ body: plan() }), 'word/document.xml', 'offset', 0x7fffffff),
    expect: 'docx-corrupt',
  },
  {
    name: 'zip: local header offset pointing at another entry',
    make: () => lie(makeDocx({ body: plan() }), 'word/document.xml', 'offset', 0),
    expect: 'docx-corrupt',
  },
  {
    name: 'zip: directory claims 65 535 entries',
    make: () => lieCount(makeDocx({ body: plan() }), 0xffff),
    expect: 'docx-corrupt',
  },
  {
    name: 'zip: 10 000 entries',
    make: () => {
      const files: Record<string, Uint8Array> = {};
      for (let i = 0; i < 10_000; i++) files[`media/${i}`] = new Uint8Array(0);
      return makeDocx({ body: plan(), extra: files });
    },
    expect: 'read',
  },
  {
    name: 'zip: _rels/.rels of 400 000 relationships',
    make: () =>
      makeDocx({
        body: plan(),
        extra: { '_rels/.rels': `<Relationships>${'<Relationship Id="x" Type="t"/>'.repeat(400_000)}</Relationships>` },
      }),
    expect: 'docx-too-many-nodes',
  },
];
