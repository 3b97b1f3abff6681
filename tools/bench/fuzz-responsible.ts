/**
 * The responsible cells' property suites of `npm test` (test/core/people/fuzz.test.ts), run longer
 * and timed: many random cells split and resolved (no throw but UserError, no word lost, only the
 * four kinds), and long cells of 9,000 to 450,000 characters to show the parser is linear (issue
 * 14: it was > 100 ms at 9,000 and > 10 s at 45,000 characters).
 */
import fc from 'fast-check';
import { UserError } from '../../src/core/errors';
import { createResolver } from '../../src/core/people/resolve';
import { isConnective, splitResponsible } from '../../src/core/people/split';
import { lostWord, responsibleCell, staffList } from '../../test/core/people/responsible-arbitraries';

export interface FuzzResponsibleResult {
  cells: number;
  failures: string[];
  msPerCell: number;
  long: { chars: number; splitMs: number; resolveMs: number; entities: number }[];
}

function check(text: string, resolve: (t: string) => unknown): string | null {
  try {
    const entities = splitResponsible(text);
    const lost = lostWord(
      text,
      entities.map((e) => e.text),
      isConnective,
    );
    if (lost) return `word lost «${lost}»`;
    for (const e of entities) if (!['person', 'role', 'group', 'org'].includes(e.kind)) return `kind ${e.kind}`;
    resolve(text);
    return null;
  } catch (e) {
    return e instanceof UserError ? null : `throws ${(e as Error).message}`;
  }
}

export function fuzzResponsible(cells = 10_000, seed = 1914): FuzzResponsibleResult {
  const samples = fc.sample(fc.tuple(staffList, responsibleCell(12)), { numRuns: cells, seed });
  const failures: string[] = [];
  const t = performance.now();
  for (const [staff, text] of samples) {
    const why = check(text, createResolver(staff));
    if (why && failures.length < 10) failures.push(`${why}: ${JSON.stringify(text)}`);
  }
  const msPerCell = (performance.now() - t) / samples.length;
  const unit = fc.sample(responsibleCell(12), { numRuns: 1, seed })[0] || 'Иванова А.А., классные руководители; ';
  const resolve = createResolver(fc.sample(staffList, { numRuns: 1, seed })[0]);
  const long = [9_000, 45_000, 450_000].map((chars) => {
    const text = `${unit}, `.repeat(Math.ceil(chars / (unit.length + 2))).slice(0, chars);
    let s = performance.now();
    const entities = splitResponsible(text).length;
    const splitMs = Math.round(performance.now() - s);
    s = performance.now();
    resolve(text);
    return { chars, splitMs, resolveMs: Math.round(performance.now() - s), entities };
  });
  return { cells: samples.length, failures, msPerCell: Math.round(msPerCell * 1000) / 1000, long };
}

export function formatFuzzResponsible(r: FuzzResponsibleResult): string {
  const lines = [
    `responsible cells fuzzed: ${r.cells}, failures: ${r.failures.length}, ${r.msPerCell} ms a cell (split + resolve)`,
    ...r.failures.map((f) => `  ${f}`),
    ...r.long.map(
      (l) =>
        `  a cell of ${String(l.chars).padStart(7)} characters: split ${l.splitMs} ms, resolve ${l.resolveMs} ms, ${l.entities} entities`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
