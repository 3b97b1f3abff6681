import { analyse } from '../../../src/core/reports/analysis';
import { buildCalendar } from '../../../src/core/reports/calendar';
import { COLORS, STATE_COLORS } from '../../../src/core/reports/style';
import type { ReportTab } from '../../../src/core/reports/types';
import { act, deadline, input, rowWith } from './fixture';

const FIXED = 5;
const d = (start: string | null, end: string | null, text = 'срок') => deadline({ text, start, end });
const cal = (acts: ReturnType<typeof act>[], today = '2021-03-15', horizonYear: number | null = null) =>
  buildCalendar(analyse(input(acts, { today, horizonYear })));

/** Timeline backgrounds of the row holding `title`, as letters. */
function bar(t: ReportTab, title: string): string {
  const letters: Record<string, string> = {
    [STATE_COLORS.done]: 'D',
    [STATE_COLORS['in-progress']]: 'P',
    [STATE_COLORS.overdue]: 'O',
    [STATE_COLORS['not-started']]: 'N',
    [STATE_COLORS.cancelled]: 'C',
    [COLORS.todayColumn]: '|',
    [COLORS.stageSpan]: '=',
  };
  const r = rowWith(t, title);
  expect(r).toBeGreaterThan(0);
  return t.backgrounds[r - 1]
    .slice(FIXED)
    .map((b) => (b ? (letters[b] ?? '?') : '.'))
    .join('');
}
const lowerHeader = (t: ReportTab) => t.values[t.frozenRows - 1].slice(FIXED);

describe('Календарь (Gantt)', () => {
  const plan = [
    act({ stage: 'Подготовка', title: 'Приказ', deadline: d('2021-01-18', '2021-01-31'), status: 'done' }),
    act({ stage: 'Подготовка', title: 'Сбор', deadline: d('2021-02-01', '2021-04-30'), status: 'in-progress' }),
    act({ stage: 'Анализ', title: 'Отчёт', deadline: d('2021-02-01', '2021-02-28') }),
    act({ stage: 'Анализ', title: 'Итоги', deadline: d('2021-05-01', '2021-06-30') }),
    act({ stage: 'Анализ', title: 'Отменённое', deadline: d('2021-06-01', '2021-06-30'), status: 'cancelled' }),
    act({
      stage: 'Анализ',
      title: 'По необходимости',
      deadline: deadline({ text: 'по мере необходимости', recurrence: 'as-needed' }),
    }),
  ];
  const t = cal(plan);

  it('has months across for a half-year plan and marks today', () => {
    expect(lowerHeader(t)).toEqual(['янв', 'фев', 'мар', 'апр', 'май', 'июн']);
    const head = t.backgrounds[t.frozenRows - 1].slice(FIXED);
    expect(head[2]).toBe(COLORS.today);
    expect(head.filter((b) => b === COLORS.today)).toHaveLength(1);
    expect(t.values[1][0]).toContain('шкала по месяцам, январь 2021 — июнь 2021');
  });

  it('draws bars coloured by status, the today column through empty cells', () => {
    expect(bar(t, 'Приказ')).toBe('D.|...');
    expect(bar(t, 'Сбор')).toBe('.PPP..');
    expect(bar(t, 'Отчёт')).toBe('.O|...');
    expect(bar(t, 'Итоги')).toBe('..|.NN');
    expect(bar(t, 'Отменённое')).toBe('..|..C');
  });

  it('bands stages with the span of their activities', () => {
    const r = rowWith(t, 'Подготовка');
    expect(t.backgrounds[r - 1][0]).toBe(COLORS.stageBand);
    expect(t.fontWeights[r - 1][1]).toBe('bold');
    expect(bar(t, 'Подготовка').replace(/[^=]/g, '.')).toBe('====..');
    expect(bar(t, 'Анализ').replace(/[^=]/g, '.')).toBe('.=====');
    expect(rowWith(t, 'Подготовка')).toBeLessThan(rowWith(t, 'Приказ'));
    expect(rowWith(t, 'Анализ')).toBeLessThan(rowWith(t, 'Отчёт'));
  });

  it('lists activities without dates at the bottom as "без срока"', () => {
    const band = t.values.findIndex((r) => String(r[1]).startsWith('Без срока (1)')) + 1;
    expect(band).toBeGreaterThan(rowWith(t, 'Отменённое'));
    expect(rowWith(t, 'По необходимости')).toBe(band + 1);
    expect(bar(t, 'По необходимости')).toBe('..|...');
  });

  it('links titles to the activities and freezes the header and the titles', () => {
    expect(t.links).toHaveLength(plan.length);
    for (const l of t.links) expect(l.col).toBe(2);
    expect(t.frozenColumns).toBe(2);
    expect(t.values[t.frozenRows - 1].slice(0, FIXED)).toEqual([
      '№',
      'Мероприятие',
      'Ответственные',
      'Срок (как в документе)',
      'Статус',
    ]);
    expect(t.columnWidths).toHaveLength(t.values[0].length);
  });

  it('shows each period of a recurring activity with its own state', () => {
    const monthly = deadline({ text: 'ежемесячно до 10 числа', end: '2021-01-10', recurrence: 'monthly' });
    const t2 = cal(
      [
        act({ title: 'Ежемесячно', deadline: monthly, donePeriods: ['2021-01'] }),
        act({ title: 'Конец', deadline: d('2021-06-01', '2021-06-30') }),
      ],
      '2021-03-15',
      2021,
    );
    expect(lowerHeader(t2)).toHaveLength(12);
    expect(bar(t2, 'Ежемесячно')).toBe('DOONNNNNNNNN');
  });

  it('uses weeks for a short plan', () => {
    const t3 = cal([act({ title: 'Короткое', deadline: d('2021-03-10', '2021-03-24') })]);
    expect(lowerHeader(t3)).toEqual(['08.03', '15.03', '22.03']);
    expect(bar(t3, 'Короткое')).toBe('NNN');
  });

  it('caps the width of a multi-year plan', () => {
    const t4 = cal([
      act({ title: 'Долго', deadline: d('2020-05-01', '2025-05-31') }),
      act({ title: 'Потом', deadline: d('2030-01-01', '2030-12-31') }),
    ]);
    expect(lowerHeader(t4).length).toBeLessThanOrEqual(72);
    expect(lowerHeader(t4).slice(0, 4)).toEqual(['II', 'III', 'IV', 'I']);
  });

  it('lists everything as "без срока" when the plan has no dates', () => {
    const t5 = cal([
      act({ title: 'Одно' }),
      act({ title: 'Другое', deadline: deadline({ text: 'постоянно', recurrence: 'ongoing' }) }),
    ]);
    expect(t5.values[0]).toHaveLength(FIXED);
    expect(t5.values[1][0]).toContain('в плане нет дат');
    expect(rowWith(t5, 'Одно')).toBeGreaterThan(t5.frozenRows);
    expect(rowWith(t5, 'Другое')).toBeGreaterThan(t5.frozenRows);
  });

  it('shows the current year for recurrences without any date', () => {
    const t6 = cal(
      [act({ title: 'Ежеквартально', deadline: deadline({ text: 'ежеквартально', recurrence: 'quarterly' }) })],
      '2021-05-10',
    );
    expect(lowerHeader(t6)).toHaveLength(12);
    expect(bar(t6, 'Ежеквартально')).toBe('OOONNNNNNNNN');
  });
});
