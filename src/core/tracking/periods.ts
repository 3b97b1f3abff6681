import { addDays, diffDays, type IsoDate, isoFromParts, monthEnd, parts, weekday } from '../dates/calendar';
import type { Recurrence } from '../deadline/types';
import type { TrackedActivity } from './types';

/**
 * Recurring activities ("ежегодно" until the plan's horizon) are tracked per period, each closed
 * on its own: done for 2022 does not close 2023. Keys: "2022", "2022-Q1", "2022-03", "2022-W05"
 * (ISO week) — zero-padded, so within one recurrence they sort as text.
 */
const RECURRING: ReadonlySet<Recurrence> = new Set(['yearly', 'quarterly', 'monthly', 'weekly']);

export function isRecurring(r: Recurrence): boolean {
  return RECURRING.has(r);
}

/** Monday of the ISO week containing d. */
function monday(d: IsoDate): IsoDate {
  return addDays(d, -((weekday(d) + 6) % 7));
}

/** The period key of a date, or null for a recurrence that has no periods (none, ongoing, as-needed). */
export function periodKey(recurrence: Recurrence, date: IsoDate): string | null {
  const p = parts(date);
  switch (recurrence) {
    case 'yearly':
      return String(p.year);
    case 'quarterly':
      return `${p.year}-Q${Math.floor((p.month - 1) / 3) + 1}`;
    case 'monthly':
      return `${p.year}-${String(p.month).padStart(2, '0')}`;
    case 'weekly': {
      // The ISO week-year is the year of the week's Thursday.
      const thursday = addDays(monday(date), 3);
      const y = parts(thursday).year;
      const firstMonday = monday(isoFromParts(y, 1, 4)!);
      const w = diffDays(firstMonday, monday(date)) / 7 + 1;
      return `${y}-W${String(w).padStart(2, '0')}`;
    }
    default:
      return null;
  }
}

/** First and last day of a period key. */
export function periodBounds(key: string): { start: IsoDate; end: IsoDate } {
  let m = /^(\d{4})$/.exec(key);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { start: isoFromParts(y, q * 3 - 2, 1)!, end: monthEnd(y, q * 3) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return { start: isoFromParts(Number(m[1]), Number(m[2]), 1)!, end: monthEnd(Number(m[1]), Number(m[2])) };
  m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (m) {
    const start = addDays(monday(isoFromParts(Number(m[1]), 1, 4)!), (Number(m[2]) - 1) * 7);
    return { start, end: addDays(start, 6) };
  }
  throw new Error(`Неизвестный период «${key}»`);
}

function recurrenceOfKey(key: string): Recurrence {
  if (/^\d{4}$/.test(key)) return 'yearly';
  if (/-Q/.test(key)) return 'quarterly';
  if (/-W/.test(key)) return 'weekly';
  return 'monthly';
}

export function nextPeriod(key: string): string {
  return periodKey(recurrenceOfKey(key), addDays(periodBounds(key).end, 1))!;
}

/** The date the plan gave for the first occurrence ("ежегодно в мае" → its end), if any. */
function anchor(a: TrackedActivity): IsoDate | null {
  return a.deadline.end ?? a.deadline.start ?? null;
}

/**
 * The due date of one period. With no date in the plan: 31.12 of the year, the quarter's or the
 * month's last day, the week's Sunday. With a date, the same place in each period: its day and
 * month (yearly), month-in-quarter and day (quarterly), day of month (monthly; 31 → the month's
 * last day), weekday (weekly).
 */
export function periodDue(a: TrackedActivity, key: string): IsoDate {
  const { start, end } = periodBounds(key);
  const at = anchor(a);
  if (!at) return end;
  const p = parts(at);
  const s = parts(start);
  const clamp = (y: number, m: number, d: number) => isoFromParts(y, m, Math.min(d, parts(monthEnd(y, m)).day))!;
  switch (recurrenceOfKey(key)) {
    case 'yearly':
      return clamp(s.year, p.month, p.day);
    case 'quarterly':
      return clamp(s.year, s.month + ((p.month - 1) % 3), p.day);
    case 'monthly':
      return clamp(s.year, s.month, p.day);
    default:
      return addDays(start, (weekday(at) + 6) % 7);
  }
}

/** The first period (the plan's first occurrence) and the last (its `until`), when known. */
export function periodLimits(a: TrackedActivity): { first: string | null; last: string | null } {
  const r = a.deadline.recurrence;
  const at = anchor(a);
  const until = a.deadline.until ?? null;
  return { first: at ? periodKey(r, at) : null, last: until ? periodKey(r, until) : null };
}

/** The period an activity is in on `today`, kept within its first and last periods; null if not recurring. */
export function currentPeriod(a: TrackedActivity, today: IsoDate): string | null {
  const key = periodKey(a.deadline.recurrence, today);
  if (!key) return null;
  const { first, last } = periodLimits(a);
  if (first && key < first) return first;
  if (last && key > last) return last;
  return key;
}

/** Period keys overlapping [from, to], within the activity's first and last periods. */
export function periodsOf(a: TrackedActivity, from: IsoDate, to: IsoDate): string[] {
  const r = a.deadline.recurrence;
  let key = periodKey(r, from);
  if (!key || from > to) return [];
  const { first, last } = periodLimits(a);
  const out: string[] = [];
  for (let n = 0; n < 10000 && periodBounds(key).start <= to; n++, key = nextPeriod(key)) {
    if (first && key < first) continue;
    if (last && key > last) break;
    out.push(key);
  }
  return out;
}

/** Done for that period (recurring), or done at all (one-off). */
export function isDoneFor(a: TrackedActivity, period: string | null): boolean {
  if (!isRecurring(a.deadline.recurrence) || period === null) return a.status === 'done';
  return a.donePeriods.includes(period);
}
