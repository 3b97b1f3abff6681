import { nominativeRole, nominativeSurname } from './cases';
import {
  GENITIVE_LIKE,
  GROUP_HEADS,
  GROUP_OPENERS,
  HEAD_OF_BODY,
  INSTITUTION_ABBR,
  isBodyGenitive,
  isOpeningWord,
  LEGAL_FORM,
  lexForm,
  looksAdjective,
  NOUN_ADJECTIVES,
  OPENING_ADJECTIVES,
  ORG_HEADS,
  OUTSIDE_STEMS,
  OWN_ADJECTIVES,
  OWN_KIND,
  PLURAL_ROLES,
  SINGULAR_ROLES,
} from './lexicon';
import { formatName, isNameWord, isPatronymic, type NameParts, nameParts } from './names';
import { capitalize, expandShortWords, fold, lowerYo, stripMarkup } from './text';
import { initialsOf, type Token, tokenize } from './tokens';
import type { EntityKind, ResponsibleEntity } from './types';

/**
 * Split a responsible cell into the people, roles, groups and bodies it names.
 *
 * Plans separate them with commas, semicolons, "и", new lines, "/" — or not at all
 * ("ИРО ПК Отдел образования", "Лужняк М.А. Хорошев А.М.", "Педагог-психолог Социальный педагог").
 * So the text is first cut at the separators, then each piece is read word by word: a name pattern
 * ("Фамилия И.О.", "И.О. Фамилия", "Фамилия Имя Отчество", in capitals or in the dative) is a
 * person, and a capitalised word that opens a role or a body ("Отдел", "Старшие", "Специалисты")
 * after a complete phrase starts the next entity. A singular role written next to one person
 * ("Заведующий МБДОУ №1 Остапенко Н.М.", "Петров П.П., зам. директора по ВР", "Иванова М.П. —
 * старший воспитатель") is that person's role; a person in brackets after a body ("ОГИБДД (Орлов
 * И.И.)") is that body's person. Every step is one pass over the tokens: linear in the length of
 * the text.
 */
export function splitResponsible(text: string, opts: { keepRepeats?: boolean } = {}): ResponsibleEntity[] {
  // "Ответственный – Координатор ДОО" (a heading's wording): the label is not an entity.
  const src = stripMarkup(text ?? '').replace(/^\s*ответственн(?:ый|ая|ые)\s*[–—:-]\s*/iu, '');
  const tokens = tokenize(src);
  const pieces = mergeContinuations(cutAtSeparators(tokens));
  const raw: Raw[] = [];
  for (const piece of pieces) {
    const chunks = scanPiece(piece.tokens);
    chunks.forEach((chunk, k) => {
      raw.push({
        ...chunk,
        sepBefore: k === 0 ? piece.sepBefore : 'none',
        note: k === chunks.length - 1 ? piece.note : null,
      });
    });
  }
  const entities = attach(
    src,
    raw.map((r) => ({ ...r, entity: classify(src, r) })),
  );
  // `keepRepeats`: one entity per mention, for a list read one per item (plan/people.ts).
  return opts.keepRepeats ? entities : dedupe(entities);
}

/** Words that only join two responsibles: no entity holds them ("и", "совместно с"). */
export function isConnective(word: string): boolean {
  return /^(и|во|в|взаимодействии|сотрудничестве|совместно|с|со)$/i.test(word);
}

type Sep = 'none' | 'newline' | 'comma' | 'dash' | 'other';

interface Piece {
  tokens: Token[];
  sepBefore: Sep;
  /** «(по согласованию)» written after the piece. */
  note: Token | null;
}

interface Chunk {
  tokens: Token[];
  person: NameParts | null;
}

interface Raw extends Chunk {
  sepBefore: Sep;
  note: Token | null;
}

function sepKind(t: Token): Sep {
  if (t.text === '\n') return 'newline';
  if (t.text === ',' || t.kind === 'conj') return 'comma';
  if (t.kind === 'dash') return 'dash';
  return 'other';
}

