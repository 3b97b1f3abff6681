/**
 * The reader's limits (src/core/docx/limits.ts) at their edges: each count is accepted at the limit
 * and refused one past it with the limit's own code; out-of-range values are clamped to exactly
 * what docs/docx.md states, with a warning.
 */
import { DOCX_LIMITS, type DocxDocument, readDocx } from '../../../src/core/docx/read';
import { codeOf } from './code-of';
import { list, makeDocx, np, p, tbl, tc, tr } from './make-docx';

const texts = (doc: DocxDocument) => doc.tables[0].rows.map((row) => row.cells.map((c) => c.text));

describe('clamped grid values', () => {
  it('a gridSpan larger than the grid spans the columns left, with a warning naming the place', () => {
    const doc = readDocx(
      makeDocx({
        body: tbl(3, [tr([tc('a'), tc('b'), tc('c')]), tr([tc('1'), tc('Раздел', '<w:gridSpan w:val="1000000"/>')])]),
      }),
    );
    expect(doc.tables[0].rows[1].cells).toEqual([{ text: '1' }, { text: 'Раздел', span: 2 }, { text: '' }]);
    expect(doc.warnings).toEqual([
      {
        code: 'docx-span-clamped',
        message: 'Таблица 1, строка 2: ячейка объединяет 1000000 столбцов, а в таблице их 3 — прочитано как 2.',
        en: 'Table 1, row 2: a cell spans 1000000 columns, but the table has 3; read as 2.',
      },
    ]);
  });

  it('keeps a span up to the grid width that runs past its end (the grid grows, as Word does)', () => {
    const doc = readDocx(makeDocx({ body: tbl(3, [tr([tc('a'), tc('b', '<w:gridSpan w:val="3"/>')])]) }));
    expect(doc.tables[0].rows[0].cells).toEqual([{ text: 'a' }, { text: 'b', span: 3 }, { text: '' }, { text: '' }]);
    expect(doc.warnings).toEqual([]);
  });

  it('a gridBefore past the grid starts the row at the last column', () => {
    const doc = readDocx(
      makeDocx({ body: tbl(3, [tr([tc('a'), tc('b'), tc('c')]), tr([tc('x')], '<w:gridBefore w:val="99999999"/>')]) }),
    );
    expect(texts(doc)[1]).toEqual(['', '', 'x']);
    expect(doc.warnings.map((w) => w.code)).toEqual(['docx-before-clamped']);
  });

  it('a grid of more columns than a Word table has is not used; columns come from the rows', () => {
    const grid = '<w:gridCol w:w="10"/>'.repeat(64);
    const doc = readDocx(makeDocx({ body: `<w:tbl><w:tblGrid>${grid}</w:tblGrid>${tr([tc('a'), tc('b')])}</w:tbl>` }));
    expect(texts(doc)).toEqual([['a', 'b']]);
    expect(doc.warnings[0].message).toBe(
      'Таблица 1: в её сетке 64 столбцов (в Word — не больше 63); столбцы взяты по строкам.',
    );
  });

  it('counts repeats of a warning into the first one', () => {
    const span = '<w:gridSpan w:val="500"/>';
    const rows = Array.from({ length: 22 }, () => tr([tc('x', span)]));
    const doc = readDocx(makeDocx({ body: tbl(2, rows) }));
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0].message).toMatch(/строка 1: .* \(то же ещё в 21 месте\)$/);
    expect(doc.warnings[0].en).toMatch(/\(and 21 more\)$/);
  });
});

