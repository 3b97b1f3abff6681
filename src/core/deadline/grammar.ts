/**
 * The grammar of a dated deadline, on normalized text (see normalize.ts): atoms (a date, a month,
 * a quarter, a week of a month, an academic year…), ranges of atoms joined by a dash or "с … по",
 * lists of atoms ("март, май"). A small recursive-descent reader over sticky regexes: each reader
 * takes the text and a position and returns what it read and where it stopped, or null.
 */

import { daySpan, joinSpans, monthSpan, part, type Span } from './span';
import { MONTH, monthNumber, ORDINAL, ordinalNumber } from './words';

export interface Read<T> {
  value: T;
  end: number;
}

type Reader<T> = (s: string, at: number) => Read<T> | null;

const cache = new Map<string, RegExp>();
/** Match `source` exactly at `at` (sticky), optionally after spaces. */
function look(source: string, s: string, at: number): RegExpExecArray | null {
  let re = cache.get(source);
  if (!re) {
    re = new RegExp(`\\s*(?:${source})`, 'y');
    cache.set(source, re);
  }
  re.lastIndex = at;
  return re.exec(s);
}

const NOT_WORD = '(?![а-яa-z\\d])';
const YEAR = '((?:19|20)\\d\\d)';
const yearOf = (y: string | undefined) => (y ? Number(y) : null);
/** "уч. г.", "учебный год", "учебного года", "тренировочный год" after a pair of years. */
const ACADEMIC_WORD =
  '(?:уч(?:ебн[а-я]*)?\\.?|тренировочн[а-я]*|спортивн[а-я]*)(?:\\s*(?:г\\.?|год[а-я]*))?(?![а-яa-z\\d])';
/** A year after a date or a month, not the first of a pair ("10 декабря 2016-2017 учебного года"). */
const OPT_YEAR = `(?:\\s*${YEAR}(?!\\s*[-/]\\s*(?:(?:19|20)\\d\\d|\\d\\d)\\s*(?:уч|тренировочн|спортивн)))?`;
/** "21" in "01.03.21" is 2021. */
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function monthOf(word: string): number {
  return monthNumber(word) as number;
}

