/**
 * Deadlines of a plan's activities, read with the plan's context: the year from the title or the
 * preamble, then from the neighbouring rows; the month of a month heading ("ЯНВАРЬ") for a
 * day-only deadline ("1-10"); an empty cell continues the deadline above (`inherited`). The
 * phrase itself is read by the deadline parser; the text as the document shows it is kept.
 */

import { monthEnd, monthStart } from '../dates/calendar';
import { MONTHS_GENITIVE } from '../dates/months';
import { periodFromTitle } from '../deadline/context';
import { contextFromText, parseDeadline } from '../deadline/parse';
import type { Deadline, DeadlineContext } from '../deadline/types';

export type DeadlineSource =
  | { kind: 'own'; text: string; merged: boolean; month?: number; monthYear?: number }
  /** Continues the deadline of the activity at `from` (same section, cell left empty). */
  | { kind: 'inherited'; from: number }
  | { kind: 'none' };

const DAY_ONLY = /^\d{1,2}(\s*[-–—,]\s*\d{1,2})*\.?$/;

/**
 * The plan's context: the title first; what the title does not say, from the other paragraphs.
 * The period the plan is for comes from the title alone (a preamble's dates are the order's).
 */
export function planContext(title: string | null, other: string[]): DeadlineContext {
  const fromTitle = title ? contextFromText(title) : {};
  const fromRest = other.length ? contextFromText(other.join('\n')) : {};
  const pick = <K extends 'year' | 'academicYear' | 'horizonYear'>(k: K) => fromTitle[k] ?? fromRest[k] ?? null;
  const ctx: DeadlineContext = {
    year: pick('year'),
    academicYear: pick('academicYear'),
    horizonYear: pick('horizonYear'),
  };
  const period = title ? periodFromTitle(title, ctx) : null;
  if (period) {
    ctx.period = period;
    // "(19.10.20г. – 24.10.20г.)": the period's own year is the plan's
    if (ctx.year == null && ctx.academicYear == null) ctx.year = Number(period.start.slice(0, 4));
  }
  return ctx;
}

const EMPTY: Deadline = { text: '', start: null, end: null, recurrence: 'none', inherited: false, problem: null };

function understood(d: Deadline): boolean {
  return !d.problem && (d.start !== null || d.end !== null || d.recurrence !== 'none');
}

/** The month of a month heading as a period, when its year is known: "в течение месяца" is it. */
function sectionMonth(month: number, year: number | undefined, ctx: DeadlineContext): DeadlineContext['period'] {
  const y = year ?? (ctx.academicYear != null ? ctx.academicYear + (month >= 9 ? 0 : 1) : ctx.year);
  return y ? { start: monthStart(y, month), end: monthEnd(y, month) } : null;
}

function readOwn(src: Extract<DeadlineSource, { kind: 'own' }>, ctx: DeadlineContext): Deadline {
  let phrase = src.text;
  let c = ctx;
  if (src.month) {
    const period = sectionMonth(src.month, src.monthYear, ctx);
    if (period) c = { ...ctx, period };
  }
  if (src.month && DAY_ONLY.test(phrase.trim())) {
    // "1-10" under "ЯНВАРЬ" reads as "1-10 января"; the heading's year, if it has one, wins.
    phrase = `${phrase.trim().replace(/\.$/, '')} ${MONTHS_GENITIVE[src.month - 1]}`;
    if (src.monthYear) c = { ...c, year: src.monthYear, academicYear: null };
  }
  const d = parseDeadline(phrase, c);
  const out: Deadline = { ...d, text: src.text.trim(), inherited: false };
  if (src.merged) out.merged = true;
  return out;
}

/**
 * Resolve every activity's deadline. A phrase without a year that the plan's context cannot place
 * takes the year of the nearest row above (else below) whose deadline names one.
 */
export function resolveDeadlines(sources: DeadlineSource[], ctx: DeadlineContext): Deadline[] {
  const out: Deadline[] = sources.map((s) => (s.kind === 'own' ? readOwn(s, ctx) : { ...EMPTY }));
  // the year a row names itself, however it writes it ("25.04.13." is 2013): read with no context
  const years = sources.map((s) => {
    if (s.kind !== 'own') return null;
    const own = parseDeadline(s.text, {});
    const d = own.start ?? own.end;
    return d ? Number(d.slice(0, 4)) : (s.monthYear ?? null);
  });
  const noContextYear = !ctx.year && !ctx.academicYear;
  sources.forEach((s, i) => {
    if (s.kind !== 'own' || years[i] !== null || understood(out[i]) || !noContextYear) return;
    const year = nearestYear(years, i);
    if (year === null) return;
    const retry = readOwn(s, { ...ctx, year });
    if (understood(retry)) out[i] = retry;
  });
  sources.forEach((s, i) => {
    if (s.kind !== 'inherited') return;
    const from = out[s.from];
    out[i] = { ...from, inherited: true };
    delete out[i].merged;
  });
  return out;
}

function nearestYear(years: (number | null)[], i: number): number | null {
  for (let j = i - 1; j >= 0; j--) if (years[j] !== null) return years[j];
  for (let j = i + 1; j < years.length; j++) if (years[j] !== null) return years[j];
  return null;
}
