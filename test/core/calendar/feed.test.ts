/**
 * The events of «Мои сроки в календаре», read back from the .ics text by ical.js: one per deadline
 * or period, all-day, ranges spanning their days, stable UIDs that a re-fetch after a mark keeps.
 */
import ICAL from 'ical.js';
import { type FeedInput, feedEvents } from '../../../src/core/calendar/feed';
import { buildIcs } from '../../../src/core/calendar/ics';
import type { TrackedActivity } from '../../../src/core/tracking/types';
import { activity } from '../sidebar/fixtures';

const TODAY = '2022-05-10';
const plan: TrackedActivity[] = [
  activity('a1', {
    number: '1.1',
    title: 'Совещание, «итоги»; план',
    deadline: { text: '20.05.2022', end: '2022-05-20' },
  }),
  activity('a2', {
    number: '1.2',
    deadline: { text: 'с 01.09.2022 по 31.05.2023', start: '2022-09-01', end: '2023-05-31' },
  }),
  activity('a3', {
    number: '2.1',
    title: 'Отчёт',
    deadline: { text: 'ежеквартально до 31.03', recurrence: 'quarterly', end: '2022-03-31', until: '2022-12-31' },
    donePeriods: ['2022-Q1'],
    status: 'done',
    doneDate: '2022-03-30',
  }),
  activity('a4', { deadline: { text: 'май 2022', end: '2022-05-31' }, status: 'cancelled' }),
  activity('a5', { deadline: { text: 'по мере необходимости', recurrence: 'as-needed' } }),
];

function feed(activities: TrackedActivity[], over: Partial<FeedInput> = {}) {
  const text = buildIcs({
    name: 'План-график: мои сроки',
    timeZone: 'Asia/Yekaterinburg',
    now: `${TODAY}T06:00:00Z`,
    events: feedEvents({ activities, spreadsheet: 'sheet1', today: TODAY, horizonYear: 2022, lang: 'ru', ...over }),
  });
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate,
      status: c.getFirstPropertyValue('status'),
    };
  });
}

describe('feedEvents', () => {
  it('one all-day event per deadline or period, a range spanning its days', () => {
    const ev = feed(plan);
    expect(ev.every((e) => e.allDay)).toBe(true);
    const byUid = new Map(ev.map((e) => [e.uid, e]));
    expect(byUid.get('a1.once.sheet1@plan-grafik')).toMatchObject({
      summary: '1.1 Совещание, «итоги»; план',
      start: '2022-05-20',
      end: '2022-05-21',
      description: expect.stringContaining('Статус: Не начато'),
    });
    expect(byUid.get('a2.once.sheet1@plan-grafik')).toMatchObject({ start: '2022-09-01', end: '2023-06-01' });
    // Quarterly until the end of 2022: four periods, the first done.
    const q = ev.filter((e) => e.uid.startsWith('a3.'));
    expect(q.map((e) => [e.uid.split('.')[1], e.start])).toEqual([
      ['2022-Q1', '2022-03-31'],
      ['2022-Q2', '2022-06-30'],
      ['2022-Q3', '2022-09-30'],
      ['2022-Q4', '2022-12-31'],
    ]);
    expect(q[0]).toMatchObject({ summary: '✓ 2.1 Отчёт', description: expect.stringContaining('Статус: Выполнено') });
    expect(q[0].description).toContain('Период: I кв. 2022');
    expect(q[1]).toMatchObject({ summary: '2.1 Отчёт', description: expect.stringContaining('Статус: Не начато') });
    expect(byUid.get('a4.once.sheet1@plan-grafik')).toMatchObject({ status: 'CANCELLED' });
    // «по мере необходимости» has no date: no event.
    expect(ev.some((e) => e.uid.startsWith('a5.'))).toBe(false);
    expect(new Set(ev.map((e) => e.uid)).size).toBe(ev.length);
  });

  it('a recurrence the plan never dated starts at the current period: no past periods invented', () => {
    const ev = feed([activity('a6', { deadline: { text: 'ежемесячно', recurrence: 'monthly' } })]);
    expect(ev[0]).toMatchObject({ uid: 'a6.2022-05.sheet1@plan-grafik', start: '2022-05-31' });
    expect(ev.at(-1)!.uid).toBe('a6.2022-12.sheet1@plan-grafik');
  });

  it('an overdue deadline says so', () => {
    const [e] = feed([activity('a1', { deadline: { end: '2022-05-01' } })]);
    expect(e.description).toContain('Статус: Просрочено');
  });

  it('a re-fetch after a mark changes the event under the same UID and adds none', () => {
    const before = feed(plan);
    const marked = plan.map((a) =>
      a.id === 'a3'
        ? { ...a, donePeriods: [...a.donePeriods, '2022-Q2'] }
        : a.id === 'a1'
          ? { ...a, status: 'done' as const, doneDate: TODAY, comment: 'Протокол №5' }
          : a,
    );
    const after = feed(marked);
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    const a1 = after.find((e) => e.uid.startsWith('a1.'))!;
    expect(a1.summary).toBe('✓ 1.1 Совещание, «итоги»; план');
    expect(a1.description).toContain('Комментарий: Протокол №5');
    expect(after.find((e) => e.uid.startsWith('a3.2022-Q2'))!.summary).toBe('✓ 2.1 Отчёт');
  });

  it('English words for an English document', () => {
    const [e] = feed([plan[0]], { lang: 'en' });
    expect(e.description).toContain('Status: Not started');
  });
});
