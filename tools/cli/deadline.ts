/**
 * `deadline "<text>" [--year Y | --academic Y] [--horizon Y] [--title "<plan title>"]`: print what
 * the parser reads, as one JSON object. With no text, read one phrase per line from standard input
 * and print one JSON object per line, in order, in this one process (a corpus of thousands runs in
 * a second). `--title` reads the context as the importer does from a plan's title (its year,
 * school year, horizon and the period it is for); `--year`/`--academic`/`--horizon` override it.
 */
import { parseDeadline } from '../../src/core/deadline/parse';
import type { DeadlineContext } from '../../src/core/deadline/types';
import { planContext } from '../../src/core/plan/deadlines';
import { flagNumber, parseArgs, printJson, readStdin } from './args';

function year(flags: ReturnType<typeof parseArgs>['flags'], name: string): number | null {
  const n = flagNumber(flags, name);
  if (n === undefined) return null;
  if (!Number.isInteger(n) || n < 1900 || n > 2200)
    throw new Error(`--${name}: ожидался год (1900–2200), получено «${n}»`);
  return n;
}

export async function run(args: string[]): Promise<void> {
  const { positional, flags } = parseArgs(args);
  if (flags.help) {
    process.stderr.write(
      'deadline "<срок>" [--year Y | --academic Y] [--horizon Y] [--title "<название плана>"]; без текста — по строке из stdin\n',
    );
    return;
  }
  for (const f of ['year', 'academic', 'horizon']) {
    if (flags[f] === true) throw new Error(`--${f}: не указан год`);
  }
  if (flags.title === true) throw new Error('--title: не указано название плана');
  const fromTitle = typeof flags.title === 'string' ? planContext(flags.title, []) : {};
  const given: DeadlineContext = {
    year: year(flags, 'year'),
    academicYear: year(flags, 'academic'),
    horizonYear: year(flags, 'horizon'),
  };
  const ctx: DeadlineContext = {
    ...fromTitle,
    year: given.year ?? fromTitle.year ?? null,
    academicYear: given.academicYear ?? fromTitle.academicYear ?? null,
    horizonYear: given.horizonYear ?? fromTitle.horizonYear ?? null,
  };
  if (positional.length) {
    printJson(parseDeadline(positional.join(' '), ctx));
    return;
  }
  const input = await readStdin();
  const lines = input.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop(); // the final newline ends a line, not a phrase
  // one write for the whole batch: a write per line would cost more than the parsing
  process.stdout.write(lines.map((l) => `${JSON.stringify(parseDeadline(l, ctx))}\n`).join(''));
}
