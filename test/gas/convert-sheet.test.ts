/**
 * «Распознать таблицу на этом листе» on the built add-on: the menu opens the import dialog on the
 * active sheet, the dialog reads the sheet's displayed text through `importSheetSource`, builds the
 * plan as the page does (dialogs/import/sheet.ts → the core builder) and imports it with
 * `importApply`. The original sheet stays as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHEET_META } from '../../dialogs/import/sheet';
import { importDocument } from '../../src/core/plan/import-docx';
import { gridToDocument } from '../../src/core/table/sheet-grid';
import { loadAddon, scriptRunClone } from '../../tools/playground/addon';
import { displayed, FIXTURES, refused } from './helpers';

/** A Word table pasted straight into a sheet: one cell per table cell, preamble lines above it. */
function paste(name: string): string[][] {
  const lines = readFileSync(join(FIXTURES, 'seeds', `${name}.txt`), 'utf8').split('\n');
  const rows = lines.map((l) => l.split('\t').map((c) => c.trim()));
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')]);
}

const asCoordinator = { activeUser: 'coordinator@example.org', effectiveUser: 'coordinator@example.org' };

describe('«Распознать таблицу на этом листе»', () => {
  it.each([
    ['plan-dou-vsoko-2021', 10],
    ['plan-school-vsoko-2020', 10],
    ['roadmap-okhansk-2021-2024', 10],
  ])('%s: the dialog reads the pasted sheet, the import writes the План tab, the sheet is kept', (name, count) => {
    const addon = loadAddon(asCoordinator);
    const sheet = addon.emu.spreadsheet.getSheets()[0];
    const grid = paste(name);
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
    addon.call('menuConvertSheet');
    const dialog = addon.emu.ui.dialogs.at(-1)!;
    expect(dialog.html).toContain(`<meta name="${SHEET_META}" content="Лист1">`);
    expect(dialog.title).toMatch(/Лист1/);

    addon.emu.calls.reset();
    const source = addon.call('importSheetSource', { sheet: 'Лист1' }) as { sheet: string; values: string[][] };
    // Reading the sheet is one range read: the builder runs in the browser, not in Code.js. The
    // guard's read of the document's state (getActive, getId, one Spreadsheets.get) replaced its
    // two document-properties calls: 6 spreadsheet calls, as many calls in all as before.
    expect(addon.emu.calls.spreadsheet()).toBeLessThanOrEqual(6);
    const plan = importDocument(gridToDocument(source.values));
    expect(plan.activities).toHaveLength(count);
    addon.call('importApply', scriptRunClone({ plan }, 'importApply'));
    const names = addon.emu.snapshot().sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['План', 'Лист1', 'Журнал']));
    expect(displayed(addon, 'План').filter((r, i) => i > 0 && r[0]).length).toBe(count);
    expect(displayed(addon, 'Лист1')[grid.findIndex((r) => r.some((c) => c))][0]).toBeTruthy();
  });

  it('an empty sheet gets a clear Russian message and nothing is written', () => {
    const addon = loadAddon(asCoordinator);
    addon.call('menuConvertSheet');
    expect(refused(addon.call('importSheetSource', { sheet: 'Лист1' }), 'invalid')).toMatch(/Лист пуст/);
    expect(addon.emu.snapshot().sheets.map((s) => s.name)).toEqual(['Лист1']);
  });

  it('on the План tab itself the menu says so instead of opening the dialog', () => {
    const addon = loadAddon(asCoordinator);
    addon.emu.spreadsheet.getSheets()[0].setName('План');
    addon.emu.ui.answer('OK');
    addon.call('menuConvertSheet');
    expect(addon.emu.ui.dialogs).toHaveLength(0);
    expect(addon.emu.ui.alerts.at(-1)!.prompt).toMatch(/Это уже вкладка «План»/);
  });

  it('a sheet name is escaped in the page, and a bad request is refused in Russian', () => {
    const addon = loadAddon(asCoordinator);
    addon.emu.spreadsheet.getSheets()[0].setName('<b>"x"</b>');
    addon.call('menuConvertSheet');
    expect(addon.emu.ui.dialogs.at(-1)!.html).toContain('content="&lt;b&gt;&quot;x&quot;&lt;/b&gt;"');
    expect(refused(addon.call('importSheetSource', { sheet: 42 }), 'invalid')).toMatch(
      /Неверный запрос \(поле «sheet»\)/,
    );
  });

  it('the built dialog and Code.js name the same <meta>', () => {
    const dist = join(__dirname, '../../dist');
    expect(readFileSync(join(dist, 'import.html'), 'utf8')).toContain(SHEET_META);
    expect(readFileSync(join(dist, 'Code.js'), 'utf8')).toContain(SHEET_META);
  });
});
