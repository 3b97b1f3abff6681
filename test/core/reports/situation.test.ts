import { periodIndex } from '../../../src/core/periods/calendar';
import { periodsOf } from '../../../src/core/periods/occurrences';
import { currentOccurrence, infoAt, isOpen, occurrenceState, situationOf } from '../../../src/core/reports/situation';
import { act, deadline } from './fixture';

const today = '2021-03-15';
const d = (start: string | null, end: string | null, text = 'срок') => deadline({ text, start, end });

describe('situation of a one-off activity', () => {
  it('is overdue only after the end day, when neither done nor cancelled', () => {
    expect(situationOf(act({ deadline: d(null, '2021-03-14') }), 0, today, null)).toMatchObject({
      state: 'overdue',
      due: '2021-03-14',
      daysLeft: -1,
    });
    expect(situationOf(act({ deadline: d(null, '2021-03-15') }), 0, today, null)).toMatchObject({
      state: 'not-started',
      daysLeft: 0,
    });
    const late = { deadline: d('2021-01-01', '2021-02-01') };
    expect(situationOf(act({ ...late, status: 'in-progress' }), 0, today, null).state).toBe('overdue');
    expect(situationOf(act({ ...late, status: 'done' }), 0, today, null).state).toBe('done');
    expect(situationOf(act({ ...late, status: 'cancelled' }), 0, today, null).state).toBe('cancelled');
    expect(situationOf(act({ deadline: d(null, '2021-04-01'), status: 'in-progress' }), 0, today, null).state).toBe(
      'in-progress',
    );
  });

  it('is undated without start and end, and never overdue then', () => {
    const s = situationOf(
      act({ deadline: deadline({ text: 'по мере необходимости', recurrence: 'as-needed' }) }),
      3,
      today,
      null,
    );
    expect(s).toMatchObject({ state: 'not-started', undated: true, due: null, daysLeft: null, order: 3 });
    expect(situationOf(act({ deadline: d('2021-01-01', null, 'с 01.01.2021') }), 0, today, null)).toMatchObject({
      state: 'not-started',
      undated: false,
    });
  });
});

describe('situation of a recurring activity', () => {
  const monthly = deadline({ text: 'ежемесячно до 10 числа', end: '2021-01-10', recurrence: 'monthly' });

  it('is judged by the current period only', () => {
    const s = situationOf(act({ deadline: monthly }), 0, today, null);
    expect(s.period?.period).toBe('2021-03');
    expect(s).toMatchObject({ state: 'overdue', due: '2021-03-10', daysLeft: -5 });
    // February left undone does not matter once March is done.
    expect(situationOf(act({ deadline: monthly, donePeriods: ['2021-03'] }), 0, today, null).state).toBe('done');
    // Done for February does not close March.
    expect(situationOf(act({ deadline: monthly, donePeriods: ['2021-02'] }), 0, today, null).state).toBe('overdue');
  });

  it('counts a done mark dated inside the period', () => {
    const done = { deadline: monthly, status: 'done' as const };
    expect(situationOf(act({ ...done, doneDate: '2021-03-02' }), 0, today, null).state).toBe('done');
    expect(situationOf(act({ ...done, doneDate: '2021-02-02' }), 0, today, null).state).toBe('overdue');
  });

  it('uses the first period before it starts and the last after its horizon', () => {
    const yearly = deadline({ text: 'ежегодно, май', start: '2021-05-01', end: '2021-05-31', recurrence: 'yearly' });
    expect(situationOf(act({ deadline: yearly }), 0, '2020-06-01', 2023)).toMatchObject({
      state: 'not-started',
      due: '2021-05-31',
    });
    expect(situationOf(act({ deadline: yearly }), 0, '2025-01-10', 2023)).toMatchObject({
      state: 'overdue',
      due: '2023-05-31',
    });
    expect(situationOf(act({ deadline: yearly, donePeriods: ['2023'] }), 0, '2025-01-10', 2023).state).toBe('done');
  });

  it('keeps "in progress" for the current period only', () => {
    const r = periodsOf(monthly, null)!;
    const a = act({ deadline: monthly, status: 'in-progress' });
    const next = r.at(periodIndex('monthly', '2021-04-01'));
    expect(currentOccurrence(r, '2021-03-05').period).toBe('2021-03');
    expect(occurrenceState(a, r, currentOccurrence(r, '2021-03-05'), '2021-03-05')).toBe('in-progress');
    expect(occurrenceState(a, r, next, '2021-03-05')).toBe('not-started');
    expect(occurrenceState({ ...a, status: 'cancelled' }, r, next, '2021-03-05')).toBe('cancelled');
  });

  it('names each period and draws an undated one over its whole period', () => {
    const d = deadline({ text: 'ежегодно, май', start: '2021-05-01', end: '2021-05-31', recurrence: 'yearly' });
    expect(infoAt(periodsOf(d, 2024)!, 2023)).toMatchObject({
      period: '2023',
      start: '2023-05-01',
      end: '2023-05-31',
      label: '2023 г.',
    });
    const r = periodsOf(deadline({ text: 'ежеквартально', recurrence: 'quarterly' }), null)!;
    const q = periodIndex('quarterly', '2021-05-05');
    expect(infoAt(r, q)).toMatchObject({ period: '2021-Q2', start: '2021-04-01', end: '2021-06-30' });
  });

  it('treats open states as open', () => {
    expect(['done', 'in-progress', 'overdue', 'not-started', 'cancelled'].filter((s) => isOpen(s as never))).toEqual([
      'in-progress',
      'overdue',
      'not-started',
    ]);
  });
});
