import { parseDeadline } from '../../../src/core/deadline/parse';
import type { Deadline } from '../../../src/core/deadline/types';
import { ALL_CASES, REAL_CASES, REAL_DOCS, SEED_CASES } from './corpus';
import { mismatches, readAll } from './corpus-read';

const READ = readAll(SEED_CASES, REAL_DOCS);
const byFamily = new Map<string, typeof READ>();
for (const r of READ) byFamily.set(r.k.family, [...(byFamily.get(r.k.family) ?? []), r]);

describe('the corpus', () => {
  it('holds at least 500 phrases, 250 of them real, each with its source', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(500);
    expect(REAL_CASES.length).toBeGreaterThanOrEqual(250);
    for (const k of REAL_CASES) expect(k.source).toMatch(/^https?:\/\//);
  });

  it('is read right at 97% or better (known misses count against it)', () => {
    const right = READ.filter(({ k, d }) => mismatches(k, d).length === 0).length;
    expect(right / READ.length).toBeGreaterThanOrEqual(0.97);
  });

  for (const [family, cases] of [...byFamily].sort((a, b) => a[0].localeCompare(b[0]))) {
    describe(family, () => {
      const rows = cases.map(({ k, d }) => [k.text, k.source ?? (k.ctx ? JSON.stringify(k.ctx) : ''), k, d] as const);
      const known = rows.filter((r) => r[2].known);
      const plain = rows.filter((r) => !r[2].known);
      if (plain.length) {
        it.each(plain)('%j %s', (_t, _s, k, d) => {
          expect(mismatches(k, d)).toEqual([]);
          expect(d.inherited).toBe(false);
        });
      }
      // A known miss must still be a miss: when a rule fixes it, the mark has to go.
      if (known.length) {
        it.each(known)('known miss %j %s', (_t, _s, k, d) => {
          expect(mismatches(k, d)).not.toEqual([]);
        });
      }
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

  it('reads a date typed with spaces after its dots, and only a valid one', () => {
    expect(parseDeadline('13. 11. 2021')).toMatchObject({ start: '2021-11-13', end: '2021-11-13', problem: null });
    expect(parseDeadline('01. 09.2023')).toMatchObject({ start: '2023-09-01', end: '2023-09-01' });
    // "32. 11." is no day: the year alone is what is left
    expect(parseDeadline('32. 11. 2021')).toMatchObject({ start: '2021-01-01', end: '2021-12-31' });
  });

  it('reads «в течении» and «в теч.» as «в течение»', () => {
    const ctx = { academicYear: 2024 };
    for (const t of ['В течении года', 'в теч. года', 'на протяжении года'])
      expect(parseDeadline(t, ctx)).toMatchObject({ start: '2024-09-01', end: '2025-08-31', recurrence: 'ongoing' });
  });

  it('calls a text tied to something with no date relative, not unreadable', () => {
    for (const t of [
      'До наступления купального сезона',
      'В течение\nотопительного\nсезона',
      'к празднику',
      'До и в течение купального сезона',
    ])
      expect(parseDeadline(t, { year: 2013 }).problem).toMatch(/относительно|событи/i);
    // a number in it: not this rule's to judge
    expect(parseDeadline('до 5 кабинета', { year: 2013 }).problem).not.toMatch(/относительно|событи/i);
  });
});
