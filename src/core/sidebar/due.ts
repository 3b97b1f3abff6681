import type { IsoDate } from '../dates/calendar';
import { isClosed, isRecurring, type Occurrence, occurrencesOf } from '../reminders/occurrences';
import type { TrackedActivity } from '../tracking/types';

/**
 * The day that matters for an activity today, and the period a mark applies to.
 *
 * A one-off activity is due on its end day. A recurring one ("ежегодно" until the horizon) is due
 * on the end of its first period that is still open; marking it done closes that period only
 * (done for 2022 does not close 2023). A period stops being chased when the next one ends, as in
 * the reminders.
 */
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
 * Closed periods: with `donePeriods` kept, only they count. The row-level fallback of `isClosed`
 * (status done + done date) would also close the next period when a late mark lands in it.
 */
function periodClosed(a: TrackedActivity, o: Occurrence): boolean {
  if (a.status === 'cancelled') return true;
  if (a.donePeriods.length) return a.donePeriods.includes(o.period);
  return isClosed(a, o);
}

export function dueOf(a: TrackedActivity, today: IsoDate, horizonYear: number | null = null): Due {
  const dl = a.deadline;
  if (!isRecurring(dl.recurrence)) {
    const closed = a.status === 'done' || a.status === 'cancelled';
    return { state: closed ? 'closed' : 'open', due: dl.end, start: dl.start, period: null };
  }
  const occ = occurrencesOf(a, { today, horizonYear, lookBack: LOOK_BACK, lookAhead: LOOK_AHEAD, undatedLookBack: 0 });
  const open = occ.find((o) => !periodClosed(a, o) && (o.nextEnd === null || today <= o.nextEnd));
  if (open) return { state: 'open', due: open.end, start: open.start, period: open.period };
  // Every period in sight is closed: the last one is what the card shows as done.
  const last = occ[occ.length - 1];
  if (last) return { state: 'closed', due: last.end, start: last.start, period: last.period };
  // No period in sight at all (the horizon has passed): the row's own status decides.
  const closed = a.status === 'done' || a.status === 'cancelled';
  return { state: closed ? 'closed' : 'open', due: null, start: null, period: null };
}
