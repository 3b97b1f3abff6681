import { doneDateFloor } from '../../../src/core/tracking/plan-start';
import type { TrackedActivity } from '../../../src/core/tracking/types';

const act = (start: string | null, end: string | null): TrackedActivity =>
  ({
    deadline: { text: '', start, end, recurrence: 'none', inherited: false, problem: null },
  }) as unknown as TrackedActivity;

describe('doneDateFloor', () => {
  it('is the first day of the month the plan starts in', () => {
    expect(doneDateFloor([act(null, '2021-03-15'), act('2021-01-18', '2021-01-31')], '2021-01-11')).toBe('2021-01-01');
    expect(doneDateFloor([act('2020-09-07', null)], '2021-01-11')).toBe('2020-09-01');
  });
  it('is 1 January of the import year when the plan starts later, or has no date', () => {
    expect(doneDateFloor([act('2021-06-01', '2024-12-31')], '2021-01-11')).toBe('2021-01-01');
    expect(doneDateFloor([act(null, null)], '2022-05-20')).toBe('2022-01-01');
  });
});
