import { cellMerged, cellText, columnOf, placeRows } from '../../../src/core/plan/grid';
import type { SourceCell, SourceDocument } from '../../../src/core/table/source';

const row = (...cells: (string | SourceCell)[]) => ({
  cells: cells.map((c) => (typeof c === 'string' ? { text: c } : c)),
});
const doc = (...tables: { cells: SourceCell[] }[][]): SourceDocument => ({
  before: [],
  tables: tables.map((rows) => ({ rows })),
  after: [],
  format: 'docx',
});

describe('placeRows', () => {
  it('finds the header, keeps the rows above it and the column-number row as unplaced text', () => {
    const p = placeRows(
      doc([row('УТВЕРЖДАЮ', ''), row('Мероприятие', 'Срок'), row('1', '2'), row('Собрание', 'май 2021')]),
    );
    expect(p.unplaced).toEqual(['УТВЕРЖДАЮ', '1 2']);
    expect(p.rows).toHaveLength(1);
    expect(cellText(p.rows[0], columnOf(p.rows[0].columns, 'deadline'))).toBe('май 2021');
  });

  it('joins the columns a spanned header cell covers', () => {
    const p = placeRows(doc([row({ text: 'Мероприятия', span: 2 }, '', 'Срок'), row('1.', 'Собрание', 'май')]));
    expect(cellText(p.rows[0], columnOf(p.rows[0].columns, 'title'))).toBe('1. Собрание');
  });

  it('continues the plan in a headerless table right after it, not in an appendix with its own bold header', () => {
    const plan = [row('Мероприятие', 'Срок', 'Ответственный'), row('А', 'май', 'Директор')];
    const more = [row({ text: 'Б', span: 2 }, '', 'июнь', 'Завуч')];
    const appendix = [row({ text: 'Учреждение', bold: true }, { text: 'Адрес', bold: true }), row('Школа', 'ул. Мира')];
    const p = placeRows(doc(plan, more, appendix));
    expect(p.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['А', 'май', 'Директор'],
      ['Б', 'июнь', 'Завуч'],
    ]);
    expect(p.unplaced).toEqual(['Учреждение', 'Адрес', 'Школа', 'ул. Мира']);
  });

  it('joins a continuation line to the row above and knows merged cells', () => {
    const p = placeRows(
      doc([
        row('Мероприятие', 'Ответственный'),
        row('Принятие решений,', 'Заведующий'),
        { cells: [{ text: 'направленных на качество' }, { text: 'Остапенко Н.М.' }], continuation: true } as never,
        row('Отчёт', { text: 'Заведующий', merged: true }),
      ]),
    );
    expect(p.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Принятие решений, направленных на качество', 'Заведующий Остапенко Н.М.'],
      ['Отчёт', 'Заведующий'],
    ]);
    expect(cellMerged(p.rows[1], 1)).toBe(true);
    expect(cellMerged(p.rows[0], 1)).toBe(false);
  });

  it('notes a non-date moved out of the deadline column', () => {
    const p = placeRows(doc([row('Содержание', 'Инструментарий', 'Срок'), row('5.2.1. Обработка', '', 'Календарь')]));
    expect(p.rows[0].cells.map((c) => c.text)).toEqual(['5.2.1. Обработка', 'Календарь', '']);
    expect(p.rows[0].notes[0]).toMatch(/«Календарь».*«Срок».*«Инструментарий»/);
  });
});
