/**
 * Finds every date expression in a cleaned cell (normalize.ts), with the word that says which end
 * it is ("до X" an end, "с X" a start, "в течение X" a period the activity runs through). What lies
 * between them is left for the caller to judge: most of it is noise (a weekday, a place, an
 * explanation), a few words could change the meaning.
 *
 * The scan tries the grammar at each word start and jumps past what it read, so it is linear in
 * the cell's length (each grammar attempt reads a bounded number of characters, or consumes them).
 */
import { type ReadOptions, readSpan, skip } from './grammar';
import type { Span } from './span';

/** span: the dates as written; until: "до X" (an end); from: "с X" (a start); during: "в течение X". */
export type Mode = 'span' | 'until' | 'from' | 'during';

export interface Hit {
  mode: Mode;
  /** The dates; null for "в течение месяца / недели / периода…", which the plan's period gives. */
  span: Span | null;
  /** For `during` with no dates: what the period is ("месяца", "недели", "года", "периода"…). */
  periodWord?: PeriodWord;
  /** The word before the dates that gave the mode: "до", "не позднее", "с", "в течение"… */
  word?: string;
  /** Where the hit, with its prefix, starts and ends in the cleaned text. */
  at: number;
  end: number;
}

/** «В течение дня / недели / месяца / года / учебного года / периода»: the period it names. */
export type PeriodWord = 'day' | 'week' | 'month' | 'year' | 'school-year' | 'calendar-year' | 'period';

const UNTIL = '(?:(?:в\\s+)?срок\\s+)?(?:до|не\\s+позднее|не\\s+позже|к|по)(?![а-я])';
const FROM = '(?:начиная\\s+)?(?:с|со)(?![а-я])';
const IN = '(?:в|во|на)(?![а-я])';
const DURING = '(?:в\\s+течение|на\\s+протяжении)(?:\\s+всего)?(?![а-я])';
/** "в течение месяца": the period of the plan or section; not "в течение месяца после приказа". */
const PERIOD_WORDS: [string, PeriodWord][] = [
  ['дня', 'day'],
  ['недели', 'week'],
  ['месяца', 'month'],
  ['года', 'year'],
  ['(?:учебного|тренировочного)\\s+года', 'school-year'],
  ['календарного\\s+года', 'calendar-year'],
  ['(?:периода|срока(?:\\s+реализации(?:\\s+(?:плана|программы|проекта))?)?|месячника|декады|смены|акции)', 'period'],
];
const AFTER_EVENT = '(?!\\s+(?:после|с\\s+момента|со\\s+дня|с\\s+даты|от\\s+даты))';
const WHOLE_PERIOD = '(?:весь|всего)\\s+период[а-я]*(?:\\s+реализации)?(?![а-я])';

function periodWord(s: string, at: number): { word: PeriodWord; end: number } | null {
  for (const [source, word] of PERIOD_WORDS) {
    const end = skip(`${source}(?![а-я])${AFTER_EVENT}`, s, at);
    if (end !== null) return { word, end };
  }
  return null;
}

/** One date expression starting at `at` (a word start), or null. */
function hitAt(s: string, at: number, opts: ReadOptions): Hit | null {
  const span = readSpan(opts);
  const during = skip(DURING, s, at);
  if (during !== null) {
    // the words first: "в течение учебного года" is the plan's school year, whatever year it is
    const w = periodWord(s, during);
    if (w) return { mode: 'during', span: null, periodWord: w.word, word: 'в течение', at, end: w.end };
    const x = span(s, during);
    if (x) return { mode: 'during', span: x.value, word: 'в течение', at, end: x.end };
  }
  const whole = skip(WHOLE_PERIOD, s, at);
  if (whole !== null) return { mode: 'during', span: null, periodWord: 'period', at, end: whole };
  for (const [source, mode] of [
    [UNTIL, 'until'],
    [FROM, 'from'],
    [IN, 'span'],
  ] as const) {
    const p = skip(source, s, at);
    if (p === null) continue;
    const x = span(s, p);
    if (x) return { mode, span: x.value, word: s.slice(at, p).trim(), at, end: x.end };
  }
  const x = span(s, at);
  return x ? { mode: 'span', span: x.value, at, end: x.end } : null;
}

const WORD_CHAR = /[а-яa-z\d]/;

export interface Extracted {
  hits: Hit[];
  /** The text with every hit cut out (a "|" where each was): what is left to judge. */
  rest: string;
}

export function extract(s: string, opts: ReadOptions): Extracted {
  const hits: Hit[] = [];
  let rest = '';
  let from = 0;
  for (let i = 0; i < s.length; ) {
    const wordStart = WORD_CHAR.test(s[i]) && (i === 0 || !WORD_CHAR.test(s[i - 1]));
    const h = wordStart ? hitAt(s, i, opts) : null;
    if (h && h.end > i) {
      hits.push(h);
      rest += `${s.slice(from, i)}|`;
      from = h.end;
      i = h.end;
    } else i++;
  }
  rest += s.slice(from);
  return { hits, rest };
}
