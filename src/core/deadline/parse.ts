/**
 * Russian deadline text → start, end, recurrence (DESIGN.md, "Conventions for reading a
 * deadline"; docs/deadlines.md). Never throws: what cannot be read is kept verbatim with a
 * Russian `problem`, and a year is never guessed — it comes from the text or from the context.
 */
import type { IsoDate } from '../dates/calendar';
import { type ReadOptions, readSpan, skip } from './grammar';
import { normalize } from './normalize';
import { DAY_OF_EACH, findRecurrence, isAsNeeded, isRelative } from './recurrence';
import { type FailReason, resolveSpan, type Span } from './span';
import type { Deadline, DeadlineContext, Recurrence } from './types';

export { contextFromText } from './context';

/** What the reader understood, before it is shaped into a Deadline. */
interface Reading {
  start: IsoDate | null;
  end: IsoDate | null;
  recurrence: Recurrence;
  problem: string | null;
  discrete?: boolean;
  /** A year span after a recurrence ("ежегодно до 2024 года"): the last year it runs. */
  until?: IsoDate | null;
  /** The dated part had no year and the context none either. */
  noYear?: boolean;
}

const q = (s: string) => `«${s}»`;
const MSG = {
  unreadable: (t: string) => `Не удалось прочитать срок: ${q(t)}. Текст сохранён как есть.`,
  noYear: (t: string) => `Не указан год: ${q(t)}. Укажите год в сроке или в названии плана.`,
  noMonth: (t: string) => `Не указан месяц: ${q(t)}.`,
  badDate: (t: string) => `Нет такой даты: ${q(t)}.`,
  relative: (t: string) => `Срок задан относительно события, а не датой: ${q(t)}.`,
  backwards: (t: string) => `Окончание срока раньше начала: ${q(t)}.`,
  partly: (rest: string, t: string) => `Прочитано не всё: ${q(rest)} в сроке ${q(t)}.`,
};

const UNTIL = '(?:(?:в\\s+)?срок\\s+)?(?:до|не\\s+позднее|не\\s+позже|к|по)(?![а-я])';
const FROM = '(?:начиная\\s+)?(?:с|со)(?![а-я])';
const IN = '(?:в|во|на)(?![а-я])';
const NARROW = ',?\\s*(?:но\\s+)?(?:до|не\\s+позднее|не\\s+позже)(?![а-я])';

const EMPTY_READING: Reading = { start: null, end: null, recurrence: 'none', problem: null };

/**
 * A dated phrase, read to its very end or not at all: "[до|не позднее|к|с|в] span
 * [, до span]". Null when the text is not (only) a date — the caller then tries other readings.
 */
function readDated(s: string, ctx: DeadlineContext, original: string): Reading | null {
  const opts: ReadOptions = { school: ctx.academicYear != null };
  // the prefix says which end the dates are: "до X" is an end, "с X" a start, "в X" both
  const until = skip(UNTIL, s, 0);
  const from = until === null ? skip(FROM, s, 0) : null;
  const mode: 'span' | 'until' | 'from' = until !== null ? 'until' : from !== null ? 'from' : 'span';
  let at = until ?? from ?? skip(IN, s, 0) ?? 0;
  const span = readSpan(opts)(s, at);
  if (!span) return null;
  let narrow: Span | null = null;
  at = span.end;
  const n = skip(NARROW, s, at);
  if (n !== null) {
    const x = readSpan(opts)(s, n);
    if (x) {
      narrow = x.value;
      at = x.end;
    }
  }
  if (s.slice(at).trim() !== '') return null;

  const r = resolveSpan(span.value, ctx);
  if (!r.ok) return failed(r.reason, original);
  let start: IsoDate | null = r.dates[0];
  let end: IsoDate | null = r.dates[r.dates.length - 1];
  if (narrow) {
    // "Ноябрь- декабрь, до 20 декабря": the second part moves the end; it lives in the span's year
    const endYear = Number(end.slice(0, 4));
    const x = resolveSpan({ parts: narrow.parts.map((pt) => ({ ...pt, year: pt.year ?? endYear })) }, ctx);
    if (!x.ok) return failed(x.reason, original);
    end = x.dates[x.dates.length - 1];
  }
  const wholeRange = span.value.parts.length > 1 && !narrow;
  if (mode === 'until') start = null;
  // "с X" alone opens a period; "с X по Y" is a range
  if (mode === 'from' && !(wholeRange && rangeWritten(s))) end = null;
  const out: Reading = { start, end, recurrence: 'none', problem: null };
  if (span.value.discrete) out.discrete = true;
  if (start && end && end < start) out.problem = MSG.backwards(original);
  return out;
}

/** "с 1 по 15 мая" names both ends; "с сентября" names only the start. */
const rangeWritten = (s: string) => /-|(?<![а-я])(?:по|до)(?![а-я])/.test(s.replace(/^(?:начиная\s+)?(?:с|со)\s+/, ''));

function failed(reason: FailReason, original: string): Reading {
  if (reason === 'no-year') return { ...EMPTY_READING, problem: MSG.noYear(original), noYear: true };
  if (reason === 'no-month') return { ...EMPTY_READING, problem: MSG.noMonth(original) };
  return { ...EMPTY_READING, problem: MSG.badDate(original) };
}

