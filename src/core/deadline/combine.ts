/**
 * Combines the date expressions found in a cell (extract.ts) into one reading: one date → that
 * day; a range → start..end; several → the first start .. the last end, flagged `discrete`;
 * "до X" inside the period before it narrows that period; dates inside an ongoing period belong
 * to it; a weekday rule with an explicit date is the date; a recurrence takes its first occurrence.
 */
import { addDays, formatRu, type IsoDate } from '../dates/calendar';
import type { Hit } from './extract';
import { MSG } from './messages';
import { periodOf } from './period';
import type { Found } from './recurrence';
import { isRelative } from './recurrence';
import { hasOwnYear, resolveSpan, type Span } from './span';
import type { DeadlineContext, Recurrence } from './types';

/** What the reader understood, before it is shaped into a Deadline. */
export interface Reading {
  start: IsoDate | null;
  end: IsoDate | null;
  recurrence: Recurrence;
  problem: string | null;
  discrete?: boolean;
  /** A year span after a recurrence ("ежегодно до 2024 года"): the last year it runs. */
  until?: IsoDate | null;
}

interface Item {
  start: IsoDate | null;
  end: IsoDate | null;
  hit: Hit;
  ownYear: boolean;
}

const PERIODIC: ReadonlySet<Recurrence> = new Set(['yearly', 'quarterly', 'monthly', 'weekly']);

/** A bare day with no month anywhere after it in its expression ("25 числа", "2" of "2 раза"). */
const monthless = (span: Span) =>
  span.parts.some((p, i) => p.month === null && !span.parts.slice(i + 1).some((x) => x.month !== null));

const shiftYear = (d: IsoDate, n: number): IsoDate => `${Number(d.slice(0, 4)) + n}${d.slice(4)}`;

/**
 * Dates for the dated hits: their parts are resolved as one chain, so a part without a year takes
 * it from its neighbours, in the cell as in one phrase ("сентябрь … май" of a school year).
 */
function dateItems(hits: Hit[], ctx: DeadlineContext): { items: Item[] } | { fail: 'no-year' | 'bad-date' } {
  const dated = hits.filter((h): h is Hit & { span: Span } => h.span !== null);
  if (!dated.length) return { items: [] };
  const r = resolveSpan({ parts: dated.flatMap((h) => h.span.parts) }, ctx);
  if (!r.ok) return { fail: r.reason === 'no-year' ? 'no-year' : 'bad-date' };
  const items: Item[] = [];
  let k = 0;
  for (const h of dated) {
    const ds = r.dates.slice(k, k + h.span.parts.length);
    k += h.span.parts.length;
    let start: IsoDate | null = ds[0];
    let end: IsoDate | null = ds[ds.length - 1];
    if (h.mode === 'until') {
      // "к 2025/2026 учебному году", "до 2021-2022 уч. г.": by its start, so the eve of it
      if (h.span.kind === 'academic' && !/^по/.test(h.word ?? '')) end = addDays(ds[0], -1);
      start = null;
    }
    // "с X" alone opens a period; "с X по Y" is a range
    if (h.mode === 'from' && !h.span.ranged) end = null;
    items.push({ start, end, hit: h, ownYear: hasOwnYear(h.span) });
  }
  return { items };
}

/** "Ноябрь- декабрь, до 20 декабря": the second moves the first's end, in the first's year. */
function narrows(prev: Item, cur: Item): IsoDate | null {
  if (cur.hit.mode !== 'until' || prev.hit.mode === 'until' || !prev.start || !prev.end || !cur.end) return null;
  const inside = (d: IsoDate) => d >= (prev.start as IsoDate) && d <= (prev.end as IsoDate);
  if (inside(cur.end)) return cur.end;
  const back = shiftYear(cur.end, -1);
  return !cur.ownYear && inside(back) ? back : null;
}

