import { diffDays, type IsoDate } from '../dates/calendar';
import type { TrackedActivity } from '../tracking/types';
import {
  clampIndex,
  type Occurrence,
  type PeriodInfo,
  periodIndex,
  periodKey,
  type Recurring,
  recurringOf,
} from './periods';

/**
 * Where an activity stands on a given day, as the reports show it. "Просрочено" is derived (the
 * deadline has passed and it is neither done nor cancelled), never stored.
 *
 * Local logic: `src/core/tracking/status.ts` (isOverdue, currentPeriod, isDoneFor) did not exist when
 * this was written; the rules here follow the tracking types: a recurring activity is judged per
 * period, done for a period when its key is in `donePeriods` (done for 2022 does not close 2023).
 */
export type ReportState = 'done' | 'in-progress' | 'overdue' | 'not-started' | 'cancelled';

export const STATE_ORDER: readonly ReportState[] = ['done', 'in-progress', 'not-started', 'overdue', 'cancelled'];

export const STATE_LABELS: Record<ReportState, string> = {
  done: 'Выполнено',
  'in-progress': 'В работе',
  overdue: 'Просрочено',
  'not-started': 'Не начато',
  cancelled: 'Отменено',
};

export interface Situation {
  activity: TrackedActivity;
  /** Position in the plan (0-based): every list is ordered by it after its own key, for determinism. */
  order: number;
  state: ReportState;
  /** Dates of the current occurrence (the activity's own dates when it does not recur). */
  start: IsoDate | null;
  due: IsoDate | null;
  /** Days from today to `due` (negative when late), or null without a due date. */
  daysLeft: number | null;
  /** For recurring activities: the period the state is about. */
  period: PeriodInfo | null;
  recurring: Recurring | null;
  /** Neither a date nor a recurrence: nothing to place on a timeline ("без срока"). */
  undated: boolean;
}

/** Done for this occurrence: its key was marked, or the activity was marked done within that period. */
export function isDoneFor(a: TrackedActivity, occ: Occurrence, r: Recurring): boolean {
  if (a.donePeriods.length > 0 && a.donePeriods.includes(periodKey(r.unit, occ.index))) return true;
  return a.status === 'done' && a.doneDate !== null && periodIndex(r.unit, a.doneDate) === occ.index;
}

/** The period a recurring activity is judged by today: today's period, within the recurrence's bounds. */
export function currentIndex(r: Recurring, today: IsoDate): number {
  return clampIndex(r, periodIndex(r.unit, today));
}

export function currentOccurrence(r: Recurring, today: IsoDate): PeriodInfo {
  return r.info(currentIndex(r, today));
}

/** State of one occurrence of a recurring activity (for the timeline, which shows every period). */
export function occurrenceState(a: TrackedActivity, r: Recurring, occ: Occurrence, today: IsoDate): ReportState {
  if (a.status === 'cancelled') return 'cancelled';
  if (isDoneFor(a, occ, r)) return 'done';
  if (occ.end && occ.end < today) return 'overdue';
  if (a.status === 'in-progress' && occ.index === currentIndex(r, today)) return 'in-progress';
  return 'not-started';
}

function storedState(a: TrackedActivity, due: IsoDate | null, today: IsoDate): ReportState {
  if (a.status === 'cancelled') return 'cancelled';
  if (a.status === 'done') return 'done';
  if (due && due < today) return 'overdue';
  return a.status === 'in-progress' ? 'in-progress' : 'not-started';
}

export function situationOf(
  a: TrackedActivity,
  order: number,
  today: IsoDate,
  horizonYear: number | null | undefined,
): Situation {
  const r = recurringOf(a.deadline, horizonYear);
  if (r) {
    const occ = currentOccurrence(r, today);
    return {
      activity: a,
      order,
      state: occurrenceState(a, r, occ, today),
      start: occ.start,
      due: occ.end,
      daysLeft: occ.end ? diffDays(today, occ.end) : null,
      period: occ,
      recurring: r,
      undated: false,
    };
  }
  const { start, end } = a.deadline;
  return {
    activity: a,
    order,
    state: storedState(a, end, today),
    start,
    due: end,
    daysLeft: end ? diffDays(today, end) : null,
    period: null,
    recurring: null,
    undated: !start && !end,
  };
}

/** Open = still to do (neither done nor cancelled). */
export const isOpen = (s: ReportState) => s === 'in-progress' || s === 'not-started' || s === 'overdue';
