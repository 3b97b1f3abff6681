import { columnsFromHeader } from '../../../src/core/plan/columns';
import { readGrid } from '../../../src/core/plan/grid';
import type { GridColumn } from '../../../src/core/plan/roles';
import { type ActivityRow, placeRows, readRows } from '../../../src/core/plan/rows';
import type { SourceCell, SourceDocument, SourceRow } from '../../../src/core/table/source';

const row = (...cells: (string | SourceCell)[]): SourceRow => ({
  cells: cells.map((c) => (typeof c === 'string' ? { text: c } : c)),
});
const doc = (rows: SourceRow[]): SourceDocument => ({ before: [], tables: [{ rows }], after: [], format: 'docx' });
const byHeader = (headers: string[]): GridColumn[] => columnsFromHeader(headers).map((c) => ({ ...c, owner: c.index }));

function read(rows: SourceRow[]) {
  const table = readGrid(doc(rows)).tables[0];
  return readRows(table, byHeader(table.header!.map((c) => c.text)));
}
const activities = (rows: SourceRow[]) => read(rows).rows.filter((r): r is ActivityRow => r.kind === 'activity');

describe('placeRows', () => {
  it('joins a continuation line to the row above and keeps merged copies apart', () => {
    const table = readGrid(
      doc([
        row('Мероприятие', 'Ответственный'),
        row('Принятие решений,', 'Заведующий'),
        { ...row('направленных на качество', 'Остапенко Н.М.'), continuation: true },
        row('Отчёт', { text: 'Заведующий', merged: true }),
      ]),
    ).tables[0];
    const placed = placeRows(table, byHeader(['Мероприятие', 'Ответственный']));
    expect(placed.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Принятие решений, направленных на качество', 'Заведующий Остапенко Н.М.'],
      ['Отчёт', 'Заведующий'],
    ]);
    expect(placed[1].cells[1].merged).toBe(true);
  });

  it('moves a non-date out of the deadline column, with a note', () => {
    const r = read([row('Содержание', 'Инструментарий', 'Срок'), row('5.2.1. Обработка', '', 'Календарь')]);
    expect(r.sample[0]).toEqual(['5.2.1. Обработка', 'Календарь', '']);
    expect(r.notes[0]).toMatch(/«Календарь».*«Срок».*«Инструментарий»/);
  });
});

describe('readRows', () => {
  it('reads lone texts as headings and the rest as activity rows with their cells by role', () => {
    const r = read([
      row('№', 'Мероприятие', 'Срок', 'Ответственный', 'Место проведения'),
      row('СЕНТЯБРЬ', '', '', '', ''),
      row('1.', 'Собрание', '01.09.2021', 'Директор', 'Актовый зал'),
    ]);
    expect(r.rows[0]).toMatchObject({ kind: 'heading', text: 'СЕНТЯБРЬ', heading: { month: 9 } });
    expect(r.rows[1]).toMatchObject({
      kind: 'activity',
      items: [{ number: '1.', title: 'Собрание' }],
      deadline: { text: '01.09.2021', merged: false },
      responsible: { text: 'Директор' },
      extra: { 'Место проведения': 'Актовый зал' },
    });
  });

  it('splits a cell of numbered sub-activities into items, a deadline listed per line going to each', () => {
    const [a] = activities([
      row('№', 'Мероприятие', 'Срок', 'Ответственные'),
      row(
        '4.',
        '1.Праздник, посвященный Дню защиты детей 2.Физкультурный досуг «В поисках клада».',
        '01.06\n15.06',
        'Воспитатели',
      ),
    ]);
    expect(a.items).toEqual([
      { number: '1', title: 'Праздник, посвященный Дню защиты детей', deadline: '01.06' },
      { number: '2', title: 'Физкультурный досуг «В поисках клада».', deadline: '15.06' },
    ]);
    expect(a.numberCell).toBe('4.');
  });

  it('takes a numbered text alone in the activity column for a section when the numbering restarts under it', () => {
    const r = read([
      row('№', 'Наименование и содержание работы', 'Сроки', 'Ответственные'),
      row('', '1. Научно-методическая работа.', '', ''),
      row('1.', 'Ознакомление коллектива', 'Сентябрь', 'Заместитель директора'),
      row('', '5.2.9. Информирование', '', ''),
    ]);
    expect(r.rows.map((x) => x.kind)).toEqual(['heading', 'activity', 'activity']);
  });

  it('uses the «этапы» column for row labels when stages come as heading rows', () => {
    const [a] = activities([
      row('этапы', 'Содержание этапа', 'Срок исполнения'),
      row('Этап II. Внутренний', '', ''),
      row('Сбор информации', '2.2.1. Изучение сайта; 2.2.2. Опрос', 'октябрь 2020'),
    ]);
    expect(a.group).toBe('Сбор информации');
    expect(a.stageCell).toBeNull();
    expect(a.items.map((i) => i.number)).toEqual(['2.2.1', '2.2.2']);
  });

  it('joins a tail line to the last cell when it reads as that cell goes on, and keeps a heading a heading', () => {
    const r = read([
      row('Мероприятие', 'Срок', 'Ответственные'),
      row('Подготовка плана', '01.10.2018', 'Попова И.А.'),
      { ...row('Шолтанюк Л.В.'), tail: true },
      { ...row('ОКТЯБРЬ'), tail: true },
      row('Акция «Забота»', '03.10', 'Симоновец Т.И.'),
    ]);
    expect(r.rows.map((x) => (x.kind === 'heading' ? `# ${x.text}` : x.responsible.text))).toEqual([
      'Попова И.А.\nШолтанюк Л.В.',
      '# ОКТЯБРЬ',
      'Симоновец Т.И.',
    ]);
  });

  it('reads a row of one cell merged across the table as a heading', () => {
    const r = read([
      row('Мероприятие', 'Время', 'Возраст', 'Ответственный'),
      row('Школьные и классные мероприятия'),
      row('Кроссворд', '10.00', '2 класс', 'Бакун А.М.'),
    ]);
    expect(r.rows.map((x) => x.kind)).toEqual(['heading', 'activity']);
  });
});
