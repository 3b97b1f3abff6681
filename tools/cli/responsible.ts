/**
 * `responsible "<text>"`: the entities of one responsible text as a JSON array
 * `[{ kind, text, name, role, org, note }]`. With no text, reads standard input: one responsible text per
 * line, one JSON array per line, in order, in one process (empty line → `[]`).
 */
import { splitResponsible } from '../../src/core/people/split';
import type { ResponsibleEntity } from '../../src/core/people/types';
import { parseArgs, printJson, readStdin } from './args';

/** The contract's keys, in the contract's order; `note` («по согласованию») added for issue 19. */
const view = (e: ResponsibleEntity) => ({
  kind: e.kind,
  text: e.text,
  name: e.name,
  role: e.role,
  org: e.org,
  note: e.note ?? null,
});

export async function run(args: string[]): Promise<void> {
  const { positional } = parseArgs(args);
  if (positional.length) {
    printJson(splitResponsible(positional.join(' ')).map(view));
    return;
  }
  const input = await readStdin();
  const lines = input.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  process.stdout.write(
    lines.map((l) => JSON.stringify(splitResponsible(l).map(view))).join('\n') + (lines.length ? '\n' : ''),
  );
}