describe('clamped numbering', () => {
  const numbered = (levels: Parameters<typeof list>[1], numExtra = '', n = 2) =>
    readDocx(
      makeDocx({
        body: tbl(
          1,
          Array.from({ length: n }, () => tr([tc(np('', 1))])),
        ),
        numbering: list(1, levels, numExtra),
      }),
    );
  const labels = (doc: DocxDocument) => texts(doc).map((r) => r[0]);

  it('a start past 32 767 is read as 32 767, with a warning', () => {
    const doc = numbered([['decimal', '%1.', 1e15]]);
    expect(labels(doc)).toEqual(['32767.', '32768.']);
    expect(doc.warnings[0].message).toBe('Список в файле начинается с номера 1000000000000000 — взято 32 767.');
  });

  it('a startOverride is clamped too, and a negative start becomes 0', () => {
    const over = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="99999999999"/></w:lvlOverride>';
    expect(labels(numbered([['decimal', '%1.']], over))).toEqual(['32767.', '32768.']);
    expect(labels(numbered([['decimal', '%1.', -5]]))).toEqual(['0.', '1.']);
  });

  it('letters repeat as Word does up to 31 times, then the number is shown in digits', () => {
    expect(labels(numbered([['lowerLetter', '%1)', 27]]))).toEqual(['aa)', 'bb)']);
    expect(labels(numbered([['lowerLetter', '%1)', 26 * 31]]))).toEqual([`${'z'.repeat(31)})`, '807)']);
  });

  it('a number label longer than 255 characters is cut, with a warning', () => {
    const doc = numbered([['decimal', 'x'.repeat(300)]]);
    expect(labels(doc)[0]).toBe('x'.repeat(255));
    expect(doc.warnings.map((w) => w.code)).toEqual(['docx-label-cut']);
  });

  it('levels outside 0…8 number nothing', () => {
    const doc = readDocx(
      makeDocx({ body: tbl(1, [tr([tc(np('пункт', 1, 9))])]), numbering: list(1, [['decimal', '%1.']]) }),
    );
    expect(texts(doc)).toEqual([['пункт']]);
  });
});

describe('refused at one past each limit', () => {
  const small = { ...DOCX_LIMITS, maxRows: 3, maxTables: 2, maxParagraphs: 6, maxCellChars: 10, maxTextChars: 30 };
  const read = (body: string, limits = small) => codeOf(() => readDocx(makeDocx({ body }), limits));
  const rows = (n: number) =>
    tbl(
      1,
      Array.from({ length: n }, (_, i) => tr([tc(`r${i}`)])),
    );

  it('rows', () => {
    expect(read(rows(3))).toBe('read');
    expect(read(rows(4))).toBe('docx-too-many-rows');
  });

  it('tables', () => {
    expect(read(rows(1) + rows(1))).toBe('read');
    expect(read(rows(1) + '<w:tbl/>')).toBe('read');
    expect(read(rows(1) + '<w:tbl/>'.repeat(2))).toBe('docx-too-many-tables');
  });

  it('paragraphs (non-empty lines), in and out of tables', () => {
    expect(read(p('a') + p('') + p('b') + rows(3) + p('c'))).toBe('read');
    expect(read(p('a') + p('b') + p('c') + rows(3) + p('d'))).toBe('docx-too-many-paragraphs');
  });

  it('characters of a cell and of a paragraph outside the tables', () => {
    expect(read(tbl(1, [tr([tc('0123456789')])]))).toBe('read');
    expect(read(tbl(1, [tr([tc('0123456789A')])]))).toBe('docx-cell-too-long');
    expect(read(tbl(1, [tr([tc(p('01234') + p('6789'))])]))).toBe('read');
    expect(read(p('0123456789A') + rows(1))).toBe('docx-paragraph-too-long');
  });

  it('characters in all', () => {
    const cells = (n: number) =>
      tbl(
        1,
        Array.from({ length: n }, () => tr([tc('0123456789')])),
      );
    expect(read(cells(3))).toBe('read');
    expect(read(cells(3) + p('x'))).toBe('docx-too-much-text');
  });

  it('columns of a row', () => {
    const wide = (n: number) => tbl(0, [tr(Array.from({ length: n }, () => tc('x')))]);
    expect(read(wide(63), DOCX_LIMITS)).toBe('read');
    expect(read(wide(64), DOCX_LIMITS)).toBe('docx-too-wide');
  });

  it('nesting depth and XML nodes', () => {
    const nested = (depth: number) =>
      tbl(1, [tr([tc('<w:sdt><w:sdtContent>'.repeat(depth) + p('x') + '</w:sdtContent></w:sdt>'.repeat(depth))])]);
    // document, body, tbl, tr, tc: 5 levels; each sdt adds 2 (sdt, sdtContent); then p, r, t.
    expect(read(nested(5), { ...DOCX_LIMITS, maxDepth: 5 + 10 + 3 })).toBe('read');
    expect(read(nested(6), { ...DOCX_LIMITS, maxDepth: 5 + 10 + 3 })).toBe('docx-too-deep');
    expect(read(rows(1), { ...DOCX_LIMITS, maxXmlNodes: 100 })).toBe('read');
    expect(read(rows(1), { ...DOCX_LIMITS, maxXmlNodes: 20 })).toBe('docx-too-many-nodes');
  });
});
