import {
  clampIndex,
  periodEnd,
  periodIndex,
  periodKey,
  periodLabel,
  periodStart,
  recurringOf,
} from '../../../src/core/reports/periods';
import { deadline } from './fixture';

describe('calendar periods', () => {
  it('numbers periods consecutively and finds their bounds', () => {
    const m = periodIndex('monthly', '2021-03-15');
    expect(periodStart('monthly', m)).toBe('2021-03-01');
    expect(periodEnd('monthly', m)).toBe('2021-03-31');
    expect(periodStart('monthly', m + 10)).toBe('2022-01-01');
    const q = periodIndex('quarterly', '2021-05-20');
    expect([periodStart('quarterly', q), periodEnd('quarterly', q)]).toEqual(['2021-04-01', '2021-06-30']);
    expect(periodIndex('yearly', '2021-12-31')).toBe(2021);
    const w = periodIndex('weekly', '2021-03-17'); // a Wednesday
    expect([periodStart('weekly', w), periodEnd('weekly', w)]).toEqual(['2021-03-15', '2021-03-21']);
    expect(periodIndex('weekly', '2021-03-21')).toBe(w);
    expect(periodIndex('weekly', '2021-03-22')).toBe(w + 1);
  });

  it('gives the keys stored in donePeriods, ISO weeks included', () => {
    expect(periodKey('yearly', 2022)).toBe('2022');
    expect(periodKey('quarterly', periodIndex('quarterly', '2022-02-10'))).toBe('2022-Q1');
    expect(periodKey('monthly', periodIndex('monthly', '2022-03-31'))).toBe('2022-03');
    expect(periodKey('weekly', periodIndex('weekly', '2022-02-02'))).toBe('2022-W05');
    // 1 January 2021 is a Friday: it belongs to the last ISO week of 2020.
    expect(periodKey('weekly', periodIndex('weekly', '2021-01-01'))).toBe('2020-W53');
    expect(periodKey('weekly', periodIndex('weekly', '2021-01-04'))).toBe('2021-W01');
  });

  it('names periods in Russian', () => {
    expect(periodLabel('yearly', 2022)).toBe('2022 г.');
    expect(periodLabel('quarterly', periodIndex('quarterly', '2022-08-01'))).toBe('III кв. 2022');
    expect(periodLabel('monthly', periodIndex('monthly', '2022-03-01'))).toBe('март 2022');
    expect(periodLabel('weekly', periodIndex('weekly', '2022-02-02'))).toBe('неделя 31.01–06.02.2022');
  });
});

describe('recurring deadlines', () => {
  it('shifts the first occurrence by whole periods, clamping to the month end', () => {
    const r = recurringOf(
      deadline({ text: 'ежемесячно до 31.01.2021', end: '2021-01-31', recurrence: 'monthly' }),
      null,
    )!;
    expect(r.first).toBe(periodIndex('monthly', '2021-01-31'));
    expect(r.last).toBeNull();
    expect(r.info(r.first! + 1)).toMatchObject({ key: '2021-02', start: null, end: '2021-02-28' });
    expect(r.at(r.first! + 2).end).toBe('2021-03-31');
  });

  it('runs yearly until its own end or the plan horizon', () => {
    const d = deadline({ text: 'ежегодно, май', start: '2021-05-01', end: '2021-05-31', recurrence: 'yearly' });
    expect(recurringOf(d, 2024)).toMatchObject({ first: 2021, last: 2024 });
    expect(recurringOf({ ...d, until: '2023-12-31' }, 2024)).toMatchObject({ first: 2021, last: 2023 });
    const r = recurringOf(d, 2024)!;
    expect(r.info(2023)).toMatchObject({ key: '2023', start: '2023-05-01', end: '2023-05-31', label: '2023 г.' });
    expect(clampIndex(r, 2019)).toBe(2021);
    expect(clampIndex(r, 2030)).toBe(2024);
    expect(clampIndex(r, 2022)).toBe(2022);
  });

  it('makes a recurrence without dates due by the end of each period', () => {
    const r = recurringOf(deadline({ text: 'ежеквартально', recurrence: 'quarterly' }), null)!;
    expect(r.first).toBeNull();
    const q = periodIndex('quarterly', '2021-05-05');
    expect(r.info(q)).toMatchObject({ key: '2021-Q2', start: '2021-04-01', end: '2021-06-30' });
  });

  it('is not a recurrence when the deadline is one-off, ongoing or as needed', () => {
    for (const recurrence of ['none', 'ongoing', 'as-needed'] as const) {
      expect(recurringOf(deadline({ recurrence }), 2024)).toBeNull();
    }
  });
});
