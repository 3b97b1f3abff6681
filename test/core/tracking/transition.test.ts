import { apply, journalRow, trackingOf } from '../../../src/core/tracking/transition';
import { activity } from './helpers';

const NOW = '2021-02-01T06:30:00.000Z';
const ctx = (who: string, today = '2021-02-01') => ({ today, who, user: who, now: NOW, field: 'Статус' });

describe('apply: the one status transition', () => {
  const a = activity({ start: '2021-01-18', end: '2021-01-31' });

  it('fills Дата выполнения and Отметил when done, and one journal row says what changed', () => {
    const { next, journal } = apply(
      a,
      { status: 'done', date: '2021-01-29', comment: 'Приказ №5', link: 'https://x.org/p' },
      ctx('i.kovaleva@dou1.example.org'),
    );
    expect(next).toMatchObject({
      status: 'done',
      doneDate: '2021-01-29',
      doneBy: 'i.kovaleva@dou1.example.org',
      comment: 'Приказ №5\nhttps://x.org/p',
      donePeriods: [],
    });
    expect(journal).toEqual([
      {
        time: NOW,
        user: 'i.kovaleva@dou1.example.org',
        activityId: 'a1',
        number: a.number,
        title: a.title,
        field: 'Статус',
        oldValue: 'Не начато',
        newValue: 'Выполнено — Приказ №5\nhttps://x.org/p',
      },
    ]);
    expect(a.status).toBe('not-started'); // the input is not changed
  });

  it('is done today when no date is given', () => {
    expect(apply(a, { status: 'done' }, ctx('x', '2021-01-30')).next.doneDate).toBe('2021-01-30');
  });

  it('clears them when set back, and keeps the comment', () => {
    const done = apply(a, { status: 'done', date: '2021-01-29', comment: 'c' }, ctx('x')).next;
    const { next, journal } = apply(done, { status: 'in-progress' }, ctx('y'));
    expect(next).toMatchObject({ status: 'in-progress', doneDate: null, doneBy: null, comment: 'c' });
    expect(journal.map((j) => [j.field, j.oldValue, j.newValue])).toEqual([['Статус', 'Выполнено', 'В работе']]);
  });

  // The sidebar recorded who set «В работе»; the edit trigger cleared «Отметил» on every change
  // but «Выполнено». Both pinned what they did when a «Выполнено» is taken back (cleared: nobody
  // marked it any more); otherwise «Отметил» is who made the change, wherever it was made.
  it('records who made any other change', () => {
    expect(apply(a, { status: 'in-progress' }, ctx('y')).next).toMatchObject({ doneDate: null, doneBy: 'y' });
  });

  it('tracks a recurring activity per period', () => {
    const y = activity({ recurrence: 'yearly', until: '2024-12-31' });
    const d22 = apply(y, { status: 'done', date: '2022-12-20' }, ctx('x', '2022-12-20')).next;
    expect(d22.donePeriods).toEqual(['2022']);
    // Done for 2023 late, in January 2024, naming the period.
    const d23 = apply(d22, { status: 'done', date: '2024-01-10', period: '2023' }, ctx('x', '2024-01-10')).next;
    expect(d23.donePeriods).toEqual(['2022', '2023']);
    const back = apply(d23, { status: 'not-started', period: '2023' }, ctx('x', '2024-01-11')).next;
    expect(back.donePeriods).toEqual(['2022']);
  });

  it('closes the first open period, not today’s: on 5 April a March report left undone', () => {
    const m = activity({ recurrence: 'monthly', end: '2021-01-10', until: '2021-12-31' }, { donePeriods: ['2021-02'] });
    expect(apply(m, { status: 'done' }, ctx('x', '2021-04-05')).next.donePeriods).toEqual(['2021-02', '2021-03']);
  });

  it('taking «Выполнено» back reopens the period that mark closed', () => {
    const m = activity({ recurrence: 'monthly', end: '2021-01-10', until: '2021-12-31' }, { donePeriods: ['2021-02'] });
    const done = apply(m, { status: 'done' }, ctx('x', '2021-03-09')).next;
    expect(done.donePeriods).toEqual(['2021-02', '2021-03']);
    expect(apply(done, { status: 'not-started' }, ctx('x', '2021-03-09')).next.donePeriods).toEqual(['2021-02']);
    // Without a done date: the last one closed.
    const undated = { ...done, doneDate: null };
    expect(apply(undated, { status: 'in-progress' }, ctx('x')).next.donePeriods).toEqual(['2021-02']);
    // A change that is not a «Выполнено» taken back leaves the periods alone.
    const inWork = { ...done, status: 'in-progress' as const };
    expect(apply(inWork, { status: 'not-started' }, ctx('x')).next.donePeriods).toEqual(['2021-02', '2021-03']);
  });
});

describe('undo', () => {
  it('restores exactly what was there from the snapshot, and its journal row swaps the values', () => {
    const a = activity({ end: '2021-01-31' }, { status: 'in-progress', comment: 'начали' });
    const { next } = apply(a, { status: 'done', date: '2021-01-30', comment: 'готово' }, ctx('x'));
    const restored = { ...next, ...trackingOf(a) };
    expect(restored).toEqual(a);
    expect(journalRow(next, restored, { user: 'coordinator@x.org', now: NOW, field: 'Статус (отмена)' })).toEqual({
      time: NOW,
      user: 'coordinator@x.org',
      activityId: 'a1',
      number: a.number,
      title: a.title,
      field: 'Статус (отмена)',
      oldValue: 'Выполнено — готово',
      newValue: 'В работе — начали',
    });
  });

  it('restores the done periods of a recurring activity', () => {
    const y = activity({ recurrence: 'monthly' }, { donePeriods: ['2022-01'] });
    const { next } = apply(y, { status: 'done', date: '2022-02-27' }, ctx('x', '2022-02-27'));
    expect(next.donePeriods).toEqual(['2022-01', '2022-02']);
    expect({ ...next, ...trackingOf(y) }).toEqual(y);
  });
});
