import { parseDeadline } from '../../../src/core/deadline/parse';
import type { Deadline } from '../../../src/core/deadline/types';
import { ALL_CASES, CORPUS, type ProblemKind } from './corpus';

const PROBLEM: Record<ProblemKind, RegExp> = {
  'no-year': /^Не указан год: «/,
  'no-month': /^Не указан месяц: «/,
  'bad-date': /^Нет такой даты: «/,
  relative: /^Срок задан относительно события, а не датой: «/,
  unreadable: /^Не удалось прочитать срок: «/,
  partly: /^Прочитано не всё: «/,
  backwards: /^Окончание срока раньше начала: «/,
};

describe('the corpus', () => {
  it('holds at least 200 phrases', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(200);
  });

  for (const [kind, cases] of Object.entries(CORPUS)) {
    describe(kind, () => {
      it.each(cases.map((k) => [k.text, k.ctx ? JSON.stringify(k.ctx) : '', k] as const))('%j %s', (_t, _c, k) => {
        const d = parseDeadline(k.text, k.ctx);
        expect({ start: d.start, end: d.end, recurrence: d.recurrence }).toEqual({
          start: k.start,
          end: k.end,
          recurrence: k.recurrence,
        });
        if (k.problem) {
          expect(d.problem).toMatch(PROBLEM[k.problem]);
          // the message quotes the user's text as written
          expect(d.problem).toContain(`«${k.text.trim()}`);
        } else expect(d.problem).toBeNull();
        expect(Boolean(d.discrete)).toBe(Boolean(k.discrete));
        if (k.until !== undefined) expect(d.until).toBe(k.until);
        expect(d.text).toBe(k.text.trim());
        expect(d.inherited).toBe(false);
      });
    });
  }
});

describe('parseDeadline', () => {
  it('gives the empty cell all nulls and no problem', () => {
    expect(parseDeadline('')).toEqual({
      text: '',
      start: null,
      end: null,
      recurrence: 'none',
      inherited: false,
      problem: null,
    });
  });

  it('keeps the contract order of fields for JSON', () => {
    expect(Object.keys(parseDeadline('ежегодно', { horizonYear: 2024 }))).toEqual([
      'text',
      'start',
      'end',
      'recurrence',
      'inherited',
      'problem',
      'until',
    ]);
  });

  it('says "no year" instead of guessing one, whatever today is', () => {
    const d = parseDeadline('январь');
    expect(d).toMatchObject({ start: null, end: null, recurrence: 'none' });
    expect(d.problem).toMatch(/^Не указан год/);
  });

  it('lets the academic year win over the calendar year when both are known', () => {
    expect(parseDeadline('май', { year: 2021, academicYear: 2021 })).toMatchObject({ start: '2022-05-01' });
  });

  it('prefers the phrase’s own year to the context', () => {
    expect(parseDeadline('январь 2020', { year: 2023, academicYear: 2023 })).toMatchObject({ start: '2020-01-01' });
  });

  it('runs a recurrence until the end of the horizon year, an ongoing period until its own end', () => {
    expect(parseDeadline('ежемесячно', { horizonYear: 2023 }).until).toBe('2023-12-31');
    expect(parseDeadline('ежемесячно', {}).until).toBeNull();
    expect(parseDeadline('в течение 2021 года', { horizonYear: 2024 }).until).toBeNull();
    expect(parseDeadline('по мере необходимости', { horizonYear: 2024 }).until).toBe('2024-12-31');
    expect(parseDeadline('до 15.04.2021', { horizonYear: 2024 }).until).toBeUndefined();
  });

  it('never throws, and keeps any text verbatim', () => {
    const junk = [
      '((((',
      '))',
      '\u0000',
      '-'.repeat(500),
      '1'.repeat(300),
      'до до до',
      'с',
      '.',
      '2021-',
      '<b',
      '01..02',
    ];
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const alphabet = '0123456789.-–/ ,()<>:*¹ёжсдопквгянфмаюилртьIVXеу';
    for (let i = 0; i < 500; i++) {
      let s = '';
      for (let j = rnd() % 30; j > 0; j--) s += alphabet[rnd() % alphabet.length];
      junk.push(s);
    }
    for (const t of junk) {
      let d: Deadline | undefined;
      expect(() => {
        d = parseDeadline(t, { year: 2021 });
      }).not.toThrow();
      expect(d?.text).toBe(t.trim());
      const understood = d?.start || d?.end || d?.recurrence !== 'none';
      if (t.trim() && !understood) expect(d?.problem).toBeTruthy();
      for (const v of [d?.start, d?.end]) if (v) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('reads 1000 phrases quickly', () => {
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) parseDeadline(ALL_CASES[i % ALL_CASES.length].text, { year: 2021 });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
