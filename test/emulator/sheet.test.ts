import { createEmulator } from '../../tools/emulator';

function setup() {
  const emu = createEmulator();
  const ss = emu.globals.SpreadsheetApp.getActive();
  return { emu, ss, SpreadsheetApp: emu.globals.SpreadsheetApp };
}

describe('Spreadsheet and Sheet', () => {
  it('starts with one empty "Лист1" and adds, renames, finds and deletes sheets', () => {
    const { ss } = setup();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
    const plan = ss.insertSheet('План', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['План', 'Лист1']);
    expect(plan.getIndex()).toBe(1);
    expect(() => ss.insertSheet('План')).toThrow('A sheet with the name "План" already exists');
    ss.getSheetByName('Лист1')!.setName('Старый');
    expect(ss.getSheetByName('Лист1')).toBeNull();
    ss.deleteSheet(ss.getSheetByName('Старый')!);
    expect(() => ss.deleteSheet(plan)).toThrow("You can't remove all the sheets in a document.");
    expect(ss.getSheetById(plan.getSheetId())!.getName()).toBe('План');
  });

  it('a kept Sheet object fails after its sheet is deleted', () => {
    const { ss } = setup();
    const s = ss.insertSheet('X');
    ss.deleteSheet(s);
    expect(() => s.getName()).toThrow('deleted');
  });

  it('inserting and deleting rows moves data, formats, named ranges and validations', () => {
    const { ss } = setup();
    const s = ss.getActiveSheet();
    s.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    s.getRange('A2').setBackground('#ff0000');
    ss.setNamedRange('Третья', s.getRange('A3'));
    s.insertRowsAfter(1, 2);
    expect(s.getRange('A1:A5').getValues().flat()).toEqual(['a', '', '', 'b', 'c']);
    expect(s.getRange('A4').getBackground()).toBe('#ff0000');
    expect(ss.getRangeByName('Третья')!.getA1Notation()).toBe('A5');
    expect(s.getMaxRows()).toBe(1002);
    s.deleteRows(2, 2);
    expect(s.getRange('A1:A3').getValues().flat()).toEqual(['a', 'b', 'c']);
    expect(ss.getRangeByName('Третья')!.getA1Notation()).toBe('A3');
    s.insertRowBefore(1);
    expect(s.getRange('A2').getValue()).toBe('a');
    s.deleteRow(1);
    s.appendRow(['d', 4]);
    expect(s.getLastRow()).toBe(4);
    expect(s.getRange('B4').getValue()).toBe(4);
  });

  it('frozen rows, hidden columns, widths, tab colour and hiding sheets', () => {
    const { ss } = setup();
    const s = ss.getActiveSheet();
    s.setFrozenRows(1);
    s.hideColumns(1);
    s.setColumnWidth(2, 250);
    s.setColumnWidths(3, 2, 40);
    s.setTabColor('#00ff00');
    expect(s.getFrozenRows()).toBe(1);
    expect(s.isColumnHiddenByUser(1)).toBe(true);
    expect(s.isColumnHiddenByUser(2)).toBe(false);
    s.showColumns(1);
    expect(s.isColumnHiddenByUser(1)).toBe(false);
    expect([s.getColumnWidth(2), s.getColumnWidth(4), s.getColumnWidth(5)]).toEqual([250, 40, 100]);
    expect(s.getTabColor()).toBe('#00ff00');
    expect(() => s.hideSheet()).toThrow("You can't hide all the sheets");
    ss.insertSheet('Другой');
    s.hideSheet();
    expect(s.isSheetHidden()).toBe(true);
  });

  it('conditional format rules and charts round-trip', () => {
    const { ss, SpreadsheetApp } = setup();
    const s = ss.getActiveSheet();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2="Выполнено"')
      .setBackground('#d9ead3')
      .setRanges([s.getRange('A2:P100')])
      .build();
    s.setConditionalFormatRules([rule]);
    const [got] = s.getConditionalFormatRules();
    expect(got.getRanges()[0].getA1Notation()).toBe('A2:P100');
    expect(String(got.getBooleanCondition()!.getCriteriaType())).toBe('CUSTOM_FORMULA');
    expect(got.getBooleanCondition()!.getCriteriaValues()).toEqual(['=$B2="Выполнено"']);
    expect(got.getBooleanCondition()!.getBackground()).toBe('#d9ead3');

    const chart = s
      .newChart()
      .setChartType(emuChartType('PIE'))
      .addRange(s.getRange('A1:B5'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Статусы')
      .build();
    s.insertChart(chart);
    expect(s.getCharts()).toHaveLength(1);
    expect(s.getCharts()[0].getOptions().get('title')).toBe('Статусы');
    s.removeChart(s.getCharts()[0]);
    expect(s.getCharts()).toHaveLength(0);
  });

  it('copyTo and duplicateActiveSheet copy data and formats', () => {
    const { ss } = setup();
    const s = ss.getActiveSheet();
    s.getRange('A1').setValue('x').setFontWeight('bold');
    const copy = s.copyTo(ss);
    expect(copy.getName()).toBe('Копия Лист1');
    expect(copy.getRange('A1').getValue()).toBe('x');
    expect(copy.getRange('A1').getFontWeight()).toBe('bold');
    const dup = ss.duplicateActiveSheet();
    expect(dup.getIndex()).toBe(2);
    expect(ss.getActiveSheet().getName()).toBe(dup.getName());
  });

  it('getRange with a sheet name, activation and toast', () => {
    const { emu, ss } = setup();
    const p = ss.insertSheet('План');
    p.getRange('B2').setValue(5);
    expect(ss.getRange("'План'!B2").getValue()).toBe(5);
    p.getRange('C3').activate();
    expect(ss.getActiveRange()!.getA1Notation()).toBe('C3');
    ss.toast('Готово', 'План-график');
    expect(emu.ui.toasts.map((t) => t.message)).toEqual(['Готово']);
    expect(ss.getUrl()).toContain(ss.getId());
    expect(ss.getOwner()!.getEmail()).toBe('owner@example.org');
  });
});

function emuChartType(name: string) {
  return name as unknown as GoogleAppsScript.Charts.ChartType;
}