/**
 * Cut at separators; "и" between two abbreviations ("КДН и ЗП") is part of a name.
 *
 * A cell that separates its entries with commas was wrapped by its narrow column: its line breaks
 * fall anywhere ("ГИМС, ГКУ БПСЦ, управление\nМВД России по\nБрянской области", "Пономарёва Е.А.,\n
 * заведующий\nМБДОУ №18"), so there a line break is a space, not a separator. A blank line still
 * separates, and so does a break between two abbreviations ("ОМВД\nКДН и ЗП"), which no wrapping
 * can tell from two bodies.
 */
function cutAtSeparators(tokens: Token[]): Piece[] {
  const pieces: Piece[] = [];
  let cur: Token[] = [];
  let sep: Sep = 'none';
  const commaCell = tokens.some((t) => t.kind === 'sep' && (t.text === ',' || t.text === ';') && !t.paren);
  const isBreak = (t: Token | undefined) => t?.kind === 'sep' && t.text === '\n';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (
      commaCell &&
      isBreak(t) &&
      !isBreak(prev) &&
      !isBreak(next) &&
      !((prev?.abbr || prev?.kind === 'quote') && next?.abbr) &&
      cur.length
    )
      continue;
    // "муниципального образования - Клепиковский муниципальный район": the official form of a
    // municipality's name has a dash in it.
    if (t.kind === 'dash' && /^образовани[еяю]$/iu.test(prev?.text ?? '') && next?.kind === 'word') {
      cur.push(t);
      continue;
    }
    if (t.kind === 'note') {
      // The note belongs to the piece it follows; the next piece starts after it.
      if (cur.length) pieces.push({ tokens: cur, sepBefore: sep, note: t });
      else if (pieces.length && !pieces[pieces.length - 1].note) pieces[pieces.length - 1].note = t;
      else pieces.push({ tokens: [t], sepBefore: sep, note: null });
      if (cur.length) sep = 'none';
      cur = [];
      continue;
    }
    if (t.item) {
      if (cur.length) pieces.push({ tokens: cur, sepBefore: sep, note: null });
      sep = cur.length || sep === 'none' ? 'other' : sep;
      cur = [];
      continue;
    }
    const isConjSep = t.kind === 'conj' && !(t.text === 'и' && tokens[i - 1]?.abbr && tokens[i + 1]?.abbr);
    const isDash = t.kind === 'dash';
    if (t.kind === 'sep' || isConjSep || isDash) {
      if (cur.length) pieces.push({ tokens: cur, sepBefore: sep, note: null });
      // A new line after a comma is still a comma: the stronger separator wins.
      sep = cur.length ? sepKind(t) : sep === 'none' || sep === 'newline' ? sepKind(t) : sep;
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) pieces.push({ tokens: cur, sepBefore: sep, note: null });
  return pieces;
}

/**
 * "Департамента образования, культуры и спорта", "Управление\nобразования", "Попова\nК.О.": a
 * piece that opens with a lower-case word that can open no role or body (or with a number or a
 * quote), or initials after a surname cut by a line, continues the piece before it.
 */
function mergeContinuations(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const first = p.tokens[0];
    const prev = out[out.length - 1];
    const lastPrev = prev?.tokens[prev.tokens.length - 1];
    const soft = p.sepBefore === 'comma' || p.sepBefore === 'newline';
    // After a line break only a role word starts anew: "члены Совета\nшколы" is one body.
    const opens = p.sepBefore === 'newline' ? startsRole : isOpeningWord;
    const continues =
      !!prev &&
      !prev.note &&
      soft &&
      (first.kind === 'num' ||
        first.kind === 'quote' ||
        (first.kind === 'word' && !first.upper && !opens(first.text)) ||
        (p.sepBefore === 'newline' && first.kind === 'init' && lastPrev?.kind === 'word' && lastPrev.name) ||
        (p.sepBefore === 'newline' && wrapsInto(prev.tokens, p.tokens)));
    if (continues) {
      for (const t of p.tokens) prev.tokens.push(t);
      prev.note = p.note;
    } else out.push({ tokens: [...p.tokens], sepBefore: p.sepBefore, note: p.note });
  }
  return out;
}

