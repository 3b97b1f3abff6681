import { formatRu, type IsoDate, isoFromParts } from '../dates/calendar';
import { PLAN_COLUMNS, type PlanColumnKey } from '../workbook/schema';
import { currentPeriod, isRecurring } from './periods';
import { parseStatus } from './status';
import { type JournalEntry, STATUS_LABELS, type Status, type TrackedActivity } from './types';

/**
 * A status change, by hand in the sheet or from the sidebar: the tracking columns it fills and the
 * Журнал rows it appends (one per changed field, old and new value as the tab shows them).
 *
 * Set to done: Дата выполнения = the change's date, Отметил = who; for a recurring activity the
 * period is added to the done periods (the change's own `period`, else the one its date falls in).
 * Set back: both are cleared, and a recurring activity's period is taken out again.
 */
export interface StatusChange {
  status: Status;
  date: IsoDate;
  by: string;
  comment?: string;
  link?: string;
  /** Recurring only: the period this change is for ("2022"); default: the period of `date`. */
  period?: string;
}

type Tracked = 'status' | 'doneDate' | 'doneBy' | 'comment' | 'donePeriods';
const TRACKED: readonly Tracked[] = ['status', 'doneDate', 'doneBy', 'comment', 'donePeriods'];

/** The journal's field name: the План column's header. */
export function fieldName(key: Tracked): string {
  return PLAN_COLUMNS.find((c) => c.key === (key as PlanColumnKey))!.headers[0];
}

function shown(a: TrackedActivity, key: Tracked): string {
  switch (key) {
    case 'status':
      return STATUS_LABELS[a.status].ru;
    case 'doneDate':
      return formatRu(a.doneDate);
    case 'donePeriods':
      return a.donePeriods.join(', ');
    default:
      return a[key] ?? '';
  }
}

/** Comment and link share the «Комментарий / подтверждение» cell, the link on its own line. */
function evidence(comment: string | undefined, link: string | undefined): string | null {
  const parts = [comment?.trim(), link?.trim()].filter((s): s is string => !!s);
  return parts.length ? parts.join('\n') : null;
}

export function applyStatusChange(
  activity: TrackedActivity,
  change: StatusChange,
  now: string,
): { updated: TrackedActivity; journal: JournalEntry[] } {
  const recurring = isRecurring(activity.deadline.recurrence);
  const period = recurring ? (change.period ?? currentPeriod(activity, change.date)) : null;
  const note = evidence(change.comment, change.link);
  const updated: TrackedActivity = {
    ...activity,
    status: change.status,
    comment: note ?? activity.comment,
    donePeriods: [...activity.donePeriods],
  };
  if (change.status === 'done') {
    updated.doneDate = change.date;
    updated.doneBy = change.by;
    if (period && !updated.donePeriods.includes(period)) updated.donePeriods.push(period);
  } else {
    updated.doneDate = null;
    updated.doneBy = null;
    if (period) updated.donePeriods = updated.donePeriods.filter((p) => p !== period);
  }
  return { updated, journal: diff(activity, updated, change.by, now) };
}

function diff(before: TrackedActivity, after: TrackedActivity, user: string, time: string): JournalEntry[] {
  const out: JournalEntry[] = [];
  for (const key of TRACKED) {
    const oldValue = shown(before, key);
    const newValue = shown(after, key);
    if (oldValue !== newValue)
      out.push({ time, user, activityId: before.id, field: fieldName(key), oldValue, newValue });
  }
  return out;
}

/**
 * The rows that undo `entries`: the same fields, old and new swapped, in reverse order. The journal
 * stays append-only — an undo is new rows, by whoever undoes, at the time of the undo.
 */
export function undoEntries(entries: readonly JournalEntry[], by?: { user: string; time: string }): JournalEntry[] {
  return [...entries].reverse().map((e) => ({
    ...e,
    time: by?.time ?? e.time,
    user: by?.user ?? e.user,
    oldValue: e.newValue,
    newValue: e.oldValue,
  }));
}

function parseRu(s: string): IsoDate | null {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(s.trim());
  return m ? isoFromParts(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/**
 * Set the activity's tracking fields to the entries' new values (entries of other activities and
 * fields are ignored). With `undoEntries`, this restores exactly what was there.
 */
export function applyJournalEntries(activity: TrackedActivity, entries: readonly JournalEntry[]): TrackedActivity {
  const out: TrackedActivity = { ...activity, donePeriods: [...activity.donePeriods] };
  for (const e of entries) {
    if (e.activityId !== activity.id) continue;
    const key = TRACKED.find((k) => fieldName(k) === e.field);
    const v = e.newValue;
    if (key === 'status') out.status = parseStatus(v) ?? out.status;
    else if (key === 'doneDate') out.doneDate = v ? parseRu(v) : null;
    else if (key === 'donePeriods')
      out.donePeriods = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (key === 'doneBy' || key === 'comment') out[key] = v || null;
  }
  return out;
}
