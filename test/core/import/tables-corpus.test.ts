/**
 * The whole-tables corpus (test/fixtures/tables): real plan tables, labelled before the importer
 * ever ran on them. The score is "rows whose number, deadline and responsible land on the activity
 * with their title"; the goal is 97 % over all batches, and no batch may fall under 90 %.
 * `npx tsx test/core/import/tables-score.ts` prints every miss.
 */
import { batches, loadBatch, percent, scoreCase } from './tables-score';

const all = batches().flatMap(loadBatch);

describe('whole real tables', () => {
  it('has at least 25 tables, each with its source', () => {
    expect(all.length).toBeGreaterThanOrEqual(25);
    for (const c of all) expect(c.source).toMatch(/^https?:\/\//);
  });

  it.each(batches())('batch %s: at least 90 % of rows right', (b) => {
    const scores = loadBatch(b).map(scoreCase);
    const right = scores.reduce((s, x) => s + x.right, 0);
    const rows = scores.reduce((s, x) => s + x.rows, 0);
    expect(percent(right, rows)).toBeGreaterThanOrEqual(90);
  });

  it('reads at least 97 % of all rows right', () => {
    const scores = all.map(scoreCase);
    const right = scores.reduce((s, x) => s + x.right, 0);
    const rows = scores.reduce((s, x) => s + x.rows, 0);
    const misses = scores.flatMap((s) => s.misses);
    expect({ percent: percent(right, rows) >= 97, misses: percent(right, rows) >= 97 ? [] : misses }).toEqual({
      percent: true,
      misses: [],
    });
  });
});
