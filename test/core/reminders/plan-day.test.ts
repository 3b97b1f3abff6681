import { isoInZone } from '../../../src/core/dates/calendar';
import { planDay } from '../../../src/core/reminders/plan-day';
import { simulateDays } from '../../../src/core/reminders/simulate';
import { act, recipientsOf, settings, violations } from './fixtures';

// March 2021: the 1st is a Monday; the 6th and 7th are a weekend.
const base = { recipientsOf, ledger: new Set<string>() };

function timeline(emails: { date: string; to: string; items: { activity: string; kind: string }[] }[], to: string) {
  return emails
    .filter((m) => m.to === to)
    .map((m) => `${m.date} ${m.items.map((i) => `${i.activity}:${i.kind}`).join(',')}`);
}

describe('planDay', () => {
  it('reminds before, on and after the deadline, escalates once, and never repeats a kind two days running', () => {
    const a = act('A', { end: '2021-03-10', responsible: 'Иванов' });
    const { emails } = simulateDays({
      activities: [a],
      recipientsOf,
      settings: settings(),
      from: '2021-02-20',
      days: 40,
      quota: 100,
    });
    expect(timeline(emails, 'ivanov@x.org')).toEqual([
      '2021-03-03 A:soon',
      '2021-03-09 A:soon',
      '2021-03-10 A:due',
      // overdue 1 falls on Saturday the 13th: not sent early (it is not late yet on Friday); on
      // Monday it would repeat on Tuesday (overdue 2), so Tuesday alone carries it.
      '2021-03-16 A:overdue',
      '2021-03-19 A:overdue',
    ]);
    // The weekly summary lists it every Monday while it is open; the escalation replaces it once.
    expect(timeline(emails, 'coord@x.org')).toEqual([
      '2021-03-08 A:weekly',
      '2021-03-15 A:escalation',
      '2021-03-22 A:weekly',
      '2021-03-29 A:weekly',
    ]);
    expect(timeline(emails, 'head@x.org')).toEqual([
      '2021-03-08 A:weekly',
      '2021-03-15 A:weekly',
      '2021-03-22 A:weekly',
      '2021-03-29 A:weekly',
    ]);
    expect(violations(emails)).toEqual([]);
  });

  it('sends a weekend due date on Friday as due, and never skips it', () => {
    for (const end of ['2021-03-06', '2021-03-07']) {
      const a = act('W', { end });
      const fri = planDay({ ...base, activities: [a], settings: settings(), today: '2021-03-05' });
      expect(fri.map((d) => [d.to, d.items.map((i) => i.kind)])).toContainEqual(['ivanov@x.org', ['due']]);
      expect(planDay({ ...base, activities: [a], settings: settings(), today: '2021-03-06' })).toEqual([]);
    }
    const mon = act('M', { end: '2021-03-08' });
    const { emails } = simulateDays({
      activities: [mon],
      recipientsOf,
      settings: settings(),
      from: '2021-02-25',
      days: 12,
      quota: 9,
    });
    expect(timeline(emails, 'ivanov@x.org')).toEqual(['2021-03-01 M:soon', '2021-03-05 M:soon', '2021-03-08 M:due']);
  });

  it('sends every day when weekdaysOnly is off', () => {
    const a = act('S', { end: '2021-03-06' });
    const s = settings({ weekdaysOnly: false, escalateAfterDays: null, weeklySummary: false });
    const { emails } = simulateDays({
      activities: [a],
      recipientsOf,
      settings: s,
      from: '2021-02-25',
      days: 20,
      quota: 9,
    });
    expect(timeline(emails, 'ivanov@x.org')).toEqual([
      '2021-02-27 S:soon',
      '2021-03-05 S:soon',
      '2021-03-06 S:due',
      '2021-03-09 S:overdue',
      '2021-03-12 S:overdue',
      '2021-03-15 S:overdue',
    ]);
  });

  it('puts all of a person’s items into one digest a day, grouped by urgency', () => {
    const acts = [
      act('1', { end: '2021-03-04', responsible: 'Иванов, Петров' }),
      act('2', { end: '2021-03-02', responsible: 'Иванов' }),
      act('3', { end: '2021-02-26', responsible: 'Иванов' }),
      act('4', { start: '2021-03-03', end: '2021-03-30', responsible: 'Иванов' }),
    ];
    const ds = planDay({
      ...base,
      activities: acts,
      settings: settings({ weeklySummary: false }),
      today: '2021-03-03',
    });
    const iv = ds.filter((d) => d.to === 'ivanov@x.org');
    expect(iv).toHaveLength(1);
    // 2 was due yesterday and nobody was told (the trigger did not run): its due reminder goes out
    // today and sorts with the overdue ones. 3 is five days late and nobody was ever told about
    // it either: it goes out today (not held for tomorrow's second overdue step), and its key
    // stands for tomorrow's step, so tomorrow does not say it again.
    expect(iv[0].items.map((i) => `${i.activity}:${i.kind}:${i.daysLeft}`)).toEqual([
      '3:overdue:-5',
      '2:due:-1',
      '1:soon:1',
      '4:start:27',
    ]);
    expect(iv[0].keys).toEqual([...iv[0].items.map((i) => i.key), '3|ivanov@x.org|overdue|once|2']);
    expect(ds.find((d) => d.to === 'petrov@x.org')!.items.map((i) => i.activity)).toEqual(['1']);
  });

  it('reminds on the first run what nobody was ever told about, and not again the next day', () => {
    // Reminders turned on Wednesday 3 March: A was due on Friday 26 February, its first overdue
    // step (Monday 1st) has passed and the second (Thursday 4th) comes tomorrow.
    const a = act('A', { end: '2021-02-26', responsible: 'Иванов' });
    const s = settings({ weeklySummary: false, escalateAfterDays: null });
    const { emails } = simulateDays({
      activities: [a],
      recipientsOf,
      settings: s,
      from: '2021-03-03',
      days: 10,
      quota: 9,
    });
    // The third step falls on Sunday the 7th and is sent on Monday (a late step is never early).
    expect(timeline(emails, 'ivanov@x.org')).toEqual(['2021-03-03 A:overdue', '2021-03-08 A:overdue']);
    expect(violations(emails)).toEqual([]);
    // The same for a coordinator told about an activity with nobody to send it to.
    const n = act('N', { end: '2021-02-26', responsible: 'ИРО ПК' });
    const run = simulateDays({ activities: [n], recipientsOf, settings: s, from: '2021-03-03', days: 10, quota: 9 });
    expect(timeline(run.emails, 'coord@x.org')[0]).toBe('2021-03-03 N:no-recipient');
    expect(violations(run.emails)).toEqual([]);
  });

  it('does not remind done or cancelled activities and sends nothing empty', () => {
    const acts = [
      act('D', { end: '2021-03-04', status: 'done', doneDate: '2021-03-01' }),
      act('C', { end: '2021-03-04', status: 'cancelled' }),
    ];
    expect(planDay({ ...base, activities: acts, settings: settings(), today: '2021-03-03' })).toEqual([]);
    expect(planDay({ ...base, activities: [], settings: settings(), today: '2021-03-01' })).toEqual([]);
  });

  it('sends nothing new on a rerun after the keys are recorded', () => {
    const acts = [act('1', { end: '2021-03-04' }), act('2', { end: '2021-03-03', responsible: 'МО ПК' })];
    const first = planDay({ ...base, activities: acts, settings: settings(), today: '2021-03-03' });
    expect(first.length).toBeGreaterThan(0);
    const ledger = new Set(first.flatMap((d) => d.keys));
    expect(planDay({ ...base, ledger, activities: acts, settings: settings(), today: '2021-03-03' })).toEqual([]);
  });

  it('tells the coordinators about activities whose responsibles resolve to nobody', () => {
    const acts = [
      act('N', { end: '2021-03-10', responsible: 'ИРО ПК' }),
      act('E', { end: '2021-03-10', responsible: null }),
    ];
    const s = settings({ weeklySummary: false });
    const { emails } = simulateDays({
      activities: acts,
      recipientsOf,
      settings: s,
      from: '2021-03-01',
      days: 30,
      quota: 9,
    });
    expect(new Set(emails.map((m) => m.to))).toEqual(new Set(['coord@x.org']));
    expect(timeline(emails, 'coord@x.org')).toEqual([
      '2021-03-03 E:no-recipient,N:no-recipient',
      // the day-before step (9th) would repeat on the due day, so the due day carries it
      '2021-03-10 E:no-recipient,N:no-recipient',
      '2021-03-16 E:no-recipient,N:no-recipient',
      '2021-03-19 E:no-recipient,N:no-recipient',
    ]);
    expect(violations(emails)).toEqual([]);
    const day = planDay({ ...base, activities: acts, settings: s, today: '2021-03-10' })[0];
    expect(day.items.find((i) => i.activity === 'N')).toMatchObject({
      kind: 'no-recipient',
      about: 'due',
      unresolved: ['ИРО ПК'],
      responsible: 'ИРО ПК',
    });
  });

  it('falls back to the head when no coordinators are set', () => {
    const a = act('N', { end: '2021-03-10', responsible: 'ИРО ПК' });
    const ds = planDay({ ...base, activities: [a], settings: settings({ coordinators: [] }), today: '2021-03-10' });
    expect(ds.map((d) => d.to)).toEqual(['head@x.org']);
  });

  it('does not escalate to a coordinator who is the responsible', () => {
    const a = act('K', { end: '2021-03-10', responsible: 'Коорд' });
    const ds = planDay({ ...base, activities: [a], settings: settings({ weeklySummary: false }), today: '2021-03-15' });
    expect(ds.flatMap((d) => d.items.map((i) => i.kind))).not.toContain('escalation');
  });

  it('merges the weekly summary into the coordinator’s one digest on Monday', () => {
    const acts = [
      act('O', { end: '2021-02-20', responsible: 'Коорд' }),
      act('P', { end: '2021-03-03', responsible: 'Петров' }),
    ];
    const ds = planDay({
      ...base,
      activities: acts,
      settings: settings({ escalateAfterDays: null }),
      today: '2021-03-01',
    });
    const coord = ds.filter((d) => d.to === 'coord@x.org');
    expect(coord).toHaveLength(1);
    expect(coord[0].weekly).toMatchObject({ weekOf: '2021-03-01', overdue: 1, dueThisWeek: 1 });
    expect(coord[0].items.map((i) => `${i.activity}:${i.kind}`)).toEqual(['O:overdue', 'P:weekly']);
    expect(coord[0].keys).toContain(coord[0].weekly!.key);
    // Tuesday: the summary went out Monday, it is not sent again.
    const ledger = new Set(ds.flatMap((d) => d.keys));
    const tue = planDay({
      ...base,
      ledger,
      activities: acts,
      settings: settings({ escalateAfterDays: null }),
      today: '2021-03-02',
    });
    expect(tue.some((d) => d.weekly)).toBe(false);
  });

  it('reminds a recurring activity per period: done for 2022 does not close 2023', () => {
    const yearly = act('Y', {
      recurrence: 'yearly',
      end: '2021-12-20',
      until: '2024-12-31',
      donePeriods: ['2021', '2022'],
    });
    const in2022 = planDay({ ...base, activities: [yearly], settings: settings(), today: '2022-12-20' });
    expect(in2022).toEqual([]);
    const in2023 = planDay({ ...base, activities: [yearly], settings: settings(), today: '2023-12-20' });
    const iv = in2023.find((d) => d.to === 'ivanov@x.org')!;
    expect(iv.items).toEqual([
      expect.objectContaining({ activity: 'Y', kind: 'due', period: '2023', end: '2023-12-20' }),
    ]);
    // Past the horizon there is no 2025 period.
    const in2025 = planDay({ ...base, activities: [yearly], settings: settings(), today: '2025-12-19' });
    expect(in2025.flatMap((d) => d.items.map((i) => i.period))).not.toContain('2025');
  });

  it('a yearly activity with no date falls due on 31.12 of each year', () => {
    const y = act('Y', { recurrence: 'yearly', text: 'ежегодно' });
    const ds = planDay({ ...base, activities: [y], settings: settings(), horizonYear: 2024, today: '2021-12-31' });
    expect(ds.find((d) => d.to === 'ivanov@x.org')!.items[0]).toMatchObject({
      kind: 'due',
      period: '2021',
      end: '2021-12-31',
    });
    const ledger = new Set(['Y|ivanov@x.org|due|2021|0']);
    const nextYear = simulateDays({
      activities: [y],
      recipientsOf,
      settings: settings({ weeklySummary: false, escalateAfterDays: null }),
      horizonYear: 2024,
      from: '2022-12-01',
      days: 31,
      quota: 9,
      ledger,
    });
    // 31.12.2022 is a Saturday: the due reminder goes out on Friday.
    expect(timeline(nextYear.emails, 'ivanov@x.org')).toEqual(['2022-12-23 Y:soon', '2022-12-30 Y:due']);
  });
});

