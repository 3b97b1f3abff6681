/**
 * The report tabs as requests: their number formats in rectangles that cover each cell once with
 * its own format, and the tabs of a 10,000-activity plan in at most two batchUpdates, each under
 * the 10 MiB Google refuses (src/core/sheet/requests.ts BATCH_BYTES).
 */

import { buildReports } from '../../../src/core/reports/build';
import { numberFormatRequests, reportTabRequests } from '../../../src/core/sheet/report-requests';
import { BATCH_BYTES, chunkRequests, jsonBytes } from '../../../src/core/sheet/requests';
import { notStarted } from '../../../src/core/tracking/transition';
import type { TrackedActivity } from '../../../src/core/tracking/types';
import { syntheticPlan, syntheticStaff } from '../../../tools/bench/synthetic';

describe('numberFormatRequests', () => {
  it('covers every formatted cell exactly once, with its format', () => {
    const grid = [
      ['@', '@', '0%', undefined],
      ['@', '@', '0%', '@'],
      ['@', '0', '0%', '@'],
    ];
    const seen = grid.map((r) => r.map(() => [] as string[]));
    for (const r of numberFormatRequests(7, grid)) {
      const g = r.repeatCell!.range!;
      const nf = r.repeatCell!.cell!.userEnteredFormat!.numberFormat!;
      const fmt = nf.type === 'TEXT' ? '@' : nf.pattern!;
      for (let i = g.startRowIndex!; i < g.endRowIndex!; i++)
        for (let j = g.startColumnIndex!; j < g.endColumnIndex!; j++) seen[i][j].push(fmt);
    }
    expect(seen).toEqual(grid.map((r) => r.map((f) => (f ? [f] : []))));
  });

  it('a text-formatted block of any height is one request', () => {
    expect(
      numberFormatRequests(
        1,
        Array.from({ length: 10_000 }, () => Array(19).fill('@')),
      ),
    ).toHaveLength(1);
  });
});

it('the report tabs of 10,000 activities: at most 2 batchUpdates, each under the limit', () => {
  const staff = syntheticStaff(500);
  const activities: TrackedActivity[] = syntheticPlan(10_000, staff).activities.map((a, i) => ({
    ...notStarted(a),
    row: i + 2,
  }));
  const tabs = buildReports({
    activities,
    recipientsOf: () => ({ names: ['Иванова А. П.'], unresolved: [] }),
    today: '2021-03-15',
    title: 'План',
    horizonYear: 2022,
  });
  const url = (id: string) => `https://docs.google.com/spreadsheets/d/${'x'.repeat(44)}/edit#gid=0&range=${id}`;
  const requests = tabs.flatMap((t, i) => reportTabRequests(t, 900_000 + i, 10 + i, url));
  const batches = chunkRequests(requests);
  expect(batches.length).toBeLessThanOrEqual(2);
  for (const b of batches) expect(jsonBytes({ requests: b })).toBeLessThan(BATCH_BYTES + 1024);
  expect(batches.flat()).toHaveLength(requests.length);
});
