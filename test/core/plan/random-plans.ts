/**
 * Random pasted plans for the property test (words.test.ts) and the big-import bench: a preamble,
 * a header row or none, data rows of every shape real plans have (empty cells, dates, people,
 * numbers, numbered sub-items, cells of two paragraphs, markup), heading rows (some repeated, some
 * with no activity under them), blank lines and text after the table.
 */
import fc from 'fast-check';
import type { PlanImport } from '../../../src/core/plan/types';
import { stripMarkup } from '../../../src/core/table/markup';

const WORDS = [
  'Собрание',
  'педагогического',
  'коллектива',
  'мониторинг',
  'качества',
  'Этап',
  'этап',
  'Раздел',
  'ЯНВАРЬ',
  'сентябрь',
  'Ответственный',
  'Мероприятие',
  'Срок',
  'Участники',
  'директор',
  'Иванова',
  'И.И.',
  'в',
  'течение',
  'года',
  'до',
  'по',
  'мере',
  'необходимости',
  'ежегодно',
  '2021',
  '2024',
  'I',
  'II',
  'учебного',
  'Отчёт',
  'ёлка',
  'Zoom',
  'ГИБДД',
  'МБДОУ',
  '№',
  '5',
];
const HEADERS = [
  '№',
  '№ п/п',
  'Мероприятие',
  'Наименование мероприятий',
  'Этап',
  'Направления деятельности',
  'Срок',
  'Сроки',
  'Дата и время',
  'Ответственный',
  'Ответственные',
  'Участники',
  'Место проведения',
  'Результат',
  'Примечание',
  'Графа',
];
const DATES = [
  '01.09.2021',
  'январь 2020',
  'в течение года',
  'до 15.04',
  'ежегодно',
  '1-10',
  'сентябрь – май',
  '12 марта',
];
const PEOPLE = [
  'Иванова И.И.',
  'Заместитель директора по ВР',
  'Классные руководители',
  'ГИБДД (Орлов И.И.)',
  'Рабочая группа',
];

const word = fc.constantFrom(...WORDS);
const phrase = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));

/** One cell's text: empty, words, a date, people, a number, numbered sub-items, two paragraphs, markup. */
const cell: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 5, arbitrary: phrase(1, 8) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...PEOPLE) },
  { weight: 1, arbitrary: fc.nat(40).map((n) => `${n}.`) },
  { weight: 1, arbitrary: fc.tuple(phrase(1, 3), phrase(1, 3)).map(([a, b]) => `1.${a} 2.${b}`) },
  { weight: 1, arbitrary: fc.tuple(phrase(1, 3), phrase(1, 3)).map(([a, b]) => `2.1.1. ${a}; 2.1.2. ${b}`) },
  { weight: 1, arbitrary: fc.tuple(phrase(1, 4), phrase(1, 4)).map(([a, b]) => `${a}\n${b}`) },
  { weight: 1, arbitrary: phrase(1, 4).map((a) => `<b>${a}</b>`) },
);

export interface RandomPlan {
  text: string;
  width: number;
}

export function randomPlan(maxRows = 30): fc.Arbitrary<RandomPlan> {
  return fc.integer({ min: 1, max: 6 }).chain((width) => {
    const row = fc.array(cell, { minLength: Math.max(1, width - 1), maxLength: width + 1 }).map((c) => c.join('\t'));
    const heading = fc.oneof(phrase(1, 5), fc.constantFrom('ЯНВАРЬ', 'Этап I. Подготовка', '1. Нормативная база'));
    const line = fc.oneof(
      { weight: 8, arbitrary: row },
      { weight: 2, arbitrary: heading },
      { weight: 1, arbitrary: fc.constant('') },
    );
    return fc
      .record({
        before: fc.array(phrase(1, 8), { maxLength: 3 }),
        header: fc.option(fc.array(fc.constantFrom(...HEADERS), { minLength: width, maxLength: width }), {
          nil: undefined,
        }),
        lines: fc.array(line, { maxLength: maxRows }),
        repeat: fc.boolean(),
        after: fc.array(phrase(1, 6), { maxLength: 2 }),
      })
      .map(({ before, header, lines, repeat, after }) => {
        const body = [...lines];
        // a heading used by activities, then the same heading again with nothing under it (14 §5)
        if (repeat && body.length) body.push(body.find((l) => !l.includes('\t') && l) ?? 'ЯНВАРЬ');
        const table = header ? [header.join('\t'), ...body] : body;
        return { text: [...before, ...table, ...after].join('\n'), width };
      });
  });
}

export const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of a pasted text as the user sees them (markup is not a word). */
export function inputWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n'))
    for (const cellText of line.split('\t')) for (const w of words(stripMarkup(cellText))) out.add(w);
  return out;
}

/** Every word of the plan's output where a user finds it: title, activity fields, extra, unrecognized, headers. */
export function outputWords(plan: PlanImport): Set<string> {
  const out = new Set<string>();
  const add = (s: string | null | undefined) => {
    if (s) for (const w of words(s)) out.add(w);
  };
  add(plan.title);
  for (const u of plan.unrecognized) add(u);
  for (const c of plan.columns ?? []) add(c.header);
  for (const a of plan.activities) {
    for (const s of [a.number, a.stage, a.section, a.group, a.title, a.result, a.tools, a.responsible, a.deadline.text])
      add(s);
    for (const v of Object.values(a.extra ?? {})) add(v);
  }
  return out;
}
