import {
  keyOfIndex,
  nextPeriod,
  parseKey,
  periodBounds,
  periodEnd,
  periodIndex,
  periodKey,
  periodLabel,
  periodStart,
} from '../../../src/core/periods/calendar';

describe('periodKey', () => {
  it.each([
    ['yearly', '2022-03-15', '2022'],
    ['quarterly', '2022-03-31', '2022-Q1'],
    ['quarterly', '2022-04-01', '2022-Q2'],
    ['monthly', '2022-03-01', '2022-03'],
    ['weekly', '2022-02-02', '2022-W05'],
    ['weekly', '2021-01-03', '2020-W53'],
    ['weekly', '2024-12-30', '2025-W01'],
    // 1 January 2021 is a Friday: it belongs to the last ISO week of 2020.
    ['weekly', '2021-01-01', '2020-W53'],
    ['weekly', '2021-01-04', '2021-W01'],
    ['weekly', '2022-02-06', '2022-W05'],
  ] as const)('%s %s → %s', (r, d, k) => {
    expect(periodKey(r, d)).toBe(k);
    expect(keyOfIndex(r, periodIndex(r, d))).toBe(k);
  });
  it('has no periods for one-off and ongoing activities', () => {
    expect(periodKey('none', '2022-01-01')).toBeNull();
    expect(periodKey('ongoing', '2022-01-01')).toBeNull();
  });
  it('gives bounds and the next period', () => {
    expect(periodBounds('2022-W05')).toEqual({ start: '2022-01-31', end: '2022-02-06' });
    expect(periodBounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(nextPeriod('2022-Q4')).toBe('2023-Q1');
    expect(nextPeriod('2020-W53')).toBe('2021-W01');
  });
  it('reads back every key it writes', () => {
    for (const unit of ['yearly', 'quarterly', 'monthly', 'weekly'] as const) {
      const i0 = periodIndex(unit, '2019-12-20');
      for (let i = i0; i < i0 + 120; i++) expect(parseKey(keyOfIndex(unit, i))).toEqual({ unit, index: i });
    }
    expect(() => parseKey('2022-X1')).toThrow('Неизвестный период');
  });
});

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

  it('gives the keys stored in donePeriods', () => {
    expect(keyOfIndex('yearly', 2022)).toBe('2022');
    expect(keyOfIndex('quarterly', periodIndex('quarterly', '2022-02-10'))).toBe('2022-Q1');
    expect(keyOfIndex('monthly', periodIndex('monthly', '2022-03-31'))).toBe('2022-03');
  });

  it('names periods in Russian', () => {
    expect(periodLabel('yearly', 2022)).toBe('2022 г.');
    expect(periodLabel('quarterly', periodIndex('quarterly', '2022-08-01'))).toBe('III кв. 2022');
    expect(periodLabel('monthly', periodIndex('monthly', '2022-03-01'))).toBe('март 2022');
    expect(periodLabel('weekly', periodIndex('weekly', '2022-02-02'))).toBe('неделя 31.01–06.02.2022');
  });
});
