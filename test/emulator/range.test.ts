import { createEmulator } from '../../tools/emulator';

function sheetOf(opts = {}) {
  const emu = createEmulator(opts);
  const { SpreadsheetApp } = emu.globals;
  return { emu, SpreadsheetApp, sheet: SpreadsheetApp.getActive().getActiveSheet() };
}

describe('Range values', () => {
  it('throws the real errors when data and range sizes differ', () => {
    const { sheet } = sheetOf();
    expect(() =>
      sheet.getRange(1, 1, 3, 2).setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0); // nothing was written
  });

  it('returns "" for empty cells and keeps types', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:C1').setValues([[1, true, 'x']]);
    expect(sheet.getRange('A1:D2').getValues()).toEqual([
      [1, true, 'x', ''],
      ['', '', '', ''],
    ]);
    expect(sheet.getLastRow()).toBe(1);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C1');
  });

  it('keeps text typed into a plain-text (@) cell exactly as written', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:D1');
    r.setNumberFormat('@');
    r.setValues([['01.03.2021', '007', '=1+1', '1,5']]);
    expect(r.getValues()).toEqual([['01.03.2021', '007', '=1+1', '1,5']]);
    expect(r.getFormulas()).toEqual([['', '', '', '']]);
  });

  it('auto-parses text written to ordinary cells as a ru_RU user typing it', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:C1').setValues([['1,5', '12', "'12"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1.5, 12, '12']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1,5', '12', '12']]);
  });

  it('stores formulas (no value) and shows them through getFormulas', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1').setValue('=SUM(B1:B3)');
    sheet.getRange('A2').setFormula('=TODAY()');
    expect(sheet.getRange('A1:A2').getFormulas()).toEqual([['=SUM(B1:B3)'], ['=TODAY()']]);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  it('reads and writes formats, notes and wraps', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:B1');
    r.setBackground('red').setFontWeight('bold').setFontColor('#00F').setWrap(true).setNote('нота');
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ff0000']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getFontColor()).toBe('#0000ff');
    expect(r.getWraps()).toEqual([[true, true]]);
    expect(r.getNotes()).toEqual([['нота', 'нота']]);
    expect(sheet.getRange('C1').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('C1').getNumberFormat()).toBe('0.###############');
    r.clearFormat();
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(() => r.setBackground('not-a-colour')).toThrow('Invalid argument');
  });

  it('geometry: offset, getCell, A1 notation and bounds', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('B2:D5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([
      2, 2, 4, 3, 5, 4,
    ]);
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:E6');
    expect(r.getCell(2, 3).getA1Notation()).toBe('D3');
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(() => sheet.getRange(1001, 1)).toThrow('outside the dimensions');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('number of rows in the range must be at least 1');
  });

  it('data validation: strict lists refuse other values, checkboxes hold booleans', () => {
    const { sheet, SpreadsheetApp } = sheetOf();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Выполнено', 'В работе'])
      .setAllowInvalid(false)
      .build();
    sheet.getRange('A1:A3').setDataValidation(rule);
    sheet.getRange('A1').setValue('Выполнено');
    expect(() => sheet.getRange('A2').setValue('что-то')).toThrow(
      'The data you entered in cell A2 violates the data validation rules set on this cell.',
    );
    const got = sheet.getRange('A3').getDataValidation()!;
    expect(String(got.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(got.getCriteriaValues()).toEqual(['Выполнено', 'В работе']);
    sheet.getRange('B1').insertCheckboxes();
    expect(sheet.getRange('B1').getValue()).toBe(false);
    sheet.getRange('B1').check();
    expect(sheet.getRange('B1').isChecked()).toBe(true);
  });

  it('sorts rows with all their cells', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:B3').setValues([
      ['в', 3],
      ['а', 1],
      ['б', 2],
    ]);
    sheet.getRange('A1:B3').setBackgrounds([
      ['#000001', null],
      ['#000002', null],
      ['#000003', null],
    ]);
    sheet.getRange('A1:B3').sort({ column: 2, ascending: false });
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual(['в', 'б', 'а']);
    expect(sheet.getRange('A1:A3').getBackgrounds().flat()).toEqual(['#000001', '#000003', '#000002']);
  });

  it('merges and protections are recorded', () => {
    const { emu, sheet } = sheetOf();
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    const p = sheet.getRange('A1:A10').protect().setDescription('ID').setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    expect(emu.snapshot().sheets[0].protections).toEqual([
      { kind: 'RANGE', range: "'Лист1'!A1:A10", description: 'ID', warningOnly: true, editors: ['owner@example.org'] },
    ]);
  });
});
