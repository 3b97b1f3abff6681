/**
 * The import at sizes no plan has (issue 14 §3): pasted text of 100,000 rows (goal: under 5 s of
 * CPU), 200,000 lines (must import, no stack overflow), 72,000 identical rows (IDs in one pass),
 * one line over the reader's limit (a Russian message naming it), and the property test's random
 * plans with a larger count and their timings. CPU time of the text reader and the builder
 * together (`importText`), measured with process.cpuUsage.
 */
import fc from 'fast-check';
import { isUserError } from '../../src/core/errors';
import { importText } from '../../src/core/plan/import-text';
import { TEXT_LIMITS } from '../../src/core/table/text-reader';
import { randomPlan } from '../../test/core/plan/random-plans';

export interface BigImportRun {
  case: string;
  lines: number;
  activities: number | null;
  cpuMs: number;
  note: string;
}

function cpu<T>(fn: () => T): { value: T; ms: number } {
  const t = process.cpuUsage();
  const value = fn();
  const d = process.cpuUsage(t);
  return { value, ms: Math.round((d.user + d.system) / 1000) };
}

/** A realistic plan of n rows: a section every 50 rows, dates, people, numbers. */
export function pastedPlan(n: number): string {
  const lines = ['План мероприятий на 2021 год', '№\tМероприятие\tСрок\tОтветственный'];
  for (let i = 0; i < n; i++) {
    if (i % 50 === 0) lines.push(`${i / 50 + 1}. Раздел ${i / 50 + 1}`);
    lines.push(
      `${i + 1}\tМероприятие номер ${i + 1} по плану работы\t${(i % 28) + 1}.0${(i % 9) + 1}.2021\tИванова И.И., заместитель директора`,
    );
  }
  return lines.join('\n');
}

function run(name: string, text: string, note = ''): BigImportRun {
  const lines = text.split('\n').length;
  try {
    const { value, ms } = cpu(() => importText(text));
    return { case: name, lines, activities: value.activities.length, cpuMs: ms, note };
  } catch (e) {
    if (!isUserError(e)) throw e;
    return { case: name, lines, activities: null, cpuMs: 0, note: `UserError: ${e.message}` };
  }
}

function fuzz(numRuns: number): BigImportRun {
  let worst = 0;
  let refused = 0;
  const { ms } = cpu(() =>
    fc.assert(
      fc.property(randomPlan(60), ({ text }) => {
        const t = cpu(() => {
          try {
            importText(text);
          } catch (e) {
            if (!isUserError(e)) throw e;
            refused++;
          }
        });
        worst = Math.max(worst, t.ms);
      }),
      { seed: 20250719, numRuns },
    ),
  );
  return {
    case: `random plans ×${numRuns}`,
    lines: 0,
    activities: null,
    cpuMs: ms,
    note: `slowest case ${worst} ms; refused with a UserError: ${refused}; none threw anything else`,
  };
}

export function benchBigImport(): BigImportRun[] {
  const same = [
    'Мероприятие\tСрок\tОтветственный',
    ...Array.from({ length: 72_000 }, () => 'Собрание\tмай 2021\tДиректор'),
  ];
  const over = `${'a\tb\n'.repeat(TEXT_LIMITS.maxLines + 1)}`;
  return [
    run('100,000 pasted rows', pastedPlan(100_000), 'goal: < 5,000 ms'),
    run('200,000 lines', pastedPlan(196_000), 'must import, no stack overflow'),
    run('72,000 identical rows', same.join('\n'), 'IDs suffixed in one pass'),
    run(`${(TEXT_LIMITS.maxLines + 1).toLocaleString('en-US')} lines`, over, 'over the limit'),
    fuzz(2_000),
  ];
}

export function formatBigImport(runs: BigImportRun[]): string {
  const rows = runs.map(
    (r) =>
      `${r.case.padEnd(24)} ${String(r.lines || '').padStart(7)} ${String(r.activities ?? '—').padStart(7)} ${String(r.cpuMs).padStart(7)}  ${r.note}`,
  );
  return `\nbig import (text reader + builder, CPU ms)\n${'case'.padEnd(24)} ${'lines'.padStart(7)} ${'acts'.padStart(7)} ${'cpu ms'.padStart(7)}\n${rows.join('\n')}\n`;
}
