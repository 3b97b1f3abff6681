import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextFromText, periodFromTitle } from '../../../src/core/deadline/context';
import { contextFromText as reExported } from '../../../src/core/deadline/parse';

const SEEDS = join(__dirname, '../../fixtures/seeds');
/** The text of a seed before its table (title and preamble): the lines before the first tab. */
function preamble(file: string): string {
  const lines = readFileSync(join(SEEDS, file), 'utf8').split('\n');
  return lines
    .slice(
      0,
      lines.findIndex((l) => l.includes('\t')),
    )
    .join('\n');
}

describe('contextFromText on the seeds', () => {
  it('plan-dou-vsoko-2021: "в 2021 году" is the calendar year', () => {
    expect(contextFromText(preamble('plan-dou-vsoko-2021.txt'))).toEqual({ year: 2021 });
  });
  it('roadmap-okhansk-2021-2024: horizon from "до 2024 года", year from the order dated 25.06.2021', () => {
    expect(contextFromText(preamble('roadmap-okhansk-2021-2024.txt'))).toEqual({ year: 2021, horizonYear: 2024 });
  });
  it('roadmap-okhansk-2021-2024: the title alone gives the horizon, not a year', () => {
    const title =
      'План мероприятий («дорожная карта») по реализации Концепции региональной системы оценки качества дошкольного образования на территории Оханского городского округа до 2024 года';
    expect(contextFromText(title)).toEqual({ horizonYear: 2024 });
  });
  it('plan-orsk-mkdo-2020: the year of the order the title cites', () => {
    expect(contextFromText(preamble('plan-orsk-mkdo-2020.txt')).year).toBe(2021);
    expect(
      contextFromText('ПЛАН … (приказ «Об утверждении инновационных площадок» НИКО г. Москва № 9 от 01.07.2020 г.)'),
    ).toEqual({
      year: 2020,
    });
  });
  it('plan-school-vsoko-2020: a title with no year gives nothing (no guess)', () => {
    expect(contextFromText(preamble('plan-school-vsoko-2020.txt'))).toEqual({});
  });
});

describe('contextFromText phrases', () => {
  it.each([
    ['План работы в 2021 году', { year: 2021 }],
    ['ПЛАН ФИЗКУЛЬТУРНЫХ И СПОРТИВНЫХ МЕРОПРИЯТИЙ на 2020 год', { year: 2020 }],
    ['План на 2022 г.', { year: 2022 }],
    ['до 2024 года', { horizonYear: 2024 }],
    ['до 2024 г.', { horizonYear: 2024 }],
    ['Дорожная карта на 2021-2024 годы', { year: 2021, horizonYear: 2024 }],
    ['План на 2021-2022 уч. г.', { academicYear: 2021 }],
    ['План работы на 2019-2020 учебный год', { academicYear: 2019 }],
    [
      'ПЛАН РАБОТЫ МУ «Спортивная школа» на 2019-2020 тренировочный год (утв. приказом № 01.04/81 от 27.08.2019)',
      { academicYear: 2019 },
    ],
    ['План на 2021/22 учебный год', { academicYear: 2021 }],
    ['Приказ от 25 июня 2021 г. № 109', { year: 2021 }],
    ['ПРИКАЗ 25.06.2021 № 109', { year: 2021 }],
    ['План мероприятий', {}],
    ['', {}],
  ])('%s', (text, want) => {
    expect(contextFromText(text)).toEqual(want);
  });

  it('is the same function from parse.ts', () => {
    expect(reExported).toBe(contextFromText);
  });
});

describe('contextFromText: plans prepared for a school year, several school years', () => {
  it.each([
    // a plan that prepares for a school year runs before it: its dates are in the first calendar year
    ['План мероприятий по подготовке образовательных учреждений к 2011/2012 учебному году', { year: 2011 }],
    ['О плане мероприятий подготовки учреждений к началу 2012/2013 учебного года', { year: 2012 }],
    ['Программа на 2022-2025 учебные годы', { academicYear: 2022, horizonYear: 2025 }],
  ])('%s', (text, want) => {
    expect(contextFromText(text)).toEqual(want);
  });
});

describe('periodFromTitle: the period a plan says it is for', () => {
  it.each([
    ['План проведения шестого школьного дня на 6 марта 2021 года', {}, ['2021-03-06', '2021-03-06']],
    ['План работы на 2023 год', {}, ['2023-01-01', '2023-12-31']],
    ['План месячника с 25.01.2021 по 28.02.2021г.', {}, ['2021-01-25', '2021-02-28']],
    // the year of a title with none of its own comes from the preamble
    ['План мероприятий месячника с 16 марта по 17 апреля', { year: 2020 }, ['2020-03-16', '2020-04-17']],
    ['Ключевые события недели 02.03.2026', {}, ['2026-03-02', '2026-03-08']],
  ])('%s', (title, ctx, [start, end]) => {
    expect(periodFromTitle(title, ctx)).toEqual({ start, end });
  });

  it.each([
    // a document's date, a horizon and an open start are not the plan's period
    'ПЛАН (приказ «Об утверждении инновационных площадок» № 9 от 01.07.2020 г.)',
    'Дорожная карта на территории округа до 2024 года',
    'План мероприятий',
  ])('%s → none', (title) => {
    expect(periodFromTitle(title, {})).toBeNull();
  });
});
