/**
 * Property tests of the deadline reader (issue 14): random cells and contexts, a fixed seed and a
 * bounded count so that `npm test` is repeatable; the same generators run longer, with timings, in
 * `npm run bench` (tools/bench/fuzz-deadline.ts).
 */
import fc from 'fast-check';
import { parseDeadline } from '../../../src/core/deadline/parse';
import { planContext, resolveDeadlines } from '../../../src/core/plan/deadlines';
import { cell, context, longCell, violations } from './fuzz';

const RUNS = { seed: 20240519, numRuns: 300 };

describe('parseDeadline on random cells', () => {
  it('never throws, keeps the text, gives only valid days, start ≤ end unless a problem says so', () => {
    fc.assert(
      fc.property(cell, context, (text, ctx) => {
        expect(violations(text, parseDeadline(text, ctx))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('reads a cell of 45,000 characters like any other: it is cut for reading, kept whole', () => {
    fc.assert(
      fc.property(longCell(45_000), (text) => {
        const d = parseDeadline(text, { year: 2021 });
        expect(violations(text, d)).toEqual([]);
        expect(d.text.length).toBe(text.trim().length);
        // the message quotes the text, cut: a huge cell does not make a huge message
        expect((d.problem ?? '').length).toBeLessThan(400);
      }),
      { seed: RUNS.seed, numRuns: 20 },
    );
  });
});

describe('resolveDeadlines on random plans', () => {
  it('keeps every row and every invariant, with a title for context', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), cell, (rows, title) => {
        const out = resolveDeadlines(
          rows.map((text, i) =>
            i > 0 && text === ''
              ? { kind: 'inherited' as const, from: i - 1 }
              : { kind: 'own' as const, text, merged: false },
          ),
          planContext(title, []),
        );
        expect(out).toHaveLength(rows.length);
        out.forEach((d, i) => {
          if (!d.inherited) expect(violations(rows[i], d)).toEqual([]);
        });
      }),
      { seed: RUNS.seed, numRuns: 100 },
    );
  });
});
