import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAddon } from '../../tools/playground/addon';
import { displayed, FIXTURES } from './helpers';

/** A Word table pasted straight into a sheet: one cell per table cell, preamble lines above it. */
function paste(name: string): string[][] {
  const lines = readFileSync(join(FIXTURES, 'seeds', `${name}.txt`), 'utf8').split('\n');
  const rows = lines.map((l) => l.split('\t').map((c) => c.trim()));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')]);
}

describe('«Распознать таблицу на этом листе»', () => {
  it.each([
    ['plan-dou-vsoko-2021', 10],
    ['plan-school-vsoko-2020', 10],
    ['roadmap-okhansk-2021-2024', 10],
  ])('%s: the pasted table becomes the План tab, the original sheet is kept', (name, count) => {
    const addon = loadAddon();
    const sheet = addon.emu.spreadsheet.getSheets()[0];
    const grid = paste(name);
    // As pasted by a person: Sheets would read "01.03.2021" as a date; the add-on reads displayed text.
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
    addon.emu.ui.answer('OK');
    addon.call('menuConvertSheet');
    const alert = addon.emu.ui.alerts.at(-1)!;
    expect(alert.prompt).toMatch(new RegExp(`распознана: ${count} мероприятий`));
    const names = addon.emu.snapshot().sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['План', 'Лист1', 'Журнал']));
    expect(displayed(addon, 'План').filter((r, i) => i > 0 && r[0]).length).toBe(count);
    expect(displayed(addon, 'Лист1')[grid.findIndex((r) => r.some((c) => c))][0]).toBeTruthy();
  });

  it('an empty sheet gets a clear Russian message and nothing is written', () => {
    const addon = loadAddon();
    addon.emu.ui.answer('OK');
    addon.call('menuConvertSheet');
    expect(addon.emu.ui.alerts.at(-1)!.prompt).toMatch(/Лист пуст/);
    expect(addon.emu.snapshot().sheets.map((s) => s.name)).toEqual(['Лист1']);
  });
});