function merge(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    const narrowed = prev ? narrows(prev, it) : null;
    if (prev && narrowed) {
      prev.end = narrowed;
      continue;
    }
    // "с 1 сентября, до 20 мая": one period
    if (prev?.hit.mode === 'from' && prev.end === null && it.hit.mode === 'until' && it.end && prev.start) {
      if (it.end >= prev.start) {
        prev.end = it.end;
        continue;
      }
    }
    out.push(it);
  }
  // dates inside an ongoing period belong to it: "сентябрь, в течение года"
  const ongoing = out.filter((i) => i.hit.mode === 'during' && i.start && i.end);
  return out.filter(
    (i) =>
      i.hit.mode === 'during' ||
      !ongoing.some(
        (o) => (i.start ?? i.end ?? '') >= (o.start as string) && (i.end ?? i.start ?? '') <= (o.end as string),
      ),
  );
}

/** A range whose end comes before its start only by its year: "с 01.06.2022 по 31.08.2021". */
function yearSlip(it: Item): IsoDate | null {
  if (!it.start || !it.end || it.end >= it.start) return null;
  const fixed = `${it.start.slice(0, 4)}${it.end.slice(4)}`;
  return Number(it.end.slice(0, 4)) === Number(it.start.slice(0, 4)) - 1 && fixed >= it.start ? fixed : null;
}

/**
 * The reading of the hits, with the recurrence found in the cell; null when no hit gives a date
 * or a period (the caller then reads the words: a recurrence, "по мере необходимости", an event).
 */
export function combine(
  found: { s: string; hits: Hit[]; rest: string; rec: Found | null },
  planCtx: DeadlineContext,
  original: string,
): Reading | null {
  let ctx = planCtx;
  const { s, hits, rest, rec } = found;
  let usable = hits.filter((h) => !(h.span && monthless(h.span)));
  // "13-14 декабря – по итогам 1 полугодия": what the activity is about, not when it is
  if (usable.length > 1) {
    const dated = usable.filter((h) => !isSubject(s, h));
    if (dated.length) usable = dated;
  }
  if (!usable.length) {
    // "1-10": only days, no month anywhere (the plan reader adds a month heading's name first)
    if (hits.length && !rec && !/[а-я]/.test(rest)) return { ...none(), problem: MSG.noMonth(original) };
    return null;
  }
  // "по завершению учебного процесса 2011/2012 учебного года", "за 2 недели до 25.05": an event comes
  // first and the date belongs to it (not "по итогам года, до 20.06", where the date stands apart)
  const lead = s.slice(0, usable[0].at);
  if (lead.trim() && !/[,;:.]/.test(lead) && isRelative(s, true)) return { ...none(), problem: MSG.relative(original) };

  const during = usable.some((h) => h.mode === 'during');
  const periodic = rec !== null && PERIODIC.has(rec.recurrence);
  const recurrence: Recurrence = periodic ? (rec as Found).recurrence : during || rec ? 'ongoing' : 'none';
  // "Учебный год с 01.09.2023 по 31.05.2024", "II полугодие с 09.01.2024 по …": a period's name
  // before the exact dates of it
  usable = usable.filter((h, i) => !isLabel(s, h, usable[i + 1]));
  // "с 24 ноября по 10 декабря 2016-2017 учебного года": a year named apart dates the others
  const own = usable.filter((h) => h.span && hasOwnYear(h.span));
  const yearless = usable.filter((h) => h.span && !hasOwnYear(h.span));
  const namer = own.length === 1 && yearless.length ? yearContext(own[0]) : null;
  if (namer) {
    ctx = namer;
    usable = usable.filter((h) => h !== own[0]);
  }
  const r = dateItems(usable, ctx);
  if ('fail' in r) {
    const problem = r.fail === 'no-year' ? MSG.noYear(original) : MSG.badDate(original);
    return { ...none(), recurrence, problem };
  }
  const items = [...r.items];
  for (const h of usable) {
    if (h.mode !== 'during' || h.span || !h.periodWord) continue;
    const p = periodOf(h.periodWord, ctx);
    items.push({ start: p?.start ?? null, end: p?.end ?? null, hit: h, ownYear: false });
  }
  items.sort((a, b) => a.hit.at - b.hit.at);
  let problem: string | null = null;
  for (const it of items) {
    const fixed = yearSlip(it);
    if (fixed) {
      it.end = fixed;
      problem = MSG.typo(original, formatRu(fixed));
    } else if (it.start && it.end && it.end < it.start) problem = MSG.backwards(original);
  }
  const kept = dropNamingYear(merge(items));
  const dated = kept.filter((i) => i.start || i.end);
  if (!dated.length) return { ...none(), recurrence, problem };

  // a recurrence with only years after it: "ежегодно до 2024 года", "ежемесячно в течение 2021 года"
  if (periodic && dated.every((i) => i.hit.span?.kind === 'year' || i.hit.mode === 'during')) {
    const until = dated.map((i) => i.end ?? i.start).sort()[dated.length - 1] as IsoDate;
    return { ...none(), recurrence, problem, until };
  }
  const first = [...dated].sort((a, b) => key(a.start ?? a.end) - key(b.start ?? b.end))[0];
  const last = [...dated].sort((a, b) => key(a.end ?? a.start) - key(b.end ?? b.start))[dated.length - 1];
  let start = first.start;
  let end = last.end;
  if (!start && !end) {
    // "до X … с Y": open at both ends as written; the dates it names are all there is to go by
    const all = dated
      .flatMap((i) => [i.start, i.end])
      .filter((d): d is IsoDate => d !== null)
      .sort();
    start = all[0];
    end = all[all.length - 1];
  }
  const discrete = dated.length > 1 || Boolean(dated[0].hit.span?.discrete);
  // "по средам (15.09)": the date, not the rule
  if (rec?.byWeekday && dated.every((i) => i.hit.span?.kind === 'day' && i.hit.mode === 'span')) {
    return { start, end, recurrence: 'none', problem, ...(discrete ? { discrete } : {}) };
  }
  if (periodic) {
    // the first occurrence of a yearly "в мае", "ежегодно до 1 февраля"
    start = start ?? end;
    end = end ?? start;
  }
  const out: Reading = { start, end, recurrence, problem };
  if (discrete) out.discrete = true;
  return out;
}