/** Words after which a name goes on: no line of a name ends with them ("МВД России по\nБрянской области"). */
const PREPOSITION = /^(по|при|для|в|во|на|с|со|от|до|за|о|об|к|им\.)$/iu;

/**
 * Does a line go on into the next one? In a cell whose lines are its entries, a line still ends
 * a name when what follows can only be its continuation: an open bracket ("(г. Гаврилов\nПосад)"),
 * a preposition at the line's end ("Комитет по\nжилищно-коммунальному …"), a body's head alone on
 * its line ("Управление\nМВД России"), or one capitalised word with no initials after a body
 * ("Тейковский ТО\nРоспотребнадзора", "Районные администрации города\nБрянска") — a person on
 * the next line is written with initials.
 */
function wrapsInto(prev: Token[], cur: Token[]): boolean {
  const last = prev[prev.length - 1];
  const first = cur[0];
  if (first.paren && last.paren) return true;
  if (last.kind === 'word' && PREPOSITION.test(last.text)) return true;
  const head = lexForm(last.text);
  if (prev.length === 1 && last.kind === 'word' && (ORG_HEADS.has(head) || GROUP_HEADS.has(head))) return true;
  // The head and any initials sit at a piece's start: looking at its first words keeps a cell of
  // many merged lines linear.
  const start = prev.slice(0, 6);
  return (
    cur.length === 1 &&
    first.kind === 'word' &&
    first.name &&
    !lexical(first) &&
    start.every((t) => t.kind !== 'init') &&
    kindOf(start) === 'org'
  );
}

/** A noun that names a position ("завхоз", "дворники"); not "директора", which is also a genitive. */
function isRoleNoun(word: string): boolean {
  const w = lexForm(word);
  return (SINGULAR_ROLES.has(w) || PLURAL_ROLES.has(w)) && !GENITIVE_LIKE.has(w);
}

/** "Государственной", "Главного": an adjective in the genitive (or the dative), not a nominative that opens a body. */
const looksGenitiveAdjective = (w: string) => /(ой|ого|его|ей|ых|их)$/u.test(w.toLowerCase());

/** "Управлению", "Министерству": a body's head written in the dative (its lexical form differs from it). */
function dativeBody(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  const w = lexForm(t.text);
  return (ORG_HEADS.has(w) || GROUP_HEADS.has(w)) && w !== lowerYo(t.text);
}

/** Does the bracket opening at token i hold only a name (one to three name words)? */
function bracketHoldsName(tokens: Token[], i: number): boolean {
  let k = i;
  while (k < tokens.length && tokens[k].paren && tokens[k].kind === 'word' && nameWord(tokens[k])) k++;
  return k > i && k - i <= 3 && !tokens[k]?.paren;
}

/** A word that begins a role or a set of people ("воспитатели", "социальные", "члены"). */
function startsRole(word: string): boolean {
  const w = lexForm(word);
  if (GENITIVE_LIKE.has(w)) return false;
  return (
    SINGULAR_ROLES.has(w) ||
    PLURAL_ROLES.has(w) ||
    NOUN_ADJECTIVES.has(w) ||
    OPENING_ADJECTIVES.has(w) ||
    GROUP_OPENERS.has(w)
  );
}

/** A word that cannot be a name: a role or body word, or an abbreviation. */
function lexical(t: Token): boolean {
  return t.abbr || isOpeningWord(t.text);
}

/** Genitive and adjective endings of official names ("Российской Федерации", "Научного"): never a bare name. */
const OFFICIAL_ENDING = /(ого|его|ому|ему|ой|ей|ых|их|ии|ции|ства|ния|ский|ская|ское|ные|ный|ная)$/u;

const nameWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && t.name && !lexical(t);

/** A surname in capitals ("ИВАНОВА"): not an abbreviation of a body. */
const capsSurname = (t: Token | undefined): t is Token =>
  !!t && t.kind === 'word' && t.caps && t.text.length >= 4 && !INSTITUTION_ABBR.test(t.text) && !isOpeningWord(t.text);

const surnameWord = (t: Token | undefined): t is Token => nameWord(t) || capsSurname(t);

/** "ИВАНОВА" → "Иванова"; "Кузнецову" → "Кузнецов". */
function surnameOf(t: Token): string {
  const w = t.caps ? t.text[0] + t.text.slice(1).toLowerCase() : t.text;
  return nominativeSurname(w);
}

const capsName = (t: Token | undefined): t is Token =>
  !!t && t.kind === 'word' && t.caps && !isOpeningWord(t.text) && !INSTITUTION_ABBR.test(t.text);

/** A person starting at token i: the tokens it spans and its name, or null. */
function personAt(tokens: Token[], i: number, roleBefore: boolean): { end: number; parts: NameParts } | null {
  const t = tokens[i];
  // A name never spans a bracket: "город Краснодар (Китов)" is a place and its body's head.
  const inside = (k: number) => (tokens[k]?.paren === t.paren ? tokens[k] : undefined);
  const t1 = inside(i + 1);
  const t2 = t1 && inside(i + 2);
  if (t.kind === 'init' && surnameWord(t1))
    return { end: i + 2, parts: { surname: surnameOf(t1), initials: initialsOf(t) } };
  if (surnameWord(t) && t1?.kind === 'init')
    return { end: i + 2, parts: { surname: surnameOf(t), initials: initialsOf(t1) } };
  // A full name in capitals: "ИВАНОВА МАРИЯ ПЕТРОВНА".
  if (capsName(t) && capsName(t1) && capsName(t2) && /(ВИЧ|ВНА|ЧНА)$/u.test(t2.text))
    return { end: i + 3, parts: { surname: surnameOf(t), initials: [t1.text[0], t2.text[0]] } };
  // Full names without initials only where a name can stand: at the start of a piece, after a
  // person, or after a role ("Старший воспитатель Иванова Мария"); never inside a body's name
  // ("ГБУ Московский Научный …", "Министерство образования Российской Федерации").
  if (!nameWord(t) || !nameWord(t1)) return null;
  if (nameWord(t2) && isPatronymic(t2.text))
    return { end: i + 3, parts: { surname: nominativeSurname(t.text), initials: [t1.text[0], t2.text[0]] } };
  if (!roleBefore || OFFICIAL_ENDING.test(t.text) || OFFICIAL_ENDING.test(t1.text)) return null;
  // "Бекбутаева Айдана Макулбекова А.Е.": the third word has initials, so it is the next person.
  return { end: i + 2, parts: { surname: t.text, initials: [t1.text[0]] } };
}

