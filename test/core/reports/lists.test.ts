import { analyse } from '../../../src/core/reports/analysis';
import { buildOverdue, buildUpcoming, linkText } from '../../../src/core/reports/lists';
import type { ReportTab } from '../../../src/core/reports/types';
import { act, cell, deadline, input } from './fixture';

const d = (end: string, start: string | null = null) => deadline({ text: `до ${end}`, start, end });

/** Data rows below the header (frozen) row, as objects keyed by header. */
function rows(t: ReportTab) {
  const head = t.values[t.frozenRows - 1] as string[];
  return t.values.slice(t.frozenRows).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

describe('Просрочено', () => {
  const plan = [
    act({ id: 'x1', number: '1.1', title: 'Немного', deadline: d('2021-03-14') }),
    act({ id: 'x2', number: '1.2', title: 'Сильно', deadline: d('2021-02-01'), status: 'in-progress' }),
    act({ id: 'x3', title: 'Сделано', deadline: d('2021-02-01'), status: 'done' }),
    act({ id: 'x4', title: 'Сегодня', deadline: d('2021-03-15') }),
    act({
      id: 'x5',
      title: 'Ежемесячно',
      deadline: deadline({ text: 'ежемесячно до 10', end: '2021-01-10', recurrence: 'monthly' }),
    }),
  ];
  const t = buildOverdue(analyse(input(plan)));

  it('lists overdue activities, the most late first, with days late', () => {
    expect(
      rows(t).map((r) => [r['№ п/п'], r['№ в плане'], r.Мероприятие, r['Дней просрочки'], r.Окончание, r.Период]),
    ).toEqual([
      [1, '1.2', 'Сильно', 42, '01.02.2021', null],
      [2, null, 'Ежемесячно', 5, '10.03.2021', 'март 2021'],
      [3, '1.1', 'Немного', 1, '14.03.2021', null],
    ]);
    expect(cell(t, 3, 1)).toBe('Просрочено мероприятий: 3');
  });

  it('links each row to the activity from the link column', () => {
    expect(t.links.map((l) => l.activityId)).toEqual(['x2', 'x5', 'x1']);
    for (const l of t.links) expect(cell(t, l.row, l.col)).toBe(linkText('ru'));
  });

  it('says when nothing is overdue', () => {
    const empty = buildOverdue(analyse(input([act({ deadline: d('2021-04-01') })])));
    expect(empty.values.slice(empty.frozenRows).flat()).toContain('Просроченных мероприятий нет.');
    expect(empty.links).toEqual([]);
  });
});

describe('Ближайшие 14 дней', () => {
  it('lists open deadlines from today to today + 14, nearest first', () => {
    const plan = [
      act({ id: 'late', title: 'Поздно', deadline: d('2021-03-30') }),
      act({ id: 'last', title: 'Последний день', deadline: d('2021-03-29') }),
      act({ id: 'today', title: 'Сегодня', deadline: d('2021-03-15') }),
      act({ id: 'done', title: 'Сделано', deadline: d('2021-03-20'), status: 'done' }),
      act({ id: 'past', title: 'Вчера', deadline: d('2021-03-14') }),
      act({ id: 'undated', title: 'Без срока', deadline: deadline({ text: 'постоянно', recurrence: 'ongoing' }) }),
    ];
    const t = buildUpcoming(analyse(input(plan)));
    expect(rows(t).map((r) => [r.Мероприятие, r['Дней осталось']])).toEqual([
      ['Сегодня', 0],
      ['Последний день', 14],
    ]);
    expect(cell(t, 3, 1)).toBe('Сроки с 15.03.2021 по 29.03.2021: 2');
  });

  it('lists every period of a recurring activity that falls in the window, skipping done ones', () => {
    const weekly = deadline({ text: 'еженедельно по пятницам', end: '2021-01-08', recurrence: 'weekly' });
    const t = buildUpcoming(analyse(input([act({ title: 'Планёрка', deadline: weekly, donePeriods: ['2021-W11'] })])));
    // Fridays 19.03 (W11, done), 26.03 (W12); 02.04 is past the window.
    expect(rows(t).map((r) => [r.Окончание, r['Дней осталось'], r.Период])).toEqual([
      ['26.03.2021', 11, 'неделя 22.03–28.03.2021'],
    ]);
  });

  it('says when there is nothing due', () => {
    const t = buildUpcoming(analyse(input([])));
    expect(t.values.slice(t.frozenRows).flat()).toContain('С 15.03.2021 по 29.03.2021 сроков нет.');
  });
});
