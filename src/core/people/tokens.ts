import { isLexiconWord, lexForm, PLURAL_ROLES, SINGULAR_ROLES } from './lexicon';
import { isNameWord } from './names';

/**
 * The words of a responsible text with their places in it. Initials ("Н.М.", "А.Е", "О,В,"),
 * numbers ("№1"), quoted names («Интернет»), separators, dashes and notes («(по согласованию)»)
 * are tokens of their own, so the splitter can see "Фамилия И.О." even when nothing separates two
 * people ("Е.Е.Бекбутаева", "МарченковаИ.В.").
 *
 * One pass over the text, each step a sticky regular expression at the current place: linear in
 * the length of the text (a quote that never closes is read as text up to the end of its paragraph).
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
  /** An entry's number ("1. Управление … 2. Управление …"): it separates entries, it names nobody. */
  item?: boolean;
  /**
   * A typing slip the next word repeats ("З Заместитель", "Зам Заместитель"): kept in the entity's
   * text, left out of its name.
   */
  slip?: boolean;
}

/** Words written with a dot that do not end a sentence ("Зам.", "г. Москва", "кл. рук."). */
const DOT_WORDS = new Set([
  'зам',
  'зав',
  'ст',
  'г',
  'им',
  'нач',
  'рук',
  'пед',
  'ул',
  'пр',
  'т',
  'д',
  'р',
  'кл',
  'уч',
  'гл',
  'админ',
  'пом',
  'восп',
  'обслуж',
  'раб',
]);

const INIT = /\p{Lu}\.(?:\s?\p{Lu}\.|\s?\p{Lu}(?![\p{L}.]))?/uy;
/** Initials written with commas after a surname ("Смирнову О,В,"). */
const COMMA_INIT = /\p{Lu}\s?,\s?\p{Lu}(?!\p{L})\s?,?/uy;
const WORD = /\p{L}[\p{L}\p{M}'’-]*[\p{L}\p{M}]|\p{L}/uy;
const NUM = /№\s*\d+\p{L}?|\d+(?:[.,-]\d+)*/uy;
/** Quote marks and the marks that close them. */
const CLOSING: Record<string, string> = { '«': '»', '"': '"', '„': '“”', '“': '”' };
const SEP = /[,;/\n•·]/y;
/** "(по согласованию)", with the slips plans make ("(со согласованию)", no brackets). */
const NOTE = /\(\s*(?:по|со)\s+согласовани[юя]\s*\)|по\s+согласованию/iuy;
/** Connectives that join two responsibles like "и": "во взаимодействии с", "совместно с". */
const CONNECTIVE = /(?:во\s+взаимодействии|в\s+сотрудничестве|совместно)\s+со?(?=\s)|и(?=\s|$)/uy;
/** A word broken at the end of a line or a PDF column: "музы-\nки", "допол- нительного". */
const BROKEN = /(?:-[ \t]*\r?\n[ \t]*|-[ \t]+|[ \t]+-)(?=\p{Ll})/uy;
/** A stray mark inside a word ("Заместите°ль", a soft hyphen): a slip of the keyboard or the PDF. */
const STRAY = /[°¬\u00ad\u200b](?=\p{L})/uy;

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
  // Where the next closing mark and the next line end are, found once per mark and reused: a
  // quote that never closes costs one scan of the text, not one per quote.
  const next = new Map<string, number>();
  const nextOf = (ch: string, from: number) => {
    const known = next.get(ch);
    if (known !== undefined && known >= from) return known;
    const found = s.indexOf(ch, from);
    const at = found < 0 ? Number.POSITIVE_INFINITY : found;
    next.set(ch, at);
    return at;
  };
  const quoteAt = (i: number): string | null => {
    const close = CLOSING[s[i]];
    if (!close) return null;
    const end = Math.min(...[...close].map((ch) => nextOf(ch, i + 1)));
    // A narrow column wraps a quoted name across lines («МУ "Управление по\nделам ГОЗНТЧС"»); a
    // blank line ends the paragraph, and a quote not closed before it is read as text.
    return end < nextOf('\n\n', i) ? s.slice(i, end + 1) : null;
  };
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
    m = quoteAt(i);
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
      // "1. Управление …. 2. Управление …": a number with a dot that opens the cell or follows the
      // end of an entry numbers the entries.
      const before = s.slice(0, i).trimEnd();
      if (
        /^\d{1,2}$/.test(m) &&
        /^\.\s/.test(s.slice(i + m.length, i + m.length + 2)) &&
        (!before || /[.;:\n]$/.test(before))
      )
        out[out.length - 1].item = true;
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
        const stray = at(STRAY, s, end);
        const b = stray ?? at(BROKEN, s, end);
        if (!b) break;
        const next = at(WORD, s, end + b.length);
        if (!next) break;
        // " -предметники" is a hyphen typed after a space, not a word broken at a line's end.
        text = stray ? text + next : /^\s/.test(b) ? `${text}-${next}` : joinBroken(text, next);
        end += b.length + next.length;
      }
      // "д/с", "р/п": a slash inside a short abbreviation is not a separator.
      const slash = m.length <= 2 && s[end] === '/' ? /^\/\p{L}{1,4}(?!\p{L})/u.exec(s.slice(end, end + 6)) : null;
      if (slash) {
        text += slash[0];
        end += slash[0].length;
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
  markSlips(out);
  return out;
}

const ONE_LETTER_WORDS = new Set(['и', 'в', 'с', 'к', 'о', 'у', 'а', 'я']);

/** "З Заместитель", "Зам Заместитель": a start of a word the next word writes in full. */
function markSlips(tokens: Token[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (t.kind !== 'word' || next.kind !== 'word' || !t.upper || t.text.endsWith('.')) continue;
    const a = t.text.toLowerCase();
    const b = next.text.toLowerCase();
    const repeated = a.length < b.length && b.startsWith(a) && lexForm(a) === lexForm(b);
    const letter = a.length === 1 && !ONE_LETTER_WORDS.has(a) && b.startsWith(a) && b.length > 3;
    if (repeated || letter) t.slip = true;
  }
}

/** Letters of an initials token: "Н. М." → ["Н", "М"]. */
export function initialsOf(t: Token): string[] {
  return t.text.match(/\p{Lu}/gu) ?? [];
}
