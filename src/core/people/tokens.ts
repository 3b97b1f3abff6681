import { isLexiconWord, lexForm, PLURAL_ROLES, SINGULAR_ROLES } from './lexicon';
import { isNameWord } from './names';

/**
 * The words of a responsible text with their places in it. Initials ("Н.М.", "А.Е", "О,В,"),
 * numbers ("№1"), quoted names («Интернет»), separators, dashes and notes («(по согласованию)»)
 * are tokens of their own, so the splitter can see "Фамилия И.О." even when nothing separates two
 * people ("Е.Е.Бекбутаева", "МарченковаИ.В.").
 *
 * One pass over the text, each step a sticky regular expression at the current place: linear in
 * the length of the text (a quote that never closes is read up to the end of its line only).
 */
export type TokenKind = 'word' | 'init' | 'num' | 'quote' | 'sep' | 'conj' | 'dash' | 'note';

export interface Token {
  kind: TokenKind;
  /** The text as read; a word broken across a line ("музы-\nки") is joined ("музыки"). */
  text: string;
  start: number;
  end: number;
  /** All capitals, two letters or more, and no role or body word: "ДОО", "МБДОУ", "ПК". */
  abbr: boolean;
  /** All capitals, two letters or more ("ИВАНОВА", "ДИРЕКТОР", "ДОО"). */
  caps: boolean;
  /** Capitalised like a name: "Остапенко". */
  name: boolean;
  /** First letter upper case. */
  upper: boolean;
  /** Inside parentheses: "ОГИБДД (Орлов И.И.)", "Республике Саха (Якутия)". */
  paren: boolean;
}

/** Words written with a dot that do not end a sentence ("Зам.", "г. Москва", "кл. рук."). */
const DOT_WORDS = new Set(['зам', 'зав', 'ст', 'г', 'им', 'нач', 'рук', 'пед', 'ул', 'пр', 'т', 'д', 'р', 'кл', 'уч']);

const INIT = /\p{Lu}\.(?:\s?\p{Lu}\.|\s?\p{Lu}(?![\p{L}.]))?/uy;
/** Initials written with commas after a surname ("Смирнову О,В,"). */
const COMMA_INIT = /\p{Lu}\s?,\s?\p{Lu}(?!\p{L})\s?,?/uy;
const WORD = /\p{L}[\p{L}\p{M}'’-]*[\p{L}\p{M}]|\p{L}/uy;
const NUM = /№\s*\d+\p{L}?|\d+(?:[.,-]\d+)*/uy;
const QUOTE = /«[^»\n]*»|"[^"\n]*"|„[^“”\n]*[“”]|“[^”\n]*”/y;
const SEP = /[,;/\n•·]/y;
/** "(по согласованию)", with the slips plans make ("(со согласованию)", no brackets). */
const NOTE = /\(\s*(?:по|со)\s+согласовани[юя]\s*\)|по\s+согласованию/iuy;
/** Connectives that join two responsibles like "и": "во взаимодействии с", "совместно с". */
const CONNECTIVE = /(?:во\s+взаимодействии|в\s+сотрудничестве|совместно)\s+со?(?=\s)|и(?=\s|$)/uy;
/** A word broken at the end of a line or a PDF column: "музы-\nки", "допол- нительного". */
const BROKEN = /-[ \t]*(?:\r?\n)?[ \t]*(?=\p{Ll})/uy;

function at(re: RegExp, s: string, i: number): string | null {
  re.lastIndex = i;
  const m = re.exec(s);
  return m ? m[0] : null;
}

const CAPS = /^[\p{Lu}\d]{2,}$/u;

/** A role word after a line-end hyphen keeps the hyphen ("педагог-\nорганизатор"); a syllable does not. */
function joinBroken(left: string, right: string): string {
  const w = lexForm(right);
  return SINGULAR_ROLES.has(w) || PLURAL_ROLES.has(w) ? `${left}-${right}` : left + right;
}

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let depth = 0;
  const push = (kind: TokenKind, text: string, start: number, end = start + text.length) => {
    const caps = kind === 'word' && CAPS.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
    out.push({
      kind,
      text,
      start,
      end,
      caps,
      abbr: caps && !isLexiconWord(text),
      name: kind === 'word' && isNameWord(text),
      upper: /^\p{Lu}/u.test(text),
      paren: depth > 0,
    });
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\u00a0') {
      i++;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    let m = at(NOTE, s, i);
    if (m) {
      if (c === '(') depth = Math.max(0, depth - 1);
      push('note', m, i);
      i += m.length;
      continue;
    }
    if (c === '(' || c === ')') {
      i++;
      continue;
    }
    if ((c === '–' || c === '—' || (c === '-' && /\s/.test(s[i - 1] ?? ' ') && /\s/.test(s[i + 1] ?? ' '))) && !depth) {
      push('dash', c, i);
      i++;
      continue;
    }
    m = at(SEP, s, i);
    if (m) {
      push('sep', m, i);
      i += m.length;
      continue;
    }
    m = at(QUOTE, s, i);
    if (m) {
      push('quote', m, i);
      i += m.length;
      continue;
    }
    m = at(INIT, s, i);
    if (m) {
      push('init', m, i);
      i += m.length;
      continue;
    }
    const last = out[out.length - 1];
    if (last?.kind === 'word' && last.name) {
      m = at(COMMA_INIT, s, i);
      if (m) {
        push('init', m, i);
        i += m.length;
        continue;
      }
    }
    m = at(NUM, s, i);
    if (m) {
      push('num', m, i);
      i += m.length;
      continue;
    }
    m = at(CONNECTIVE, s, i);
    if (m && (i === 0 || !/\p{L}/u.test(s[i - 1]))) {
      push('conj', m, i);
      i += m.length;
      continue;
    }
    m = at(WORD, s, i);
    if (m) {
      // "МарченковаИ.В.": initials typed without a space after the surname.
      const glued = /^(.*\p{Ll})\p{Lu}$/u.exec(m);
      if (glued && s[i + m.length] === '.') m = glued[1];
      let text = m;
      let end = i + m.length;
      for (;;) {
        const b = at(BROKEN, s, end);
        if (!b) break;
        const next = at(WORD, s, end + b.length);
        if (!next) break;
        text = joinBroken(text, next);
        end += b.length + next.length;
      }
      if (s[end] === '.' && DOT_WORDS.has(m.toLowerCase())) {
        text += '.';
        end++;
      }
      push('word', text, i, end);
      i = end;
      continue;
    }
    i++; // other punctuation: dots, brackets, underscores
  }
  return out;
}

/** Letters of an initials token: "Н. М." → ["Н", "М"]. */
export function initialsOf(t: Token): string[] {
  return t.text.match(/\p{Lu}/gu) ?? [];
}
