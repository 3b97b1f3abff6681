/**
 * The year a plan's deadlines live in, read from its title or preamble: "в 2021 году",
 * "на 2020 год", "на 2019-2020 учебный год", "до 2024 года", the date the order was signed; and
 * the period the title says the plan is for ("на 6 марта 2021 года", "месячник с 16 марта по
 * 17 апреля"), read with the deadline grammar itself.
 */

import { addDays } from '../dates/calendar';
import { extract } from './extract';
import { normalize } from './normalize';
import { resolveSpan } from './span';
import type { DeadlineContext } from './types';
import { MONTH } from './words';

const Y = '((?:19|20)\\d\\d)';
const YEAR_WORD = '(?:\\s*(?:г\\.?\\s*г\\.?|гг\\.?|г\\.?|год[а-я]*))';

const ACADEMIC = new RegExp(
  `${Y}\\s*[-/]\\s*((?:19|20)?\\d\\d)\\s*(?:уч(?:ебн[а-я]*)?\\.?|тренировочн[а-я]*|спортивн[а-я]*)(?:\\s*(?:г\\.?|год[а-я]*))?`,
);
/** "к 2011/2012 учебному году", "к началу 2012/2013 учебного года": a plan that prepares for it runs before it. */
const PREPARES_FOR = new RegExp(
  `(?:^|[^а-я])к\\s+(?:началу\\s+)?(?:нового\\s+|новому\\s+)?${Y}\\s*[-/]\\s*(?:(?:19|20)?\\d\\d)\\s*(?:уч|тренировочн|спортивн)`,
);
const HORIZON = new RegExp(`(?:^|[^а-я])(?:до|по)\\s+${Y}${YEAR_WORD}(?![а-я])`);
/** "на 2021-2024 годы", "2021 – 2024 гг.": the plan runs from the first year to the second. */
const YEARS = new RegExp(`${Y}\\s*-\\s*${Y}${YEAR_WORD}(?![а-я])`);
const YEAR = new RegExp(`(?:^|[^а-я])(?:в|на)\\s+${Y}${YEAR_WORD}(?![а-я])(?!\\s*[-/]\\s*\\d)`);
/** The date a document is dated: "25.06.2021", "от 25 июня 2021 г.", "от «08» 09 2021 г.". */
const DATED = new RegExp(
  `(?<!\\d)\\d{1,2}\\.\\d{1,2}\\.${Y}(?!\\d)|(?<!\\d)\\d{1,2}\\s+${MONTH}\\s+${Y}|от\\s+\\d{1,2}\\s+\\d{1,2}\\s+${Y}`,
);

function light(text: string): string {
  return String(text ?? '')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/[\u00a0\u2007\u202f\u2009\t\r\n]/g, ' ')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[«»"“”„*]/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ');
}

export function contextFromText(text: string): DeadlineContext {
  const s = light(text);
  const out: DeadlineContext = {};
  const prep = PREPARES_FOR.exec(s);
  const ac = prep ? null : ACADEMIC.exec(s);
  if (prep) out.year = Number(prep[1]);
  if (ac) {
    const a = Number(ac[1]);
    const b = ac[2].length === 2 ? Math.floor(a / 100) * 100 + Number(ac[2]) : Number(ac[2]);
    if (b === a + 1) out.academicYear = a;
    // "на 2022-2025 учебные годы": the first school year, recurrences until the last
    else if (b > a + 1 && b - a <= 10) {
      out.academicYear = a;
      out.horizonYear = b;
    }
  }
  const hz = HORIZON.exec(s);
  if (hz) out.horizonYear = Number(hz[1]);
  const ys = YEARS.exec(s);
  if (ys && out.academicYear == null && Number(ys[2]) > Number(ys[1])) {
    out.year = Number(ys[1]);
    out.horizonYear ??= Number(ys[2]);
  }
  const y = YEAR.exec(s);
  if (y && out.year == null) out.year = Number(y[1]);
  if (out.year == null && out.academicYear == null) {
    const d = DATED.exec(s);
    if (d) out.year = Number(d[1] ?? d[3] ?? d[4]);
  }
  return out;
}

/**
 * The period a plan's title says it is for: the first date expression of the title that is not a
 * document's date ("от 01.07.2020"), a horizon ("до 2024 года") or an open start. Its year comes
 * from the title or from `ctx` (the preamble's year). Null when the title names none.
 */
export function periodFromTitle(title: string, ctx: DeadlineContext): DeadlineContext['period'] {
  const s = normalize(String(title ?? '')).s;
  if (!s) return null;
  for (const h of extract(s, { school: ctx.academicYear != null }).hits) {
    if (!h.span || h.mode === 'until' || (h.mode === 'from' && !h.span.ranged)) continue;
    if (/(?:^|[^а-я])от\s*$/.test(s.slice(0, h.at))) continue;
    const r = resolveSpan(h.span, ctx);
    if (!r.ok) continue;
    const start = r.dates[0];
    let end = r.dates[r.dates.length - 1];
    // "события недели 02.03.2026": the week that starts on that day
    if (start === end && /недел[а-я]*\s*(?:с\s*)?$/.test(s.slice(0, h.at))) end = addDays(start, 6);
    if (end >= start) return { start, end };
  }
  return null;
}
