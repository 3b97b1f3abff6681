import { addDays, addMonths, type IsoDate, monthEnd, parts } from '../dates/calendar';
import type { Deadline } from '../deadline/types';
import { isRecurring, keyOfIndex, type PeriodUnit, periodEnd, periodIndex } from './calendar';

/**
 * The occurrences of a deadline. A one-off deadline has one (period ONCE); a recurring one
 * ("ежегодно" until the plan's horizon) has one per year/quarter/month/week, each closed on its
 * own: done for 2022 does not close 2023.
 *
 * The first occurrence is the one the document gives ("ежегодно, в мае 2021" → May 2021); later
 * ones are its dates shifted by whole periods, a date on the last day of its month staying on the
 * last day ("31.03" quarterly → 30.06, 30.09, 31.12; "30.06" → 30.09, 31.12, not 30.12). With no
 * date, or only a start, a period is due on its last day (31.12, the quarter's or the month's last
 * day, the week's Sunday). The last occurrence is the one of `until`, else of the plan's horizon.
 */
export const ONCE = 'once';

export interface Occurrence {
  /** The period's key (`TrackedActivity.donePeriods` format), or ONCE for a one-off deadline. */
  period: string;
  /** The plan's own start, shifted to this period; null when the plan gives none. */
  start: IsoDate | null;
  end: IsoDate | null;
  /** End of the previous occurrence (recurring only): what comes before it belongs to that one. */
  prevEnd: IsoDate | null;
  /** End of the next occurrence (recurring only): chasing this one stops when it arrives. */
  nextEnd: IsoDate | null;
}

/** The periods of a recurring deadline, by index (see calendar.ts). */
export interface Periods {
  unit: PeriodUnit;
  /** The plan's first occurrence; null when the plan gives no date (unbounded). */
  first: number | null;
  /** `until` or the horizon; null when neither is known (unbounded). */
  last: number | null;
  /** The plan gives no date: each period is due by its end. */
  undated: boolean;
  /** The occurrence in period `i` (any integer; clamp with `clampIndex` first where it matters). */
  at(i: number): Occurrence;
}

const MONTHS: Record<Exclude<PeriodUnit, 'weekly'>, number> = { yearly: 12, quarterly: 3, monthly: 1 };

const isMonthEnd = (d: IsoDate) => d === monthEnd(parts(d).year, parts(d).month);

function shift(unit: PeriodUnit, d: IsoDate | null, n: number): IsoDate | null {
  if (!d || n === 0) return d;
  if (unit === 'weekly') return addDays(d, 7 * n);
  const moved = addMonths(d, MONTHS[unit] * n);
  if (!isMonthEnd(d)) return moved;
  const p = parts(moved);
  return monthEnd(p.year, p.month);
}

export function periodsOf(deadline: Deadline, horizonYear?: number | null): Periods | null {
  const unit = deadline.recurrence;
  if (!isRecurring(unit)) return null;
  const anchor = deadline.end ?? deadline.start;
  const first = anchor ? periodIndex(unit, anchor) : null;
  const until = deadline.until ?? (horizonYear ? monthEnd(horizonYear, 12) : null);
  let last = until ? periodIndex(unit, until) : null;
  if (last !== null && first !== null && last < first) last = first;
  const datesAt = (i: number): { start: IsoDate | null; end: IsoDate } => {
    if (first === null) return { start: null, end: periodEnd(unit, i) };
    const end = shift(unit, deadline.end, i - first) ?? periodEnd(unit, i);
    return { start: shift(unit, deadline.start, i - first), end };
  };
  const at = (i: number): Occurrence => ({
    period: keyOfIndex(unit, i),
    ...datesAt(i),
    prevEnd: first === null || i > first ? datesAt(i - 1).end : null,
    nextEnd: last === null || i < last ? datesAt(i + 1).end : null,
  });
  return { unit, first, last, undated: first === null, at };
}

/** Clamp a period index to the recurrence's bounds. */
export function clampIndex(p: Periods, i: number): number {
  if (p.first !== null && i < p.first) return p.first;
  if (p.last !== null && i > p.last) return p.last;
  return i;
}

/** Indices of the periods overlapping [from, to], within the recurrence's bounds. */
export function indicesBetween(p: Periods, from: IsoDate, to: IsoDate): number[] {
  const lo = Math.max(periodIndex(p.unit, from), p.first ?? -Infinity);
  const hi = Math.min(periodIndex(p.unit, to), p.last ?? Infinity);
  const out: number[] = [];
  for (let i = lo; i <= hi; i++) out.push(i);
  return out;
}

export interface OccurrenceWindow {
  today: IsoDate;
  /** The plan's horizon year: a recurrence with no `until` runs to the end of it. */
  horizonYear?: number | null;
  /** Only occurrences ending after today − lookBack and no later than today + lookAhead are returned. */
  lookBack: number;
  lookAhead: number;
  /**
   * For a recurrence with no date ("ежегодно"), how far back a period may end: the plan does not
   * say when it began, so earlier periods are not invented beyond the reminders still owed.
   */
  undatedLookBack?: number;
}

/** Occurrences whose end falls in the window (plus the one-off occurrence, whatever its dates). */
export function occurrencesOf(x: { deadline: Deadline }, w: OccurrenceWindow): Occurrence[] {
  const dl = x.deadline;
  const p = periodsOf(dl, w.horizonYear ?? null);
  if (!p) {
    if (dl.recurrence === 'as-needed' || (!dl.start && !dl.end)) return [];
    return [{ period: ONCE, start: dl.start, end: dl.end, prevEnd: null, nextEnd: null }];
  }
  const from = addDays(w.today, -(p.undated ? (w.undatedLookBack ?? w.lookBack) : w.lookBack));
  const to = addDays(w.today, w.lookAhead);
  const out: Occurrence[] = [];
  // An occurrence ends inside its own period, so the periods of `from` and `to` bound the loop.
  const lo = Math.max(periodIndex(p.unit, from), p.first ?? -Infinity);
  const hi = Math.min(periodIndex(p.unit, to), p.last ?? Infinity);
  for (let i = lo; i <= hi; i++) {
    const o = p.at(i);
    if (o.end && o.end >= from && o.end <= to) out.push(o);
  }
  return out;
}
