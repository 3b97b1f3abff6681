/**
 * The continuation's edges on the built department bundle: a list of organisations changed between
 * executions starts the roll-up anew (never a mix of two lists), and a continuation trigger that
 * finds nothing unfinished removes itself instead of rolling up every hour.
 */
import { spreadsheetUrl } from '../../src/core/rollup/spreadsheet-id';
import { STORE_TAB_NAME } from '../../src/core/rollup/store';
import { CONTINUE_FUNCTION } from '../../src/gas/rollup/continuation';
import { planValues } from '../core/rollup/fixture';
import {
  department,
  fillTab,
  ORSK,
  SS,
  tabNames,
  tabValues,
  writeMunicipalPlan,
  writeOrganisations,
} from './rollup-helpers';

describe('the roll-up continuation', () => {
  it('starts anew when «Организации» changed between executions; every organisation of the new list counted once', () => {
    const N = 240;
    const { emu, dept } = department();
    writeMunicipalPlan(emu, dept);
    const ids = Array.from({ length: N }, () => {
      const id = emu.addSpreadsheet();
      fillTab(emu, id, 'План', planValues(ORSK.activities));
      return id;
    });
    writeOrganisations(
      emu,
      dept,
      ids.map((id, i) => [`Организация ${i + 1}`, `org${i + 1}@example.org`, spreadsheetUrl(id)]),
    );
    emu.recordSheetsCalls();
    emu.runMenuItem('menuRollup');
    const first = emu.sheetsCalls.filter((c) => c.method === 'spreadsheets.values.batchGet').length - 1;
    expect(first).toBeLessThan(N);
    // The department renames an organisation before the trigger comes.
    emu.inDocument(dept, () => SS(emu).getActive().getSheetByName('Организации')!.getRange('A2').setValue('Сад № 1'));
    for (let i = 0; i < 5 && emu.triggers.length; i++) {
      emu.advance(60 * 60 * 1000);
      emu.fireTimeTrigger(CONTINUE_FUNCTION);
    }
    expect(emu.triggers).toEqual([]);
    expect(emu.failedExecutions).toEqual([]);
    const reads = emu.sheetsCalls
      .filter((c) => c.method === 'spreadsheets.values.batchGet' && c.params.spreadsheetId !== dept)
      .map((c) => String(c.params.spreadsheetId));
    // The first execution's reads, then the whole new list once.
    expect(reads.length).toBe(first + N);
    expect(new Set(reads.slice(first))).toEqual(new Set(ids));
    const byOrg = tabValues(emu, dept, 'Свод по организациям');
    const head = byOrg.findIndex((r) => r[1] === 'Организация');
    const names = byOrg.slice(head + 1, head + 1 + N).map((r) => r[1]);
    expect(names[0]).toBe('Сад № 1');
    expect(new Set(names).size).toBe(N);
    expect(byOrg.flat().join(' ')).toContain(`Прочитано организаций: ${N} из ${N}`);
  }, 120_000);

  it('a continuation with nothing unfinished removes itself and writes nothing', () => {
    const { emu, dept } = department();
    writeMunicipalPlan(emu, dept);
    const id = emu.addSpreadsheet();
    fillTab(emu, id, 'План', planValues(ORSK.activities));
    writeOrganisations(emu, dept, [['Сад', 'sad@example.org', spreadsheetUrl(id)]]);
    emu.runMenuItem('menuRollup');
    expect(emu.triggers).toEqual([]);
    // A trigger left behind (say, made before the menu finished the roll-up).
    emu.runAs({ email: 'owner@example.org' }, () =>
      emu.inDocument(dept, () =>
        emu.globals.ScriptApp.newTrigger(CONTINUE_FUNCTION).timeBased().everyHours(1).create(),
      ),
    );
    emu.calls.reset();
    emu.advance(60 * 60 * 1000);
    emu.fireTimeTrigger(CONTINUE_FUNCTION);
    expect(emu.triggers).toEqual([]);
    expect(emu.calls.count('Spreadsheets.batchUpdate')).toBe(0);
    expect(tabNames(emu, dept)).not.toContain(STORE_TAB_NAME);
    expect(emu.logs.join('\n')).toContain('незаконченного свода нет');
  });
});
