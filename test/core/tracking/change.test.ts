import { applyJournalEntries, applyStatusChange, undoEntries } from '../../../src/core/tracking/change';
import { activity } from './helpers';

const NOW = '2021-02-01T06:30:00.000Z';

describe('applyStatusChange', () => {
  const a = activity({ start: '2021-01-18', end: '2021-01-31' });

  it('fills Дата выполнения and Отметил when done, with one journal row per changed field', () => {
    const { updated, journal } = applyStatusChange(
      a,
      {
        status: 'done',
        date: '2021-01-29',
        by: 'i.kovaleva@dou1.example.org',
        comment: 'Приказ №5',
        link: 'https://x.org/p',
      },
      NOW,
    );
    expect(updated).toMatchObject({
      status: 'done',
      doneDate: '2021-01-29',
      doneBy: 'i.kovaleva@dou1.example.org',
      comment: 'Приказ №5\nhttps://x.org/p',
      donePeriods: [],
    });
    const row = { time: NOW, user: 'i.kovaleva@dou1.example.org', activityId: 'a1' };
    expect(journal).toEqual([
      { ...row, field: 'Статус', oldValue: 'Не начато', newValue: 'Выполнено' },
      { ...row, field: 'Дата выполнения', oldValue: '', newValue: '29.01.2021' },
      { ...row, field: 'Отметил', oldValue: '', newValue: 'i.kovaleva@dou1.example.org' },
      { ...row, field: 'Комментарий / подтверждение', oldValue: '', newValue: 'Приказ №5\nhttps://x.org/p' },
    ]);
    expect(a.status).toBe('not-started'); // the input is not changed
  });

  it('clears them when set back, and keeps the comment', () => {
    const done = applyStatusChange(a, { status: 'done', date: '2021-01-29', by: 'x', comment: 'c' }, NOW).updated;
    const { updated, journal } = applyStatusChange(done, { status: 'in-progress', date: '2021-02-01', by: 'y' }, NOW);
    expect(updated).toMatchObject({ status: 'in-progress', doneDate: null, doneBy: null, comment: 'c' });
    expect(journal.map((j) => [j.field, j.oldValue, j.newValue])).toEqual([
      ['Статус', 'Выполнено', 'В работе'],
      ['Дата выполнения', '29.01.2021', ''],
      ['Отметил', 'x', ''],
    ]);
  });

  it('writes no journal row when nothing changes', () => {
    expect(applyStatusChange(a, { status: 'not-started', date: '2021-01-29', by: 'x' }, NOW).journal).toEqual([]);
  });

  it('tracks a recurring activity per period', () => {
    const y = activity({ recurrence: 'yearly', until: '2024-12-31' });
    const d22 = applyStatusChange(y, { status: 'done', date: '2022-12-20', by: 'x' }, NOW).updated;
    expect(d22.donePeriods).toEqual(['2022']);
    // Done for 2023 late, in January 2024, naming the period.
    const d23 = applyStatusChange(d22, { status: 'done', date: '2024-01-10', by: 'x', period: '2023' }, NOW);
    expect(d23.updated.donePeriods).toEqual(['2022', '2023']);
    expect(d23.journal.find((j) => j.field === 'Выполнено за периоды')).toMatchObject({
      oldValue: '2022',
      newValue: '2022, 2023',
    });
    const back = applyStatusChange(
      d23.updated,
      { status: 'not-started', date: '2024-01-11', by: 'x', period: '2023' },
      NOW,
    );
    expect(back.updated.donePeriods).toEqual(['2022']);
  });
});

describe('undo', () => {
  it('appends inverse rows and restores exactly what was there', () => {
    const a = activity({ end: '2021-01-31' }, { status: 'in-progress', comment: 'начали' });
    const { updated, journal } = applyStatusChange(
      a,
      { status: 'done', date: '2021-01-30', by: 'x', comment: 'готово' },
      NOW,
    );
    const undo = undoEntries(journal, { user: 'coordinator@x.org', time: '2021-02-02T10:00:00.000Z' });
    expect(undo.map((e) => [e.field, e.oldValue, e.newValue, e.user])).toEqual([
      ['Комментарий / подтверждение', 'готово', 'начали', 'coordinator@x.org'],
      ['Отметил', 'x', '', 'coordinator@x.org'],
      ['Дата выполнения', '30.01.2021', '', 'coordinator@x.org'],
      ['Статус', 'Выполнено', 'В работе', 'coordinator@x.org'],
    ]);
    expect(applyJournalEntries(updated, undo)).toEqual(a);
    expect(applyJournalEntries(a, journal)).toEqual(updated);
  });

  it('restores the done periods of a recurring activity', () => {
    const y = activity({ recurrence: 'monthly' }, { donePeriods: ['2022-01'] });
    const { updated, journal } = applyStatusChange(y, { status: 'done', date: '2022-02-27', by: 'x' }, NOW);
    expect(updated.donePeriods).toEqual(['2022-01', '2022-02']);
    expect(applyJournalEntries(updated, undoEntries(journal))).toEqual(y);
  });
});
