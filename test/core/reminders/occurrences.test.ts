import { isClosed, occurrencesOf, periodKeyOf } from '../../../src/core/reminders/occurrences';
import { act } from './fixtures';

const w = (today: string) => ({ today, lookBack: 600, lookAhead: 600 });

describe('occurrencesOf', () => {
  it('one-off activities have one period whatever the dates', () => {
    expect(occurrencesOf(act('a', { end: '2019-01-01' }), w('2021-03-01'))).toEqual([
      { period: 'once', start: null, end: '2019-01-01', prevEnd: null, nextEnd: null },
    ]);
    expect(occurrencesOf(act('a', {}), w('2021-03-01'))).toEqual([]);
    expect(occurrencesOf(act('a', { recurrence: 'as-needed' }), w('2021-03-01'))).toEqual([]);
  });

  it('yearly with a date repeats it each year up to the horizon', () => {
    const a = act('y', { recurrence: 'yearly', start: '2021-03-01', end: '2021-03-31', until: '2023-12-31' });
    const o = occurrencesOf(a, w('2022-06-01'));
    expect(o.map((x) => [x.period, x.start, x.end])).toEqual([
      ['2021', '2021-03-01', '2021-03-31'],
      ['2022', '2022-03-01', '2022-03-31'],
      ['2023', '2023-03-01', '2023-03-31'],
    ]);
    expect(o[1]).toMatchObject({ prevEnd: '2021-03-31', nextEnd: '2023-03-31' });
  });

  it('without a date the period ends on the last day of its year, quarter or month', () => {
    const y = occurrencesOf(act('y', { recurrence: 'yearly' }), {
      ...w('2021-06-01'),
      undatedLookBack: 200,
      horizonYear: 2022,
    });
    expect(y.map((x) => x.end)).toEqual(['2020-12-31', '2021-12-31', '2022-12-31']);
    const q = occurrencesOf(act('q', { recurrence: 'quarterly' }), {
      today: '2021-05-01',
      lookBack: 40,
      lookAhead: 160,
    });
    expect(q.map((x) => `${x.period}:${x.end}`)).toEqual([
      '2021-Q1:2021-03-31',
      '2021-Q2:2021-06-30',
      '2021-Q3:2021-09-30',
    ]);
    const m = occurrencesOf(act('m', { recurrence: 'monthly', end: '2021-01-31' }), {
      today: '2021-02-10',
      lookBack: 20,
      lookAhead: 60,
    });
    expect(m.map((x) => x.end)).toEqual(['2021-01-31', '2021-02-28', '2021-03-31']);
  });

  it('ISO week keys', () => {
    expect(periodKeyOf('weekly', '2021-01-01')).toBe('2020-W53');
    expect(periodKeyOf('weekly', '2021-01-04')).toBe('2021-W01');
    expect(periodKeyOf('weekly', '2022-02-06')).toBe('2022-W05');
  });

  it('a period is closed by its own done mark only', () => {
    const a = act('y', { recurrence: 'yearly', end: '2021-12-31', until: '2024-12-31', donePeriods: ['2022'] });
    const o = occurrencesOf(a, w('2023-01-10'));
    expect(o.filter((x) => isClosed(a, x)).map((x) => x.period)).toEqual(['2022']);
    const c = act('c', { end: '2021-12-31', status: 'cancelled' });
    expect(isClosed(c, occurrencesOf(c, w('2021-01-01'))[0])).toBe(true);
  });
});
