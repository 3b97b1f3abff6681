import {
  GROUP_HEADS,
  GROUP_OPENERS,
  INSTITUTION_ABBR,
  isOpeningWord,
  lexForm,
  looksAdjective,
  NOUN_ADJECTIVES,
  OPENING_ADJECTIVES,
  ORG_HEADS,
  OWN_KIND,
  PLURAL_ROLES,
  SINGULAR_ROLES,
} from './lexicon';
import { formatName, isPatronymic, type NameParts, nameParts } from './names';
import { capitalize, expandShortWords, stripMarkup } from './text';
import { initialsOf, type Token, tokenize } from './tokens';
import type { EntityKind, ResponsibleEntity } from './types';

/**
 * Split a responsible cell into the people, roles, groups and bodies it names.
 *
 * Plans separate them with commas, semicolons, "и", new lines, "/" — or not at all
 * ("ИРО ПК Отдел образования", "Лужняк М.А. Хорошев А.М."). So the text is first cut at the
 * separators, then each piece is read word by word: a name pattern ("Фамилия И.О.", "И.О.
 * Фамилия", "Фамилия Имя Отчество") is a person, and a capitalised word that opens a role or a
 * body ("Отдел", "Старшие", "Специалисты") after a complete phrase starts the next entity.
 * A role written just before a person ("Заведующий МБДОУ №1 Остапенко Н.М.") is that person's role.
 */
export function splitResponsible(text: string): ResponsibleEntity[] {
  // "Ответственный – Координатор ДОО" (a heading's wording): the label is not an entity.
  const src = stripMarkup(text ?? '').replace(/^\s*ответственн(?:ый|ая|ые)\s*[–—:-]\s*/iu, '');
  const tokens = tokenize(src);
  const pieces = mergeContinuations(cutAtSeparators(tokens));
  const raw: Raw[] = [];
  for (const piece of pieces) {
    scanPiece(piece.tokens).forEach((chunk, k) => {
      raw.push({ ...chunk, sepBefore: k === 0 ? piece.sepBefore : 'none' });
    });
  }
  return attachRolesToPeople(raw.map((r) => ({ ...r, entity: classify(src, r) })));
}

type Sep = 'none' | 'newline' | 'comma' | 'other';

interface Piece {
  tokens: Token[];
  sepBefore: Sep;
}

interface Chunk {
  tokens: Token[];
  person: NameParts | null;
}

interface Raw extends Chunk {
  sepBefore: Sep;
}

function sepKind(t: Token): Sep {
  if (t.text === '\n') return 'newline';
  if (t.text === ',' || t.kind === 'conj') return 'comma';
  return 'other';
}

/** Cut at separators; "и" between two abbreviations ("КДН и ЗП") is part of a name. */
function cutAtSeparators(tokens: Token[]): Piece[] {
  const pieces: Piece[] = [];
  let cur: Token[] = [];
  let sep: Sep = 'none';
  tokens.forEach((t, i) => {
    const isConjSep = t.kind === 'conj' && !(tokens[i - 1]?.abbr && tokens[i + 1]?.abbr);
    if (t.kind === 'sep' || isConjSep) {
      if (cur.length) pieces.push({ tokens: cur, sepBefore: sep });
      // A new line after a comma is still a comma: the stronger separator wins.
      sep = cur.length ? sepKind(t) : sep === 'none' || sep === 'newline' ? sepKind(t) : sep;
      cur = [];
    } else cur.push(t);
  });
  if (cur.length) pieces.push({ tokens: cur, sepBefore: sep });
  return pieces;
}

/**
 * "Департамента образования, культуры и спорта": a piece that opens with a lower-case word that
 * can open no role or body (or with a number or quote) continues the piece before it.
 */
function mergeContinuations(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const first = p.tokens[0];
    const continues =
      out.length > 0 &&
      p.sepBefore === 'comma' &&
      (first.kind === 'num' ||
        first.kind === 'quote' ||
        (first.kind === 'word' && !first.upper && !isOpeningWord(first.text)));
    if (continues) out[out.length - 1].tokens.push(...p.tokens);
    else out.push({ tokens: [...p.tokens], sepBefore: p.sepBefore });
  }
  return out;
}

/** A word that cannot be a name: a role or body word, or an abbreviation. */
function lexical(t: Token): boolean {
  return t.abbr || isOpeningWord(t.text);
}

const nameWord = (t: Token | undefined) => !!t && t.kind === 'word' && t.name && !lexical(t);

/** A person starting at token i: the tokens it spans and its name, or null. */
function personAt(tokens: Token[], i: number, phrase: Token[]): { end: number; parts: NameParts } | null {
  const t = tokens[i];
  const t1 = tokens[i + 1];
  const t2 = tokens[i + 2];
  if (t.kind === 'init' && nameWord(t1)) return { end: i + 2, parts: { surname: t1.text, initials: initialsOf(t) } };
  if (nameWord(t) && t1?.kind === 'init') return { end: i + 2, parts: { surname: t.text, initials: initialsOf(t1) } };
  // Full names without initials only where a name can stand: at the start of a piece, after a
  // person, or after a role ("Старший воспитатель Иванова Мария"); never inside a body's name
  // ("ГБУ Московский Научный …").
  const first = phrase.find((p) => p.kind === 'word');
  const roleBefore =
    !first ||
    SINGULAR_ROLES.has(lexForm(first.text)) ||
    NOUN_ADJECTIVES.has(lexForm(first.text)) ||
    OPENING_ADJECTIVES.has(lexForm(first.text));
  if (!roleBefore || !nameWord(t) || !nameWord(t1)) return null;
  if (nameWord(t2) && isPatronymic(t2.text)) return { end: i + 3, parts: parts3(t, t1, t2) };
  // "Бекбутаева Айдана Макулбекова А.Е.": the third word has initials, so it is the next person.
  return { end: i + 2, parts: { surname: t.text, initials: [t1.text[0]] } };
}

