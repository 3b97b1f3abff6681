import { decideMark, decideUndo, type UndoEntry } from '../../../src/core/sidebar/mark';
import { activityVersion } from '../../../src/core/sidebar/version';
import { trackingOf } from '../../../src/core/tracking/transition';
import type { MarkRequest } from '../../../src/shared/sidebar-contract';
import { activity } from './fixtures';

const today = '2025-03-28';
const a1 = activity('a1', { deadline: { text: 'до 31.03.2025', end: '2025-03-31' }, comment: 'старый' });
const staff = {
  role: 'staff' as const,
  mine: new Set(['a1']),
  today,
  who: 'Смирнова Ольга Петровна',
  user: 'smirnova@example.org',
  now: '2025-03-28T06:00:00.000Z',
};
const req = (over: Partial<MarkRequest> = {}): MarkRequest => ({
  activityId: 'a1',
  status: 'done',
  expectedVersion: activityVersion(a1),
  ...over,
});

describe('decideMark', () => {
  it('marks done today by default and records who', () => {
    const d = decideMark(a1, req(), staff);
    if (!d.ok) throw new Error(d.message);
    expect(d.next).toMatchObject({
      status: 'done',
      doneDate: today,
      doneBy: 'Смирнова Ольга Петровна',
      comment: 'старый',
    });
    expect(d.before).toEqual(trackingOf(a1));
  });
  it('takes the given date, comment and link (link on its own line)', () => {
    const d = decideMark(a1, req({ date: '2025-03-20', comment: ' Сделано ', link: 'https://disk.example/x' }), staff);
    if (!d.ok) throw new Error(d.message);
    expect(d.next).toMatchObject({ doneDate: '2025-03-20', comment: 'Сделано\nhttps://disk.example/x' });
  });
  it('clears the done date for «В работе»', () => {
    const done = { ...a1, status: 'done' as const, doneDate: '2025-03-01' };
    const d = decideMark(done, req({ status: 'in-progress', expectedVersion: activityVersion(done) }), staff);
    if (!d.ok) throw new Error(d.message);
    expect(d.next).toMatchObject({ status: 'in-progress', doneDate: null });
  });
  it('adds the current period of a recurring activity', () => {
    const yearly = activity('a1', { deadline: { text: 'ежегодно', recurrence: 'yearly' }, donePeriods: ['2024'] });
    const d = decideMark(yearly, req({ expectedVersion: activityVersion(yearly) }), { ...staff, horizonYear: 2026 });
    if (!d.ok) throw new Error(d.message);
    expect(d.next.donePeriods).toEqual(['2024', '2025']);
  });
  it('«В работе» on a recurring row done for last period leaves that period closed', () => {
    // Done for February; the card shows March (due 10.03) open, and «В работе» is about March.
    const monthly = activity('a1', {
      deadline: { text: 'ежемесячно до 10 числа', end: '2025-01-10', recurrence: 'monthly' },
      status: 'done',
      doneDate: '2025-02-07',
      donePeriods: ['2025-01', '2025-02'],
    });
    const d = decideMark(monthly, req({ status: 'in-progress', expectedVersion: activityVersion(monthly) }), {
      ...staff,
      today: '2025-03-05',
      horizonYear: 2025,
    });
    if (!d.ok) throw new Error(d.message);
    expect(d.next).toMatchObject({ status: 'in-progress', doneDate: null, donePeriods: ['2025-01', '2025-02'] });
    expect(d.journal).toEqual([
      {
        time: staff.now,
        user: 'smirnova@example.org',
        activityId: 'a1',
        // № and title, for the Журнал's reader.
        number: monthly.number,
        title: monthly.title,
        field: 'Статус (боковая панель)',
        oldValue: 'Выполнено',
        newValue: 'В работе',
      },
    ]);
  });
  it('refuses a missing row, a stranger, a stale version, a future date, a cancelled activity', () => {
    expect(decideMark(null, req(), staff)).toMatchObject({ ok: false, code: 'not-found' });
    expect(decideMark(a1, req(), { ...staff, mine: new Set() })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(decideMark(a1, req({ expectedVersion: 'old' }), staff)).toMatchObject({ ok: false, code: 'stale' });
    expect(decideMark(a1, req({ date: '2025-03-29' }), staff)).toMatchObject({ ok: false, code: 'invalid' });
    const cancelled = { ...a1, status: 'cancelled' as const };
    expect(decideMark(cancelled, req({ expectedVersion: activityVersion(cancelled) }), staff)).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });
  it('refuses a stranger before saying anything about versions', () => {
    expect(decideMark(a1, req({ expectedVersion: 'old' }), { ...staff, mine: new Set() })).toMatchObject({
      code: 'forbidden',
    });
  });
  it('lets a coordinator mark any activity', () => {
    expect(decideMark(a1, req(), { ...staff, role: 'coordinator', mine: new Set() }).ok).toBe(true);
  });
  it('gives Russian messages', () => {
    const r = decideMark(a1, req({ expectedVersion: 'old' }), staff);
    expect(!r.ok && r.message).toMatch(/изменилось/);
  });
});

describe('decideUndo', () => {
  const marked = decideMark(a1, req(), staff);
  if (!marked.ok) throw new Error('setup');
  const entry: UndoEntry = {
    journalId: 'j1',
    activityId: 'a1',
    by: staff.who,
    before: marked.before,
    afterVersion: activityVersion(marked.next),
  };
  it('restores what was there before the mark', () => {
    const u = decideUndo(marked.next, entry, staff);
    if (!u.ok) throw new Error(u.message);
    expect(trackingOf(u.next)).toEqual(trackingOf(a1));
    expect(activityVersion(u.next)).toBe(activityVersion(a1));
  });
  it('refuses when someone changed the row since', () => {
    const later = { ...marked.next, comment: 'другой' };
    expect(decideUndo(later, entry, staff)).toMatchObject({ ok: false, code: 'stale' });
  });
  it('refuses staff undoing someone else’s change, allows the coordinator', () => {
    expect(decideUndo(marked.next, entry, { ...staff, who: 'Другой' })).toMatchObject({ code: 'forbidden' });
    expect(decideUndo(marked.next, entry, { ...staff, role: 'coordinator', who: 'Другой' }).ok).toBe(true);
  });
  it('says when there is nothing to undo or no row', () => {
    expect(decideUndo(marked.next, null, staff)).toMatchObject({ code: 'invalid' });
    expect(decideUndo(null, entry, staff)).toMatchObject({ code: 'not-found' });
  });
});
