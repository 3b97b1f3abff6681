import { GROUP_HEADS, ORG_HEADS } from './lexicon';
import { lowerYo } from './text';

/**
 * The name form (nominative singular) of a group or body named in another case, for the rows
 * «Заполнить из плана» adds: «Членам экспертной группы ВСОКО» names the group «Экспертная группа
 * ВСОКО». The family: a head noun of the lexicon's group and body words (группа, комиссия, совет,
 * служба, команда, штаб, объединение…) in the genitive, dative, instrumental or prepositional
 * singular, with the adjectives before it; the words after the head (its own genitive object,
 * «по ВСОКО») are kept as written. Only a head whose nominative is a lexicon word is turned back,
 * and a plural head form is turned only when an adjective shows it is a singular oblique
 * («экспертной группы», not «рабочие группы»): otherwise the phrase is kept as written.
 */

type Gender = 'f' | 'm' | 'n';

const isHead = (w: string) => GROUP_HEADS.has(w) || ORG_HEADS.has(w);

/** Oblique singular endings of a head noun and the nominative they come from, most specific first. */
const NOUN_ENDINGS: [RegExp, string][] = [
  [/ией$/u, 'ия'], // комиссией
  [/ием$/u, 'ие'], // объединением
  [/ию$/u, 'ие'], // объединению
  [/ии$/u, 'ия'], // комиссии
  [/ии$/u, 'ие'], // объединении
  [/ия$/u, 'ие'], // объединения
  [/ству$/u, 'ство'],
  [/ством$/u, 'ство'],
  [/ства$/u, 'ство'],
  [/ою$/u, 'а'],
  [/ой$/u, 'а'], // группой, службой
  [/ы$/u, 'а'], // группы
  [/и$/u, 'а'], // after к, г, х: «библиотеки»
  [/е$/u, 'а'], // группе, службе
  [/ом$/u, ''], // советом, штабом
  [/у$/u, ''], // совету
  [/а$/u, ''], // совета
  [/е$/u, ''], // о совете
];

const genderOf = (nom: string): Gender => (/[ая]$/u.test(nom) ? 'f' : /[оеё]$/u.test(nom) ? 'n' : 'm');

const fold = lowerYo;

/** The head noun's nominative, when `w` is one of its oblique singular forms. */
function headNominative(w: string): string | null {
  for (const [re, to] of NOUN_ENDINGS) {
    if (!re.test(w)) continue;
    const nom = w.replace(re, to);
    if (nom !== w && isHead(nom) && !/[ыи]$/u.test(nom)) return nom;
  }
  return null;
}

/** An adjective before the head, in an oblique singular case: its nominative for the head's gender. */
function adjectiveNominative(w: string, g: Gender): string | null {
  const hard = (stem: string) => (/[гкхжчшщ]$/u.test(stem) ? 'ий' : 'ый');
  let m = /^(.+?)(ой|ою|ую|ей|ею|юю)$/u.exec(w);
  if (m && g === 'f') {
    const stem = m[1];
    // «рабочей» → «рабочая», «последней» → «последняя», «экспертной» → «экспертная».
    const soft = /^(ей|ею|юю)$/u.test(m[2]) && !/[жчшщ]$/u.test(stem);
    return `${stem}${soft ? 'яя' : 'ая'}`;
  }
  m = /^(.+?)(ого|его|ому|ему|ым|им)$/u.exec(w);
  if (m && g !== 'f') {
    const stem = m[1];
    const soft = /^(его|ему|им)$/u.test(m[2]) && !/[гкхжчшщ]$/u.test(stem);
    if (g === 'n') return `${stem}${soft || /[жчшщ]$/u.test(stem) ? 'ее' : 'ое'}`;
    return `${stem}${soft ? 'ий' : hard(stem)}`;
  }
  return null;
}

const ADJECTIVE = /(ой|ей|ою|ею|ую|юю|ого|его|ому|ему|ым|им|ая|яя|ые|ие|ый|ий|ое|ее)$/u;
const SINGULAR_OBLIQUE_ADJ = /(ой|ей|ою|ею|ого|его|ому|ему|ым|им)$/u;

/** Keeps the first letter's case of the word it replaces. */
const likeCase = (word: string, nom: string) =>
  word[0] === word[0].toUpperCase() ? nom[0].toUpperCase() + nom.slice(1) : nom;

/**
 * «экспертной группы ВСОКО» → «экспертная группа ВСОКО»; «педагогическим советом» → «педагогический
 * совет»; a phrase already in the nominative, or one whose head is not a lexicon word, is returned as written.
 */
export function nominativeBody(phrase: string): string {
  const words = phrase.trim().split(/\s+/u);
  for (let k = 0; k < words.length && k < 4; k++) {
    const w = fold(words[k]);
    if (!/^[а-я-]+$/u.test(w)) return phrase.trim();
    const adjectives = words.slice(0, k).map(fold);
    if (!adjectives.every((a) => ADJECTIVE.test(a))) return phrase.trim();
    const inSet = isHead(w);
    const nom = headNominative(w);
    if (!nom) {
      if (inSet) return phrase.trim(); // the head, already in its name form
      continue;
    }
    // «группы», «комиссии», «службы» are also nominative plurals: turned only after a singular oblique adjective.
    if (inSet && !(adjectives.length && adjectives.every((a) => SINGULAR_OBLIQUE_ADJ.test(a)))) return phrase.trim();
    const g = genderOf(nom);
    const adj = adjectives.map((a) => adjectiveNominative(a, g));
    if (adj.some((a) => a === null)) return phrase.trim();
    return [...adj.map((a, i) => likeCase(words[i], a!)), likeCase(words[k], nom), ...words.slice(k + 1)].join(' ');
  }
  return phrase.trim();
}

const NOMINATIVE_ADJ: Record<Gender, RegExp> = { f: /(ая|яя)$/u, m: /(ый|ий|ой)$/u, n: /(ое|ее)$/u };

/**
 * Is the phrase plainly in its name form: a singular head of the lexicon after adjectives that
 * agree with it in the nominative («Экспертная группа ВСОКО», «Педагогический совет»)? A plan that
 * writes the group so somewhere gives the spelling to use.
 */
export function isNameForm(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/u).map(fold);
  for (let k = 0; k < words.length && k < 4; k++) {
    const w = words[k];
    if (!isHead(w) || /[ыи]$/u.test(w)) continue;
    const g = genderOf(w);
    return words.slice(0, k).every((a) => NOMINATIVE_ADJ[g].test(a));
  }
  return false;
}