function parts3(a: Token, b: Token, c: Token): NameParts {
  return { surname: a.text, initials: [b.text[0], c.text[0]] };
}

/** Does token i open a new entity after the phrase read so far? */
function opensNew(tokens: Token[], i: number, phrase: Token[]): boolean {
  if (!phrase.length) return false;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t.kind === 'word' && t.upper && !t.abbr && isOpeningWord(t.text)) {
    // "Муниципальный Координатор": an adjective belongs to the noun after it.
    return !(prev?.kind === 'word' && !prev.abbr && looksAdjective(prev.text));
  }
  // "Специалисты ГУ МВД г. Москва КДН и ЗП г. Москва": a city closes a body's name.
  if (t.kind === 'word' && (t.abbr || t.upper) && tokens[i - 2]?.text.toLowerCase() === 'г.' && prev?.upper)
    return true;
  return false;
}

function scanPiece(tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  let phrase: Token[] = [];
  const flush = () => {
    if (phrase.length) out.push({ tokens: phrase, person: null });
    phrase = [];
  };
  let i = 0;
  while (i < tokens.length) {
    const p = personAt(tokens, i, phrase);
    if (p) {
      flush();
      out.push({ tokens: tokens.slice(i, p.end), person: p.parts });
      i = p.end;
      continue;
    }
    if (opensNew(tokens, i, phrase)) flush();
    phrase.push(tokens[i]);
    i++;
  }
  flush();
  return out;
}

function sourceText(src: string, tokens: Token[]): string {
  return src
    .slice(tokens[0].start, tokens[tokens.length - 1].end)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where a specific institution begins in a role ("Заведующий | МБДОУ №1"), or -1. */
function institutionAt(tokens: Token[]): number {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (t.abbr && (INSTITUTION_ABBR.test(t.text) || next?.kind === 'num' || next?.kind === 'quote')) return k;
  }
  return -1;
}

const EXTERNAL_STAFF = new Set(['специалисты', 'сотрудники', 'представители', 'работники']);

function kindOf(tokens: Token[]): EntityKind {
  const words = tokens.filter((t) => t.kind === 'word');
  if (!words.length) return 'org';
  if (GROUP_OPENERS.has(lexForm(words[0].text))) return 'group';
  let h = 0;
  while (h < words.length - 1 && !words[h].abbr && looksAdjective(words[h].text)) h++;
  const head = words[h];
  if (head.abbr) return 'org';
  const form = lexForm(head.text);
  if (GROUP_HEADS.has(form)) return 'group';
  if (ORG_HEADS.has(form)) return 'org';
  if (PLURAL_ROLES.has(form)) {
    // "Специалисты детской поликлиники" are a body outside; "Специалисты ДОО" are our own people.
    const rest = words.slice(h + 1);
    if (EXTERNAL_STAFF.has(form) && rest.length && !rest.some((w) => OWN_KIND.has(lexForm(w.text)))) return 'org';
    return 'group';
  }
  return 'role';
}

function classify(src: string, chunk: Chunk): ResponsibleEntity {
  const text = sourceText(src, chunk.tokens);
  if (chunk.person) {
    return {
      kind: 'person',
      text,
      name: formatName(chunk.person.surname, chunk.person.initials),
      role: null,
      org: null,
    };
  }
  // A lone name without initials ("Петров", "Abdul Hameed") is a person when no word of it is a role.
  if (chunk.tokens.length <= 3 && chunk.tokens.every((t) => nameWord(t))) {
    const p = nameParts(text);
    if (p) return { kind: 'person', text, name: formatName(p.surname, p.initials), role: null, org: null };
  }
  const kind = kindOf(chunk.tokens);
  if (kind === 'org') return { kind, text, name: null, role: null, org: text };
  const k = institutionAt(chunk.tokens);
  const org = k > 0 ? sourceText(src, chunk.tokens.slice(k)) : null;
  if (kind === 'group') return { kind, text, name: null, role: null, org };
  const roleText = k > 0 ? sourceText(src, chunk.tokens.slice(0, k)) : text;
  return { kind, text, name: null, role: capitalize(expandShortWords(roleText)), org };
}

/** "Заведующий МБДОУ №1 Остапенко Н.М." (also across a line break) is one person with a role. */
function attachRolesToPeople(items: (Raw & { entity: ResponsibleEntity })[]): ResponsibleEntity[] {
  const out: ResponsibleEntity[] = [];
  for (let i = 0; i < items.length; i++) {
    const cur = items[i];
    const next = items[i + 1];
    if (
      next &&
      cur.entity.kind === 'role' &&
      next.entity.kind === 'person' &&
      (next.sepBefore === 'none' || next.sepBefore === 'newline')
    ) {
      out.push({
        kind: 'person',
        text: `${cur.entity.text} ${next.entity.text}`,
        name: next.entity.name,
        role: cur.entity.role,
        org: cur.entity.org,
      });
      i++;
      continue;
    }
    out.push(cur.entity);
  }
  return out;
}
