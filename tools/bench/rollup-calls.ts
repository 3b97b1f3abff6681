/**
 * The department add-on's service calls (issue 18), on its built file dist/rollup/Code.js in the
 * emulator (test/build/rollup-helpers.ts): «Обновить свод» over `organisations` spreadsheets holding
 * the Орск plan, run to completion through its continuation trigger, and «Разослать план» to
 * `distributed` organisations. Reported per organisation: the goal is ONE read (a `Values.batchGet`)
 * per organisation's spreadsheet; the department's own reads and the one write per execution are
 * fixed. Modelled minutes per execution (calls × latency, OTHER_SPREADSHEET_MS for another
 * spreadsheet: tools/emulator/counter.ts). `npm run bench -- --only=rollup-calls`.
 */
import { chooseActivities, organisationPlan } from '../../src/core/rollup/distribute';
import { spreadsheetUrl } from '../../src/core/rollup/spreadsheet-id';
import { CONTINUE_FUNCTION } from '../../src/gas/rollup/continuation';
import { department, fillTab, ORSK, writeMunicipalPlan, writeOrganisations } from '../../test/build/rollup-helpers';
import { planValues } from '../../test/core/rollup/fixture';

export interface RollupCallsBench {
  organisations: number;
  executions: number;
  /** Modelled minutes of each execution. */
  minutes: number[];
  /** `Values.batchGet` on the organisations' spreadsheets, per organisation. */
  readsPerOrganisation: number;
  /** Every service call of the roll-up, per organisation. */
  callsPerOrganisation: number;
  byMethod: Record<string, number>;
  distributed: number;
  distributeCallsPerOrganisation: number;
  distributeMinutes: number;
}

export function benchRollupCalls(organisations = 300, distributed = 40): RollupCallsBench {
  const { emu, dept } = department();
  writeMunicipalPlan(emu, dept);
  const given = organisationPlan(chooseActivities(ORSK.activities, 'organisations'));
  const ids: string[] = [];
  for (let i = 0; i < organisations; i++) {
    const id = emu.addSpreadsheet();
    fillTab(emu, id, 'План', planValues(given.map((a, j) => (j < i % 5 ? { ...a, status: 'done' as const } : a))));
    ids.push(id);
  }
  writeOrganisations(
    emu,
    dept,
    ids.map((id, i) => [`Организация ${i + 1}`, `org${i + 1}@example.org`, spreadsheetUrl(id)]),
  );
  emu.recordSheetsCalls();
  emu.calls.reset();
  emu.runMenuItem('menuRollup');
  for (let i = 0; i < 20 && emu.triggers.length; i++) {
    emu.advance(60 * 60 * 1000);
    emu.fireTimeTrigger(CONTINUE_FUNCTION);
  }
  const runs = emu.executions.filter((e) => e.functionName === 'menuRollup' || e.functionName === CONTINUE_FUNCTION);
  const reads = emu.sheetsCalls.filter(
    (c) => c.method === 'spreadsheets.values.batchGet' && c.params.spreadsheetId !== dept,
  ).length;
  const byMethod = emu.calls.byMethod();
  const total = emu.calls.total;

  // «Разослать план» in a department of its own.
  const d = department();
  writeMunicipalPlan(d.emu, d.dept);
  writeOrganisations(
    d.emu,
    d.dept,
    Array.from(
      { length: distributed },
      (_, i) => [`Организация ${i + 1}`, `org${i + 1}@example.org`] as [string, string],
    ),
  );
  d.emu.ui.answer('YES');
  d.emu.calls.reset();
  d.emu.runMenuItem('menuDistribute');
  const dist = d.emu.lastExecution!;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    organisations,
    executions: runs.length,
    minutes: runs.map((e) => round(e.ms / 60_000)),
    readsPerOrganisation: round(reads / organisations),
    callsPerOrganisation: round(total / organisations),
    byMethod,
    distributed,
    distributeCallsPerOrganisation: round(d.emu.calls.spreadsheet() / distributed),
    distributeMinutes: round(dist.ms / 60_000),
  };
}

export function printRollupCalls(b: RollupCallsBench): string {
  const methods = Object.entries(b.byMethod)
    .map(([m, n]) => `${m} ${n}`)
    .join(', ');
  return [
    `Свод (dist/rollup/Code.js): ${b.organisations} организаций, выполнений ${b.executions} (модельных минут: ${b.minutes.join(', ')})`,
    `  чтений таблиц организаций на организацию: ${b.readsPerOrganisation} (цель — 1), всех вызовов на организацию: ${b.callsPerOrganisation}`,
    `  вызовы: ${methods}`,
    `Разослать план: ${b.distributed} организаций, ${b.distributeCallsPerOrganisation} вызова таблиц на организацию, ${b.distributeMinutes} модельных мин`,
  ].join('\n');
}
