import { addDays, addMonths, diffDays, type IsoDate, isoFromParts, monthEnd, parts, weekday } from '../dates/calendar';
import type { Recurrence } from '../deadline/types';
import { isRecurring, periodKey } from '../tracking/periods';
import type { TrackedActivity } from '../tracking/types';

/**
 * The periods an activity is reminded for. A one-off activity has one ("once"); a recurring one
 * ("ежегодно" until the plan's horizon) has one per year/quarter/month/week, each closed on its
 * own: done for 2022 does not close 2023. A period with no date of its own ends on the last day of
 * its year/quarter/month/week.
 *
 * Written here because the shared period helpers (src/core/tracking/status.ts) were not in the
 * tree when the planner was built; the keys follow the format of `TrackedActivity.donePeriods`.
 */
export interface Occurrence {
  period: string;
  start: IsoDate | null;
  end: IsoDate | null;
  /** End of the previous period (recurring only): reminders before it belong to that period. */
  prevEnd: IsoDate | null;
  /** End of the next period (recurring only): overdue reminders stop when it arrives. */
  nextEnd: IsoDate | null;
}

export const ONCE = 'once';

export { isRecurring };

/** The period key ("2022", "2022-Q1", "2022-03", "2022-W05") a deadline's end falls in; ONCE otherwise. */
export function periodKeyOf(recurrence: Recurrence, end: IsoDate): string {
  return periodKey(recurrence, end) ?? ONCE;
}

/** Step from one period's end to the next; `k` periods after `d`. */
function shift(recurrence: Recurrence, d: IsoDate, k: number, endOfMonth: boolean): IsoDate {
  if (recurrence === 'weekly') return addDays(d, 7 * k);
  const months = recurrence === 'yearly' ? 12 : recurrence === 'quarterly' ? 3 : 1;
  const moved = addMonths(d, months * k);
  // "31.03" quarterly must land on 30.06, and "30.06" on 30.09 — not on the 30th of December.
  if (endOfMonth) {
    const p = parts(moved);
    return monthEnd(p.year, p.month);
  }
  return moved;
}

/** The natural end of the period containing `d` when the plan gives no date. */
function naturalEnd(recurrence: Recurrence, d: IsoDate): IsoDate {
  const p = parts(d);
  switch (recurrence) {
    case 'yearly':
      return isoFromParts(p.year, 12, 31)!;
    case 'quarterly': {
      const qEndMonth = Math.floor((p.month - 1) / 3) * 3 + 3;
      return monthEnd(p.year, qEndMonth);
    }
    case 'monthly':
      return monthEnd(p.year, p.month);
    default:
      // Weekly: the week's Sunday.
      return addDays(d, (7 - weekday(d)) % 7);
  }
}

export interface OccurrenceWindow {
  today: IsoDate;
  /** The plan's horizon year: a recurrence with no `until` runs to the end of it. */
  horizonYear?: number | null;
  /** Only periods ending after today − lookBack and no later than today + lookAhead are returned. */
  lookBack: number;
  lookAhead: number;
  /**
   * For a recurrence with no date ("ежегодно"), how far back a period may end: the plan does not
   * say when it began, so earlier periods are not invented beyond the reminders still owed.
   */
  undatedLookBack?: number;
}

/** Periods of an activity whose end falls in the window (plus the one-off period, whatever its dates). */
export function occurrencesOf(a: TrackedActivity, w: OccurrenceWindow): Occurrence[] {
  const dl = a.deadline;
  if (!isRecurring(dl.recurrence)) {
    if (dl.recurrence === 'as-needed') return [];
    if (!dl.start && !dl.end) return [];
    return [{ period: ONCE, start: dl.start, end: dl.end, prevEnd: null, nextEnd: null }];
  }
  const r = dl.recurrence;
  const untilYear = dl.until ? parts(dl.until).year : (w.horizonYear ?? null);
  const lastDay = untilYear ? isoFromParts(untilYear, 12, 31)! : addDays(w.today, w.lookAhead);
  const base = dl.end ?? dl.start;
  const from = addDays(w.today, -(base ? w.lookBack : (w.undatedLookBack ?? w.lookBack)));
  const to = addDays(w.today, w.lookAhead);
  // With a date, periods repeat it; without one, they are the calendar's periods.
  const firstEnd = base ? base : naturalEnd(r, from);
  const endOfMonth = base ? base === monthEnd(parts(base).year, parts(base).month) : r !== 'weekly';
  const span = dl.start && dl.end ? diffDays(dl.start, dl.end) : null;
  const ends: IsoDate[] = [];
  for (let k = -1; k < 2000; k++) {
    if (k < 0 && base) continue; // a dated recurrence starts at its first date
    const e = k < 0 ? shift(r, firstEnd, -1, endOfMonth) : shift(r, firstEnd, k, endOfMonth);
    if (e > lastDay || e > addDays(to, 400)) break;
    ends.push(e);
  }
  const out: Occurrence[] = [];
  ends.forEach((end, i) => {
    if (end < from || end > to) return;
    const start = span !== null ? addDays(end, -span) : null;
    out.push({
      period: periodKeyOf(r, end),
      start,
      end,
      prevEnd: i > 0 ? ends[i - 1] : null,
      nextEnd: i + 1 < ends.length ? ends[i + 1] : null,
    });
  });
  return out;
}

/** Is this period closed (done or cancelled)? */
export function isClosed(a: TrackedActivity, o: Occurrence): boolean {
  if (a.status === 'cancelled') return true;
  if (o.period === ONCE) return a.status === 'done';
  if (a.donePeriods.includes(o.period)) return true;
  // A recurring activity marked done without periods: the mark closes the period it was made in.
  if (a.status === 'done' && a.doneDate) {
    const after = o.prevEnd ? a.doneDate > o.prevEnd : true;
    const before = o.nextEnd ? a.doneDate <= o.nextEnd : true;
    return after && before;
  }
  return false;
}
