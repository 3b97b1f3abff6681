import { strToU8, zipSync } from 'fflate';
import { DOCX_LIMITS, readDocx } from '../../../src/core/docx/read';
import { isUserError, type UserError } from '../../../src/core/errors';
import type { SourceDocument } from '../../../src/core/table/source';
import { list, makeDocx, np, p, r, tbl, tc, tr } from './make-docx';

const texts = (doc: SourceDocument, t = 0) => doc.tables[t].rows.map((row) => row.cells.map((c) => c.text));
const oneCell = (blocks: string) => readDocx(makeDocx({ body: tbl(1, [tr([tc(blocks)])]) })).tables[0].rows[0].cells[0];

function userError(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (isUserError(e)) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('grid placement', () => {
  it('places cells by grid column: gridSpan, gridBefore, gridAfter', () => {
    const doc = readDocx(
      makeDocx({
        body: tbl(4, [
          tr([tc('№'), tc('Мероприятие'), tc('Срок'), tc('Ответственный')]),
          tr([tc('Этап 1', '<w:gridSpan w:val="4"/>')]),
          tr([tc('Сдвинутая'), tc('март'), tc('Иванов')], '<w:gridBefore w:val="1"/>'),
          tr([tc('1'), tc('Короткая')], '<w:gridAfter w:val="2"/>'),
          tr([tc('2'), tc('Широкая', '<w:gridSpan w:val="2"/>'), tc('Петров')]),
        ]),
      }),
    );
    const rows = doc.tables[0].rows;
    expect(rows.every((row) => row.cells.length === 4)).toBe(true);
    expect(rows[1].cells[0]).toEqual({ text: 'Этап 1', span: 4 });
    expect(texts(doc)[1]).toEqual(['Этап 1', '', '', '']);
    expect(texts(doc)[2]).toEqual(['', 'Сдвинутая', 'март', 'Иванов']);
    expect(texts(doc)[3]).toEqual(['1', 'Короткая', '', '']);
    expect(texts(doc)[4]).toEqual(['2', 'Широкая', '', 'Петров']);
    expect(rows[4].cells[1].span).toBe(2);
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('repeats a vertically merged cell on every row it covers, marked merged', () => {
    const restart = '<w:vMerge w:val="restart"/>';
    const cont = '<w:vMerge/>';
    const doc = readDocx(
      makeDocx({
        body: tbl(3, [
          tr([tc('Подготовка', restart), tc('Приказ'), tc('январь', restart)]),
          tr([tc('', cont), tc('Совещание'), tc('', '<w:vMerge w:val="continue"/>')]),
          tr([tc('', cont), tc('Отчёт'), tc('февраль')]),
          tr([tc('Анализ'), tc('Справка'), tc('', cont)]),
        ]),
      }),
    );
    const rows = doc.tables[0].rows;
    expect(texts(doc)).toEqual([
      ['Подготовка', 'Приказ', 'январь'],
      ['Подготовка', 'Совещание', 'январь'],
      ['Подготовка', 'Отчёт', 'февраль'],
      // The merge in column 3 ended at row 3 (a plain cell); a stray "continue" after it starts nothing.
      ['Анализ', 'Справка', ''],
    ]);
    expect(rows[0].cells[0].merged).toBeUndefined();
    expect(rows[1].cells[0].merged).toBe(true);
    expect(rows[2].cells[0].merged).toBe(true);
    expect(rows[1].cells[2].merged).toBe(true);
    expect(rows[2].cells[2].merged).toBeUndefined();
    expect(rows[3].cells[2].merged).toBeUndefined();
  });

  it('keeps a merge that spans several grid columns at its first column', () => {
    const doc = readDocx(
      makeDocx({
        body: tbl(3, [
          tr([tc('A', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'), tc('x')]),
          tr([tc('', '<w:gridSpan w:val="2"/><w:vMerge/>'), tc('y')]),
        ]),
      }),
    );
    expect(doc.tables[0].rows[1].cells[0]).toEqual({ text: 'A', merged: true, span: 2 });
    expect(texts(doc)[1]).toEqual(['A', '', 'y']);
  });

  it('reads a legacy horizontal merge (w:hMerge) as a span', () => {
    const doc = readDocx(
      makeDocx({
        body: tbl(3, [tr([tc('Раздел', '<w:hMerge w:val="restart"/>'), tc('', '<w:hMerge/>'), tc('x')])]),
      }),
    );
    expect(doc.tables[0].rows[0].cells).toEqual([{ text: 'Раздел', span: 2 }, { text: '' }, { text: 'x' }]);
  });

  it('leaves out rows deleted with tracked changes', () => {
    const doc = readDocx(
      makeDocx({
        body: tbl(1, [tr([tc('оставить')]), tr([tc('удалено')], '<w:del w:id="1" w:author="a"/>')]),
      }),
    );
    expect(texts(doc)).toEqual([['оставить']]);
  });
});

describe('automatic numbering', () => {
  it('numbers a № column continuing from cell to cell, with restarts of the lower level', () => {
    const numbering = list(1, [
      ['decimal', '%1.'],
      ['decimal', '%1.%2.'],
    ]);
    const rows = [
      tr([tc(np('Раздел', 1, 0), '<w:gridSpan w:val="2"/>')]),
      tr([tc(np('', 1, 1)), tc('а')]),
      tr([tc(np('', 1, 1)), tc('б')]),
      tr([tc(np('Второй', 1, 0), '<w:gridSpan w:val="2"/>')]),
      tr([tc(np('', 1, 1)), tc('в')]),
    ];
    const doc = readDocx(makeDocx({ body: tbl(2, rows), numbering }));
    expect(texts(doc).map((row) => row[0])).toEqual(['1. Раздел', '1.1.', '1.2.', '2. Второй', '2.1.']);
  });

  it('formats letters, roman numerals, Russian letters, bullets and start values', () => {
    const numbering = [
      list(1, [['lowerLetter', '%1)']]),
      list(2, [['upperRoman', '%1.', 3]]),
      list(3, [['russianLower', '%1)']]),
      list(4, [['bullet', '\uF0B7']]),
      list(5, [['upperLetter', '%1.']]),
      list(6, [['lowerRoman', '(%1)']]),
    ].join('');
    const body = [
      np('один', 1),
      np('два', 1),
      np('три', 2),
      np('четыре', 2),
      np('пять', 3),
      np('шесть', 3),
      np('пункт', 4),
      np('A', 5),
      np('i', 6),
      np('ii', 6),
      tbl(1, [tr([tc('x')])]),
    ].join('');
    const doc = readDocx(makeDocx({ body, numbering }));
    expect(doc.before).toEqual([
      'a) один',
      'b) два',
      'III. три',
      'IV. четыре',
      'а) пять',
      'б) шесть',
      '• пункт',
      'A. A',
      '(i) i',
      '(ii) ii',
    ]);
  });

  it('honours lvlOverride/startOverride as a new sequence, and numId 0 as "not numbered"', () => {
    const numbering = `${list(1, [['decimal', '%1.']])}<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>`;
    const body = [
      np('a', 1),
      np('b', 1),
      np('c', 2),
      np('d', 2),
      // numId 3 shares abstractNum 1 with numId 1 and no override: the sequence continues.
      np('e', 3),
      np('f', 0),
      tbl(1, [tr([tc('x')])]),
    ].join('');
    const doc = readDocx(makeDocx({ body, numbering }));
    expect(doc.before).toEqual(['1. a', '2. b', '5. c', '6. d', '3. e', 'f']);
  });

  it('takes numbering from a paragraph style (through basedOn) and a level suffix', () => {
    const numbering = `<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num>`;
    const styles =
      '<w:style w:type="paragraph" w:styleId="List"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="List2"><w:basedOn w:val="List"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = [
      p('Раздел', '<w:pStyle w:val="List"/>'),
      p('пункт', '<w:pStyle w:val="List2"/>'),
      p('ещё', '<w:pStyle w:val="List2"/>'),
      tbl(1, [tr([tc('x')])]),
    ].join('');
    const doc = readDocx(makeDocx({ body, numbering, styles }));
    expect(doc.before).toEqual(['1.Раздел', '1.1. пункт', '1.2. ещё']);
  });
});

describe('text of a cell', () => {
  it('joins runs, keeps w:br and paragraphs as line breaks, w:tab, no-break hyphen, symbols', () => {
    const cell = oneCell(
      `<w:p>${r('Разра')}${r('ботка')}<w:r><w:br/><w:t>плана</w:t></w:r></w:p>` +
        `<w:p><w:r><w:t>01</w:t><w:noBreakHyphen/><w:t>05.03</w:t><w:tab/><w:t>2021</w:t></w:r></w:p>` +
        `<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t xml:space="preserve"> пункт</w:t></w:r></w:p>`,
    );
    expect(cell.text).toBe('Разработка\nплана\n01-05.03\t2021\n• пункт');
  });

  it('decodes XML entities and character references', () => {
    const cell = oneCell('<w:p><w:r><w:t>«А» &amp; &lt;Б&gt; &quot;В&quot; &#8470; &#x2013; Г</w:t></w:r></w:p>');
    expect(cell.text).toBe('«А» & <Б> "В" № – Г');
  });

  it('unwraps content controls, hyperlinks, smart tags, custom XML, insertions; drops deletions', () => {
    const cell = oneCell(
      '<w:p>' +
        `<w:sdt><w:sdtPr><w:alias w:val="поле"/></w:sdtPr><w:sdtContent>${r('Отв:')}</w:sdtContent></w:sdt>` +
        `<w:hyperlink w:history="1">${r(' сайт')}</w:hyperlink>` +
        `<w:smartTag w:uri="u" w:element="x">${r(' Иванов')}</w:smartTag>` +
        `<w:customXml w:element="y">${r(' И.И.')}</w:customXml>` +
        `<w:ins w:id="1" w:author="a">${r(' новое')}</w:ins>` +
        '<w:del w:id="2" w:author="a"><w:r><w:delText> старое</w:delText></w:r></w:del>' +
        '<w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>' +
        '</w:p>' +
        `<w:sdt><w:sdtContent>${p('блок')}</w:sdtContent></w:sdt>`,
    );
    expect(cell.text).toBe('Отв: сайт Иванов И.И. новое\nблок');
  });

  it("keeps a nested table's text in the containing cell", () => {
    const nested = tbl(2, [tr([tc('внутри 1'), tc('внутри 2')]), tr([tc('внутри 3'), tc('')])]);
    const cell = oneCell(p('до') + nested + p('после'));
    expect(cell.text).toBe('до\nвнутри 1\nвнутри 2\nвнутри 3\nпосле');
  });

  it('marks bold when bold runs cover the whole cell (direct or from a style)', () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Head"><w:rPr><w:b/></w:rPr></w:style>';
    const body = tbl(4, [
      tr([
        tc(`<w:p>${r('Этап', '<w:b/>')}${r(' ')}${r('I', '<w:b w:val="1"/>')}</w:p>`),
        tc(`<w:p>${r('Этап', '<w:b/>')}${r(' II')}</w:p>`),
        tc(p('Заголовок', '<w:pStyle w:val="Head"/>')),
        tc(`<w:p><w:pPr><w:pStyle w:val="Head"/></w:pPr>${r('не жирный', '<w:b w:val="0"/>')}</w:p>`),
      ]),
    ]);
    const cells = readDocx(makeDocx({ body, styles })).tables[0].rows[0].cells;
    expect(cells.map((c) => c.bold ?? false)).toEqual([true, false, true, false]);
  });

  it('drops hidden runs and soft hyphens, trims lines and drops empty paragraphs', () => {
    const cell = oneCell(
      `<w:p>${r('  види')}<w:r><w:softHyphen/></w:r>${r('мый  ')}${r('скрытый', '<w:vanish/>')}</w:p><w:p/>${p('   ')}${p('второй')}`,
    );
    expect(cell.text).toBe('видимый\nвторой');
  });
});

describe('paragraphs around the tables', () => {
  it('puts paragraphs before the first table in before, after the last in after, between in between', () => {
    const body = [
      p('УТВЕРЖДЕНО'),
      `<w:p>${r('приказом № 5')}<w:r><w:br/></w:r>${r('от 01.09.2021')}</w:p>`,
      p(''),
      p('План мероприятий на 2021 год'),
      tbl(2, [tr([tc('Мероприятие'), tc('Срок')]), tr([tc('Приказ'), tc('январь')])]),
      p('2. Учебная работа'),
      tbl(2, [tr([tc('Урок'), tc('февраль')])]),
      p('Директор'),
      `<w:sdt><w:sdtContent>${p('И.И. Иванов')}</w:sdtContent></w:sdt>`,
    ].join('');
    const doc = readDocx(makeDocx({ body }));
    expect(doc.format).toBe('docx');
    expect(doc.before).toEqual(['УТВЕРЖДЕНО', 'приказом № 5', 'от 01.09.2021', 'План мероприятий на 2021 год']);
    expect(doc.tables).toHaveLength(2);
    expect(doc.tables[0].between).toBeUndefined();
    expect(doc.tables[1].between).toEqual(['2. Учебная работа']);
    expect(texts(doc, 1)).toEqual([['Урок', 'февраль']]);
    expect(doc.after).toEqual(['Директор', 'И.И. Иванов']);
  });

  it('finds the main part through _rels/.rels (word/document2.xml)', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>';
    const doc2 = `<w:document xmlns:w="${W}"><w:body>${tbl(1, [tr([tc('второй')])])}</w:body></w:document>`;
    const zipped = makeDocx({ body: '', extra: { '_rels/.rels': rels, 'word/document2.xml': doc2 } });
    expect(texts(readDocx(zipped))).toEqual([['второй']]);
  });
});

describe('bad input', () => {
  const ole = (extra: number[] = []) => {
    const b = new Uint8Array(2048);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    b.set(extra, 1024);
    return b;
  };
  const utf16 = (s: string) => Array.from(s).flatMap((ch) => [ch.charCodeAt(0), 0]);

  it('refuses an old binary .doc with the exact message', () => {
    const e = userError(() => readDocx(ole(utf16('WordDocument'))));
    expect(e.code).toBe('docx-old-doc');
    expect(e.message).toBe('Это файл старого формата Word (.doc). Сохраните файл в Word как .docx и загрузите снова.');
    expect(e.en).toMatch(/\.doc/);
  });

  it('refuses a password-protected file (OLE2 with an EncryptionInfo stream)', () => {
    const e = userError(() => readDocx(ole(utf16('EncryptionInfo'))));
    expect(e.code).toBe('docx-encrypted');
    expect(e.message).toMatch(/защищён паролем/);
  });

  it('refuses a file that is not a zip, and says so for RTF', () => {
    expect(userError(() => readDocx(strToU8('просто текст'))).code).toBe('docx-not-zip');
    expect(userError(() => readDocx(new Uint8Array(0))).code).toBe('docx-not-zip');
    expect(userError(() => readDocx(strToU8('{\\rtf1\\ansi hello}'))).code).toBe('docx-rtf');
  });

  it('refuses a zip without word/document.xml, and names .odt', () => {
    const e = userError(() => readDocx(zipSync({ 'readme.txt': strToU8('hi') })));
    expect(e.code).toBe('docx-no-document');
    expect(e.message).toMatch(/word\/document\.xml/);
    expect(userError(() => readDocx(zipSync({ 'content.xml': strToU8('<x/>') }))).code).toBe('docx-odt');
  });

  it('refuses a damaged zip and broken XML', () => {
    const good = makeDocx({ body: tbl(1, [tr([tc('x')])]) });
    expect(userError(() => readDocx(good.slice(0, good.length - 30))).code).toBe('docx-corrupt');
    const broken = makeDocx({ body: '<w:p><w:r><w:t>нет конца</w:r></w:p>' });
    expect(userError(() => readDocx(broken)).code).toBe('docx-bad-xml');
  });

  it('refuses a document with no table', () => {
    const e = userError(() => readDocx(makeDocx({ body: p('Только текст') })));
    expect(e.code).toBe('docx-no-table');
    expect(e.message).toMatch(/нет таблицы/);
  });

  it('refuses a file over 10 MB before reading it', () => {
    expect(DOCX_LIMITS.maxFileBytes).toBe(10 * 1024 * 1024);
    const big = new Uint8Array(DOCX_LIMITS.maxFileBytes + 1);
    big.set([0x50, 0x4b, 3, 4]);
    const e = userError(() => readDocx(big));
    expect(e.code).toBe('docx-too-big');
    expect(e.message).toMatch(/10 МБ/);
  });
});
