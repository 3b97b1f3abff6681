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
        // Plain checks collected, one assertion at the end: 45,000 jest assertions would take longer than the roll-up.
        const problems: string[] = [];
        if (r.organisations.some((o, i) => o.org !== input.organisations[i].org))
          problems.push('organisations out of order');
        if (r.activities.length !== 150) problems.push(`${r.activities.length} activities`);
        for (const o of r.organisations) {
          if (o.error) continue;
          // Distributed plans: every row matched by ID, none proposed or left over.
          if (o.total + o.missing !== 150) problems.push(`${o.org.name}: ${o.total} + ${o.missing}`);
          if (STATE_ORDER.reduce((n, s) => n + o.counts[s], 0) !== o.total) problems.push(`${o.org.name}: counts`);
          if (o.proposals.length || o.unmatched.length) problems.push(`${o.org.name}: proposals`);
        }
        for (const s of STATE_ORDER) {
          const perOrg = r.organisations.reduce((n, o) => n + o.counts[s], 0);
          const perActivity = r.activities.reduce((n, a) => n + a.byState[s].length, 0);
          if (perOrg !== perActivity) problems.push(`${s}: ${perOrg} by organisation, ${perActivity} by activity`);
        }
        if (r.overdue.length !== r.organisations.reduce((n, o) => n + o.counts.overdue, 0))
          problems.push('overdue list');
        if (r.overdue.some((x, i) => i > 0 && r.overdue[i - 1].daysLate < x.daysLate)) problems.push('overdue order');
        if (buildRollupTabs(r)[0].values.length < 300 + 3) problems.push('tab rows');
        expect(problems).toEqual([]);
        // Not vacuous: the district has every state and some unreadable organisations.
        expect(r.organisations.filter((o) => o.error).length).toBeGreaterThan(0);
        for (const s of STATE_ORDER) expect(r.activities.some((a) => a.byState[s].length)).toBe(true);
      }),
      { numRuns: 2 },
    );
  }, 120_000);
});