/** Does token i open a new entity after the phrase read so far? */
function opensNew(tokens: Token[], i: number, phrase: Token[]): boolean {
  if (phrase.every((p) => p.slip)) return false;
  const t = tokens[i];
  const prev = tokens[i - 1];
  // "МУ Департамент ЖКХ": a legal form is followed by the institution's name.
  if (phrase.length === 1 && prev?.abbr && LEGAL_FORM.test(prev.text) && !t.paren) return false;
  // "Начальнику Управления образования", "начальник Государственной инспекции": a role's object
  // in the genitive, capitalised as the body's name is, belongs to the role.
  if (
    t.kind === 'word' &&
    t.upper &&
    !t.paren &&
    prev?.kind === 'word' &&
    HEAD_OF_BODY.has(lexForm(prev.text)) &&
    (isBodyGenitive(t.text) || (looksGenitiveAdjective(t.text) && isBodyGenitive(tokens[i + 1]?.text ?? '')))
  )
    return false;
  // "Управлению культуры мэрии города Магадана (Горлачева)": an order names a body in the dative
  // and its head in brackets, often by the surname alone.
  if (t.kind === 'word' && t.paren && prev && !prev.paren && bracketHoldsName(tokens, i) && dativeBody(phrase[0]))
    return true;
  // "завхоз дворники", "воспитатели пом. воспитателей": a role noun after a role noun is the next role.
  if (
    t.kind === 'word' &&
    !t.upper &&
    // "пом. восп.": a short form after a short form is one role, not two.
    !(t.text.endsWith('.') && prev?.text.endsWith('.')) &&
    isRoleNoun(t.text) &&
    phrase.some((p) => p.kind === 'word' && (isRoleNoun(p.text) || NOUN_ADJECTIVES.has(lexForm(p.text))))
  )
    return true;
  // "Заместитель директора по ВР классные руководители": a role named by its area ends there.
  if (t.kind === 'word' && !t.upper && prev?.abbr && startsRole(t.text) && !GENITIVE_LIKE.has(lexForm(t.text)))
    return true;
  if (t.kind === 'word' && t.upper && !t.abbr && !t.paren && isOpeningWord(t.text)) {
    // "Муниципальный Координатор": an adjective belongs to the noun after it.
    return !(prev?.kind === 'word' && !prev.abbr && looksAdjective(prev.text) && !prev.text.endsWith('.'));
  }
  // "Шемуршинское отделение …": a capitalised adjective before a body's head opens that body.
  const next = tokens[i + 1];
  if (
    t.kind === 'word' &&
    t.upper &&
    !t.caps &&
    looksAdjective(t.text) &&
    next?.kind === 'word' &&
    !next.upper &&
    ORG_HEADS.has(lexForm(next.text)) &&
    !(prev?.kind === 'word' && looksAdjective(prev.text))
  )
    return true;
  // "Специалисты ГУ МВД г. Москва КДН и ЗП г. Москва": a city closes a body's name (not in
  // brackets, where it is the body's place: "ОП N 10 (г. Гаврилов Посад)").
  if (t.kind === 'word' && (t.abbr || t.upper) && !t.paren && tokens[i - 2]?.text.toLowerCase() === 'г.' && prev?.upper)
    return true;
  // "МУ «Управление образования» (начальник Бут В.Ф.)": a bracket that opens with a role holds the
  // body's person.
  if (t.kind === 'word' && t.paren && prev && !prev.paren && startsRole(t.text)) return true;
  return false;
}

function scanPiece(tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  let phrase: Token[] = [];
  // Can a full name without initials stand here? At the start, after a person, after a role.
  let roleBefore = true;
  const flush = () => {
    if (phrase.length) out.push({ tokens: phrase, person: null });
    phrase = [];
  };
  let i = 0;
  while (i < tokens.length) {
    const p = personAt(tokens, i, roleBefore);
    if (p) {
      flush();
      out.push({ tokens: tokens.slice(i, p.end), person: p.parts });
      i = p.end;
      roleBefore = true;
      continue;
    }
    if (opensNew(tokens, i, phrase)) flush();
    const t = tokens[i];
    if (phrase.every((p) => p.slip) && t.kind === 'word' && !t.slip) {
      const w = lexForm(t.text);
      roleBefore = SINGULAR_ROLES.has(w) || NOUN_ADJECTIVES.has(w) || OPENING_ADJECTIVES.has(w) || isName(t);
    }
    phrase.push(t);
    i++;
  }
  flush();
  return out;
}

const isName = (t: Token) => isNameWord(t.text) && !lexical(t);

