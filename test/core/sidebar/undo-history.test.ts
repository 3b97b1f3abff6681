import { CELL_TEXT_LIMIT } from '../../../src/core/limits/sheet-cells';
import type { JournalRow } from '../../../src/core/sheet/journal-tab';
import { decideUndo, MARK_FIELD, UNDO_FIELD } from '../../../src/core/sidebar/mark';
import { markRecord, pendingUndos, undoneRecord } from '../../../src/core/sidebar/undo-history';
import { activityVersion } from '../../../src/core/sidebar/version';
import { journalRow } from '../../../src/core/tracking/transition';
import type { TrackedActivity } from '../../../src/core/tracking/types';
import { activity } from './fixtures';

const ME = 's@x.org';
const base: TrackedActivity = activity('a1', {
  deadline: { text: 'до 01.03.2021', end: '2021-03-01' },
  status: 'in-progress',
  doneBy: 'Смирнова Ольга Петровна',
  comment: 'черновик',
});

/** The Журнал row a mark of `before` into `after` writes, «Отмена» included. */
function markRow(before: TrackedActivity, after: TrackedActivity, journalId: string, user = ME): JournalRow {
  const r = journalRow(before, after, { user, now: '2021-02-01T09:00:00.000Z', field: MARK_FIELD });
  return { ...r, undo: markRecord(journalId, 'Смирнова Ольга Петровна', before, after) };
}
const done = (a: TrackedActivity, comment: string | null = a.comment): TrackedActivity => ({
  ...a,
  status: 'done',
  doneDate: '2021-02-01',
  comment,
});
const ctx = { role: 'staff' as const, who: 'Смирнова Ольга Петровна', user: ME, now: '2021-02-02T09:00:00.000Z' };

describe('the undo history kept in the Журнал rows', () => {
  it('a mark is undone to exactly what the row held, the comment taken back from «Было» in full', () => {
    const long = `Протокол: ${'подробности заседания рабочей группы. '.repeat(200)}`;
    const before = { ...base, comment: long };
    const after = done(before, 'новое');
    const [e] = pendingUndos([markRow(before, after, 'j1')], ME);
    expect(e.afterVersion).toBe(activityVersion(after));
    const d = decideUndo(after, e, ctx);
    if (!d.ok) throw new Error(d.message);
    expect(d.next).toEqual(before);
  });

  it('a mark that left the comment keeps the one the row holds; one that set the first comment clears it', () => {
    const kept = done(base);
    const [e] = pendingUndos([markRow(base, kept, 'j1')], ME);
    expect(e.keepsComment).toBe(true);
    const d = decideUndo(kept, e, ctx);
    expect(d.ok && d.next).toEqual(base);
    const bare = { ...base, comment: null };
    const first = done(bare, 'протокол');
    const [f] = pendingUndos([markRow(bare, first, 'j2')], ME);
    const u = decideUndo(first, f, ctx);
    expect(u.ok && u.next.comment).toBeNull();
  });

  it('offers only the caller’s own marks, not those undone; several marks undo one after another', () => {
    const one = done(base, 'первое');
    const two = { ...one, status: 'in-progress' as const, doneDate: null, comment: 'второе' };
    const rows = [markRow(base, one, 'j1'), markRow(base, one, 'x1', 'other@x.org'), markRow(one, two, 'j2')];
    expect(pendingUndos(rows, ME).map((e) => e.journalId)).toEqual(['j1', 'j2']);
    expect(pendingUndos(rows, 'other@x.org').map((e) => e.journalId)).toEqual(['x1']);
    const undo: JournalRow = {
      ...journalRow(two, one, { user: ME, now: 't', field: UNDO_FIELD }),
      undo: undoneRecord('j2'),
    };
    const left = pendingUndos([...rows, undo], ME);
    expect(left.map((e) => e.journalId)).toEqual(['j1']);
    // After the second is undone the row is as the first left it: that one can be undone now.
    expect(decideUndo(one, left[0], ctx).ok).toBe(true);
  });

  it('refuses what it cannot restore in full, and reads a hand-edited or foreign cell as nothing', () => {
    const huge = 'x'.repeat(CELL_TEXT_LIMIT + 10);
    const before = { ...base, comment: huge };
    const after = done(before, 'коротко');
    const [e] = pendingUndos([markRow(before, after, 'j1')], ME);
    expect(e.commentLost).toBe(true);
    expect(decideUndo(after, e, ctx)).toMatchObject({ ok: false, code: 'invalid' });
    const row = markRow(base, done(base), 'j1');
    for (const junk of ['{', '{"a":1}', '', 'Отменено']) expect(pendingUndos([{ ...row, undo: junk }], ME)).toEqual([]);
    expect(pendingUndos([{ ...row, field: 'Статус' }], ME)).toEqual([]);
  });

  it('a row changed since the mark is stale; a staff member cannot undo someone else’s mark', () => {
    const after = done(base);
    const [e] = pendingUndos([markRow(base, after, 'j1')], ME);
    expect(decideUndo({ ...after, title: 'Другое' }, e, ctx)).toMatchObject({ ok: false, code: 'stale' });
    expect(decideUndo(after, e, { ...ctx, who: 'Иванов Иван' })).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
