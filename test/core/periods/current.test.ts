import { currentPeriod, dueOf } from '../../../src/core/periods/current';
import { act } from '../reminders/fixtures';
import { activity } from '../tracking/helpers';

describe('the current period', () => {
  const yearly = activity({ recurrence: 'yearly', end: '2021-12-31', until: '2024-12-31' });
  it('keeps the current period within the activity', () => {
    expect(currentPeriod(yearly, '2022-06-01')).toBe('2022');
    expect(currentPeriod(yearly, '2020-06-01')).toBe('2021');
    expect(currentPeriod(yearly, '2026-06-01')).toBe('2024');
    expect(currentPeriod(activity({ recurrence: 'none' }), '2022-06-01')).toBeNull();
  });
  it('ends at the horizon when there is no until', () => {
    const y = activity({ recurrence: 'yearly', end: '2021-05-31' });
    expect(currentPeriod(y, '2026-06-01', 2023)).toBe('2023');
    expect(currentPeriod(y, '2026-06-01')).toBe('2026');
  });
});

describe('the period a mark closes (dueOf)', () => {
  const monthly = { recurrence: 'monthly' as const, end: '2021-01-10', until: '2021-12-31' };
  it('is the first open occurrence, until the next one ends', () => {
    // On 5 April March (due 10.03) is still open and still chased: a mark closes it.
    expect(dueOf(act('m', monthly), '2021-04-05')).toEqual({
      state: 'open',
      due: '2021-03-10',
      start: null,
      period: '2021-03',
    });
    // March done: April is next.
    expect(dueOf(act('m', { ...monthly, donePeriods: ['2021-03'] }), '2021-04-05').period).toBe('2021-04');
    // On 11 April March is superseded by April.
    expect(dueOf(act('m', monthly), '2021-04-11').period).toBe('2021-04');
  });
  it('is closed when every period in sight is done, and follows the row for a one-off', () => {
    const all = Array.from({ length: 12 }, (_, i) => `2021-${String(i + 1).padStart(2, '0')}`);
    expect(dueOf(act('m', { ...monthly, donePeriods: all }), '2021-06-01')).toMatchObject({
      state: 'closed',
      period: '2021-12',
    });
    expect(dueOf(act('o', { end: '2021-03-10', status: 'done' }), '2021-04-01')).toEqual({
      state: 'closed',
      due: '2021-03-10',
      start: null,
      period: null,
    });
  });
});
