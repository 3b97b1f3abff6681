/**
 * The deadline reader under fuzzing, timed (issue 14): the generators of the property tests
 * (test/core/deadline/fuzz.ts) with a larger count, every invariant checked, plus cells far longer
 * than real ones. `npm run bench -- --only=fuzz` runs this section alone.
 */
import fc from 'fast-check';
import { parseDeadline } from '../../src/core/deadline/parse';
import { cell, context, longCell, violations } from '../../test/core/deadline/fuzz';

export interface FuzzDeadlineResult {
  cells: number;
  /** Readings that broke an invariant (0 expected), with the first few texts. */
  violations: number;
  examples: string[];
  totalMs: number;
  meanUs: number;
  maxMs: number;
  /** One cell per length: how long the longest-running of a few pieces took. */
  long: { length: number; maxMs: number }[];
}

export function benchFuzzDeadline(cells = 20_000, seed = 20240519): FuzzDeadlineResult {
  const examples: string[] = [];
  let bad = 0;
  let total = 0;
  let max = 0;
  for (const [text, ctx] of fc.sample(fc.tuple(cell, context), { seed, numRuns: cells })) {
    const t = performance.now();
    const d = parseDeadline(text, ctx);
    const ms = performance.now() - t;
    total += ms;
    max = Math.max(max, ms);
    const v = violations(text, d);
    if (v.length) {
      bad++;
      if (examples.length < 5) examples.push(`${JSON.stringify(text.slice(0, 80))}: ${v.join('; ')}`);
    }
  }
  const long = [1_000, 9_000, 45_000, 200_000].map((length) => {
    let worst = 0;
    for (const text of fc.sample(longCell(length), { seed, numRuns: 8 })) {
      const t = performance.now();
      const d = parseDeadline(text, { year: 2021 });
      worst = Math.max(worst, performance.now() - t);
      if (violations(text, d).length) bad++;
    }
    return { length, maxMs: Math.round(worst * 10) / 10 };
  });
  return {
    cells,
    violations: bad,
    examples,
    totalMs: Math.round(total),
    meanUs: Math.round((total / cells) * 1000),
    maxMs: Math.round(max * 10) / 10,
    long,
  };
}

export function printFuzzDeadline(r: FuzzDeadlineResult): string {
  const lines = [
    `Deadline reader, fuzzed: ${r.cells} random cells, ${r.violations} broken invariants; ${r.totalMs} ms in all, mean ${r.meanUs} µs, slowest ${r.maxMs} ms`,
    ...r.examples.map((e) => `  ${e}`),
    `  long cells (read up to 1,000 characters, kept whole): ${r.long.map((l) => `${l.length.toLocaleString('en')} chars ≤ ${l.maxMs} ms`).join(', ')}`,
  ];
  return `${lines.join('\n')}\n`;
}
