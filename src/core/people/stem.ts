import { stemmer as russianStem } from '@orama/stemmers/russian';
import { expandShortWords, fold } from './text';

/**
 * Russian case forms through the Snowball Russian stemmer ("экспертной группы" and "Экспертная
 * группа" both become "экспертн групп"), so the resolver compares phrases, not endings. The stemmer
 * is a library: Orama's port of the Snowball algorithm, one 7 KB module per language (the
 * `snowball-stemmers` package gave the same stems but bundled every language, 870 KB, into Code.js).
 * No suffix rules are written by hand.
 */
export function stem(word: string): string {
  // Short words and abbreviations ("ДОО", "МО") are left whole: the stemmer would cut "доо" to "до".
  if (word.length <= 3) return word;
  return word
    .split('-')
    .map((p) => (p.length <= 3 ? p : russianStem(p)))
    .join('-');
}

/** Words that carry no meaning for matching: prepositions, "члены", "все". */
const STOP = new Set([
  'по',
  'в',
  'во',
  'за',
  'на',
  'и',
  'с',
  'со',
  'для',
  'при',
  'от',
  'до',
  'к',
  'ко',
  'а',
  'также',
  'член',
  'члены',
  'все',
  'вся',
  'весь',
  'г',
  'of',
  'the',
  'and',
]);

/** A phrase as a set of stems: folded, short words expanded, "№ 1" → "1", quotes and punctuation gone. */
export function stems(phrase: string): string[] {
  const words = fold(expandShortWords(phrase))
    .replace(/№\s*/g, ' ')
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w && !STOP.has(w));
  return [...new Set(words.map(stem))].sort();
}

/** The stem set as one string, for equality and as a map key. */
export function stemKey(phrase: string): string {
  return stems(phrase).join(' ');
}