const clean = (s: string) =>
  s
    .replace(/[()[\]]/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.-]+|[\s,;:.-]+$/g, '')
    .trim();

/** Only years: "до 2024", "2021-2024", "в течение 2021-2024" after a recurrence word. */
const YEARS_ONLY = /^(?:(?:до|по|в течение|в|на)\s+)?(?:(?:19|20)\d\d-)?((?:19|20)\d\d)$/;

/** The text around a recurrence word: a first occurrence, a horizon, or something unread. */
function readRecurring(
  s: string,
  found: ReturnType<typeof findRecurrence> & {},
  ctx: DeadlineContext,
  original: string,
): Reading {
  const out: Reading = { ...EMPTY_READING, recurrence: found.recurrence };
  const rest = clean(`${s.slice(0, found.index)} ${s.slice(found.index + found.length)}`);
  if (!rest || DAY_OF_EACH.test(rest)) return out;
  const years = YEARS_ONLY.exec(rest);
  if (years) return { ...out, until: `${years[1]}-12-31` };
  const dated = readDated(rest, ctx, original);
  if (dated) {
    // the first occurrence of a yearly "в мае", or the period of an ongoing "в течение сентября"
    return { ...dated, recurrence: found.recurrence, start: dated.start ?? dated.end, end: dated.end ?? dated.start };
  }
  const again = read(rest, ctx, original);
  if (!again.problem && (again.recurrence !== 'none' || again.start || again.end)) return out;
  // "2 раза в год (в сентябре и мае). В середине года …": read the first piece, report the rest
  const pieces = rest.split(/\s*[.;:]\s+/);
  const first = pieces.length > 1 ? readDated(clean(pieces[0]), ctx, original) : null;
  if (first && !first.problem) {
    const unread = pieces.slice(1).join('. ');
    return {
      ...first,
      recurrence: found.recurrence,
      start: first.start ?? first.end,
      end: first.end ?? first.start,
      problem: MSG.partly(unread, original),
    };
  }
  return { ...out, problem: MSG.partly(rest, original) };
}

/** "в течение учебного года", "в течение сентября": ongoing over the period. */
function readDuring(s: string, ctx: DeadlineContext, original: string): Reading | null {
  const m = /^в течение\s+/.exec(s);
  if (!m) return null;
  const rest = s.slice(m[0].length);
  const dated = readDated(rest, ctx, original);
  if (!dated) return null;
  // the plan's own school year with no year known: understood as "all the time", nothing to date
  if (dated.noYear && /^(?:всего\s+)?(?:учебн|тренировочн)[а-я]*\s+год[а-я]*$/.test(rest)) {
    return { ...EMPTY_READING, recurrence: 'ongoing' };
  }
  return { ...dated, recurrence: 'ongoing' };
}

function read(s: string, ctx: DeadlineContext, original: string): Reading {
  if (!s) return { ...EMPTY_READING, problem: MSG.unreadable(original) };
  // a date first: "до 01.09" is never a recurrence, and it is the most common cell
  const dated = readDated(s, ctx, original);
  if (dated) return dated;
  const during = readDuring(s, ctx, original);
  if (during) return during;
  const found = findRecurrence(s);
  if (found) return readRecurring(s, found, ctx, original);
  if (isAsNeeded(s)) return { ...EMPTY_READING, recurrence: 'as-needed' };
  if (isRelative(s)) return { ...EMPTY_READING, problem: MSG.relative(original) };
  return { ...EMPTY_READING, problem: MSG.unreadable(original) };
}

/**
 * Read one deadline cell. `ctx` gives the year of phrases that have none (`academicYear` wins
 * over `year` when both are known) and the horizon that recurrences run until.
 */
export function parseDeadline(text: string, ctx: DeadlineContext = {}): Deadline {
  const t = String(text ?? '').trim();
  const base: Deadline = { text: t, start: null, end: null, recurrence: 'none', inherited: false, problem: null };
  if (!t) return base;
  let r: Reading;
  try {
    r = read(normalize(t), ctx, t);
  } catch {
    // a bug in a regex must not cost the user the import: keep the text, say it was not read
    r = { ...EMPTY_READING, problem: MSG.unreadable(t) };
  }
  const out: Deadline = { ...base, start: r.start, end: r.end, recurrence: r.recurrence, problem: r.problem };
  if (r.discrete) out.discrete = true;
  if (r.recurrence !== 'none') out.until = untilOf(r, ctx);
  return out;
}

const PERIODIC: ReadonlySet<Recurrence> = new Set(['yearly', 'quarterly', 'monthly', 'weekly']);

/** Recurrences run to the end of the plan's horizon year; an ongoing period ends with its end. */
function untilOf(r: Reading, ctx: DeadlineContext): IsoDate | null {
  if (r.until) return r.until;
  if (!PERIODIC.has(r.recurrence) && r.end) return null;
  return ctx.horizonYear ? `${ctx.horizonYear}-12-31` : null;
}
