import type { IsoDate } from '../dates/calendar';
import type { TrackedActivity } from '../tracking/types';
import { keyOfIndex, periodIndex } from './calendar';
import { isClosed } from './done';
import { clampIndex, occurrencesOf, type Periods, periodsOf } from './occurrences';

/**
 * Two questions about "now" for a recurring activity: which period it is judged by today (the
 * reports, its effective status), and which period a mark made today closes (the sidebar, the
 * Статус cell). They differ on purpose: on 5 April a March report left undone is still the one a
 * mark closes, while the April column of a report is what "today" shows.
 */

/** Today's period, kept within the recurrence's first and last. */
export function currentIndex(p: Periods, today: IsoDate): number {
  return clampIndex(p, periodIndex(p.unit, today));
}

/** The key of today's period (within the activity's first and last); null if it does not recur. */
export function currentPeriod(a: TrackedActivity, today: IsoDate, horizonYear: number | null = null): string | null {
  const p = periodsOf(a.deadline, horizonYear);
  return p ? keyOfIndex(p.unit, currentIndex(p, today)) : null;
}

/** The day that matters for an activity today, and the period a mark applies to. */
export interface Due {
  /** Open and past due, or open and due later, or nothing to chase. */
  state: 'open' | 'closed';
  due: IsoDate | null;
  start: IsoDate | null;
  /** Period key for recurring activities (`TrackedActivity.donePeriods` format), else null. */
  period: string | null;
}

/** How far back and ahead a recurring activity's periods are looked at. */
const LOOK_BACK = 400;
const LOOK_AHEAD = 800;

/**
 * A one-off activity is due on its end day. A recurring one is due on the end of its first
 * occurrence that is still open; marking it done closes that period only. An occurrence stops
 * being chased when the next one ends, as in the reminders.
 */
export function dueOf(a: TrackedActivity, today: IsoDate, horizonYear: number | null = null): Due {
  const dl = a.deadline;
  const closed = a.status === 'done' || a.status === 'cancelled';
  if (!periodsOf(dl, horizonYear))
    return { state: closed ? 'closed' : 'open', due: dl.end, start: dl.start, period: null };
  const occ = occurrencesOf(a, { today, horizonYear, lookBack: LOOK_BACK, lookAhead: LOOK_AHEAD, undatedLookBack: 0 });
  const open = occ.find((o) => !isClosed(a, o.period) && (o.nextEnd === null || today <= o.nextEnd));
  if (open) return { state: 'open', due: open.end, start: open.start, period: open.period };
  // Every period in sight is closed: the last one is what the card shows as done.
  const last = occ[occ.length - 1];
  if (last) return { state: 'closed', due: last.end, start: last.start, period: last.period };
  // No period in sight at all (the horizon has passed): the row's own status decides.
  return { state: closed ? 'closed' : 'open', due: null, start: null, period: null };
}
