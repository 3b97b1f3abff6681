import { diffDays, type IsoDate } from '../dates/calendar';
import type { TrackedActivity } from '../tracking/types';
import type { RecipientsOf } from './types';

export interface NaiveEmail {
  date: IsoDate;
  to: string;
  activity: string;
}

/**
 * The baseline the benchmark compares against — how typical reminder scripts work: every day, one
 * e-mail per row per responsible while the deadline is within 7 days or past. Only for comparison.
 */
export function naiveEmails(
  activities: readonly TrackedActivity[],
  recipientsOf: RecipientsOf,
  today: IsoDate,
): NaiveEmail[] {
  const out: NaiveEmail[] = [];
  for (const a of activities) {
    if (a.status === 'done' || a.status === 'cancelled' || !a.deadline.end) continue;
    if (diffDays(today, a.deadline.end) > 7) continue;
    for (const p of recipientsOf(a).people) if (p.email) out.push({ date: today, to: p.email, activity: a.id });
  }
  return out;
}
