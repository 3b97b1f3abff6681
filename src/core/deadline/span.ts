/**
 * A period as the text gives it, before the year is known: a chain of partial dates in the
 * order they are written (start first, end last), and the rule that gives each its year.
 */
import { daysInMonth, type IsoDate, isoFromParts } from '../dates/calendar';
import type { DeadlineContext } from './types';

export interface Part {
  year: number | null;
  /** null only for a bare day ("01" in "01 - 28.02.2021") until the next part lends its month. */
  month: number | null;
  /** Day of month; 0 or less counts from the month's end (0 = last day, −6 = seventh from last). */
  day: number;
  /**
   * Year offset from the plan's year, for parts tied to the school year rather than to a month:
   * "к началу учебного года" is 31.08 of the academic year's first year (offset 0).
   */
  anchor?: 0 | 1;
}

/** What a span is made of, where a rule depends on it: days, whole years, academic years. */
export type SpanKind = 'day' | 'year' | 'academic' | 'period';

export interface Span {
  parts: Part[];
  /** "март, май 2021": separate dates, not one period. */
  discrete?: boolean;
  /** 'period' when absent. */
  kind?: SpanKind;
  /** Two ends joined by a dash or "по"/"до" were written ("с 1 по 15 мая", not "с сентября"). */
  ranged?: boolean;
}

export const part = (year: number | null, month: number | null, day: number, anchor?: 0 | 1): Part =>
  anchor === undefined ? { year, month, day } : { year, month, day, anchor };

/** A whole month, a date, a run of months: the usual spans. */
export const monthSpan = (year: number | null, month: number): Span => ({
  parts: [part(year, month, 1), part(year, month, 0)],
});
export const daySpan = (year: number | null, month: number | null, day: number): Span => ({
  parts: [part(year, month, day)],
  kind: 'day',
});

/** Spans one after another: a range (two ends) or, with `discrete`, a list of separate dates. */
export function joinSpans(spans: Span[], discrete = false): Span {
  const out: Span = { parts: spans.flatMap((s) => s.parts.map((p) => ({ ...p }))) };
  if (discrete || spans.some((s) => s.discrete)) out.discrete = true;
  const kind = spans[0]?.kind;
  if (kind && spans.every((s) => s.kind === kind)) out.kind = kind;
  if (!discrete && spans.length > 1) out.ranged = true;
  return out;
}

/** Position within a year, for "is this later than that". */
const key = (p: Part) => (p.month ?? 0) * 100 + (p.day > 0 ? p.day : 31 + p.day);

export type FailReason = 'no-year' | 'no-month' | 'bad-date';

export type Resolved = { ok: true; dates: IsoDate[] } | { ok: false; reason: FailReason };

/**
 * Give every part a year, then a date. A part without a year takes it from its neighbour in the
 * chain (a later part that comes earlier in the year is in the next year: "Сентябрь-май"); a
 * chain with no year at all takes the context's: `year` is where it starts, `academicYear` Y puts
 * its end in Y when the end is September–December, else in Y+1 (so "август-сентябрь" of
 * 2019/2020 is August–September 2019, and "Сентябрь-май" is September Y to May Y+1).
 */
export function resolveSpan(span: Span, ctx: DeadlineContext): Resolved {
  const parts = span.parts.map((p) => ({ ...p }));
  // a bare day takes the month of the next part that names one ("01 - 28.02", "5, 12 марта")
  for (let i = parts.length - 1; i >= 0; i--) {
    if (parts[i].month === null) {
      const next = parts.slice(i + 1).find((p) => p.month !== null);
      if (!next) return { ok: false, reason: 'no-month' };
      parts[i].month = next.month;
    }
  }
  if (parts.every((p) => p.year === null)) {
    const base = ctx.academicYear ?? ctx.year ?? null;
    if (base === null) return { ok: false, reason: 'no-year' };
    const anchored = parts.findIndex((p) => p.anchor !== undefined);
    if (anchored >= 0) parts[anchored].year = base + (parts[anchored].anchor ?? 0);
    else if (ctx.academicYear != null) {
      const last = parts[parts.length - 1];
      last.year = (last.month ?? 1) >= 9 ? ctx.academicYear : ctx.academicYear + 1;
    } else parts[0].year = base;
  }
  // forward from every known year, then backward before the first one
  for (let i = 1; i < parts.length; i++) {
    const prev = parts[i - 1];
    if (parts[i].year === null && prev.year !== null) {
      parts[i].year = prev.year + (key(parts[i]) < key(prev) ? 1 : 0);
    }
  }
  for (let i = parts.length - 2; i >= 0; i--) {
    const next = parts[i + 1];
    if (parts[i].year === null && next.year !== null) {
      parts[i].year = next.year - (key(parts[i]) > key(next) ? 1 : 0);
    }
  }
  const dates: IsoDate[] = [];
  for (const p of parts) {
    const y = p.year as number;
    const m = p.month as number;
    const day = p.day > 0 ? p.day : y >= 1900 && m >= 1 && m <= 12 ? daysInMonth(y, m) + p.day : Number.NaN;
    const d = isoFromParts(y, m, day);
    if (!d) return { ok: false, reason: 'bad-date' };
    dates.push(d);
  }
  return { ok: true, dates };
}

/** True when no part names its own year (the context, not the text, would date it). */
export const hasOwnYear = (span: Span) => span.parts.some((p) => p.year !== null);
