import { diffDays, type IsoDate } from '../dates/calendar';
import type { Language } from '../language';
import { keyOfIndex, periodLabel, periodStart } from '../periods/calendar';
import { currentIndex } from '../periods/current';
import { isDoneFor } from '../periods/done';
import { type Occurrence, type Periods, periodsOf } from '../periods/occurrences';
import { OVERDUE_LABEL, STATUS_LABELS, type TrackedActivity } from '../tracking/types';

/**
 * Where an activity stands on a given day, as the reports show it. "Просрочено" is derived (the
 * deadline has passed and it is neither done nor cancelled), never stored.
 *
 * A recurring activity is judged per period (src/core/periods): done for 2022 does not close 2023.
 */
export type ReportState = 'done' | 'in-progress' | 'overdue' | 'not-started' | 'cancelled';

export const STATE_ORDER: readonly ReportState[] = ['done', 'in-progress', 'not-started', 'overdue', 'cancelled'];

/** A state as the reports name it: the stored statuses' names, and "Просрочено". */
export const stateLabel = (st: ReportState, lang: Language): string =>
  st === 'overdue' ? OVERDUE_LABEL[lang] : STATUS_LABELS[st][lang];

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
  recurring: Periods | null;
  /** Neither a date nor a recurrence: nothing to place on a timeline ("без срока"). */
  undated: boolean;
}

/** An occurrence as a report shows it: with its Russian name (built only where shown: strings cost). */
export interface PeriodInfo extends Occurrence {
  label: string;
}

/**
 * An occurrence as the reports draw it: a recurrence the plan gives no date covers its whole
 * period (a bar from the period's first day), not only its last day.
 */
export function shownAt(r: Periods, i: number): Occurrence {
  const o = r.at(i);
  return r.undated ? { ...o, start: periodStart(r.unit, i) } : o;
}

export function infoAt(r: Periods, i: number, lang: Language = 'ru'): PeriodInfo {
  return { ...shownAt(r, i), label: periodLabel(r.unit, i, lang) };
}

export function currentOccurrence(r: Periods, today: IsoDate, lang: Language = 'ru'): PeriodInfo {
  return infoAt(r, currentIndex(r, today), lang);
}

/** State of one occurrence of a recurring activity (for the timeline, which shows every period). */
export function occurrenceState(a: TrackedActivity, r: Periods, occ: Occurrence, today: IsoDate): ReportState {
  if (a.status === 'cancelled') return 'cancelled';
  if (isDoneFor(a, occ.period)) return 'done';
  if (occ.end && occ.end < today) return 'overdue';
  if (a.status === 'in-progress' && occ.period === keyOfIndex(r.unit, currentIndex(r, today))) return 'in-progress';
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
  lang: Language = 'ru',
): Situation {
  const r = periodsOf(a.deadline, horizonYear);
  if (r) {
    const occ = currentOccurrence(r, today, lang);
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
