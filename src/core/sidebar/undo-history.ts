/**
 * The sidebar's undo history: one user property, so bounded by SIZE (9 KB a value), not by count.
 * A previous comment longer than UNDO_COMMENT_CHARS is kept cut: its full text is in the Журнал
 * row of the mark («Было»), and an undo takes it back from there. The history is decided before
 * the row is written, and saving it can only ever cost the undo, never the mark.
 */
import * as z from 'zod/mini';
import { cutText, PROPERTY_BUDGET_BYTES, utf8Bytes } from '../limits/property-size';
import { CELL_TEXT_LIMIT } from '../limits/sheet-cells';
import type { JournalRow } from '../sheet/journal-tab';
import { statusLabel } from '../sheet/plan-rows';
import type { UndoEntry } from './mark';

export const UNDO_COMMENT_CHARS = 600;
/** Sanity cap besides the size: more than this many undoable changes is never needed. */
export const UNDO_MAX_ENTRIES = 50;

const day = z.nullable(z.string());
export const UndoEntrySchema = z.object({
  journalId: z.string(),
  activityId: z.string(),
  by: z.string(),
  before: z.object({
    status: z.enum(['not-started', 'in-progress', 'done', 'cancelled']),
    doneDate: day,
    doneBy: z.nullable(z.string()),
    comment: z.nullable(z.string()),
    donePeriods: z.array(z.string()),
  }),
  afterVersion: z.string(),
  commentCut: z.optional(z.boolean()),
});
// The schema is the type: an UndoEntry field added without it fails to compile here.
const _sameShape: UndoEntry = {} as z.output<typeof UndoEntrySchema>;
void _sameShape;

/** The stored history; an entry that does not match (older format, hand-edited) is dropped, not trusted. */
export function parseHistory(raw: string | null | undefined): UndoEntry[] {
  if (!raw) return [];
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(v)) return [];
  return v.flatMap((e) => {
    const r = UndoEntrySchema.safeParse(e);
    return r.success ? [r.data] : [];
  });
}

/** The entry as stored: a long previous comment cut (and marked so). */
export function compactEntry(e: UndoEntry): UndoEntry {
  const c = e.before.comment;
  if (!c || c.length <= UNDO_COMMENT_CHARS) return e;
  return { ...e, before: { ...e.before, comment: cutText(c, UNDO_COMMENT_CHARS) }, commentCut: true };
}

/**
 * The history after adding `entry` (newest last), within `budget` bytes of JSON: the oldest
 * entries go first. `stored`: whether `entry` itself is in it.
 */
export function nextHistory(
  entries: readonly UndoEntry[],
  entry: UndoEntry | null,
  budget = PROPERTY_BUDGET_BYTES,
): { entries: UndoEntry[]; json: string; stored: boolean } {
  const all = [...entries, ...(entry ? [compactEntry(entry)] : [])];
  const kept: UndoEntry[] = [];
  let size = 2;
  for (let i = all.length - 1; i >= 0 && kept.length < UNDO_MAX_ENTRIES; i--) {
    const n = utf8Bytes(JSON.stringify(all[i])) + 1;
    if (size + n > budget) break;
    size += n;
    kept.unshift(all[i]);
  }
  const stored = !!entry && kept.length > 0 && kept[kept.length - 1].journalId === entry.journalId;
  return { entries: kept, json: JSON.stringify(kept), stored };
}

/**
 * The full previous comment of a cut entry, from the Журнал row of that change (the newest row
 * of `field` by `user` for the activity whose «Было» begins with the kept part). Null when the
 * row is gone (the Журнал tab deleted): then the undo is refused rather than made half.
 */
export function fullComment(
  entry: UndoEntry,
  journal: readonly JournalRow[],
  field: string,
  user: string,
): string | null {
  if (!entry.commentCut) return entry.before.comment;
  const kept = (entry.before.comment ?? '').replace(/…$/, '');
  const prefix = `${statusLabel(entry.before.status)} — `;
  for (let i = journal.length - 1; i >= 0; i--) {
    const r = journal[i];
    if (r.activityId !== entry.activityId || r.field !== field || r.user !== user) continue;
    if (!r.oldValue.startsWith(prefix + kept)) continue;
    // A comment longer than a cell holds was cut in the Журнал too: not the full text.
    return r.oldValue.length >= CELL_TEXT_LIMIT ? null : r.oldValue.slice(prefix.length);
  }
  return null;
}
