/**
 * `simulate <plan> --staff <staff.csv> --from YYYY-MM-DD --days N [--quota Q] [--coordinators a@x,b@y]
 *  [--runs R] [--json]`: every e-mail the daily trigger would send, day by day. Every activity is
 * treated as not started; the ledger and the quota (reset each day) carry from day to day, exactly
 * as the add-on's trigger runs. Default coordinators come from the staff list (see
 * docs/reminders.md): the head and the coordinating roles.
 */

import { readFileSync } from 'node:fs';
import { isIsoDate } from '../../src/core/dates/calendar';
import { UserError } from '../../src/core/errors';
import { parseStaffCsv } from '../../src/core/people/staff-csv';
import { defaultAudience } from '../../src/core/reminders/coordinators';
import { naiveEmails } from '../../src/core/reminders/naive';
import { recipientsFromStaff } from '../../src/core/reminders/recipients';
import { parseSettings } from '../../src/core/reminders/settings';
import { simulateDays } from '../../src/core/reminders/simulate';
import { notStarted } from '../../src/core/tracking/transition';
import type { TrackedActivity } from '../../src/core/tracking/types';
import { flagNumber, parseArgs, printJson } from './args';
import { decodeText, loadPlanFile } from './load-plan';

const USAGE =
  'simulate <план.txt|.docx> --staff <сотрудники.csv> --from ГГГГ-ММ-ДД --days N [--quota Q] [--coordinators a@x,b@y] [--json]';

function fail(ru: string, en: string): never {
  throw new UserError('simulate-args', `${ru}\nИспользование: ${USAGE}`, en);
}

export async function run(args: string[]): Promise<void> {
  const { positional, flags } = parseArgs(args);
  const planPath = positional[0];
  if (!planPath) fail('Не указан файл плана.', 'No plan file given.');
  const staffPath = flags.staff;
  if (typeof staffPath !== 'string') fail('Не указан список сотрудников (--staff).', 'No staff list (--staff).');
  const from = flags.from;
  if (typeof from !== 'string' || !isIsoDate(from))
    fail('--from: нужна дата в виде ГГГГ-ММ-ДД.', '--from: a date YYYY-MM-DD is required.');
  const days = flagNumber(flags, 'days') ?? 120;
  const quota = flagNumber(flags, 'quota') ?? 100;
  const runs = flagNumber(flags, 'runs') ?? 1;
  if (!Number.isInteger(days) || days < 1 || days > 3660) fail('--days: от 1 до 3660.', '--days: 1 to 3660.');

  const plan = loadPlanFile(planPath);
  let csv: string;
  try {
    csv = decodeText(new Uint8Array(readFileSync(staffPath)));
  } catch {
    throw new UserError('file-not-found', `Не удалось прочитать файл «${staffPath}».`, `Cannot read "${staffPath}".`);
  }
  const staff = parseStaffCsv(csv).staff;

  const audience = defaultAudience(staff);
  const given = typeof flags.coordinators === 'string' ? flags.coordinators.split(/[,;\s]+/).filter(Boolean) : null;
  const { settings, warnings } = parseSettings({
    enabled: true,
    coordinators: given ?? audience.coordinators,
    head: audience.head ?? undefined,
  });
  for (const w of warnings) process.stderr.write(`${w}\n`);

  const activities: TrackedActivity[] = plan.activities.map(notStarted);
  const recipientsOf = recipientsFromStaff(staff);
  const names = new Map(staff.map((m) => [m.email.trim().toLowerCase(), m.name]));
  const result = simulateDays({
    activities,
    recipientsOf,
    settings,
    from,
    days,
    quota,
    runsPerDay: runs,
    horizonYear: plan.horizonYear,
    nameOf: (e) => names.get(e) ?? null,
  });

  if (flags.json) {
    printJson(result.emails);
    return;
  }
  // Human summary: per day who gets what, then the comparison with a naive script.
  let naive = 0;
  for (let i = 0; i < days; i++) {
    const d = new Date(Date.parse(`${from}T00:00:00Z`) + i * 864e5).toISOString().slice(0, 10);
    naive += new Set(naiveEmails(activities, recipientsOf, d).map((m) => `${m.to}|${m.activity}`)).size;
  }
  for (const m of result.emails)
    process.stdout.write(
      `${m.date}  ${m.to}  ${m.subject}\n${m.items.map((i) => `    ${i.kind.padEnd(12)} ${i.activity}`).join('\n')}\n`,
    );
  for (const l of result.log) if (l.notice) process.stdout.write(`${l.date}  ${l.notice}\n`);
  process.stdout.write(
    `\nПисем: ${result.emails.length} (наивный скрипт: ${naive}); получателей: ${new Set(result.emails.map((m) => m.to)).size}; ` +
      `координаторы: ${settings.coordinators.join(', ') || 'нет'}\n`,
  );
}
