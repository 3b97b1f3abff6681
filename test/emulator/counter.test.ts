import vm from 'node:vm';
import { createEmulator, EXECUTION_LIMIT_MS } from '../../tools/emulator';

describe('call counting', () => {
  it('counts each outermost call once, by service and by method', () => {
    const emu = createEmulator();
    const { SpreadsheetApp, PropertiesService } = emu.globals;
    const sheet = SpreadsheetApp.getActive().getActiveSheet(); // 2 calls
    sheet.getRange('A1').setValue('x'); // 2 calls: setValue's internal work is not counted again
    sheet.appendRow(['y']); // 1 call, though it writes through a range inside
    PropertiesService.getDocumentProperties().getProperty('k'); // 2 calls
    expect(emu.calls.total).toBe(7);
    expect(emu.calls.byService()).toEqual({ SpreadsheetApp: 5, PropertiesService: 2 });
    expect(emu.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActive': 1,
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 1,
      'Range.setValue': 1,
      'Sheet.appendRow': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Properties.getProperty': 1,
    });
    expect(emu.calls.spreadsheet()).toBe(5);
    const snap = emu.calls.snapshot();
    emu.calls.reset();
    expect(emu.calls.total).toBe(0);
    expect(snap.total).toBe(7);
  });

  it('builders cost one call for build(), not one per setter', () => {
    const emu = createEmulator();
    const { SpreadsheetApp } = emu.globals;
    SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).setAllowInvalid(false).setHelpText('h').build();
    SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#ffffff').build();
    expect(emu.calls.byMethod()).toEqual({ 'DataValidationBuilder.build': 1, 'ConditionalFormatRuleBuilder.build': 1 });
  });

  it('a per-cell loop costs what a batch does not, and the 6-minute limit is checkable', () => {
    const emu = createEmulator();
    const sheet = emu.globals.SpreadsheetApp.getActive().getActiveSheet();
    emu.calls.reset();
    sheet.getRange(1, 1, 100, 10).setValues(Array.from({ length: 100 }, () => Array(10).fill('x')));
    const batched = emu.calls.total;
    emu.calls.reset();
    for (let r = 1; r <= 100; r++) for (let c = 1; c <= 10; c++) sheet.getRange(r, c).setValue('x');
    expect(batched).toBe(2);
    expect(emu.calls.total).toBe(2000);
    expect(emu.executionMs).toBeGreaterThan(0);
    expect(emu.withinExecutionLimit()).toBe(emu.executionMs <= EXECUTION_LIMIT_MS);
  });

  it('globals work in a bare vm context and install/uninstall on a target', () => {
    const emu = createEmulator();
    const ctx = vm.createContext({ ...emu.globals });
    vm.runInContext(
      "SpreadsheetApp.getActive().getActiveSheet().getRange('A1').setValue(Session.getEffectiveUser().getEmail())",
      ctx,
    );
    expect(emu.spreadsheet.getActiveSheet().getRange('A1').getValue()).toBe('owner@example.org');
    const target: Record<string, unknown> = { SpreadsheetApp: 'before' };
    emu.install(target);
    expect(target.SpreadsheetApp).toBe(emu.globals.SpreadsheetApp);
    expect(target.MailApp).toBe(emu.globals.MailApp);
    emu.uninstall();
    expect(target.SpreadsheetApp).toBe('before');
    expect('MailApp' in target).toBe(false);
  });

  it('snapshot gives plain data of every sheet, and formulaCells finds formulas', () => {
    const emu = createEmulator();
    const s = emu.globals.SpreadsheetApp.getActive().getActiveSheet();
    s.getRange('A1:B1').setValues([['Срок', '01.03.2021']]);
    s.getRange('A1').setFontWeight('bold').setBackground('#d9e2f3');
    s.setFrozenRows(1);
    s.hideColumns(3);
    expect(emu.formulaCells()).toEqual([]);
    s.getRange('B2').setValue('=TODAY()');
    expect(emu.formulaCells()).toEqual(['Лист1!B2']);
    const snap = emu.snapshot();
    const sheet = snap.sheets[0];
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap); // plain data
    expect(sheet.values[0]).toEqual(['Срок', 44256]);
    expect(sheet.displayValues[0]).toEqual(['Срок', '01.03.2021']);
    expect(sheet.numberFormats[0]).toEqual([null, 'dd.MM.yyyy']);
    expect(sheet.fontWeights[0][0]).toBe('bold');
    expect(sheet.backgrounds[0][0]).toBe('#d9e2f3');
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.hiddenColumns.slice(0, 4)).toEqual([false, false, true, false]);
    expect(sheet.formulas[1][1]).toBe('=TODAY()');
  });
});