/** Each atom reader: [regex source, build]. Order matters: longer, more specific forms first. */
const ATOMS: [string, (m: RegExpExecArray, opts: ReadOptions) => Span | null][] = [
  // half of an academic year: "II полугодие 2023-2024 учебного года" (school halves of that year)
  [
    `${ORDINAL}\\s*(?:-?[а-я]{1,2}\\s+)?полугоди[а-я]*\\s+${YEAR}\\s*[-/]\\s*(\\d{4}|\\d{2})\\s*${ACADEMIC_WORD}`,
    (m) => {
      const n = ordinalNumber(m[1]);
      const a = Number(m[2]);
      if ((n !== 1 && n !== 2) || fullYear(m[3]) !== a + 1) return null;
      return { parts: n === 1 ? [part(a, 9, 1), part(a, 12, 31)] : [part(a + 1, 1, 1), part(a + 1, 5, 31)] };
    },
  ],
  // academic year "2021-2022 уч. г.", "2019/2020 учебный год", "2021-22 учебного года"; several:
  // "на 2022-2025 учебные годы" (01.09.2022–31.08.2025)
  [
    `${YEAR}\\s*[-/]\\s*(\\d{4}|\\d{2})\\s*${ACADEMIC_WORD}`,
    (m) => {
      const a = Number(m[1]);
      const b = fullYear(m[2]);
      if (b <= a || b - a > 10) return null;
      return { parts: [part(a, 9, 1), part(b, 8, 31)], kind: 'academic' };
    },
  ],
  // "учебный год" with no number: the plan's academic year
  [
    `(?:учебн[а-я]*|тренировочн[а-я]*)\\s+год[а-я]*${NOT_WORD}`,
    () => ({ parts: [part(null, 9, 1, 0), part(null, 8, 31, 1)], kind: 'academic' }),
  ],
  // "к началу учебного года" is read by the prefix; here "начало учебного года" = 31.08 (the eve)
  [
    `начал[а-я]*\\s+(?:нового\\s+)?(?:${YEAR}\\s*[-/]\\s*(?:\\d{4}|\\d{2})\\s+)?учебн[а-я]*\\s+год[а-я]*${NOT_WORD}`,
    (m) => ({ parts: [m[1] ? part(Number(m[1]), 8, 31) : part(null, 8, 31, 0)] }),
  ],
  // ISO date
  [`${YEAR}-(\\d{2})-(\\d{2})${NOT_WORD}`, (m) => daySpan(Number(m[1]), Number(m[2]), Number(m[3]))],
  // dd.mm.yyyy, dd.mm.yy
  [
    `(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d.]?\\d)`,
    (m) => daySpan(fullYear(m[3]), Number(m[2]), Number(m[1])),
  ],
  // slashes: month/day/year as in the US ("01/08/2024" is 8 January); day/month only when the
  // first number cannot be a month ("25/05/2022")
  [
    `(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})${NOT_WORD}`,
    (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return a > 12 && b <= 12 ? daySpan(fullYear(m[3]), b, a) : daySpan(fullYear(m[3]), a, b);
    },
  ],
  // dd.mm with no year, "3.04." with its trailing dot
  [
    `(\\d{1,2})\\.(\\d{1,2})(?:\\.(?!\\d))?(?!\\d)`,
    (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 12 ? daySpan(null, Number(m[2]), Number(m[1])) : null),
  ],
  // quarter range "I-II квартал 2021"
  [
    `${ORDINAL}-${ORDINAL}\\s*(?:-?[а-я]{1,2}\\s+)?(?:квартал[а-я]*|кв\\.?)${NOT_WORD}${OPT_YEAR}`,
    (m) => {
      const a = ordinalNumber(m[1]);
      const b = ordinalNumber(m[2]);
      if (!a || !b || a > 4 || b > 4 || b < a) return null;
      const y = yearOf(m[3]);
      return { parts: [part(y, a * 3 - 2, 1), part(y, b * 3, 0)] };
    },
  ],
  // quarter "I квартал 2022", "1-й квартал", "в IV кв."
  [
    `${ORDINAL}\\s*(?:-?[а-я]{1,2}\\s+)?(?:квартал[а-я]*|кв\\.?)${NOT_WORD}${OPT_YEAR}`,
    (m) => {
      const q = ordinalNumber(m[1]);
      if (!q || q > 4) return null;
      const y = yearOf(m[2]);
      return { parts: [part(y, q * 3 - 2, 1), part(y, q * 3, 0)] };
    },
  ],
  // half-year "1 полугодие", "II полугодие 2021": see halfYear() — school or calendar halves
  [`${ORDINAL}\\s*(?:-?[а-я]{1,2}\\s+)?полугоди[а-я]*${NOT_WORD}${OPT_YEAR}`, (m, opts) => halfYear(m, opts.school)],
  // week of a month "3 неделя февраля", "третья неделя февраля 2022"
  [
    `${ORDINAL}\\s*(?:-?[а-я]{1,2}\\s+)?недел[а-я]*\\s+${MONTH}${OPT_YEAR}`,
    (m) => {
      const n = ordinalNumber(m[1]);
      if (!n) return null;
      const y = yearOf(m[3]);
      const month = monthOf(m[2]);
      const last = n === 5 ? 0 : 7 * n; // the fifth week runs to the month's end
      return { parts: [part(y, month, 7 * n - 6), part(y, month, last)] };
    },
  ],
  // the last week / the end of a month: its last 7 days; the start of a month: its first 7
  [
    `(?:последн[а-я]*\\s+недел[а-я]*|конец|конц[аеу])\\s+${MONTH}${OPT_YEAR}`,
    (m) => {
      const y = yearOf(m[2]);
      const month = monthOf(m[1]);
      return { parts: [part(y, month, -6), part(y, month, 0)] };
    },
  ],
  [
    `(?:начало|начал[аеу])\\s+${MONTH}${OPT_YEAR}`,
    (m) => {
      const y = yearOf(m[2]);
      const month = monthOf(m[1]);
      return { parts: [part(y, month, 1), part(y, month, 7)] };
    },
  ],
  // decades of a month "вторая декада мая": 1–10, 11–20, 21–end
  [
    `${ORDINAL}\\s*(?:-?[а-я]{1,2}\\s+)?декад[а-я]*\\s+${MONTH}${OPT_YEAR}`,
    (m) => {
      const n = ordinalNumber(m[1]);
      if (!n || n > 3) return null;
      const y = yearOf(m[3]);
      const month = monthOf(m[2]);
      return { parts: [part(y, month, 10 * n - 9), part(y, month, n === 3 ? 0 : 10 * n)] };
    },
  ],
  // the end of a year: its last 7 days, as for a month ("до конца года" ends on 31.12)
  [
    `(?:конец|конц[аеу])\\s+(?:(?:календарного\\s+)?года|${YEAR})${NOT_WORD}`,
    (m) => {
      const y = yearOf(m[1]);
      return { parts: [part(y, 12, 25), part(y, 12, 31)] };
    },
  ],
  // seasons: summer is June–August, as in every school plan ("летний оздоровительный период")
  [
    `(?:лето|лета|летом|летн[а-я]*(?:\\s+оздоровительн[а-я]*)?\\s+период[а-я]*)${NOT_WORD}${OPT_YEAR}`,
    (m) => ({ parts: [part(yearOf(m[1]), 6, 1), part(yearOf(m[1]), 8, 31)] }),
  ],
  // "9 февраля 2022", "05 августа", "25-го мая"
  [`(\\d{1,2})(?:-?(?:го|е))?\\s+${MONTH}${OPT_YEAR}`, (m) => daySpan(yearOf(m[3]), monthOf(m[2]), Number(m[1]))],
  // "январь 2020", "в сентябре"
  [`${MONTH}${OPT_YEAR}`, (m) => monthSpan(yearOf(m[2]), monthOf(m[1]))],
  // a year alone: "2021"
  [`${YEAR}${NOT_WORD}`, (m) => ({ parts: [part(Number(m[1]), 1, 1), part(Number(m[1]), 12, 31)], kind: 'year' })],
  // a bare day, "01" of "01 - 28.02.2021", "25 числа": it takes the month of what follows
  [
    `(\\d{1,2})(?:\\s*числ[а-я]*)?${NOT_WORD}`,
    (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 31 ? daySpan(null, null, Number(m[1])) : null),
  ],
];

