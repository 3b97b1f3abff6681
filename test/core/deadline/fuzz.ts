/**
 * Generators of deadline cells for property tests (fast-check) and the invariants every reading
 * must keep, whatever the text: shared by parse.fuzz.test.ts (fixed seed, bounded count, in
 * `npm test`) and tools/bench/fuzz-deadline.ts (larger counts, with timings, in `npm run bench`).
 */
import fc from 'fast-check';
import { isIsoDate } from '../../../src/core/dates/calendar';
import type { Deadline, DeadlineContext } from '../../../src/core/deadline/types';
import { RECURRENCES } from '../../../src/core/deadline/types';

/** Pieces real cells are made of, so that random cells look like deadlines often enough. */
const PIECES = [
  '25.05.2022',
  '01.09',
  '3.04.',
  '15.04.21',
  '2021',
  '2022-2023 уч. г.',
  '2019/2020 учебный год',
  'сентябрь',
  'мая',
  'декабря 2016 г.',
  'I квартал',
  'II полугодие',
  '3 неделя',
  'вторая декада',
  'до',
  'с',
  'по',
  'к',
  'не позднее',
  'в течение',
  'месяца',
  'года',
  'ежегодно',
  '2 раза в год',
  'еженедельно по пятницам',
  'по мере необходимости',
  'за 2 недели до',
  '(среда)',
  'ПН.',
  'в 10.00',
  '10:30',
  '2 урок',
  '229 кабинет',
  'кроме',
  'или',
  'перенос',
  '«__»',
  '«Школа 2100»',
  'в те- чение',
  '–',
  '-',
  ',',
  ';',
  '.',
  '(',
  ')',
  '\n',
  ' ',
  ' и ',
];

const ALPHABET = '0123456789.-–—/ ,;:()[]<>«»"*¹ёжсдопквгянфмаюилртьIVXеуabcoxp_\n\t\u00a0';

/** A cell: pieces of real deadlines in random order, or random characters, sometimes both. */
export const cell: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join(' ')),
  fc.string({ unit: fc.constantFrom(...ALPHABET.split('')), maxLength: 60 }),
  fc
    .tuple(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }),
      fc.string({ unit: fc.constantFrom(...ALPHABET.split('')), maxLength: 20 }),
    )
    .map(([xs, noise]) => `${xs.join(' ')}${noise}`),
);

/** A cell far longer than any real one: a piece repeated thousands of times, with noise. */
export const longCell = (length: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...PIECES, 'а', '1', '<', '«', '1.'), fc.string({ maxLength: 10 }))
    .map(([piece, noise]) => `${piece} ${noise}`.repeat(Math.ceil(length / (piece.length + noise.length + 1))));

export const context: fc.Arbitrary<DeadlineContext> = fc.record(
  {
    year: fc.option(fc.integer({ min: 1990, max: 2040 }), { nil: null }),
    academicYear: fc.option(fc.integer({ min: 1990, max: 2040 }), { nil: null }),
    horizonYear: fc.option(fc.integer({ min: 1990, max: 2050 }), { nil: null }),
  },
  { requiredKeys: [] },
);

/**
 * What must hold of every reading: the text kept as written (trimmed), only valid days, the end
 * not before the start unless a problem says so, a known recurrence, `discrete` only with dates.
 * Returns what is wrong ([] = nothing).
 */
export function violations(text: string, d: Deadline): string[] {
  const bad: string[] = [];
  if (d.text !== String(text).trim()) bad.push('text not kept');
  for (const v of [d.start, d.end, d.until ?? null]) if (v !== null && !isIsoDate(v)) bad.push(`not a date: ${v}`);
  if (d.start && d.end && d.end < d.start && !/^(?:Окончание срока раньше начала|Проверьте год)/.test(d.problem ?? ''))
    bad.push(`end ${d.end} before start ${d.start} with no problem`);
  if (!RECURRENCES.includes(d.recurrence)) bad.push(`recurrence ${d.recurrence}`);
  if (d.problem !== null && (typeof d.problem !== 'string' || !d.problem)) bad.push('problem not a message');
  if (d.discrete && !d.start && !d.end) bad.push('discrete with no dates');
  if (d.inherited !== false) bad.push('inherited');
  // a cell with text is understood or says why not
  if (d.text && !d.start && !d.end && d.recurrence === 'none' && !d.problem) bad.push('not read and no problem');
  return bad;
}
