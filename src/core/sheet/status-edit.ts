/**
 * Someone set Статус by hand in the План tab: fill Дата выполнения and Отметил (or clear them when
 * the status leaves "Выполнено"), close or reopen the current period of a recurring activity, and
 * describe the journal row. Pure: the adapter passes the row as it is after the edit.
 */
import type { IsoDate } from '../dates/calendar';
import { dueOf } from '../sidebar/due';
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
  const period = dueOf({ ...a, status: 'not-started' }, today, horizonYear).period;
  if (a.status === 'done') {
    next.doneDate = a.doneDate ?? today;
    next.doneBy = a.doneBy ?? (user || 'неизвестный пользователь');
    if (period && !next.donePeriods.includes(period)) next.donePeriods.push(period);
  } else {
    next.doneDate = null;
    next.doneBy = null;
    if (period && oldStatus === 'done') next.donePeriods = next.donePeriods.filter((p) => p !== period);
  }
  return { next, oldLabel: oldStatus ? statusLabel(oldStatus) : '', newLabel: statusLabel(a.status) };
}
