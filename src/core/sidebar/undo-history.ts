/**
 * The sidebar's undo history, kept in the Журнал rows the changes write anyway: a mark's row holds,
 * in its hidden «Отмена» cell, what the row held before (status, done date, who, periods), the
 * row's version right after, and whether the comment changed — the previous comment itself is the
 * row's «Было», in full. An undo's row names the mark it undid. So the change and its history are
 * one write (one batchUpdate: never a mark made and its undo lost, issue 13 §5), and the history is
 * as long as the Журнал, read in the batch the sidebar reads anyway — no user property.
 *
 * What a person can undo is their own marks (the rows' «Пользователь» is them) not undone yet, and
 * only while the activity is as the mark left it (`afterVersion`, checked by decideUndo).
 */
import * as z from 'zod/mini';
import { CELL_TEXT_LIMIT } from '../limits/sheet-cells';
import type { JournalRow } from '../sheet/journal-tab';
import { parseStored } from '../stored-json';
import { journalText, type TrackingSnapshot } from '../tracking/transition';
import type { TrackedActivity } from '../tracking/types';
import { MARK_FIELD, UNDO_FIELD, type UndoEntry } from './mark';
import { activityVersion } from './version';

const day = z.nullable(z.string());
/** What a row held before a mark, but its comment (written once: both schemas below share it). */
const before = {
  status: z.enum(['not-started', 'in-progress', 'done', 'cancelled']),
  doneDate: day,
  doneBy: z.nullable(z.string()),
  donePeriods: z.array(z.string()),
};
/** An UndoEntry carried outside the Журнал (the web page's signed ticket): checked when it comes back. */
export const UndoEntrySchema = z.object({
  journalId: z.string(),
  activityId: z.string(),
  by: z.string(),
  before: z.object({ ...before, comment: z.nullable(z.string()) }),
  afterVersion: z.string(),
  keepsComment: z.optional(z.boolean()),
  commentLost: z.optional(z.boolean()),
});
// The schema is the type: an UndoEntry field added without it fails to compile here.
const _sameShape: UndoEntry = {} as z.output<typeof UndoEntrySchema>;
void _sameShape;

/** «Отмена» of a mark's row. */
const MarkRecordSchema = z.object({
  journalId: z.string(),
  /** Who marked, as «Отметил» says it (decideUndo compares it). */
  by: z.string(),
  after: z.string(),
  before: z.object(before),
  /** True: the mark replaced the comment, and the previous one is the row's «Было». */
  commentChanged: z.boolean(),
});
/** «Отмена» of an undo's row: the mark it undid. */
const UndoneRecordSchema = z.object({ undid: z.string() });

/** The «Отмена» cell of the Журнал row of a mark of `before` into `after`. */
export function markRecord(journalId: string, by: string, before: TrackedActivity, after: TrackedActivity): string {
  return JSON.stringify({
    journalId,
    by,
    after: activityVersion(after),
    before: {
      status: before.status,
      doneDate: before.doneDate,
      doneBy: before.doneBy,
      donePeriods: [...before.donePeriods],
    },
    // The same rule as the Журнал row's (transition.ts journalRow): the comment in «Было» when changed.
    commentChanged: (after.comment ?? null) !== (before.comment ?? null),
  });
}

/** The «Отмена» cell of the Журнал row of an undo of the mark `journalId`. */
export function undoneRecord(journalId: string): string {
  return JSON.stringify({ undid: journalId });
}

/**
 * The previous comment, from «Было» of the mark's row ("Выполнено — текст", or the status alone
 * when there was none). `undefined`: it cannot be had in full — longer than a cell holds (cut
 * there), or the cell was edited by hand.
 */
function previousComment(status: TrackingSnapshot['status'], was: string): string | null | undefined {
  if (was.length >= CELL_TEXT_LIMIT) return undefined;
  const label = journalText(status, null);
  if (was === label) return null;
  const prefix = `${label} — `;
  return was.startsWith(prefix) ? was.slice(prefix.length) : undefined;
}

/**
 * The marks `user` (the Журнал's «Пользователь») made from the sidebar and has not undone, oldest
 * first. A row whose «Отмена» does not parse (hand-edited, another layout) is not offered.
 */
export function pendingUndos(journal: readonly JournalRow[], user: string): UndoEntry[] {
  const undone = new Set<string>();
  for (const r of journal) {
    if (r.field !== UNDO_FIELD) continue;
    const u = parseStored(UndoneRecordSchema, r.undo);
    if (u) undone.add(u.undid);
  }
  const out: UndoEntry[] = [];
  for (const r of journal) {
    if (r.field !== MARK_FIELD || r.user !== user) continue;
    const m = parseStored(MarkRecordSchema, r.undo);
    if (!m || undone.has(m.journalId)) continue;
    const comment = m.commentChanged ? previousComment(m.before.status, r.oldValue) : null;
    out.push({
      journalId: m.journalId,
      activityId: r.activityId,
      by: m.by,
      before: { ...m.before, comment: comment ?? null },
      afterVersion: m.after,
      ...(m.commentChanged ? {} : { keepsComment: true }),
      ...(comment === undefined ? { commentLost: true } : {}),
    });
  }
  return out;
}