/**
 * Half-years. In a school year (`school`): I = 01.09–31.12, II = 01.01–31.05; otherwise the
 * calendar halves: I = January–June, II = July–December.
 */
function halfYear(m: RegExpExecArray, school: boolean): Span | null {
  const n = ordinalNumber(m[1]);
  if (n !== 1 && n !== 2) return null;
  const y = yearOf(m[2]);
  if (school) return { parts: n === 1 ? [part(y, 9, 1), part(y, 12, 31)] : [part(y, 1, 1), part(y, 5, 31)] };
  return { parts: n === 1 ? [part(y, 1, 1), part(y, 6, 30)] : [part(y, 7, 1), part(y, 12, 31)] };
}

export interface ReadOptions {
  /** The plan runs on a school year: half-years are school halves. */
  school: boolean;
}

function atom(s: string, at: number, opts: ReadOptions): Read<Span> | null {
  for (const [source, build] of ATOMS) {
    const m = look(source, s, at);
    if (!m) continue;
    const span = build(m, opts);
    if (span) return { value: span, end: at + m[0].length };
  }
  return null;
}

/** An atom, or two joined by a dash or "по"/"до": "18.01-31.01.2021", "с 1 по 15 мая". */
function rangeOrAtom(s: string, at: number, opts: ReadOptions): Read<Span> | null {
  const a = atom(s, at, opts);
  if (!a) return null;
  const dash = look('-|по(?![а-я])|до(?![а-я])', s, a.end);
  if (dash) {
    const b = atom(s, a.end + dash[0].length, opts);
    if (b) return { value: joinSpans([a.value, b.value]), end: b.end };
  }
  return a;
}

/**
 * A span: ranges and atoms, several of them separated by commas, "и" or a space being a list of
 * separate dates ("март, май 2021", "октябрь ноябрь", "в сентябре и мае").
 */
export const readSpan =
  (opts: ReadOptions): Reader<Span> =>
  (s, at) => {
    const first = rangeOrAtom(s, at, opts);
    if (!first) return null;
    const items = [first.value];
    const ends = [first.end];
    let end = first.end;
    for (;;) {
      const sep = look('(?:,|\\s+и(?![а-я])|\\s)\\s*(?:(?:в|во)\\s+)?', s, end);
      if (!sep) break;
      const next = rangeOrAtom(s, end + sep[0].length, opts);
      if (!next) break;
      // "… по 10 декабря 2016-2017 учебного года", "2023/2024 учебный год 1 сентября 2023": a year
      // beside dates names them; it is not one more item of a list (the extraction reads it apart)
      const yearLike = (x: Span) => x.kind === 'year' || x.kind === 'academic';
      if (yearLike(next.value) !== items.every(yearLike)) break;
      items.push(next.value);
      ends.push(next.end);
      end = next.end;
    }
    // "по 31.12.2024 17 недель": a number after the dates with no month after it is not one of them
    while (items.length > 1 && items[items.length - 1].parts.every((p) => p.month === null)) {
      items.pop();
      ends.pop();
      end = ends[ends.length - 1];
    }
    return { value: items.length > 1 ? joinSpans(items, true) : first.value, end };
  };

/** Match a regex source at `at`, returning its end. */
export function skip(source: string, s: string, at: number): number | null {
  const m = look(source, s, at);
  return m ? at + m[0].length : null;
}
