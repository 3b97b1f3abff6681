import { isClosed, isDoneFor } from '../../../src/core/periods/done';
import { occurrencesOf } from '../../../src/core/periods/occurrences';
import { act } from '../reminders/fixtures';
import { activity } from '../tracking/helpers';

const w = (today: string) => ({ today, lookBack: 600, lookAhead: 600 });

describe('done for a period', () => {
  it('done for 2022 does not close 2023', () => {
    const yearly = activity({ recurrence: 'yearly', end: '2021-12-31', until: '2024-12-31' });
    const a = { ...yearly, status: 'done' as const, donePeriods: ['2022'] };
    expect(isDoneFor(a, '2022')).toBe(true);
    expect(isDoneFor(a, '2023')).toBe(false);
    expect(isDoneFor(activity({}, { status: 'done' }), null)).toBe(true);
  });

  it('a period is closed by its own done mark only', () => {
    const a = act('y', { recurrence: 'yearly', end: '2021-12-31', until: '2024-12-31', donePeriods: ['2022'] });
    const o = occurrencesOf(a, w('2023-01-10'));
    expect(o.filter((x) => isClosed(a, x.period)).map((x) => x.period)).toEqual(['2022']);
    const c = act('c', { end: '2021-12-31', status: 'cancelled' });
    expect(isClosed(c, occurrencesOf(c, w('2021-01-01'))[0].period)).toBe(true);
  });

  // The copies disagreed on a row marked «Выполнено» by hand: tracking ignored its done date,
  // the reports closed the calendar period of the date even beside recorded periods, and the
  // reminders closed every occurrence whose window held the date — so a mark on 12 March closed
  // both March (due 10.03) and April. Now: recorded periods are the record; without any, the
  // done date closes the one period it falls in.
  it('a done date without recorded periods closes the period it falls in, one period only', () => {
    const m = act('m', { recurrence: 'monthly', end: '2021-01-10', status: 'done', doneDate: '2021-03-12' });
    expect(['2021-02', '2021-03', '2021-04'].filter((k) => isDoneFor(m, k))).toEqual(['2021-03']);
    const recorded = { ...m, donePeriods: ['2021-02'] };
    expect(['2021-02', '2021-03', '2021-04'].filter((k) => isDoneFor(recorded, k))).toEqual(['2021-02']);
  });
});
