import { isNameWord } from './names';

/**
 * The words of a responsible text with their places in it. Initials ("Н.М.", "А.Е"), numbers
 * ("№1"), quoted names («Интернет») and separators are tokens of their own, so the splitter can
 * see "Фамилия И.О." even when nothing separates two people ("Е.Е.Бекбутаева").
 */
export type TokenKind = 'word' | 'init' | 'num' | 'quote' | 'sep' | 'conj';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** All capitals, two letters or more: "ДОО", "МБДОУ", "ПК". */
  abbr: boolean;
  /** Capitalised like a name: "Остапенко". */
  name: boolean;
  /** First letter upper case. */
  upper: boolean;
}

/** Words written with a dot that do not end a sentence ("Зам.", "г. Москва"). */
const DOT_WORDS = new Set(['зам', 'зав', 'ст', 'г', 'им', 'нач', 'рук', 'пед', 'ул', 'пр', 'т', 'д', 'р']);

const INIT = /\p{Lu}\.(?:\s?\p{Lu}\.|\s?\p{Lu}(?![\p{L}.]))?/uy;
const WORD = /\p{L}[\p{L}\p{M}'’-]*[\p{L}\p{M}]|\p{L}/uy;
const NUM = /№\s*\d+\p{L}?|\d+(?:[.,]\d+)*/uy;
const QUOTE = /«[^»]*»|"[^"]*"|„[^“”]*[“”]|“[^”]*”/y;
const SEP = /[,;/\n•·]/y;

function at(re: RegExp, s: string, i: number): string | null {
  re.lastIndex = i;
  const m = re.exec(s);
  return m ? m[0] : null;
}

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const push = (kind: TokenKind, text: string, start: number) => {
    const upper = /^\p{Lu}/u.test(text);
    out.push({
      kind,
      text,
      start,
      end: start + text.length,
      abbr: kind === 'word' && /^[\p{Lu}\d]{2,}$/u.test(text) && /\p{Lu}.*\p{Lu}|\p{Lu}{2}/u.test(text),
      name: kind === 'word' && isNameWord(text),
      upper,
    });
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    let m = at(SEP, s, i);
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
    m = at(NUM, s, i);
    if (m) {
      push('num', m, i);
      i += m.length;
      continue;
    }
    m = at(WORD, s, i);
    if (m) {
      let text = m;
      if (s[i + m.length] === '.' && DOT_WORDS.has(m.toLowerCase())) text += '.';
      if (text === 'и') push('conj', text, i);
      else push('word', text, i);
      i += text.length;
      continue;
    }
    i++; // other punctuation: dots, dashes, brackets
  }
  return out;
}

/** Letters of an initials token: "Н. М." → ["Н", "М"]. */
export function initialsOf(t: Token): string[] {
  return t.text.match(/\p{Lu}/gu) ?? [];
}
