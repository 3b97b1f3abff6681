import type { DigestItem, ReminderKind } from './types';

/** The heading an item is shown under. */
export type DisplayGroup = 'escalation' | 'overdue' | 'due' | 'no-recipient' | 'soon' | 'start' | 'weekly';

export const GROUP_ORDER: readonly DisplayGroup[] = [
  'escalation',
  'overdue',
  'due',
  'no-recipient',
  'soon',
  'start',
  'weekly',
];

/**
 * A due-day reminder sent a day late (the trigger missed a day) keeps its ledger kind `due` — so
 * it is never sent twice — but is shown under "Просрочено": by today it is late.
 */
export function displayGroup(i: Pick<DigestItem, 'kind' | 'daysLeft'>): DisplayGroup {
  const k: ReminderKind = i.kind;
  if ((k === 'due' || k === 'soon' || k === 'start') && i.daysLeft !== null && i.daysLeft < 0) return 'overdue';
  return k;
}

export function byGroupThenDate(x: DigestItem, y: DigestItem): number {
  const g = GROUP_ORDER.indexOf(displayGroup(x)) - GROUP_ORDER.indexOf(displayGroup(y));
  if (g) return g;
  const ex = x.end ?? '9999';
  const ey = y.end ?? '9999';
  if (ex !== ey) return ex < ey ? -1 : 1;
  return x.activity < y.activity
    ? -1
    : x.activity > y.activity
      ? 1
      : x.period < y.period
        ? -1
        : x.period > y.period
          ? 1
          : 0;
}
