/**
 * The roll-up core at a city's scale (issue 18): a synthetic district of 300 organisations × 150
 * activities (test/core/rollup/district.ts), read from batchGet-shaped values, matched, counted
 * and built into the three tabs and their requests. Core time only; the service calls of the
 * built department add-on are the section `rollup-calls` (tools/bench/rollup-calls.ts).
 * `npm run bench -- --only=rollup`.
 */
import { rollUp } from '../../src/core/rollup/rollup';
import { buildRollupTabs } from '../../src/core/rollup/tabs';
import { chunkRequests, jsonBytes } from '../../src/core/sheet/requests';
import { rollupTabsRequests } from '../../src/core/sheet/rollup-requests';
import { district } from '../../test/core/rollup/district';

export interface RollupBench {
  organisations: number;
  activities: number;
  rows: number;
  /** Best of the runs, in ms. */
  rollUpMs: number;
  tabsMs: number;
  requestsMs: number;
  perOrganisationMs: number;
  requestBytes: number;
  batches: number;
}

export function benchRollup(organisations = 300, activities = 150, runs = 3): RollupBench {
  const input = district(organisations, activities, 20_261_201);
  const best = (f: () => void) => {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      f();
      min = Math.min(min, performance.now() - t);
    }
    return Math.round(min);
  };
  const r = rollUp(input);
  const tabs = buildRollupTabs(r);
  const requests = rollupTabsRequests(tabs, [1, 2, 3], new Map());
  const rollUpMs = best(() => rollUp(input));
  return {
    organisations,
    activities,
    rows: input.organisations.reduce((n, o) => n + (o.read.kind === 'values' ? o.read.values.length - 1 : 0), 0),
    rollUpMs,
    tabsMs: best(() => buildRollupTabs(r)),
    requestsMs: best(() => rollupTabsRequests(tabs, [1, 2, 3], new Map())),
    perOrganisationMs: Math.round((rollUpMs / organisations) * 100) / 100,
    requestBytes: jsonBytes(requests),
    batches: chunkRequests(requests).length,
  };
}

export function printRollup(b: RollupBench): string {
  return [
    `Свод (ядро): ${b.organisations} организаций × ${b.activities} мероприятий, строк прочитано ${b.rows}`,
    `  свод ${b.rollUpMs} мс (${b.perOrganisationMs} мс на организацию), вкладки ${b.tabsMs} мс, запросы ${b.requestsMs} мс`,
    `  запись трёх вкладок: ${Math.round(b.requestBytes / 1024)} КБ, batchUpdate: ${b.batches}`,
    '  вызовы дополнения «Свод» — раздел rollup-calls',
  ].join('\n');
}
