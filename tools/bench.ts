/**
 * `npm run bench [-- --json] [-- --sizes=100,1000] [-- --only=a,b]`: the benchmark, as named
 * sections (SECTIONS). `actions`: each action of the add-on on synthetic plans of 100, 1,000 and
 * 10,000 activities, ours through the built Code.js beside a naive per-cell script and a batched
 * peer written the way the scripts people copy are (tools/bench/actions.ts): service calls by
 * service, e-mails, modelled Apps Script time, and for the reminder runs what the e-mails got right.
 * `budgets`: our calls against issue 15's goals. Further sections time the readers on hostile and
 * random input. `--only=a,b` runs some sections alone; `--json` prints every section's result under
 * its field. Budgets are asserted in tests as call counts; times are only printed here.
 */
import { actionRuns, printRuns } from './bench/actions';
import { benchBigImport, formatBigImport } from './bench/big-import';
import { budgets, printBudgets } from './bench/budgets';
import { benchFuzzDeadline, printFuzzDeadline } from './bench/fuzz-deadline';
import { formatFuzzResponsible, fuzzResponsible } from './bench/fuzz-responsible';
import { benchHostileDocx, printHostileDocx } from './bench/hostile-docx';
import { benchRollup, printRollup } from './bench/rollup';
import { benchRollupCalls, printRollupCalls } from './bench/rollup-calls';

interface Section {
  /** The field of `--json` that holds the section's result. */
  field: string;
  run: (argv: string[]) => unknown;
  print: (result: never) => string;
}

/** Every section of the bench, in the order printed; `--only=` takes their names. */
const SECTIONS: Record<string, Section> = {
  actions: { field: 'runs', run: (argv) => actionRuns(argv), print: printRuns },
  // Our calls against issue 15's goals, from the same runs (computed once when both are asked for).
  budgets: { field: 'budgets', run: (argv) => budgets(actionRuns(argv)), print: printBudgets },
  // The text reader and builder on 100,000 pasted rows, 200,000 lines, random plans (issue 14).
  'big-import': { field: 'bigImport', run: () => benchBigImport(), print: formatBigImport },
  'fuzz-deadline': { field: 'fuzzDeadline', run: () => benchFuzzDeadline(), print: printFuzzDeadline },
  // Responsible cells: the property suites of npm test, longer, with timings (issue 14).
  'fuzz-responsible': { field: 'responsible', run: () => fuzzResponsible(), print: formatFuzzResponsible },
  // The roll-up core on 300 organisations × 150 activities (issue 18); its calls: rollup-calls.
  rollup: { field: 'rollup', run: () => benchRollup(), print: printRollup },
  // The department add-on's calls on its built file: 1 read per organisation is the goal (issue 18).
  'rollup-calls': { field: 'rollupCalls', run: () => benchRollupCalls(), print: printRollupCalls },
  'hostile-docx': {
    field: 'hostileDocx',
    run: () => benchHostileDocx(),
    print: (r: ReturnType<typeof benchHostileDocx>) => {
      let out = '';
      printHostileDocx(r, (s) => {
        out += s;
      });
      return out;
    },
  },
};

/** Old spellings of `--only=`: `fuzz` (the deadline fuzz), `--hostile-docx`. */
const ALIASES: Record<string, string> = { fuzz: 'fuzz-deadline' };

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const only = argv.find((a) => a.startsWith('--only='))?.split('=')[1];
  const named = [...(only ? only.split(',') : []), ...(argv.includes('--hostile-docx') ? ['hostile-docx'] : [])].map(
    (n) => ALIASES[n] ?? n,
  );
  const unknown = named.filter((n) => !SECTIONS[n]);
  if (unknown.length) {
    process.stderr.write(`Неизвестный раздел: ${unknown.join(', ')}. Разделы: ${Object.keys(SECTIONS).join(', ')}.\n`);
    process.exitCode = 2;
    return;
  }
  const chosen = named.length ? named : Object.keys(SECTIONS);
  const results: Record<string, unknown> = {};
  for (const name of chosen) {
    const section = SECTIONS[name];
    const result = section.run(argv);
    results[section.field] = result;
    if (!json) process.stdout.write(`${section.print(result as never)}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

main(process.argv.slice(2));
