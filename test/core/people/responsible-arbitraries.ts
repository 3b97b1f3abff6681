import fc from 'fast-check';
import { stripMarkup } from '../../../src/core/people/text';
import type { StaffMember } from '../../../src/core/people/types';

/**
 * Responsible cells as a hostile or careless plan writes them, for the property suites (issue 14):
 * real fragments (names in every form, roles, bodies, notes) joined by every separator plans use,
 * mixed with noise (brackets that never close, quotes that never close, stray marks, capitals,
 * digits, Latin, emoji). Shared by `npm test` (fixed seed, bounded count) and `npm run bench`.
 */
const SURNAMES = ['Иванова', 'Петров', 'Кузнецову', 'Смирновой', 'Остапенко', 'Ғазизұлы', 'Салтыков-Щедрин', 'ИВАНОВА'];
const FIRST = ['Мария', 'Пётр', 'Айдана', 'МАРИЯ'];
const PATRONYMIC = ['Петровна', 'Ильич', 'ПЕТРОВНА'];
const INITIALS = ['А.А.', 'Н. М.', 'О,В,', 'А.Е', 'И.'];
const ROLES = [
  'Директор',
  'зам. директора по ВР',
  'Кл. рук.',
  'Классные руководители 1-11 классов',
  'учителю информатики',
  'Педагог-психолог',
  'Социальный педагог',
  'старший воспитатель',
  'Заведующий МБДОУ №1',
  'Руководитель ШМО',
  'член комиссии',
];
const BODIES = [
  'Рабочая группа',
  'Методический совет',
  'Управление образования',
  'ОГИБДД',
  'Министерство образования Российской Федерации',
  'МБДОУ «Детский сад № 5»',
  'Администрация школы',
  'КДН и ЗП',
  'Школьная библиотека',
];
const NOTES = ['(по согласованию)', '(со согласованию)', 'по согласованию'];
const SEPARATORS = [
  ', ',
  '; ',
  ' и ',
  '\n',
  ' / ',
  ' — ',
  ' - ',
  ' ',
  ' во взаимодействии с ',
  ' совместно с ',
  '',
  ' ______ ',
];
const NOISE = [
  '(',
  ')',
  '«',
  '»',
  '"',
  '„',
  '°',
  '\u00ad',
  '№',
  '12',
  '5а',
  '...',
  '-',
  'ё',
  'Ё',
  'abc',
  'Abdul',
  '😀',
  '\t',
  '\u00a0',
];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

export const personText = fc.oneof(
  fc.tuple(pick(SURNAMES), pick(INITIALS)).map(([s, i]) => `${s} ${i}`),
  fc.tuple(pick(INITIALS), pick(SURNAMES)).map(([i, s]) => `${i}${s}`),
  fc.tuple(pick(SURNAMES), pick(INITIALS)).map(([s, i]) => `${s}${i}`),
  fc.tuple(pick(SURNAMES), pick(FIRST), pick(PATRONYMIC)).map((w) => w.join(' ')),
);

const fragment = fc.oneof(
  { weight: 3, arbitrary: personText },
  { weight: 3, arbitrary: pick(ROLES) },
  { weight: 2, arbitrary: pick(BODIES) },
  { weight: 1, arbitrary: pick(NOTES) },
  { weight: 1, arbitrary: pick(NOISE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** One responsible cell: fragments joined by separators. */
export const responsibleCell = (maxParts = 8) =>
  fc
    .array(fc.tuple(fragment, pick(SEPARATORS)), { maxLength: maxParts })
    .map((parts) => parts.map(([f, sep]) => f + sep).join(''));

/** A small Сотрудники list with the kinds of rows the resolver meets (namesakes, inactive, no e-mail). */
export const staffList = fc
  .array(
    fc.record({
      name: fc.oneof(
        fc.tuple(pick(SURNAMES), pick(FIRST), pick(PATRONYMIC)).map((w) => w.join(' ')),
        fc.constant(''),
      ),
      positions: fc.array(pick(ROLES), { maxLength: 2 }),
      email: fc.constantFrom('a@school.ru', 'b@school.ru', '', 'bad@'),
      groups: fc.array(pick(BODIES), { maxLength: 1 }),
      aliases: fc.array(pick(BODIES), { maxLength: 1 }),
      active: fc.boolean(),
    }),
    { maxLength: 6 },
  )
  .map((rows) => rows.map((r, i): StaffMember => ({ ...r, row: i + 2 })));

/** The words of a text that some entity must hold: letters only, connectives and the heading label left out. */
export function contentWords(text: string, isConnective: (w: string) => boolean): string[] {
  // Markup pasted with a plan ("<p>", "<A>") is not text: the splitter drops it by design.
  const t = stripMarkup(text).replace(/^\s*ответственн(?:ый|ая|ые)\s*[–—:-]\s*/iu, '');
  // A word ends where a plan's glued words end: at a change of script or a capital after a small
  // letter ("классовА.А.", "согласованиюabc").
  const runs = t.match(/\p{Script=Cyrillic}+|\p{Script=Latin}+|\p{L}+/gu) ?? [];
  return runs.flatMap((w) => w.split(/(?<=\p{Ll})(?=\p{Lu})/u)).filter((w) => !isConnective(w));
}

/** Letters only, lower case: "МарченковаИ.В." holds the letters of "МарченковаИ" though the splitter cuts it. */
export const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).join('').toLowerCase();

/** The first word of the cell that no entity's text holds, or null: the "no word lost" property. */
export function lostWord(
  text: string,
  entityTexts: readonly string[],
  isConnective: (w: string) => boolean,
): string | null {
  const held = letters(entityTexts.join(''));
  return contentWords(text, isConnective).find((w) => !held.includes(letters(w))) ?? null;
}
