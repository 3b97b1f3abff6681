import { analyse } from '../../../src/core/reports/analysis';
import { STATE_COLORS } from '../../../src/core/reports/style';
import { buildSummary } from '../../../src/core/reports/summary';
import type { ReportTab } from '../../../src/core/reports/types';
import { act, cell, deadline, input, rowWith } from './fixture';

const d = (start: string | null, end: string | null) => deadline({ text: 'срок', start, end });
const plan = () => [
  act({ stage: 'Первый', deadline: d('2021-01-01', '2021-01-31'), status: 'done', responsible: 'Петров П.П.' }),
  act({ stage: 'Первый', deadline: d('2021-02-01', '2021-02-28'), responsible: 'Петров П.П., Сидорова С.С.' }),
  act({
    stage: 'Второй',
    deadline: d('2021-03-01', '2021-03-20'),
    status: 'in-progress',
    responsible: 'Сидорова С.С.',
  }),
  act({ stage: 'Второй', deadline: d('2021-03-01', '2021-03-25'), responsible: 'Сидорова С.С.' }),
  act({
    stage: 'Второй',
    deadline: d('2021-01-01', '2021-01-10'),
    status: 'cancelled',
    responsible: 'кто-то неизвестный',
  }),
  act({
    stage: null,
    deadline: deadline({ text: 'по мере необходимости', recurrence: 'as-needed' }),
    responsible: null,
  }),
];
const summary = (acts = plan()) => buildSummary(analyse(input(acts)));

/** The block of cells a chart reads. */
const block = (t: ReportTab, r: { row: number; col: number; numRows: number; numColumns: number }) =>
  t.values.slice(r.row - 1, r.row - 1 + r.numRows).map((row) => row.slice(r.col - 1, r.col - 1 + r.numColumns));

describe('Сводка', () => {
  it('gives the key figures', () => {
    const t = summary();
    const v = (label: string) => cell(t, rowWith(t, label), 2);
    expect(v('Всего мероприятий')).toBe(6);
    expect(v('Выполнено, % (без отменённых)')).toBe(0.2); // 1 done of 5 not cancelled
    expect(v('Просрочено')).toBe(1);
    expect(v('Сроки в ближайшие 14 дней')).toBe(2);
    expect(v('Без срока')).toBe(1);
    expect(t.numberFormats[rowWith(t, 'Выполнено, % (без отменённых)') - 1][1]).toBe('0%');
  });

  it('feeds the pie chart from the status table', () => {
    const t = summary();
    const pie = t.charts.find((c) => c.kind === 'pie')!;
    expect(block(t, pie.range)).toEqual([
      ['По статусам', 'Количество'],
      ['Выполнено', 1],
      ['В работе', 1],
      ['Не начато', 2],
      ['Просрочено', 1],
      ['Отменено', 1],
    ]);
    expect(pie.colors).toEqual([
      STATE_COLORS.done,
      STATE_COLORS['in-progress'],
      STATE_COLORS['not-started'],
      STATE_COLORS.overdue,
      STATE_COLORS.cancelled,
    ]);
    // The chart sits right of every table, inside no data.
    expect(pie.position.col).toBeGreaterThan(8);
  });

  it('tables stages in plan order and feeds the stacked bar chart', () => {
    const t = summary();
    const bar = t.charts.find((c) => c.kind === 'stacked-bar')!;
    expect(block(t, bar.range)).toEqual([
      ['Этап', 'Выполнено', 'В работе', 'Не начато', 'Просрочено', 'Отменено'],
      ['Первый', 1, 0, 0, 1, 0],
      ['Второй', 0, 1, 1, 0, 1],
      ['Без этапа', 0, 0, 1, 0, 0],
    ]);
    const first = t.values[rowWith(t, 'Первый') - 1];
    expect(first.slice(6, 8)).toEqual([2, 0.5]);
    const total = t.values[bar.range.row + bar.range.numRows - 1];
    expect(total.slice(0, 8)).toEqual(['Итого', 1, 1, 2, 1, 1, 6, 0.2]);
  });

  it('tables people: the most behind first, unresolved and nobody marked', () => {
    const t = summary();
    const top = rowWith(t, 'Ответственный');
    const rows = t.values.slice(top).map((r) => r.slice(0, 6));
    expect(rows).toEqual([
      ['Сидорова С.С.', 3, 0, 1, '20.03.2021', null], // same overdue count: more assigned first
      ['Петров П.П.', 2, 1, 1, '—', null],
      ['Без ответственного', 1, 0, 0, '—', 'в плане не указан'],
      ['кто-то неизвестный', 1, 0, 0, '—', 'нет в списке сотрудников'],
    ]);
  });

  it('says so for an empty plan and draws no charts', () => {
    const t = summary([]);
    expect(t.charts).toEqual([]);
    expect(rowWith(t, 'В плане нет мероприятий: импортируйте план, затем обновите отчёты.')).toBeGreaterThan(0);
    expect(cell(t, rowWith(t, 'Выполнено, % (без отменённых)'), 2)).toBe('—');
  });
});
