import type { TrackedActivity } from '../tracking/types';
import { periodKey } from './calendar';
import { ONCE } from './occurrences';

/**
 * Done for one period (recurring), or done at all (one-off: `period` null or ONCE).
 *
 * `donePeriods` is the record: every mark (sidebar, the Статус cell, the import's carry-over)
 * adds the period it closes, so once a row has any, only they count — a late mark for March made
 * on 2 April must not also close April. A row marked «Выполнено» with no periods (written by hand
 * before the add-on tracked them) closes the period its done date falls in, one period per mark.
 */
export function isDoneFor(a: TrackedActivity, period: string | null): boolean {
  if (period === null || period === ONCE) return a.status === 'done';
  if (a.donePeriods.length) return a.donePeriods.includes(period);
  return a.status === 'done' && a.doneDate !== null && periodKey(a.deadline.recurrence, a.doneDate) === period;
}

/** Nothing left to do for that period: done for it, or the activity is cancelled. */
export function isClosed(a: TrackedActivity, period: string | null): boolean {
  return a.status === 'cancelled' || isDoneFor(a, period);
}
