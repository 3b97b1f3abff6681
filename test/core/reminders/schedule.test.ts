import { currentStep, isSendingDay, nextSendingDay, stepsOf } from '../../../src/core/reminders/schedule';
import { settings } from './fixtures';

const once = (start: string | null, end: string | null) => ({
  period: 'once',
  start,
  end,
  prevEnd: null,
  nextEnd: null,
});

describe('schedule', () => {
  it('knows sending days', () => {
    expect(isSendingDay('2021-03-06', settings())).toBe(false);
    expect(isSendingDay('2021-03-06', settings({ weekdaysOnly: false }))).toBe(true);
    expect(nextSendingDay('2021-03-05', settings())).toBe('2021-03-08');
  });

  it('builds start, soon, due and overdue steps; start only when the range begins before "soon"', () => {
    const st = stepsOf(once('2021-02-01', '2021-03-10'), settings());
    expect(st.map((s) => `${s.kind}${s.step}@${s.day}`)).toEqual([
      'start0@2021-02-01',
      'soon7@2021-03-03',
      'soon1@2021-03-09',
      'due0@2021-03-10',
      'overdue1@2021-03-13',
      'overdue2@2021-03-16',
      'overdue3@2021-03-19',
    ]);
    expect(stepsOf(once('2021-03-05', '2021-03-10'), settings()).map((s) => s.kind)).not.toContain('start');
    expect(stepsOf(once('2021-03-05', null), settings()).map((s) => s.kind)).toEqual(['start']);
    expect(stepsOf(once(null, '2021-03-10'), settings({ onTheDay: false, overdueTimes: 0, daysBefore: [] }))).toEqual(
      [],
    );
  });

  it('the current step: early steps come forward over the weekend, late ones do not', () => {
    const st = stepsOf(once(null, '2021-03-06'), settings()); // Saturday
    expect(currentStep(st, '2021-03-05', settings())?.kind).toBe('due');
    const late = stepsOf(once(null, '2021-03-10'), settings()); // overdue 1 on Saturday the 13th
    expect(currentStep(late, '2021-03-12', settings())?.kind).toBe('due');
    expect(currentStep(late, '2021-03-15', settings())).toMatchObject({ kind: 'overdue', step: 1 });
  });
});
