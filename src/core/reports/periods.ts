import { addDays, addMonths, diffDays, type IsoDate, monthEnd, monthStart, parts } from '../dates/calendar';
import { MONTHS_NOMINATIVE as MONTHS_RU } from '../dates/months';
import type { Deadline, Recurrence } from '../deadline/types';

/**
 * Calendar periods (year, quarter, month, ISO week) as consecutive integers, so "which period holds
 * this day" and "the n-th period after that one" are O(1) arithmetic. Used for the periods of
 * recurring activities and for the columns of the Gantt timeline.
 */
export type PeriodUnit = 'yearly' | 'quarterly' | 'monthly' | 'weekly';

export function isPeriodic(r: Recurrence): r is PeriodUnit {
  return r === 'yearly' || r === 'quarterly' || r === 'monthly' || r === 'weekly';
}

/** A Monday: weeks are counted from it. */
const WEEK_ZERO = '1970-01-05';

export function periodIndex(unit: PeriodUnit, d: IsoDate): number {
  const p = parts(d);
  switch (unit) {
    case 'yearly':
      return p.year;
    case 'quarterly':
      return p.year * 4 + Math.floor((p.month - 1) / 3);
    case 'monthly':
      return p.year * 12 + p.month - 1;
    case 'weekly':
      return Math.floor(diffDays(WEEK_ZERO, d) / 7);
  }
}

export function periodStart(unit: PeriodUnit, i: number): IsoDate {
  switch (unit) {
    case 'yearly':
      return monthStart(i, 1);
    case 'quarterly':
      return monthStart(Math.floor(i / 4), (i % 4) * 3 + 1);
    case 'monthly':
      return monthStart(Math.floor(i / 12), (i % 12) + 1);
    case 'weekly':
      return addDays(WEEK_ZERO, i * 7);
  }
}

export function periodEnd(unit: PeriodUnit, i: number): IsoDate {
  switch (unit) {
    case 'yearly':
      return monthEnd(i, 12);
    case 'quarterly':
      return monthEnd(Math.floor(i / 4), (i % 4) * 3 + 3);
    case 'monthly':
      return monthEnd(Math.floor(i / 12), (i % 12) + 1);
    case 'weekly':
      return addDays(WEEK_ZERO, i * 7 + 6);
  }
}

/** ISO week number and week-year of the week that starts on `monday` (the Thursday decides). */
function isoWeek(monday: IsoDate): { year: number; week: number } {
  const thursday = addDays(monday, 3);
  const year = parts(thursday).year;
  return { year, week: Math.floor(diffDays(monthStart(year, 1), thursday) / 7) + 1 };
}

/** The key stored in `donePeriods`: "2022", "2022-Q1", "2022-03", "2022-W05". */
export function periodKey(unit: PeriodUnit, i: number): string {
  switch (unit) {
    case 'yearly':
      return String(i);
    case 'quarterly':
      return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    case 'monthly':
      return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    case 'weekly': {
      const w = isoWeek(periodStart('weekly', i));
      return `${w.year}-W${String(w.week).padStart(2, '0')}`;
    }
  }
}

export const QUARTERS_RU = ['I', 'II', 'III', 'IV'];

const shortRu = (d: IsoDate) => `${d.slice(8, 10)}.${d.slice(5, 7)}`;

/** How a person names the period: "2022 г.", "I кв. 2022", "март 2022", "неделя 31.01–06.02.2022". */
export function periodLabel(unit: PeriodUnit, i: number): string {
  switch (unit) {
    case 'yearly':
      return `${i} г.`;
    case 'quarterly':
      return `${QUARTERS_RU[i % 4]} кв. ${Math.floor(i / 4)}`;
    case 'monthly':
      return `${MONTHS_RU[i % 12]} ${Math.floor(i / 12)}`;
    case 'weekly': {
      const s = periodStart('weekly', i);
      const e = periodEnd('weekly', i);
      return `неделя ${shortRu(s)}–${shortRu(e)}.${e.slice(0, 4)}`;
    }
  }
}

/** One period of a recurring activity: its index and the dates of that period's occurrence. */
export interface Occurrence {
  index: number;
  start: IsoDate | null;
  end: IsoDate | null;
}

/** An occurrence with its `donePeriods` key and its Russian name (built only where shown: strings cost). */
export interface PeriodInfo extends Occurrence {
  key: string;
  label: string;
}

function shift(unit: PeriodUnit, d: IsoDate | null, n: number): IsoDate | null {
  if (!d || n === 0) return d;
  switch (unit) {
    case 'yearly':
      return addMonths(d, 12 * n);
    case 'quarterly':
      return addMonths(d, 3 * n);
    case 'monthly':
      return addMonths(d, n);
    case 'weekly':
      return addDays(d, 7 * n);
  }
}

/**
 * The periods a recurring deadline runs over. The first occurrence is the one the document gives
 * ("ежегодно, в мае 2021" → May 2021), later ones are the same dates shifted by whole periods; a
 * recurrence with no date of its own is due by the end of each period. `first`/`last` are null
 * when unbounded (no date given / no end and no horizon).
 */
export interface Recurring {
  unit: PeriodUnit;
  first: number | null;
  last: number | null;
  /** The occurrence in period `i` (any integer; the caller clamps to first/last). */
  at(i: number): Occurrence;
  info(i: number): PeriodInfo;
}

export function recurringOf(deadline: Deadline, horizonYear: number | null | undefined): Recurring | null {
  const unit = deadline.recurrence;
  if (!isPeriodic(unit)) return null;
  const anchor = deadline.end ?? deadline.start;
  const first = anchor ? periodIndex(unit, anchor) : null;
  const until = deadline.until ?? (horizonYear ? monthEnd(horizonYear, 12) : null);
  let last = until ? periodIndex(unit, until) : null;
  if (last !== null && first !== null && last < first) last = first;
  const at = (i: number): Occurrence => {
    if (first === null) return { index: i, start: periodStart(unit, i), end: periodEnd(unit, i) };
    return { index: i, start: shift(unit, deadline.start, i - first), end: shift(unit, deadline.end, i - first) };
  };
  const info = (i: number): PeriodInfo => ({ ...at(i), key: periodKey(unit, i), label: periodLabel(unit, i) });
  return { unit, first, last, at, info };
}

/** Clamp a period index to the recurrence's bounds. */
export function clampIndex(r: Recurring, i: number): number {
  if (r.first !== null && i < r.first) return r.first;
  if (r.last !== null && i > r.last) return r.last;
  return i;
}