/** The dates a hit is about rather than when: "по (предварительным) итогам 1 полугодия", "по результатам …". */
function isSubject(s: string, h: Hit): boolean {
  return /(?:итог[а-я]*|результат[а-я]*)(?:\s+[а-я\d]+){0,4}\s*$/.test(s.slice(Math.max(0, h.at - 60), h.at));
}

/** A named period right before an exact range "с X по Y" of days: the range is what counts. */
function isLabel(s: string, h: Hit, next: Hit | undefined): boolean {
  if (!next || !h.span || !next.span || h.span.kind === 'day' || h.mode !== 'span') return false;
  if (next.span.kind !== 'day' || !(next.span.ranged || next.mode === 'from')) return false;
  return s.slice(h.end, next.at).trim() === '';
}

/**
 * "Начать 2023/2024 учебный год 1 сентября 2023 года": a year or school year that holds every
 * other date of the cell names them; it is not one more date.
 */
function dropNamingYear(items: Item[]): Item[] {
  if (items.length < 2) return items;
  const namers = items.filter(
    (i) => i.hit.mode === 'span' && (i.hit.span?.kind === 'year' || i.hit.span?.kind === 'academic'),
  );
  if (namers.length !== 1) return items;
  const n = namers[0];
  const rest = items.filter((i) => i !== n);
  const inside = rest.every((i) => {
    const a = i.start ?? i.end;
    const b = i.end ?? i.start;
    return a !== null && b !== null && n.start !== null && n.end !== null && a >= n.start && b <= n.end;
  });
  return inside ? rest : items;
}

/** A whole year or school year written apart from the dates: the context they are read in. */
function yearContext(h: Hit): DeadlineContext | null {
  const p = h.span?.parts ?? [];
  if (h.mode !== 'span' || !p.length || p[0].year === null) return null;
  if (h.span?.kind === 'academic') return { academicYear: p[0].year };
  if (h.span?.kind === 'year' && p[p.length - 1].year === p[0].year) return { year: p[0].year };
  return null;
}

const key = (d: IsoDate | null) => (d ? Number(d.replace(/-/g, '')) : 0);

const none = (): Reading => ({ start: null, end: null, recurrence: 'none', problem: null });