/** The text of tokens as written, spaces collapsed: what the entity was read from. */
function sourceText(src: string, tokens: Token[]): string {
  return closeBrackets(
    src
      .slice(tokens[0].start, tokens[tokens.length - 1].end)
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** "… Саха (Якутия": the bracket the last word sits in is closed, as the plan closes it. */
function closeBrackets(s: string): string {
  let open = 0;
  for (const c of s) {
    if (c === '(') open++;
    else if (c === ')' && open) open--;
  }
  return open ? s + ')'.repeat(open) : s;
}

/** Short forms that text.ts writes out ("Зам." → "Заместитель"): a word glued after them is a new word. */
const EXPANDED_SHORT = /^(зам|зав|нач|рук|пед|ст|кл)\.$/iu;

/** The tokens' words with broken words joined ("Учителя музы-\nки" → "Учителя музыки"): names and roles. */
function display(src: string, all: Token[]): string {
  const tokens = all.some((t) => t.slip) ? all.filter((t) => !t.slip) : all;
  if (!tokens.length) return sourceText(src, all);
  let out = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (k) {
      const gap = src.slice(tokens[k - 1].end, t.start).replace(/\s+/g, ' ');
      // "Кл.руководители" → "Кл. руководители": a short form that is written out keeps a space after it.
      out += gap || (t.kind === 'word' && EXPANDED_SHORT.test(tokens[k - 1].text) ? ' ' : '');
    }
    out += t.text;
  }
  return closeBrackets(out.replace(/\s+/g, ' ').trim());
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

/** The index of a phrase's head noun among its words: past the opening adjectives. */
function headIndex(words: Token[]): number {
  let h = 0;
  while (h < words.length - 1 && !words[h].abbr && looksAdjective(words[h].text)) h++;
  return h;
}

function kindOf(tokens: Token[]): EntityKind {
  const words = tokens.filter((t) => t.kind === 'word' && !t.slip);
  if (!words.length) return 'org';
  const first = lexForm(words[0].text);
  if (GROUP_OPENERS.has(first)) return 'group';
  const h = headIndex(words);
  const head = words[h];
  if (head.abbr) return 'org';
  const form = lexForm(nominativeRole([head.text])[0]);
  const rest = words.slice(h + 1);
  const own = rest.some((w) => OWN_KIND.has(lexForm(w.text)));
  if (GROUP_HEADS.has(form)) {
    // "Администрация школы" is our own people; "Администрация района" is a body outside.
    if (form === 'администрация' && rest.length && !own) return 'org';
    // "городской Совет ветеранов", "комиссии муниципальных образований": a town's or a district's body.
    if (!own && words.some((w, k) => k !== h && OUTSIDE_STEMS.test(lexForm(w.text)))) return 'org';
    return 'group';
  }
  if (ORG_HEADS.has(form)) {
    // "Школьная библиотека", "Родительский комитет": the organisation's own body.
    if (words.slice(0, h).some((w) => OWN_ADJECTIVES.has(lexForm(w.text)))) return 'group';
    return 'org';
  }
  // "Специалисты детской поликлиники" are a body outside; "Специалисты ДОО" are our own people.
  if (EXTERNAL_STAFF.has(form) && rest.length && !own) return 'org';
  return 'role';
}

/** A role as a name: short words written out, the dative turned back, first letter capital. */
function roleName(text: string): string {
  const full = expandShortWords(text);
  const words = full.split(' ');
  return capitalize(sentenceCase(nominativeRole(words)).join(' '));
}

/** "ЗАМЕСТИТЕЛЬ ДИРЕКТОРА ПО ВР" → "заместитель директора по ВР": words of the lexicon out of capitals. */
function sentenceCase(words: string[]): string[] {
  if (!words.every((w) => !/\p{Ll}/u.test(w))) return words;
  return words.map((w) => (w.length > 4 || /^(ПО|ПРИ|ДЛЯ|И|В|НА)$/.test(w) ? w.toLowerCase() : w));
}

function classify(src: string, chunk: Raw): ResponsibleEntity {
  const text = sourceText(src, chunk.note ? [...chunk.tokens, chunk.note] : chunk.tokens);
  const noteToken = chunk.note ?? (chunk.tokens.every((t) => t.kind === 'note') ? chunk.tokens[0] : null);
  const note = noteToken ? noteToken.text.replace(/[()]/g, '').trim() : null;
  if (chunk.person) {
    return {
      kind: 'person',
      text,
      name: formatName(chunk.person.surname, chunk.person.initials),
      role: null,
      org: null,
      note,
    };
  }
  // A lone name without initials ("Петров", "Abdul Hameed") is a person when no word of it is a role.
  if (chunk.tokens.length <= 3 && chunk.tokens.every((t) => nameWord(t))) {
    const p = nameParts(display(src, chunk.tokens));
    if (p && !(chunk.tokens.length > 1 && chunk.tokens.some((t) => OFFICIAL_ENDING.test(t.text))))
      return { kind: 'person', text, name: formatName(p.surname, p.initials), role: null, org: null, note };
  }
  const kind = kindOf(chunk.tokens);
  if (kind === 'org') return { kind, text, name: null, role: null, org: display(src, chunk.tokens), note };
  const k = institutionAt(chunk.tokens);
  const org = k > 0 ? display(src, chunk.tokens.slice(k)) : null;
  if (kind === 'group') return { kind, text, name: null, role: null, org, note };
  const roleText = k > 0 ? display(src, chunk.tokens.slice(0, k)) : display(src, chunk.tokens);
  return { kind, text, name: null, role: roleName(roleText), org, note };
}

type Item = Raw & { entity: ResponsibleEntity };

/** A role one person holds ("Директор", "зам. директора"), not a set of people ("Классные руководители"). */
function singularRole(it: Item | undefined): boolean {
  if (it?.entity.kind !== 'role' || !it.entity.role) return false;
  const words = it.entity.role.split(' ');
  const h = words.findIndex((w) => !looksAdjective(w) || NOUN_ADJECTIVES.has(lexForm(w)));
  const head = lexForm(words[Math.max(0, h)]);
  return !PLURAL_ROLES.has(head) && !(NOUN_ADJECTIVES.has(head) && /(ые|ие)$/.test(head));
}

function withRole(person: ResponsibleEntity, role: ResponsibleEntity, text: string): ResponsibleEntity {
  return {
    kind: 'person',
    text,
    name: person.name,
    role: person.role ? `${person.role}, ${role.role}` : role.role,
    org: person.org ?? role.org,
    note: person.note ?? role.note,
  };
}

/** The tokens an item was read from, its note included. */
const spanOf = (it: Item): Token[] => (it.note ? [...it.tokens, it.note] : it.tokens);

/**
 * Roles and bodies that belong to a person: "Заведующий МБДОУ №1 Остапенко Н.М." (also across a
 * line), "Петров П.П., зам. директора по ВР", "Иванова М.П. — старший воспитатель, член комиссии",
 * "ОГИБДД (Орлов И.И.)", "МУ «Управление образования» (начальник Бут В.Ф.)". An entity made of
 * several items has the source text from the first to the last of them as its text.
 */
function attach(src: string, items: Item[]): ResponsibleEntity[] {
  const out: ResponsibleEntity[] = [];
  // The first and the last token each entity of `out` was read from.
  const spans: [Token, Token][] = [];
  const push = (e: ResponsibleEntity, first: Item, last: Item) => {
    out.push(e);
    spans.push([first.tokens[0], spanOf(last)[spanOf(last).length - 1]]);
  };
  // The text from the start of the entity at `k` of `out` to the end of `last`.
  const grown = (k: number, last: Item) => sourceText(src, [spans[k][0], spanOf(last)[spanOf(last).length - 1]]);
  const textOf = (first: Item, last: Item) => sourceText(src, [first.tokens[0], spanOf(last)[spanOf(last).length - 1]]);
  // The person the roles after a dash belong to, until the next person or line.
  let dashOwner = -1;
  for (let i = 0; i < items.length; i++) {
    const cur = items[i];
    const next = items[i + 1];
    if (cur.sepBefore === 'newline' || cur.entity.kind === 'person') dashOwner = -1;
    // A role before its person.
    if (
      next &&
      singularRole(cur) &&
      next.entity.kind === 'person' &&
      !next.entity.role &&
      (next.sepBefore === 'none' || next.sepBefore === 'newline' || next.sepBefore === 'dash')
    ) {
      push(withRole(next.entity, cur.entity, textOf(cur, next)), cur, next);
      i++;
      dashOwner = -1;
      continue;
    }
    // A body and its person in brackets, the person's role written before the name or not.
    if (next && cur.entity.kind === 'org' && next.tokens[0].paren && !cur.tokens[cur.tokens.length - 1].paren) {
      const inBrackets = (it: Item | undefined) => !!it?.tokens[0].paren && it.sepBefore === 'none';
      const roleFirst = singularRole(next) && items[i + 2]?.entity.kind === 'person' && inBrackets(items[i + 2]);
      const person = roleFirst ? items[i + 2] : next;
      if (person.entity.kind === 'person' && person.tokens[0].paren) {
        const e = roleFirst ? withRole(person.entity, next.entity, '') : person.entity;
        push({ ...e, text: textOf(cur, person), org: cur.entity.org }, cur, person);
        i += roleFirst ? 2 : 1;
        continue;
      }
    }
    // Roles after their person: after a dash all of them, else one singular role next to it.
    const prevOut = out[out.length - 1];
    const prevItem = items[i - 1];
    const last = out.length - 1;
    if (cur.entity.kind === 'role' && prevOut?.kind === 'person' && i > 0) {
      const afterDash = dashOwner === last || (cur.sepBefore === 'dash' && prevItem?.entity.kind === 'person');
      const nextTakesIt = next?.entity.kind === 'person' && (next.sepBefore === 'none' || next.sepBefore === 'newline');
      const adjacent =
        prevItem?.entity.kind === 'person' &&
        (cur.sepBefore === 'none' || cur.sepBefore === 'comma' || cur.sepBefore === 'dash');
      if (afterDash || (adjacent && singularRole(cur) && !nextTakesIt && !prevOut.role)) {
        out[last] = withRole(prevOut, cur.entity, grown(last, cur));
        spans[last] = [spans[last][0], spanOf(cur)[spanOf(cur).length - 1]];
        if (cur.sepBefore === 'dash' || afterDash) dashOwner = last;
        continue;
      }
    }
    if (cur.entity.kind === 'group' && dashOwner === last && prevOut?.kind === 'person') {
      out[last] = withRole(prevOut, { ...cur.entity, role: capitalize(cur.entity.text) }, grown(last, cur));
      spans[last] = [spans[last][0], spanOf(cur)[spanOf(cur).length - 1]];
      continue;
    }
    push(cur.entity, cur, cur);
  }
  return out;
}

/** A role, group or body written twice in one cell is one entity ("Классные руководители … классные руководители"). */
function dedupe(entities: ResponsibleEntity[]): ResponsibleEntity[] {
  const seen = new Map<string, number>();
  const out: ResponsibleEntity[] = [];
  for (const e of entities) {
    // The same words (any case, any note): a copy, never a different entity that shares a name.
    const bare = e.note ? e.text.replace(/\(?\s*(?:по|со)\s+согласовани[юя]\s*\)?/iu, '') : e.text;
    const key = `${e.kind}|${fold(bare)}`;
    const k = bare.trim() ? seen.get(key) : undefined;
    const kept = k === undefined ? null : out[k];
    if (!kept || (e.note && kept.note && e.note !== kept.note)) {
      seen.set(key, out.length);
      out.push(e);
    } else if (e.note && !kept.note) out[k as number] = { ...kept, note: e.note, text: e.text }; // the copy's note is kept
  }
  return out;
}
