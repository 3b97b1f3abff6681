/**
 * The period a plan (or a section of it) is for, and what «в течение месяца / недели / года /
 * периода» means inside it: a plan for September makes «в течение месяца» September; a plan for
 * 2024/2025 makes «в течение года» that school year. With no such period the phrase is ongoing
 * with no dates — never a guess.
 */
import { diffDays, type IsoDate } from '../dates/calendar';
import type { PeriodWord } from './extract';
import type { DeadlineContext } from './types';

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

const academic = (y: number): Period => ({ start: `${y}-09-01`, end: `${y + 1}-08-31` });

/** The plan's own period: the one its title names, else its academic year. */
export function planPeriod(ctx: DeadlineContext): Period | null {
  if (ctx.period) return ctx.period;
  return ctx.academicYear != null ? academic(ctx.academicYear) : null;
}

const days = (p: Period) => diffDays(p.start, p.end) + 1;

/** «В течение <word>» inside the plan: the period it names, when the plan says which. */
export function periodOf(word: PeriodWord, ctx: DeadlineContext): Period | null {
  const p = planPeriod(ctx);
  const n = p ? days(p) : 0;
  switch (word) {
    case 'day':
      return p && n === 1 ? p : null;
    case 'week':
      return p && n <= 10 ? p : null;
    case 'month':
      return p && n >= 20 && n <= 40 ? p : null;
    case 'year':
      // a plan for a year is that year; a school plan's year is its school year, even in a month section
      if (p && n >= 300 && n <= 400) return p;
      return ctx.academicYear != null ? academic(ctx.academicYear) : null;
    case 'calendar-year':
      // in a school plan a calendar year could be either of two: only a plan for one says which
      return p?.start.endsWith('-01-01') && p.end.endsWith('-12-31') && n <= 366 ? p : null;
    case 'school-year':
      return ctx.academicYear != null ? academic(ctx.academicYear) : null;
    case 'period':
      return p;
  }
}
