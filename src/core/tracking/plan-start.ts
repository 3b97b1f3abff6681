/**
 * The earliest done date a person may enter: the plan's start, read as the first day of the month
 * in which its first dated activity starts (or ends) — or 1 January of the year it was imported
 * in, when that is earlier (a plan imported ahead of its start can be worked on before it; a plan
 * without a single date starts then). Later than today is refused separately.
 */
import { type IsoDate, minDate, monthStart, parts } from '../dates/calendar';
import type { TrackedActivity } from './types';

export function doneDateFloor(activities: readonly TrackedActivity[], importedOn: IsoDate): IsoDate {
  let first: IsoDate | null = null;
  for (const a of activities) {
    const d = a.deadline.start ?? a.deadline.end;
    if (d && (!first || d < first)) first = d;
  }
  const imported = monthStart(parts(importedOn).year, 1);
  if (!first) return imported;
  const p = parts(first);
  const start = monthStart(p.year, p.month);
  return minDate(start, imported) ?? imported;
}
