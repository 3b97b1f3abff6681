import { lexForm, PLURAL_ROLES, SINGULAR_ROLES } from './lexicon';
import { lowerYo } from './text';

/**
 * Plans address people in the dative as often as they name them ("учителю информатики Кузнецову
 * В.В.", "Смирновой О.В."): the splitter reads the nominative so that the person meets the staff
 * list's ФИО. Only endings no nominative Russian surname or role has are turned back; anything
 * else is kept as written (a wrong nominative would name someone else).
 */

/** Dative surname endings and the nominative they come from, longest first. */
const SURNAME_DATIVE: [RegExp, string][] = [
  [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'], // Смирновой → Смирнова, Ильиной → Ильина
  [/(ск|цк)ой$/u, '$1ая'], // Вишневской → Вишневская
  [/(ов|ев|ёв|ин|ын)у$/u, '$1'], // Кузнецову → Кузнецов
  [/(ск|цк)ому$/u, '$1ий'], // Вишневскому → Вишневский
];

/** "Кузнецову" → "Кузнецов"; a word with no dative ending is returned as it is. */
export function nominativeSurname(word: string): string {
  for (const [re, to] of SURNAME_DATIVE) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** Candidate nominatives of a singular dative role noun ("учителю", "директору", "заведующему", "медсестре"). */
function nominativesOf(w: string): string[] {
  const out: string[] = [];
  if (/елю$/.test(w)) out.push(w.replace(/ю$/, 'ь')); // учителю → учитель
  if (/[^аеиоуыэюя]у$/.test(w)) out.push(w.slice(0, -1)); // директору → директор
  if (/ему$/.test(w)) out.push(w.replace(/ему$/, 'ий')); // заведующему → заведующий
  if (/ому$/.test(w)) out.push(w.replace(/ому$/, 'ый')); // дежурному → дежурный
  if (/ей$/.test(w)) out.push(w.replace(/ей$/, 'ая')); // заведующей → заведующая
  if (/ре$/.test(w)) out.push(w.replace(/е$/, 'а')); // медсестре → медсестра
  return out;
}

/** Plural role nouns in the dative ("учителям" → "учителя", "педагогам" → "педагоги", "специалистам"). */
function pluralOf(w: string): string | null {
  const stem = w.replace(/[яа]м$/, '');
  for (const end of ['и', 'я', 'ы', 'а']) if (PLURAL_ROLES.has(stem + end)) return stem + end;
  return null;
}

const ROLE_NOUNS = (w: string) => SINGULAR_ROLES.has(w) || PLURAL_ROLES.has(w);

/**
 * The leading words of a role in the dative, turned to the nominative ("учителю информатики" →
 * "учитель информатики", "старшему воспитателю" → "старший воспитатель"), when the head noun is a
 * known role in the dative; otherwise the words as written. The case of each first letter is kept.
 */
export function nominativeRole(words: readonly string[]): string[] {
  // The head: the first word whose nominative is a known role noun.
  let head = -1;
  let headNom = '';
  for (let k = 0; k < words.length && k < 4; k++) {
    const w = lowerYo(words[k]);
    const plural = /[яа]м$/.test(w) ? pluralOf(w) : null;
    const nom = plural ?? nominativesOf(w).find(ROLE_NOUNS);
    if (nom) {
      head = k;
      headNom = nom;
      break;
    }
    if (ROLE_NOUNS(lexForm(w))) return [...words]; // already nominative
  }
  if (head < 0) return [...words];
  const plural = PLURAL_ROLES.has(headNom);
  const out = words.map((word, k) => {
    if (k > head) return word;
    const w = lowerYo(word);
    const nom = k === head ? headNom : adjectiveNominative(w, plural);
    if (!nom) return word;
    return word[0] === word[0].toUpperCase() ? nom[0].toUpperCase() + nom.slice(1) : nom;
  });
  return out;
}

function adjectiveNominative(w: string, plural: boolean): string | null {
  if (plural) {
    if (/ым$/.test(w)) return w.replace(/ым$/, 'ые');
    if (/им$/.test(w)) return w.replace(/им$/, 'ие');
    return null;
  }
  if (/ему$/.test(w)) return w.replace(/ему$/, 'ий'); // старшему → старший
  if (/ому$/.test(w)) return w.replace(/ому$/, 'ый');
  if (/ей$/.test(w)) return w.replace(/ей$/, 'ая');
  if (/ой$/.test(w)) return w.replace(/ой$/, 'ая');
  return null;
}
