import { commonWidth, readGrid } from '../../../src/core/plan/grid';
import type { SourceCell, SourceDocument, SourceRow } from '../../../src/core/table/source';

const row = (...cells: (string | SourceCell)[]): SourceRow => ({
  cells: cells.map((c) => (typeof c === 'string' ? { text: c } : c)),
});
const doc = (...tables: SourceRow[][]): SourceDocument => ({
  before: [],
  tables: tables.map((rows) => ({ rows })),
  after: [],
  format: 'docx',
});
const bodies = (d: SourceDocument) => readGrid(d).tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));

describe('readGrid', () => {
  it('finds the header, keeps the rows above it and the column-number row as unplaced text', () => {
    const g = readGrid(
      doc([row('УТВЕРЖДАЮ', ''), row('Мероприятие', 'Срок'), row('1', '2'), row('Собрание', 'май 2021')]),
    );
    expect(g.unplaced).toEqual(['УТВЕРЖДАЮ', '1 2']);
    expect(g.tables).toHaveLength(1);
    expect(g.tables[0].header?.map((c) => c.text)).toEqual(['Мероприятие', 'Срок']);
    expect(g.tables[0].rows.map((r) => r.cells[1].text)).toEqual(['май 2021']);
  });

  it('gives a spanned header cell the columns it covers', () => {
    const g = readGrid(doc([row({ text: 'Мероприятия', span: 2 }, '', 'Срок'), row('1.', 'Собрание', 'май')]));
    expect(g.tables[0].owners).toEqual([0, 0, 2]);
    expect(g.tables[0].width).toBe(3);
  });

  it('continues the plan in a headerless table right after it, not in an appendix with its own bold header', () => {
    const plan = [row('Мероприятие', 'Срок', 'Ответственный'), row('А', 'май', 'Директор')];
    const more = [row('Б', 'июнь', 'Завуч')];
    const appendix = [row({ text: 'Учреждение', bold: true }, { text: 'Адрес', bold: true }), row('Школа', 'ул. Мира')];
    const d = doc(plan, more, appendix);
    expect(bodies(d)).toEqual([
      [
        ['А', 'май', 'Директор'],
        ['Б', 'июнь', 'Завуч'],
      ],
    ]);
    expect(readGrid(d).unplaced).toEqual(['Учреждение', 'Адрес', 'Школа', 'ул. Мира']);
  });

  it('skips the header repeated on the next page and starts a new table at a different header row', () => {
    const d = doc([
      row('Мероприятие', 'Срок', 'Ответственный'),
      row('А', 'май 2021', 'Директор'),
      row('Мероприятие', 'Срок', 'Ответственный'),
      row('Б', 'июнь 2021', 'Завуч'),
      row('Наименование мероприятия', 'Участники', 'Дата и время'),
      row('В', '5-9 классы', '01.09.2021'),
    ]);
    const g = readGrid(d);
    expect(g.tables.map((t) => t.header?.[0].text)).toEqual(['Мероприятие', 'Наименование мероприятия']);
    expect(bodies(d)).toEqual([
      [
        ['А', 'май 2021', 'Директор'],
        ['Б', 'июнь 2021', 'Завуч'],
      ],
      [['В', '5-9 классы', '01.09.2021']],
    ]);
  });

  it('takes a table with no header row as the plan, its width from its rows', () => {
    const g = readGrid(
      doc([row('1.', 'Собрание', 'май 2021', 'Директор'), row('СЕНТЯБРЬ'), row('2.', 'Отчёт', 'июнь', '')]),
    );
    expect(g.tables).toHaveLength(1);
    expect(g.tables[0].header).toBeNull();
    expect(g.tables[0].width).toBe(4);
    expect(g.tables[0].rows).toHaveLength(3);
  });

  it('reads the most common width of rows with two texts or more', () => {
    expect(commonWidth([row('a', 'b', 'c'), row('x'), row('a', 'b', 'c'), row('a', 'b')])).toBe(3);
  });

  it('gives a header one cell narrower than its rows an empty cell over the № column', () => {
    const g = readGrid(
      doc([
        row('Содержание работы', 'Сроки', 'Ответственные'),
        row('1', 'Работа с документацией', 'Август', 'Руководитель музея'),
        row('2', 'Подготовка экспозиции', 'Август', 'Руководитель музея'),
      ]),
    );
    expect(g.tables[0].header?.map((c) => c.text)).toEqual(['', 'Содержание работы', 'Сроки', 'Ответственные']);
    expect(g.tables[0].width).toBe(4);
  });
});
