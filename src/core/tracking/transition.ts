import type { IsoDate } from '../dates/calendar';
import { cutText } from '../limits/property-size';
import { CELL_TEXT_LIMIT } from '../limits/sheet-cells';
import { periodKey } from '../periods/calendar';
import { dueOf } from '../periods/current';
import type { JournalRow } from '../sheet/journal-tab';
import { STATUS_LABELS, type Status, type TrackedActivity } from './types';

/**
 * The one status transition: what a change of Статус does to an activity's tracking columns and
 * the Журнал row that records it. Called by the sidebar's mark (src/core/sidebar/mark.ts) and the
 * edit trigger (src/core/sheet/status-edit.ts); an undo restores a snapshot (`trackingOf`) instead
 * — it is not a new decision — and the import carries the snapshot over unchanged.
 *
 * - To «Выполнено»: Дата выполнения = the change's date (default today), Отметил = who; a
 *   recurring activity closes one period — the one the change names, else the first still open
 *   (`dueOf`: on 5 April a March report left undone is what a mark closes).
 * - Taking a «Выполнено» back: both are cleared, and the period that mark closed is reopened —
 *   the one the change names, else the one its done date falls in, else the last one closed.
 * - Any other change (Не начато → В работе): no done date; Отметил = who made it.
 * - A comment or link given replaces the «Комментарий / подтверждение» cell (link on its own line).
 */
export interface StatusChange {
  status: Status;
  /** The done date (to «Выполнено» only); default: today. */
  date?: IsoDate | null;
  comment?: string;
  link?: string;
  /** Recurring only: the period the change is about (see above for the default). */
  period?: string | null;
}

/** Who, when and where, as the Журнал row says it. */
export interface JournalStamp {
  /** The Журнал's «Пользователь» (an e-mail where there is one). */
  user: string;
  /** The Журнал's «Время»: an ISO instant. */
  now: string;
  /** The Журнал's «Поле»: where the change was made ("Статус", "Статус (боковая панель)"). */
  field: string;
}

export interface TransitionContext extends JournalStamp {
  today: IsoDate;
  /** Written to «Отметил». */
  who: string;
  horizonYear?: number | null;
}

export interface Transition {
  next: TrackedActivity;
  journal: JournalRow[];
}

/** Comment and link share the «Комментарий / подтверждение» cell, the link on its own line. */
function evidence(comment: string | undefined, link: string | undefined): string | null {
  const parts = [comment?.trim(), link?.trim()].filter((s): s is string => !!s);
  return parts.length ? parts.join('\n') : null;
}

/** A status as the Журнал shows it, with the comment when the change set one. */
export function journalText(status: Status, comment: string | null): string {
  return comment ? `${STATUS_LABELS[status].ru} — ${comment}` : STATUS_LABELS[status].ru;
}

/** The period a «Выполнено» taken back had closed. */
function closedByMark(a: TrackedActivity): string | null {
  if (!a.donePeriods.length) return null;
  const byDate = a.doneDate ? periodKey(a.deadline.recurrence, a.doneDate) : null;
  return byDate && a.donePeriods.includes(byDate) ? byDate : a.donePeriods[a.donePeriods.length - 1];
}

export function apply(before: TrackedActivity, change: StatusChange, ctx: TransitionContext): Transition {
  const next: TrackedActivity = {
    ...before,
    status: change.status,
    comment: evidence(change.comment, change.link) ?? before.comment,
    donePeriods: [...before.donePeriods],
  };
  if (change.status === 'done') {
    const period = change.period ?? dueOf(before, ctx.today, ctx.horizonYear ?? null).period;
    next.doneDate = change.date ?? ctx.today;
    next.doneBy = ctx.who;
    if (period && !next.donePeriods.includes(period)) next.donePeriods.push(period);
  } else {
    const undone = before.status === 'done';
    const reopen = undone ? (change.period ?? closedByMark(before)) : null;
    if (reopen) next.donePeriods = next.donePeriods.filter((p) => p !== reopen);
    next.doneDate = null;
    next.doneBy = undone ? null : ctx.who;
  }
  return { next, journal: [journalRow(before, next, ctx)] };
}

/**
 * The Журнал row of a change of `before` into `next` (a transition, or an undo restoring a
 * snapshot): the status before and after, with the comment in full when it changed — an undo of
 * a cut history entry takes the old comment back from here.
 */
export function journalRow(before: TrackedActivity, next: TrackedActivity, at: JournalStamp): JournalRow {
  const commented = (next.comment ?? null) !== (before.comment ?? null);
  return {
    time: at.now,
    user: at.user,
    activityId: before.id,
    number: before.number ?? null,
    title: before.title,
    field: at.field,
    oldValue: cutText(journalText(before.status, commented ? before.comment : null), CELL_TEXT_LIMIT),
    newValue: cutText(journalText(next.status, commented ? next.comment : null), CELL_TEXT_LIMIT),
  };
}

/** The tracking columns of a row: what a change writes and an undo restores. */
export interface TrackingSnapshot {
  status: TrackedActivity['status'];
  doneDate: IsoDate | null;
  doneBy: string | null;
  comment: string | null;
  donePeriods: string[];
}

/** The tracking of an activity nobody has marked yet: what an import starts a new row with. */
export const NOT_STARTED: TrackingSnapshot = {
  status: 'not-started',
  doneDate: null,
  doneBy: null,
  comment: null,
  donePeriods: [],
};

export function notStarted<A extends object>(a: A): A & TrackingSnapshot {
  return { ...a, ...NOT_STARTED, donePeriods: [] };
}

export function trackingOf(a: TrackedActivity): TrackingSnapshot {
  return {
    status: a.status,
    doneDate: a.doneDate,
    doneBy: a.doneBy,
    comment: a.comment,
    donePeriods: [...a.donePeriods],
  };
}
