/**
 * «Разослать план» on the built department bundle while a person sorts «Организации» between the
 * read and the write (the script's lock does not stop a person): every link lands on its own
 * organisation's row and an organisation's existing link is never overwritten.
 */
import { spreadsheetUrl } from '../../src/core/rollup/spreadsheet-id';
import { faults } from '../../tools/emulator/faults';
import { department, tabValues, writeMunicipalPlan, writeOrganisations } from './rollup-helpers';

describe('«Разослать план» while «Организации» is sorted', () => {
  it('writes each link on the row of its organisation, and puts back what another row held', () => {
    const { emu, dept } = department();
    writeMunicipalPlan(emu, dept);
    const own = emu.addSpreadsheet({ owner: 'ds2@example.org', editors: ['owner@example.org'] });
    writeOrganisations(emu, dept, [
      ['Сад № 1', 'ds1@example.org'],
      ['Сад № 2', 'ds2@example.org', spreadsheetUrl(own)],
      ['Сад № 3', 'ds3@example.org'],
    ]);
    const before = emu.documents.length;
    const f = faults(emu);
    // Just before the first link is written (Сад № 1's, aimed at row 2): sorted Я→А, row 2 is Сад № 3.
    f.before('Spreadsheets.batchUpdate', 1, () => {
      const tab = emu.spreadsheet.getSheetByName('Организации')!;
      tab.getRange(2, 1, 3, tab.getLastColumn()).sort({ column: 1, ascending: false });
    });
    emu.ui.answer('YES');
    emu.runMenuItem('menuDistribute');
    expect(emu.failedExecutions).toEqual([]);
    const made = emu.documents.slice(before);
    expect(made).toHaveLength(2);
    const rows = tabValues(emu, dept, 'Организации').slice(1);
    const byName = new Map(rows.map((r) => [r[0], r]));
    expect(byName.get('Сад № 2')![2]).toBe(spreadsheetUrl(own));
    expect(byName.get('Сад № 2')![3]).toBe('Подключено по ссылке');
    for (const [name, email] of [
      ['Сад № 1', 'ds1@example.org'],
      ['Сад № 3', 'ds3@example.org'],
    ]) {
      const r = byName.get(name)!;
      expect(r[3]).toBe('Разослано');
      const id = made.find((m) => r[2] === spreadsheetUrl(m));
      expect(id).toBeDefined();
      expect(emu.sharing(id!).editors).toEqual([email]);
    }
  });
});
