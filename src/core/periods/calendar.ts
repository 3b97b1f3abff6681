import { addDays, diffDays, type IsoDate, isoFromParts, monthEnd, monthStart, parts } from '../dates/calendar';
import { MONTHS_EN, MONTHS_NOMINATIVE as MONTHS_RU } from '../dates/months';
import type { Recurrence } from '../deadline/types';

/**
 * Calendar periods (year, quarter, month, ISO week) as consecutive integers, so "which period holds
 * this day" and "the n-th period after that one" are O(1) arithmetic, and their keys, the text
 * stored in `TrackedActivity.donePeriods`: "2022", "2022-Q1", "2022-03", "2022-W05" (ISO week) —
 * zero-padded, so within one recurrence they sort as text.
 */
export type PeriodUnit = 'yearly' | 'quarterly' | 'monthly' | 'weekly';

/** A recurrence with periods; none, ongoing and as-needed have none. */
export function isRecurring(r: Recurrence): r is PeriodUnit {
  return r === 'yearly' || r === 'quarterly' || r === 'monthly' || r === 'weekly';
}

/** A Monday: weeks are counted from it. */
const WEEK_ZERO = '1970-01-05';

export function periodIndex(unit: PeriodUnit, d: IsoDate): number {
  const p = parts(d);
  switch (unit) {
    case 'yearly':
      return p.year;
    case 'quarterly':
      return p.year * 4 + Math.floor((p.month - 1) / 3);
    case 'monthly':
      return p.year * 12 + p.month - 1;
    case 'weekly':
      return Math.floor(diffDays(WEEK_ZERO, d) / 7);
  }
}

export function periodStart(unit: PeriodUnit, i: number): IsoDate {
  switch (unit) {
    case 'yearly':
      return monthStart(i, 1);
    case 'quarterly':
      return monthStart(Math.floor(i / 4), (i % 4) * 3 + 1);
    case 'monthly':
      return monthStart(Math.floor(i / 12), (i % 12) + 1);
    case 'weekly':
      return addDays(WEEK_ZERO, i * 7);
  }
}

export function periodEnd(unit: PeriodUnit, i: number): IsoDate {
  switch (unit) {
    case 'yearly':
      return monthEnd(i, 12);
    case 'quarterly':
      return monthEnd(Math.floor(i / 4), (i % 4) * 3 + 3);
    case 'monthly':
      return monthEnd(Math.floor(i / 12), (i % 12) + 1);
    case 'weekly':
      return addDays(WEEK_ZERO, i * 7 + 6);
  }
}

/** ISO week number and week-year of the week that starts on `monday` (the Thursday decides). */
function isoWeek(monday: IsoDate): { year: number; week: number } {
  const thursday = addDays(monday, 3);
  const year = parts(thursday).year;
  return { year, week: Math.floor(diffDays(monthStart(year, 1), thursday) / 7) + 1 };
}

/** The key of the i-th period. */
export function keyOfIndex(unit: PeriodUnit, i: number): string {
  switch (unit) {
    case 'yearly':
      return String(i);
    case 'quarterly':
      return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    case 'monthly':
      return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    case 'weekly': {
      const w = isoWeek(periodStart('weekly', i));
      return `${w.year}-W${String(w.week).padStart(2, '0')}`;
    }
  }
}

/** The key of the period a date falls in, or null for a recurrence that has no periods. */
export function periodKey(recurrence: Recurrence, date: IsoDate): string | null {
  return isRecurring(recurrence) ? keyOfIndex(recurrence, periodIndex(recurrence, date)) : null;
}

/** The unit and index of a key; throws on text that is not a key (a bug, not user input). */
export function parseKey(key: string): { unit: PeriodUnit; index: number } {
  let m = /^(\d{4})$/.exec(key);
  if (m) return { unit: 'yearly', index: Number(m[1]) };
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return { unit: 'quarterly', index: Number(m[1]) * 4 + Number(m[2]) - 1 };
  m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return { unit: 'monthly', index: Number(m[1]) * 12 + Number(m[2]) - 1 };
  m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (m) {
    // Week 1 is the week of 4 January.
    const first = periodIndex('weekly', isoFromParts(Number(m[1]), 1, 4)!);
    return { unit: 'weekly', index: first + Number(m[2]) - 1 };
  }
  throw new Error(`Неизвестный период «${key}»`);
}

/** First and last day of a period key. */
export function periodBounds(key: string): { start: IsoDate; end: IsoDate } {
  const { unit, index } = parseKey(key);
  return { start: periodStart(unit, index), end: periodEnd(unit, index) };
}

export function nextPeriod(key: string): string {
  const { unit, index } = parseKey(key);
  return keyOfIndex(unit, index + 1);
}

export const QUARTERS_RU = ['I', 'II', 'III', 'IV'];

const shortRu = (d: IsoDate) => `${d.slice(8, 10)}.${d.slice(5, 7)}`;

/**
 * How a person names the period: "2022 г.", "I кв. 2022", "март 2022", "неделя 31.01–06.02.2022";
 * in English "2022", "Q1 2022", "March 2022", "week 31.01–06.02.2022".
 */
export function periodLabel(unit: PeriodUnit, i: number, lang: 'ru' | 'en' = 'ru'): string {
  const en = lang === 'en';
  switch (unit) {
    case 'yearly':
      return en ? String(i) : `${i} г.`;
    case 'quarterly':
      return en ? `Q${(i % 4) + 1} ${Math.floor(i / 4)}` : `${QUARTERS_RU[i % 4]} кв. ${Math.floor(i / 4)}`;
    case 'monthly':
      return `${(en ? MONTHS_EN : MONTHS_RU)[i % 12]} ${Math.floor(i / 12)}`;
    case 'weekly': {
      const s = periodStart('weekly', i);
      const e = periodEnd('weekly', i);
      return `${en ? 'week' : 'неделя'} ${shortRu(s)}–${shortRu(e)}.${e.slice(0, 4)}`;
    }
  }
}
