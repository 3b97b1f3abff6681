import { MSG, problemIn } from '../../../src/core/deadline/messages';
import { problemsIn } from '../../../src/core/import/problems-in';
import { foreignWords } from '../../language/scan';

const T = 'в течение года по мере поступления';
const every = (): string[] => [
  MSG.unreadable(T),
  MSG.noYear(T),
  MSG.noMonth(T),
  MSG.badDate(T),
  MSG.relative(T),
  MSG.backwards(T),
  MSG.typo(T, '31.05.2021'),
  MSG.partly('по мере', T),
  MSG.long(T),
];

describe('the deadline reader’s messages in the document’s language', () => {
  it('every message has its English, quoting the same text; Russian stays as the reader wrote it', () => {
    for (const m of every()) {
      const en = problemIn(m, 'en');
      expect(en).not.toBe(m);
      expect(foreignWords(en, 'en', [T, 'по мере'])).toEqual([]);
      expect(en).toContain(`«${T}»`);
      expect(problemIn(m, 'ru')).toBe(m);
    }
    expect(problemIn(MSG.typo(T, '31.05.2021'), 'en')).toBe(`Check the year: «${T}» — the end was read as 31.05.2021.`);
    expect(problemIn(MSG.partly('по мере', T), 'en')).toBe(`Not all of it was read: «по мере» in the deadline «${T}».`);
  });

  it('a quote that holds the template’s own words is still translated whole', () => {
    const tricky = 'Не указан год: 2020 — окончание прочитано как';
    expect(problemIn(MSG.noYear(tricky), 'en')).toBe(
      `No year: «${tricky}». Give the year in the deadline or in the plan's title.`,
    );
  });

  it('a message of no template is kept as it is', () => {
    expect(problemIn('Срок «x» не распознан: укажите даты.', 'en')).toBe('Срок «x» не распознан: укажите даты.');
  });

  it('a plan’s problems, for the import dialog: only the problems change, the Russian plan is the same object', () => {
    const plan = {
      activities: [
        { id: 'a', deadline: { text: T, problem: MSG.unreadable(T) } },
        { id: 'b', deadline: { text: 'май 2021', problem: null } },
      ],
    } as unknown as Parameters<typeof problemsIn>[0];
    expect(problemsIn(plan, 'ru')).toBe(plan);
    const en = problemsIn(plan, 'en');
    expect(en.activities[0].deadline.problem).toBe(
      `The deadline could not be read: «${T}». The text is kept as it is.`,
    );
    expect(en.activities[1]).toBe(plan.activities[1]);
    expect(plan.activities[0].deadline.problem).toBe(MSG.unreadable(T));
  });
});
