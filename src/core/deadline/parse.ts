/**
 * Russian deadline text → start, end, recurrence (docs/deadlines.md, "Conventions"). Reading is extraction: every date expression in the cell is found
 * (extract.ts), the noise around it is ignored, and the dates are combined (combine.ts). Never
 * throws: what cannot be read is kept verbatim with a Russian `problem`, and a year is never
 * guessed — it comes from the text or from the context.
 */
import type { IsoDate } from '../dates/calendar';
import { combine, type Reading } from './combine';
import { extract } from './extract';
import { MSG } from './messages';
import { normalize } from './normalize';
import { planPeriod } from './period';
import { findRecurrence, isAsNeeded, isEventLead, isRelative } from './recurrence';
import type { Deadline, DeadlineContext, Recurrence } from './types';

export { contextFromText } from './context';

const EMPTY: Reading = { start: null, end: null, recurrence: 'none', problem: null };

/**
 * Leftover words that could change what the dates mean: an exception, an alternative, a move.
 * Anything else around the dates (a weekday, a place, a reason) is noise.
 */
const CHANGES_MEANING =
  /(?<![а-я])(?:кроме|за\s+исключением|или|либо|перенос[а-я]*|отмен[а-я]*|отлож[а-я]*|(?:в\s+)?(?:середин[а-я]*|начал[еоа]|конц[еа]|конец)\s+(?:года|месяца|четверти|полугодия|недели|учебного\s+года))(?![а-я])/;

function leftover(rest: string): string | null {
  const m = CHANGES_MEANING.exec(rest);
  if (!m) return null;
  return rest.replace(/\|/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}

function read(t: string, ctx: DeadlineContext): Reading {
  const c = normalize(t);
  const s = c.s;
  const opts = { school: ctx.academicYear != null };
  const { hits, rest } = s ? extract(s, opts) : { hits: [], rest: '' };
  const rec = s ? findRecurrence(s) : null;
  const r = combine({ s, hits, rest, rec }, ctx, t);
  let out: Reading;
  if (r) out = r;
  else if (rec) out = { ...EMPTY, recurrence: rec.recurrence };
  else if (s && isAsNeeded(s)) out = { ...EMPTY, recurrence: 'as-needed' };
  else if (s && (isRelative(s) || isEventLead(s))) out = { ...EMPTY, problem: MSG.relative(t) };
  else if (c.time && oneDay(ctx)) {
    // "10.00 229 кабинет" in a plan for one day: that day
    const p = planPeriod(ctx) as { start: IsoDate; end: IsoDate };
    out = { ...EMPTY, start: p.start, end: p.start };
  } else out = { ...EMPTY, problem: MSG.unreadable(t) };
  if (!out.problem) {
    const words = leftover(rest);
    if (words && (out.start || out.end || out.recurrence !== 'none')) out.problem = MSG.partly(words, t);
    else if (c.cut) out.problem = MSG.long(t);
  }
  return out;
}

function oneDay(ctx: DeadlineContext): boolean {
  const p = planPeriod(ctx);
  return p !== null && p.start === p.end;
}

/**
 * Read one deadline cell. `ctx` gives the year of phrases that have none (`academicYear` wins
 * over `year` when both are known), the horizon that recurrences run until and the plan's period.
 */
export function parseDeadline(text: string, ctx: DeadlineContext = {}): Deadline {
  const t = String(text ?? '').trim();
  const base: Deadline = { text: t, start: null, end: null, recurrence: 'none', inherited: false, problem: null };
  if (!t) return base;
  let r: Reading;
  try {
    r = read(t, ctx);
  } catch {
    // a bug in a regex must not cost the user the import: keep the text, say it was not read
    r = { ...EMPTY, problem: MSG.unreadable(t) };
  }
  const out: Deadline = { ...base, start: r.start, end: r.end, recurrence: r.recurrence, problem: r.problem };
  if (r.discrete && (r.start || r.end)) out.discrete = true;
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
