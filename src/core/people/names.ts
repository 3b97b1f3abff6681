import { fold } from './text';

/**
 * Person names as plans write them: "Остапенко Н.М.", "Н.М. Остапенко", "Остапенко Н. М.",
 * "/С.В.Маслова", "Остапенко Наталья Михайловна". One normal form, "Фамилия И.О.", lets the plan's
 * short form meet the staff list's full one.
 */

/**
 * A capitalised word that can be a name: "Остапенко", "Ғазизұлы", "Абдул", "Салтыков-Щедрин", and
 * Tuvan compound surnames whose last part is lower case ("Маннын-оол", "Кечил-оол").
 */
export const NAME_WORD = /^\p{Lu}\p{Lu}?[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*(?:-\p{Ll}{2,})?$/u;

/** "Военно-патриотический", "Медико-социальный": compound adjectives, whose first part ends in -о/-е. */
const COMPOUND_ADJECTIVE = /^\p{L}+[оеОЕ]-\p{Ll}/u;

/** Patronymics (Russian, and the Turkic "-улы/-кызы/-оглы" written after the name). */
const PATRONYMIC = /(ич|вна|чна|ична|инична|оглы|улы|ұлы|кызы|қызы)$/iu; // "-ич": Петрович, Ильич, Кузьмич

export function isNameWord(w: string): boolean {
  if (!NAME_WORD.test(w)) return false;
  // A lower-case last part is a Tuvan surname ("Маннын-оол"), not a compound adjective.
  return !/-\p{Ll}+$/u.test(w) || /-\p{Lu}/u.test(w) || !COMPOUND_ADJECTIVE.test(w);
}

export function isPatronymic(w: string): boolean {
  return isNameWord(w) && PATRONYMIC.test(w);
}

/**
 * "ЛЛобанов" → "Лобанов": a doubled capital is a typing slip that no surname has. The source text
 * keeps the slip; only the normal form (used for matching) drops it.
 */
export function cleanNameWord(w: string): string {
  const m = /^(\p{Lu})(\p{Lu})(\p{Ll}.*)$/u.exec(w);
  return m && m[1] === m[2] ? m[1] + m[3] : w;
}

/** Latin capitals that look like Cyrillic ones ("Калита B.C." typed with a Latin keyboard layout). */
const LATIN_LOOKALIKE: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};

/**
 * A Cyrillic name with Latin look-alike letters in it ("Калита B.C.", "Иванoва") written in
 * Cyrillic: the staff list has it in Cyrillic, and a Latin "В" would never match it. Names with no
 * Cyrillic letter ("Abdul Hameed") are left as they are.
 */
function cyrillicLookalikes(surname: string, initials: readonly string[]): [string, string[]] {
  if (!/\p{Script=Cyrillic}/u.test(surname)) return [surname, [...initials]];
  const fix = (w: string) => w.replace(/[A-Za-z]/g, (c) => LATIN_LOOKALIKE[c] ?? c);
  return [fix(surname), initials.map(fix)];
}

export function formatName(surname: string, initials: readonly string[]): string {
  const [cyr, inits] = cyrillicLookalikes(surname, initials);
  const s = cleanNameWord(cyr);
  return inits.length ? `${s} ${inits.map((i) => `${i.toUpperCase()}.`).join('')}` : s;
}

export interface NameParts {
  surname: string;
  /** First letters of the first name and patronymic, as far as known (0–2). */
  initials: string[];
}

const INITIALS = String.raw`(\p{Lu})\.\s*(?:(\p{Lu})(?:\.|(?![\p{L}])))?`;
const SURNAME = String.raw`(\p{Lu}\p{Lu}?[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*(?:-\p{Ll}{2,})?)`;
const SURNAME_FIRST = new RegExp(String.raw`^${SURNAME}\s+${INITIALS}$`, 'u');
const INITIALS_FIRST = new RegExp(String.raw`^${INITIALS}\s*${SURNAME}$`, 'u');

/**
 * The parts of one person's name in any of the accepted forms, or null when the text is not a
 * name. "Фамилия Имя" (no patronymic) and "Фамилия Имя Отчество" read the first word as surname,
 * the way Russian lists are written.
 */
export function nameParts(text: string): NameParts | null {
  const t = text
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/^[\s/\\,;.:-]+|[\s/\\,;:-]+$/g, '')
    .trim();
  if (!t) return null;
  let m = SURNAME_FIRST.exec(t);
  if (m) return { surname: cleanNameWord(m[1]), initials: [m[2], m[3]].filter(Boolean) };
  m = INITIALS_FIRST.exec(t);
  if (m) return { surname: cleanNameWord(m[3]), initials: [m[1], m[2]].filter(Boolean) };
  const words = t.split(' ');
  if (words.length >= 2 && words.length <= 3 && words.every(isNameWord)) {
    if (words.length === 3 && !isPatronymic(words[2])) return null;
    return { surname: cleanNameWord(words[0]), initials: words.slice(1).map((w) => w[0]) };
  }
  if (words.length === 1 && isNameWord(words[0])) return { surname: cleanNameWord(words[0]), initials: [] };
  return null;
}

/** "Остапенко Наталья Михайловна" → "Остапенко Н.М."; null when the text is not one person's name. */
export function normalizeName(text: string): string | null {
  const p = nameParts(text);
  return p ? formatName(p.surname, p.initials) : null;
}

/**
 * Do two names denote the same person? Surnames equal (ё = е, any case); initials agree as far as
 * both give them ("Бекбутаева А." is "Бекбутаева Айдана Нурлановна").
 */
export function sameName(a: NameParts, b: NameParts): boolean {
  if (fold(a.surname) !== fold(b.surname)) return false;
  const n = Math.min(a.initials.length, b.initials.length);
  for (let i = 0; i < n; i++) if (fold(a.initials[i]) !== fold(b.initials[i])) return false;
  return true;
}
