import { analyse } from '../../../src/core/reports/analysis';
import { linkText } from '../../../src/core/reports/lists';
import { buildQuality } from '../../../src/core/reports/quality';
import type { ReportTab } from '../../../src/core/reports/types';
import { act, cell, deadline, input } from './fixture';

const rows = (t: ReportTab) => t.values.slice(t.frozenRows);

describe('Качество данных', () => {
  const plan = [
    act({
      id: 'p1',
      stage: 'Первый',
      number: '1',
      deadline: deadline({ text: '01-31.03.2021', start: '2021-03-01', end: '2021-03-31' }),
    }),
    act({
      id: 'p2',
      stage: 'Второй',
      number: '1',
      deadline: deadline({ text: '01-05.03.2021', start: '2021-03-01', end: '2021-03-05' }),
    }),
    act({
      id: 'p3',
      stage: 'Второй',
      number: '2',
      deadline: deadline({ text: 'после экзамена', problem: 'срок указан относительно события' }),
    }),
    act({ id: 'p4', stage: 'Второй', number: '3', responsible: null, deadline: deadline() }),
    act({
      id: 'p5',
      stage: 'Второй',
      number: '4',
      responsible: 'Иванова И.И., неизвестный отдел',
      deadline: deadline({ text: '04-02.03.2021', start: '2021-03-04', end: '2021-03-02' }),
    }),
  ];
  const warnings = [
    { activity: null, kind: 'structure' as const, message: 'Строка 3 не похожа на мероприятие.' },
    // Stale: the import said p1 had no deadline; the row has one now, and checkPlan knows better.
    { activity: 'p1', kind: 'no-deadline' as const, message: 'Не указан срок.' },
    { activity: 'gone', kind: 'structure' as const, message: 'Про удалённую строку.' },
  ];
  const t = buildQuality(analyse(input(plan)), warnings);

  it('lists every problem, grouped by kind in a fixed order, with what the plan says', () => {
    expect(rows(t).map((r) => [r[1], r[2], r[4]])).toEqual([
      ['Срок не распознан', '2', 'после экзамена'],
      ['Нет срока', '3', null],
      ['Окончание раньше начала', '4', '04-02.03.2021'],
      ['Нет ответственного', '3', null],
      ['Ответственный: нет в списке сотрудников', '4', 'Иванова И.И., неизвестный отдел'],
      ['Порядок этапов', '1', 'Второй'],
      ['Структура документа', null, null],
    ]);
    expect(rows(t).map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(String(rows(t)[4][5])).toContain('«неизвестный отдел»');
    expect(rows(t)[6][3]).toBe('весь план');
    expect(String(cell(t, 3, 1))).toMatch(/^Замечаний: 7 \(срок не распознан — 1;/);
  });

  it('links each activity problem to its row', () => {
    expect(t.links.map((l) => l.activityId)).toEqual(['p3', 'p4', 'p5', 'p4', 'p5', 'p2']);
    for (const l of t.links) expect(cell(t, l.row, l.col)).toBe(linkText('ru'));
  });

  it('says when there is nothing to fix', () => {
    const ok = buildQuality(
      analyse(input([act({ deadline: deadline({ text: 'март 2021', start: '2021-03-01', end: '2021-03-31' }) })])),
      [],
    );
    expect(cell(ok, 3, 1)).toBe('Замечаний нет.');
    expect(rows(ok)).toEqual([]);
  });
});
