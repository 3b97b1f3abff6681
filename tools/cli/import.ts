/**
 * `import <file.txt|file.docx> [--json] [--columns "title=2,deadline=3"]`: the plan as the add-on
 * understands it. With --json the PlanImport JSON (the contract the checks read); without it a
 * short summary in Russian. `--columns` gives column roles by hand, columns counted from 1, as the
 * import preview's drop-downs do (`columns[].from` is then "user").
 */
import { formatRu } from '../../src/core/dates/calendar';
import { UserError } from '../../src/core/errors';
import { parseColumnsFlag } from '../../src/core/import/column-choice';
import type { PlanImport } from '../../src/core/plan/types';
import { parseArgs, printJson } from './args';
import { loadPlanFile } from './load-plan';

export function summary(plan: PlanImport): string {
  const lines: string[] = [];
  lines.push(`План: ${plan.title ?? '(без названия)'}`);
  if (plan.horizonYear) lines.push(`Горизонт: до ${plan.horizonYear} года`);
  lines.push(`Мероприятий: ${plan.activities.length}; этапов: ${plan.stages?.length ?? 0}`);
  if (plan.columns?.length)
    lines.push(
      `Столбцы: ${plan.columns.map((c, k) => `${(c.index ?? k) + 1}. ${c.header || '(без заголовка)'} → ${c.role}${c.from === 'content' ? ' (по содержимому)' : c.from === 'user' ? ' (задано)' : ''}`).join('; ')}`,
    );
  for (const a of plan.activities) {
    const d = a.deadline;
    const when =
      d.start || d.end ? `${formatRu(d.start)}–${formatRu(d.end)}` : d.recurrence !== 'none' ? d.recurrence : '';
    const title = a.title.length > 70 ? `${a.title.slice(0, 67)}…` : a.title;
    lines.push(`  ${a.number ?? '-'} ${title} | ${d.text || '—'}${when ? ` (${when})` : ''} | ${a.responsible ?? '—'}`);
  }
  if (plan.warnings.length) {
    lines.push(`Предупреждений: ${plan.warnings.length}`);
    for (const w of plan.warnings) lines.push(`  ! ${w.message}`);
  }
  if (plan.unrecognized.length) lines.push(`Не распознано (сохранено): ${plan.unrecognized.length} фрагм.`);
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[]): Promise<void> {
  const { positional, flags } = parseArgs(args);
  const file = positional[0];
  if (!file) {
    process.stderr.write('Укажите файл плана: import <file.txt|file.docx> [--json] [--columns "title=2,deadline=3"]\n');
    process.exitCode = 1;
    return;
  }
  try {
    const columns = flags.columns;
    if (columns === true)
      throw new UserError(
        'bad-columns',
        '--columns: укажите роли, например --columns "title=2,deadline=3".',
        '--columns needs roles, e.g. --columns "title=2,deadline=3".',
      );
    const plan = loadPlanFile(file, columns ? { columns: parseColumnsFlag(columns) } : {});
    if (flags.json) printJson(plan);
    else process.stdout.write(summary(plan));
  } catch (e) {
    if (e instanceof UserError || (e as { name?: string }).name === 'UserError') {
      process.stderr.write(`Ошибка: ${(e as Error).message}\n`);
      process.exitCode = 1;
      return;
    }
    throw e;
  }
}
