import fc from 'fast-check';
import { STATE_ORDER } from '../../../src/core/reports/situation';
import { rollUp } from '../../../src/core/rollup/rollup';
import { buildRollupTabs } from '../../../src/core/rollup/tabs';
import { district } from './district';

describe("rollUp at a city's scale: 300 organisations × 150 activities", () => {
  it('counts every organisation once and every activity of each once, the same way in both tabs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const input = district(300, 150, seed);
        const r = rollUp(input);
        expect(r.organisations.map((o) => o.org)).toEqual(input.organisations.map((o) => o.org));
        expect(r.activities).toHaveLength(150);
        for (const o of r.organisations) {
          if (o.error) continue;
          // Distributed plans: every row matched by ID, none proposed or left over.
          expect(o.total + o.missing).toBe(150);
          expect(STATE_ORDER.reduce((n, s) => n + o.counts[s], 0)).toBe(o.total);
          expect(o.proposals).toEqual([]);
        }
        for (const s of STATE_ORDER) {
          const perOrg = r.organisations.reduce((n, o) => n + o.counts[s], 0);
          const perActivity = r.activities.reduce((n, a) => n + a.byState[s].length, 0);
          expect(perActivity).toBe(perOrg);
        }
        expect(r.overdue).toHaveLength(r.organisations.reduce((n, o) => n + o.counts.overdue, 0));
        for (let i = 1; i < r.overdue.length; i++)
          expect(r.overdue[i - 1].daysLate).toBeGreaterThanOrEqual(r.overdue[i].daysLate);
        const tabs = buildRollupTabs(r);
        expect(tabs[0].values.length).toBeGreaterThanOrEqual(300 + 3);
      }),
      { numRuns: 2 },
    );
  });
});
