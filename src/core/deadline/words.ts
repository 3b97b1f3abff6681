/**
 * Russian words a deadline is made of: month names in every case and the usual abbreviations,
 * Roman and word ordinals. Regex sources are written for text already lower-cased with ё → е
 * (see normalize.ts); `(?![а-я])` stands in for `\b`, which does not know Cyrillic.
 */

/** One alternative per month, in month order; each covers all cases ("май", "мая", "мае", "маю"). */
const MONTH_FORMS = [
  'январ[ьяею]|янв',
  'феврал[ьяею]|фев',
  'март[аеу]?|мар',
  'апрел[ьяею]|апр',
  'ма[йяею]',
  'июн[ьяею]|июн',
  'июл[ьяею]|июл',
  'август[аеу]?|авг',
  'сентябр[ьяею]|сентя?|сен',
  'октябр[ьяею]|окт',
  'ноябр[ьяею]|нояб?',
  'декабр[ьяею]|дек',
];

/** A month word, captured; the abbreviation may carry a dot. */
export const MONTH = `((?:${MONTH_FORMS.join('|')})(?![а-я])\\.?)`;

const MONTH_EXACT = MONTH_FORMS.map((f) => new RegExp(`^(?:${f})\\.?$`));

/** 1–12 for a month word, or null. */
export function monthNumber(word: string): number | null {
  const i = MONTH_EXACT.findIndex((re) => re.test(word));
  return i < 0 ? null : i + 1;
}

/** Ordinal 1–5 as a Roman numeral, a digit or a word ("I", "2", "третья", "первого"). */
export const ORDINAL = '(iv|v|i{1,3}|[1-5]|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*|пят[а-я]*)';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
const WORD_ORDINALS: [RegExp, number][] = [
  [/^перв/, 1],
  [/^втор/, 2],
  [/^трет/, 3],
  [/^четверт/, 4],
  [/^пят/, 5],
];

export function ordinalNumber(word: string): number | null {
  if (/^\d$/.test(word)) return Number(word);
  if (word in ROMAN) return ROMAN[word];
  for (const [re, n] of WORD_ORDINALS) if (re.test(word)) return n;
  return null;
}
