import fc from 'fast-check';
import { UserError } from '../../../src/core/errors';
import { createResolver } from '../../../src/core/people/resolve';
import { isConnective, splitResponsible } from '../../../src/core/people/split';
import { lostWord, responsibleCell, staffList } from './responsible-arbitraries';

/**
 * Property suites over splitting and resolution (issue 14): no throw but UserError, no word of the
 * cell lost, only the four kinds. Fixed seed and bounded count here; `npm run bench` runs the same
 * generators longer, with timings.
 */
const RUNS = { seed: Number(process.env.FUZZ_SEED ?? 1914), numRuns: Number(process.env.FUZZ_RUNS ?? 400) };
const KINDS = new Set(['person', 'role', 'group', 'org']);

function noThrowButUserError<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UserError) return null;
    throw e;
  }
}

describe('splitResponsible, fuzzed', () => {
  it('never throws, keeps every word in some entity, gives only the four kinds', () => {
    fc.assert(
      fc.property(responsibleCell(), (text) => {
        const entities = noThrowButUserError(() => splitResponsible(text));
        if (!entities) return;
        expect(
          lostWord(
            text,
            entities.map((e) => e.text),
            isConnective,
          ),
        ).toBeNull();
        for (const e of entities) {
          expect(KINDS.has(e.kind)).toBe(true);
          expect(e.text.length).toBeGreaterThan(0);
          if (e.kind === 'person') expect(e.name).toBeTruthy();
          if (e.kind === 'role') expect(e.role).toBeTruthy();
        }
      }),
      RUNS,
    );
  });

  it('reads a long cell without losing its words (no cut, no throw)', () => {
    fc.assert(
      fc.property(responsibleCell(40), fc.integer({ min: 20, max: 60 }), (text, times) => {
        const long = `${text}, `.repeat(times);
        const entities = splitResponsible(long);
        expect(
          lostWord(
            text,
            entities.map((e) => e.text),
            isConnective,
          ),
        ).toBeNull();
      }),
      { seed: 1914, numRuns: 20 },
    );
  });
});

describe('resolution, fuzzed', () => {
  it('never throws; every entity is notified, reported or asked about; only active people with an e-mail', () => {
    fc.assert(
      fc.property(staffList, responsibleCell(), (staff, text) => {
        const r = noThrowButUserError(() => createResolver(staff)(text));
        if (!r) return;
        const texts = new Set(splitResponsible(text).map((e) => e.text));
        for (const u of r.unresolved) expect(texts.has(u.text)).toBe(true);
        for (const a of r.ambiguous) {
          expect(texts.has(a.text)).toBe(true);
          expect(a.candidates.length).toBeGreaterThan(1);
        }
        for (const p of r.people) {
          expect(staff).toContain(p);
          expect(p.active && /@.+/.test(p.email)).toBe(true);
        }
        expect(new Set(r.people.map((p) => p.email)).size).toBe(r.people.length);
      }),
      RUNS,
    );
  });
});
