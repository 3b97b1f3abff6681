/**
 * Someone set Статус by hand in the План tab: fill Дата выполнения and Отметил (or clear them when
 * the status leaves "Выполнено"), close or reopen the current period of a recurring activity, and
 * describe the journal row. Pure: the adapter passes the row as it is after the edit.
 */
import type { IsoDate } from '../dates/calendar';
import { periodKey } from '../periods/calendar';
import { dueOf } from '../periods/current';
import type { Status, TrackedActivity } from '../tracking/types';
import { statusLabel } from './plan-rows';

export interface StatusEdit {
  next: TrackedActivity;
  oldLabel: string;
  newLabel: string;
}

export function statusEditOutcome(
  a: TrackedActivity,
  oldStatus: Status | null,
  today: IsoDate,
  user: string,
  horizonYear: number | null = null,
): StatusEdit | null {
  if (oldStatus === a.status) return null;
  const next: TrackedActivity = { ...a, donePeriods: [...a.donePeriods] };
  if (a.status === 'done') {
    const period = dueOf({ ...a, status: 'not-started' }, today, horizonYear).period;
    next.doneDate = a.doneDate ?? today;
    next.doneBy = a.doneBy ?? (user || 'неизвестный пользователь');
    if (period && !next.donePeriods.includes(period)) next.donePeriods.push(period);
  } else {
    // Leaving "Выполнено" reopens the period that mark closed: the one its done date falls in, or
    // else the last one closed (periods are added in order). The next open period is not it.
    if (oldStatus === 'done' && next.donePeriods.length) {
      const byDate = a.doneDate ? periodKey(a.deadline.recurrence, a.doneDate) : null;
      const reopen =
        byDate && next.donePeriods.includes(byDate) ? byDate : next.donePeriods[next.donePeriods.length - 1];
      next.donePeriods = next.donePeriods.filter((p) => p !== reopen);
    }
    next.doneDate = null;
    next.doneBy = null;
  }
  return { next, oldLabel: oldStatus ? statusLabel(oldStatus) : '', newLabel: statusLabel(a.status) };
}
