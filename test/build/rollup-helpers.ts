/**
 * The department add-on's built file, dist/rollup/Code.js, loaded as Apps Script loads it: in a
 * bare VM context whose only globals are the emulator's services, the script's `Date` the
 * emulator's (its clock runs on by the modelled time of each call within an execution). A
 * department's spreadsheet with the Орск municipal plan in «План» and a tab «Организации».
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { ORG_COLUMNS } from '../../src/core/workbook/schema';
import { createEmulator, type EmulatorOptions } from '../../tools/emulator';
import { planValues, seedPlan } from '../core/rollup/fixture';

export const rollupCode = () => readFileSync(join(__dirname, '../../dist/rollup/Code.js'), 'utf8');

export const ORSK = seedPlan('plan-orsk-mkdo-2020.txt');

export type Emu = ReturnType<typeof createEmulator>;

/** An emulator with the bundle loaded; handlers (menu items, the trigger) are the bundle's functions. */
export function department(opts: EmulatorOptions = {}) {
  const emu = createEmulator({
    spreadsheetTimeZone: 'Asia/Yekaterinburg',
    now: '2020-11-02T05:00:00Z',
    addonName: 'План-график: Свод',
    ...opts,
  });
  const ctx = vm.createContext({ ...emu.globals, Date: emu.scriptDate });
  vm.runInContext(rollupCode(), ctx, { filename: 'Code.js' });
  const app = ctx as unknown as Record<string, (...a: unknown[]) => unknown>;
  emu.setHandlers((n) => app[n]);
  const dept = emu.documents[0];
  return { emu, app, dept };
}

export const SS = (emu: Emu) => emu.globals.SpreadsheetApp;

/** Writes `values` into tab `tab` of spreadsheet `id` (made if missing), as a person would type them. */
export function fillTab(emu: Emu, id: string, tab: string, values: unknown[][]): void {
  emu.inDocument(id, () => {
    const ss = SS(emu).getActive();
    const sheet = ss.getSheetByName(tab) ?? ss.insertSheet(tab);
    const width = Math.max(...values.map((r) => r.length));
    const rect = values.map((r) => [...r, ...Array(width - r.length).fill('')]);
    sheet.getRange(1, 1, rect.length, width).setValues(rect);
  });
}

export const ORG_HEADER = ORG_COLUMNS.map((c) => c.headers[0]);

/** «Организации»: one row per organisation (name, e-mail, spreadsheet cell). */
export function writeOrganisations(emu: Emu, dept: string, rows: [string, string, string?][]): void {
  fillTab(emu, dept, 'Организации', [
    ORG_HEADER,
    ...rows.map(([n, e, s]) => [n, e, s ?? '', s ? 'Подключено по ссылке' : '', '', '']),
  ]);
}

export function writeMunicipalPlan(emu: Emu, dept: string): void {
  fillTab(emu, dept, 'План', planValues(ORSK.activities));
}

export function tabValues(emu: Emu, id: string, tab: string): unknown[][] {
  return emu.inDocument(id, () => {
    const sheet = SS(emu).getActive().getSheetByName(tab);
    return sheet ? sheet.getDataRange().getValues() : [];
  });
}

export function tabNames(emu: Emu, id: string): string[] {
  return emu.inDocument(id, () =>
    SS(emu)
      .getActive()
      .getSheets()
      .map((s) => s.getName()),
  );
}