describe('planDay with two open periods of one activity', () => {
  it('tells both in one line and records both keys', () => {
    // A weekly activity on Monday: last week's period is overdue and this week's is due.
    const wk = act('K', { recurrence: 'weekly', end: '2021-03-07', until: '2021-12-31', responsible: 'Петров' });
    const ds = planDay({
      ...base,
      activities: [wk],
      settings: settings({ escalateAfterDays: null }),
      today: '2021-03-15',
    });
    const coord = ds.find((d) => d.to === 'coord@x.org')!;
    expect(coord.items).toEqual([
      expect.objectContaining({ activity: 'K', kind: 'weekly', period: '2021-W10', otherPeriods: ['2021-W11'] }),
    ]);
    expect(coord.keys).toEqual([
      'K|coord@x.org|weekly|2021-W10|2021-03-15',
      'K|coord@x.org|weekly|2021-W11|2021-03-15',
      '*|coord@x.org|weekly|*|2021-03-15',
    ]);
  });
});

describe('today is the spreadsheet’s day', () => {
  it('plans by the sheet’s zone, whatever the process TZ', () => {
    // 20:30 UTC on Thursday 4 March is already Friday in Yekaterinburg, still Thursday in Moscow.
    const instant = new Date(Date.UTC(2021, 2, 4, 20, 30));
    const sat = act('S', { end: '2021-03-06' });
    const inEkb = planDay({
      ...base,
      activities: [sat],
      settings: settings(),
      today: isoInZone(instant, 'Asia/Yekaterinburg'),
    });
    const inMsk = planDay({
      ...base,
      activities: [sat],
      settings: settings(),
      today: isoInZone(instant, 'Europe/Moscow'),
    });
    expect(inEkb.find((d) => d.to === 'ivanov@x.org')!.items[0].kind).toBe('due');
    expect(inMsk.find((d) => d.to === 'ivanov@x.org')!.items[0]).toMatchObject({ kind: 'soon', daysLeft: 2 });
  });
});
