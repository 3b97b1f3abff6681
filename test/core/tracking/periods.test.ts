import {
  currentPeriod,
  isDoneFor,
  nextPeriod,
  periodBounds,
  periodDue,
  periodKey,
  periodsOf,
} from '../../../src/core/tracking/periods';
import { activity } from './helpers';

describe('periodKey', () => {
  it.each([
    ['yearly', '2022-03-15', '2022'],
    ['quarterly', '2022-03-31', '2022-Q1'],
    ['quarterly', '2022-04-01', '2022-Q2'],
    ['monthly', '2022-03-01', '2022-03'],
    ['weekly', '2022-02-02', '2022-W05'],
    ['weekly', '2021-01-03', '2020-W53'],
    ['weekly', '2024-12-30', '2025-W01'],
  ] as const)('%s %s → %s', (r, d, k) => {
    expect(periodKey(r, d)).toBe(k);
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
});

describe('periodDue', () => {
  it('uses the period end when the plan gives no date', () => {
    const y = activity({ recurrence: 'yearly' });
    expect(periodDue(y, '2022')).toBe('2022-12-31');
    expect(periodDue(activity({ recurrence: 'quarterly' }), '2022-Q1')).toBe('2022-03-31');
    expect(periodDue(activity({ recurrence: 'monthly' }), '2022-02')).toBe('2022-02-28');
    expect(periodDue(activity({ recurrence: 'weekly' }), '2022-W05')).toBe('2022-02-06');
  });
  it('repeats the date the plan gave', () => {
    expect(periodDue(activity({ recurrence: 'yearly', start: '2021-05-01', end: '2021-05-31' }), '2023')).toBe(
      '2023-05-31',
    );
    expect(periodDue(activity({ recurrence: 'monthly', end: '2022-01-31' }), '2022-02')).toBe('2022-02-28');
    expect(periodDue(activity({ recurrence: 'monthly', end: '2022-01-25' }), '2022-02')).toBe('2022-02-25');
    expect(periodDue(activity({ recurrence: 'quarterly', end: '2022-02-15' }), '2022-Q3')).toBe('2022-08-15');
    // 2022-01-05 is a Wednesday.
    expect(periodDue(activity({ recurrence: 'weekly', end: '2022-01-05' }), '2022-W05')).toBe('2022-02-02');
  });
});

describe('periods of an activity', () => {
  const yearly = activity({ recurrence: 'yearly', end: '2021-12-31', until: '2024-12-31' });
  it('lists the periods between the first occurrence and until', () => {
    expect(periodsOf(yearly, '2019-01-01', '2030-01-01')).toEqual(['2021', '2022', '2023', '2024']);
    expect(periodsOf(activity({ recurrence: 'monthly' }), '2022-11-15', '2023-01-10')).toEqual([
      '2022-11',
      '2022-12',
      '2023-01',
    ]);
  });
  it('keeps the current period within the activity', () => {
    expect(currentPeriod(yearly, '2022-06-01')).toBe('2022');
    expect(currentPeriod(yearly, '2020-06-01')).toBe('2021');
    expect(currentPeriod(yearly, '2026-06-01')).toBe('2024');
    expect(currentPeriod(activity({ recurrence: 'none' }), '2022-06-01')).toBeNull();
  });
  it('done for 2022 does not close 2023', () => {
    const a = { ...yearly, status: 'done' as const, donePeriods: ['2022'] };
    expect(isDoneFor(a, '2022')).toBe(true);
    expect(isDoneFor(a, '2023')).toBe(false);
    expect(isDoneFor(activity({}, { status: 'done' }), null)).toBe(true);
  });
});
