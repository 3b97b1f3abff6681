import { keyOfIndex, parseKey, periodIndex } from '../../../src/core/periods/calendar';
import { clampIndex, indicesBetween, occurrencesOf, periodsOf } from '../../../src/core/periods/occurrences';
import type { TrackedActivity } from '../../../src/core/tracking/types';
import { act } from '../reminders/fixtures';
import { deadline } from '../reports/fixture';
import { activity } from '../tracking/helpers';

const w = (today: string) => ({ today, lookBack: 600, lookAhead: 600 });

/** The due date of one period of an activity (no horizon). */
const periodDue = (a: TrackedActivity, key: string) => periodsOf(a.deadline)!.at(parseKey(key).index).end;

/** Keys of the periods overlapping [from, to]. */
const keysBetween = (a: TrackedActivity, from: string, to: string) => {
  const p = periodsOf(a.deadline)!;
  return indicesBetween(p, from, to).map((i) => keyOfIndex(p.unit, i));
};

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
});

describe('periodsOf (the occurrence of each period)', () => {
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

  it('shifts the first occurrence by whole periods, clamping to the month end', () => {
    const r = periodsOf(
      deadline({ text: 'ежемесячно до 31.01.2021', end: '2021-01-31', recurrence: 'monthly' }),
      null,
    )!;
    expect(r.first).toBe(periodIndex('monthly', '2021-01-31'));
    expect(r.last).toBeNull();
    expect(r.at(r.first! + 1)).toMatchObject({ period: '2021-02', start: null, end: '2021-02-28' });
    expect(r.at(r.first! + 2).end).toBe('2021-03-31');
  });

  // The copies disagreed here: the reminders kept a month's last day on the last day, the
  // reports and the tracking helpers kept the day number ("30.06" quarterly → 30.12). A date on
  // the last day of a month means "by the end of the month" in these plans, so it stays there.
  it('keeps a date on the last day of its month on the last day', () => {
    const q = periodsOf(deadline({ end: '2021-06-30', recurrence: 'quarterly' }), 2022)!;
    expect([1, 2, 3].map((n) => q.at(q.first! + n).end)).toEqual(['2021-09-30', '2021-12-31', '2022-03-31']);
    const y = periodsOf(deadline({ end: '2023-02-28', recurrence: 'yearly' }), 2024)!;
    expect(y.at(2024).end).toBe('2024-02-29');
  });

  // The reminders used to place a range's start at (end − its length), so "01.01–31.01" monthly
  // started on 29 January in February; the start is shifted by whole periods like the end.
  it('shifts a range’s start as a date of its own', () => {
    const m = periodsOf(deadline({ start: '2021-01-01', end: '2021-01-31', recurrence: 'monthly' }), 2021)!;
    expect(m.at(m.first! + 1)).toMatchObject({ start: '2021-02-01', end: '2021-02-28' });
  });

  // The reminders took a start-only recurrence's start for its due date; the reports had no due
  // date at all. The plan says when it begins; each period is due by its end, as when undated.
  it('makes a recurrence with only a start due by the end of each period', () => {
    const m = periodsOf(deadline({ start: '2021-09-01', recurrence: 'monthly' }), 2021)!;
    expect(m.at(m.first! + 1)).toMatchObject({ period: '2021-10', start: '2021-10-01', end: '2021-10-31' });
  });

  it('runs until its own end or the plan horizon', () => {
    const d = deadline({ text: 'ежегодно, май', start: '2021-05-01', end: '2021-05-31', recurrence: 'yearly' });
    expect(periodsOf(d, 2024)).toMatchObject({ first: 2021, last: 2024 });
    expect(periodsOf({ ...d, until: '2023-12-31' }, 2024)).toMatchObject({ first: 2021, last: 2023 });
    const r = periodsOf(d, 2024)!;
    expect(r.at(2023)).toMatchObject({ period: '2023', start: '2023-05-01', end: '2023-05-31' });
    expect(clampIndex(r, 2019)).toBe(2021);
    expect(clampIndex(r, 2030)).toBe(2024);
    expect(clampIndex(r, 2022)).toBe(2022);
  });

  // The reminders ran a recurrence on to the end of its `until` year; the reports and tracking
  // stopped at `until`. "ежемесячно до мая 2023" has no June.
  it('stops at the period of until, not at the end of its year', () => {
    const a = act('m', { recurrence: 'monthly', end: '2023-01-10', until: '2023-05-31' });
    const o = occurrencesOf(a, w('2023-03-01'));
    expect(o.map((x) => x.period)).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05']);
    expect(o[o.length - 1].nextEnd).toBeNull();
  });

  it('makes a recurrence without dates due by the end of each period', () => {
    const r = periodsOf(deadline({ text: 'ежеквартально', recurrence: 'quarterly' }), null)!;
    expect(r.first).toBeNull();
    expect(r.undated).toBe(true);
    const q = periodIndex('quarterly', '2021-05-05');
    expect(r.at(q)).toMatchObject({ period: '2021-Q2', end: '2021-06-30' });
  });

  it('is not a recurrence when the deadline is one-off, ongoing or as needed', () => {
    for (const recurrence of ['none', 'ongoing', 'as-needed'] as const) {
      expect(periodsOf(deadline({ recurrence }), 2024)).toBeNull();
    }
  });

  it('lists the periods between the first occurrence and until', () => {
    const yearly = activity({ recurrence: 'yearly', end: '2021-12-31', until: '2024-12-31' });
    expect(keysBetween(yearly, '2019-01-01', '2030-01-01')).toEqual(['2021', '2022', '2023', '2024']);
    expect(keysBetween(activity({ recurrence: 'monthly' }), '2022-11-15', '2023-01-10')).toEqual([
      '2022-11',
      '2022-12',
      '2023-01',
    ]);
  });
});
