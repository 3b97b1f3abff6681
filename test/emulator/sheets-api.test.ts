import { createEmulator } from '../../tools/emulator';

function setup() {
  const emu = createEmulator();
  const { Sheets, SpreadsheetApp } = emu.globals;
  const id = SpreadsheetApp.getActive().getId();
  return { emu, Sheets, SpreadsheetApp, id };
}

describe('advanced Sheets service', () => {
  it('get returns only the fields asked for', () => {
    const { Sheets, id } = setup();
    const s = Sheets.Spreadsheets.get(id, { fields: 'properties.timeZone,sheets.properties(sheetId,title)' });
    expect(s).toEqual({
      properties: { timeZone: 'Europe/Moscow' },
      sheets: [{ properties: { sheetId: 0, title: 'Лист1' } }],
    });
    expect(() => Sheets.Spreadsheets.get('other-id')).toThrow('Requested entity was not found.');
  });

  it('batchUpdate adds a sheet, writes cells with formats, freezes, hides, validates — in one call', () => {
    const { emu, Sheets, SpreadsheetApp, id } = setup();
    emu.calls.reset();
    Sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            addSheet: {
              properties: { sheetId: 42, title: 'План', index: 0, gridProperties: { rowCount: 10, columnCount: 3 } },
            },
          },
          {
            updateCells: {
              start: { sheetId: 42, rowIndex: 0, columnIndex: 0 },
              rows: [
                {
                  values: [
                    { userEnteredValue: { stringValue: 'ID' }, userEnteredFormat: { textFormat: { bold: true } } },
                    { userEnteredValue: { stringValue: '=1+1' } },
                  ],
                },
                {
                  values: [
                    {
                      userEnteredValue: { numberValue: 44256 },
                      userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'dd.mm.yyyy' } },
                    },
                  ],
                },
              ],
              fields: 'userEnteredValue,userEnteredFormat',
            },
          },
          {
            updateSheetProperties: {
              properties: { sheetId: 42, gridProperties: { frozenRowCount: 1 } },
              fields: 'gridProperties.frozenRowCount',
            },
          },
          {
            updateDimensionProperties: {
              range: { sheetId: 42, dimension: 'COLUMNS', startIndex: 0, endIndex: 1 },
              properties: { hiddenByUser: true },
              fields: 'hiddenByUser',
            },
          },
          {
            setDataValidation: {
              range: { sheetId: 42, startRowIndex: 1, endRowIndex: 10, startColumnIndex: 2, endColumnIndex: 3 },
              rule: {
                condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'Да' }, { userEnteredValue: 'Нет' }] },
                strict: true,
              },
            },
          },
        ],
      },
      id,
    );
    expect(emu.calls.byService()).toEqual({ Sheets: 1 });
    const plan = SpreadsheetApp.getActive().getSheetByName('План')!;
    expect(plan.getSheetId()).toBe(42);
    expect(plan.getMaxRows()).toBe(10);
    expect(plan.getRange('A1:B1').getValues()).toEqual([['ID', '=1+1']]); // stringValue is never a formula
    expect(plan.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
    expect(plan.getRange('A1').getFontWeight()).toBe('bold');
    expect(plan.getRange('A2').getDisplayValue()).toBe('01.03.2021');
    expect(plan.getRange('A2').getValue()).toBeInstanceOf(Date);
    expect(plan.getFrozenRows()).toBe(1);
    expect(plan.isColumnHiddenByUser(1)).toBe(true);
    expect(String(plan.getRange('C5').getDataValidation()!.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(() => plan.getRange('C5').setValue('Может быть')).toThrow('violates the data validation rules');
  });

  it('batchUpdate is atomic: a failing request leaves nothing behind', () => {
    const { Sheets, SpreadsheetApp, id } = setup();
    expect(() =>
      Sheets.Spreadsheets.batchUpdate(
        { requests: [{ addSheet: { properties: { title: 'Новый' } } }, { deleteSheet: { sheetId: 999 } }] },
        id,
      ),
    ).toThrow(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[1].deleteSheet: No grid with id: 999',
    );
    expect(
      SpreadsheetApp.getActive()
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(['Лист1']);
  });

  it('batchUpdate answers with the spreadsheet after it only when asked, limited to responseRanges, grid data only with responseIncludeGridData', () => {
    const { Sheets, SpreadsheetApp, id } = setup();
    SpreadsheetApp.getActive()
      .getActiveSheet()
      .getRange('A1:B3')
      .setValues([
        ['ID', 'Статус'],
        ['a', 'Не начато'],
        ['b', 'Не начато'],
      ]);
    const write = {
      updateCells: {
        start: { sheetId: 0, rowIndex: 2, columnIndex: 1 },
        rows: [{ values: [{ userEnteredValue: { stringValue: 'Выполнено' } }] }],
        fields: 'userEnteredValue',
      },
    };
    expect(
      Sheets.Spreadsheets.batchUpdate({ requests: [write], responseRanges: ["'Лист1'!A:A"] }, id).updatedSpreadsheet,
    ).toBeUndefined();
    const bare = Sheets.Spreadsheets.batchUpdate(
      { requests: [write], includeSpreadsheetInResponse: true, responseRanges: ["'Лист1'!A:A"] },
      id,
    );
    expect(bare.updatedSpreadsheet?.sheets?.[0].data).toBeUndefined();
    const res = Sheets.Spreadsheets.batchUpdate(
      {
        requests: [write],
        includeSpreadsheetInResponse: true,
        responseRanges: ["'Лист1'!A:A", "'Лист1'!3:3"],
        responseIncludeGridData: true,
      },
      id,
    );
    const [col, row] = res.updatedSpreadsheet!.sheets![0].data!;
    // A grid starting at A1 has no start (proto3 JSON leaves defaults out); the row's starts at row index 2.
    expect([col.startRow, col.startColumn, row.startRow, row.startColumn]).toEqual([
      undefined,
      undefined,
      2,
      undefined,
    ]);
    expect(col.rowData!.slice(0, 3).map((r) => r.values?.[0]?.effectiveValue)).toEqual([
      { stringValue: 'ID' },
      { stringValue: 'a' },
      { stringValue: 'b' },
    ]);
    expect(row.rowData![0].values!.slice(0, 2).map((c) => c.effectiveValue)).toEqual([
      { stringValue: 'b' },
      { stringValue: 'Выполнено' },
    ]);
    // A response range that does not parse fails the batch: nothing written.
    const other = {
      ...write,
      updateCells: { ...write.updateCells, start: { sheetId: 0, rowIndex: 1, columnIndex: 1 } },
    };
    expect(() =>
      Sheets.Spreadsheets.batchUpdate(
        { requests: [other], includeSpreadsheetInResponse: true, responseRanges: ["'Нет'!A:A"] },
        id,
      ),
    ).toThrow(/Unable to parse range/);
    expect(SpreadsheetApp.getActive().getActiveSheet().getRange('B2').getValue()).toBe('Не начато');
  });

  it('values.batchGet: unformatted values with dates as serials, trailing empties dropped', () => {
    const { Sheets, SpreadsheetApp, id } = setup();
    const s = SpreadsheetApp.getActive().getActiveSheet();
    s.getRange('A1:C2').setValues([
      ['x', '01.03.2021', ''],
      [1.5, '', ''],
    ]);
    const res = Sheets.Spreadsheets.Values.batchGet(id, {
      ranges: ["'Лист1'", "'Лист1'!A1:B1"],
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    });
    expect(res.valueRanges!.map((v) => v.values)).toEqual([[['x', 44256], [1.5]], [['x', 44256]]]);
    const shown = Sheets.Spreadsheets.Values.get(id, 'Лист1!A1:B2');
    expect(shown.values).toEqual([['x', '01.03.2021'], ['1,5']]);
  });

  it('values.update needs valueInputOption; RAW keeps text, USER_ENTERED parses', () => {
    const { Sheets, SpreadsheetApp, id } = setup();
    expect(() => Sheets.Spreadsheets.Values.update({ values: [['1']] }, id, 'A1')).toThrow(
      "'valueInputOption' is required",
    );
    Sheets.Spreadsheets.Values.update({ values: [['01.03.2021', '=2']] }, id, 'A1:B1', { valueInputOption: 'RAW' });
    Sheets.Spreadsheets.Values.update({ values: [['01.03.2021', '1,5']] }, id, 'A2:B2', {
      valueInputOption: 'USER_ENTERED',
    });
    const s = SpreadsheetApp.getActive().getActiveSheet();
    expect(s.getRange('A1:B1').getValues()).toEqual([['01.03.2021', '=2']]);
    expect(s.getRange('A2').getValue()).toBeInstanceOf(Date);
    expect(s.getRange('B2').getValue()).toBe(1.5);
    const app = Sheets.Spreadsheets.Values.append({ values: [['новая']] }, id, 'Лист1!A:B', {
      valueInputOption: 'RAW',
    });
    expect(app.updates!.updatedRange).toBe("'Лист1'!A3:A3");
  });

  it('conditional formats, protections and charts added through the API are visible to SpreadsheetApp', () => {
    const { emu, Sheets, SpreadsheetApp, id } = setup();
    Sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            addConditionalFormatRule: {
              index: 0,
              rule: {
                ranges: [{ sheetId: 0, startRowIndex: 1, endRowIndex: 51, startColumnIndex: 0, endColumnIndex: 5 }],
                booleanRule: {
                  condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: '=$E2<TODAY()' }] },
                  format: { backgroundColor: { red: 1, green: 0.8, blue: 0.8 } },
                },
              },
            },
          },
          { addProtectedRange: { protectedRange: { range: { sheetId: 0 }, description: 'Отчёт', warningOnly: true } } },
        ],
      },
      id,
    );
    const s = SpreadsheetApp.getActive().getActiveSheet();
    const [rule] = s.getConditionalFormatRules();
    expect(rule.getRanges()[0].getA1Notation()).toBe('A2:E51');
    expect(rule.getBooleanCondition()!.getBackground()).toBe('#ffcccc');
    expect(s.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].getDescription()).toBe('Отчёт');
    expect(emu.snapshot().sheets[0].conditionalFormatRules[0].values).toEqual(['=$E2<TODAY()']);
  });

  it('rejects unknown field masks and unknown request kinds clearly', () => {
    const { Sheets, id } = setup();
    expect(() =>
      Sheets.Spreadsheets.batchUpdate(
        { requests: [{ repeatCell: { range: { sheetId: 0 }, cell: {}, fields: 'userEnteredFormat.colour' } }] },
        id,
      ),
    ).toThrow('Invalid field mask: userEnteredFormat.colour');
    expect(() => Sheets.Spreadsheets.batchUpdate({ requests: [{ addBanding: {} }] }, id)).toThrow('not emulated');
  });
});

describe('strict where Google is', () => {
  const rule = (formula: string) => ({
    addConditionalFormatRule: {
      index: 0,
      rule: {
        ranges: [{ sheetId: 0, startRowIndex: 1, endRowIndex: 5, startColumnIndex: 0, endColumnIndex: 3 }],
        booleanRule: {
          condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: formula }] },
          format: { backgroundColor: { red: 1, green: 0.8, blue: 0.8 } },
        },
      },
    },
  });
  const comma = '=AND($B2<>"",$B2<TODAY())';
  const semicolon = '=AND($B2<>"";$B2<TODAY())';

  it.each([
    ['ru_RU', semicolon, comma],
    ['de_DE', semicolon, comma],
    ['en_US', comma, semicolon],
    ['en_GB', comma, semicolon],
  ])(
    'parses a conditional-format formula with the %s separator and fails the whole batch on the other',
    (locale, good, bad) => {
      const emu = createEmulator({ locale });
      const { Sheets } = emu.globals;
      const id = emu.spreadsheet.getId();
      Sheets.Spreadsheets!.batchUpdate({ requests: [rule(good)] }, id);
      expect(emu.snapshot().sheets[0].conditionalFormatRules).toHaveLength(1);
      const before = JSON.stringify(emu.snapshot());
      expect(() =>
        Sheets.Spreadsheets!.batchUpdate(
          { requests: [{ addSheet: { properties: { title: 'Новый' } } }, rule(bad)] },
          id,
        ),
      ).toThrow(/Invalid requests\[1\]\.addConditionalFormatRule: .*formula parse error/);
      expect(JSON.stringify(emu.snapshot())).toBe(before);
    },
  );

  it('parses validation formulas and cell formulas the same way', () => {
    const emu = createEmulator({ locale: 'ru_RU' });
    const { Sheets } = emu.globals;
    const id = emu.spreadsheet.getId();
    const range = { sheetId: 0, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 1 };
    const validation = (f: string) => ({
      setDataValidation: { range, rule: { condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: f }] } } },
    });
    const cell = (f: string) => ({
      updateCells: {
        start: { sheetId: 0 },
        rows: [{ values: [{ userEnteredValue: { formulaValue: f } }] }],
        fields: '*',
      },
    });
    Sheets.Spreadsheets!.batchUpdate({ requests: [validation('=ISNUMBER(A1;1)'), cell('=ROUND(1,5;0)')] }, id);
    expect(() => Sheets.Spreadsheets!.batchUpdate({ requests: [validation('=OR(A1,B1)')] }, id)).toThrow(
      'formula parse error',
    );
    expect(() => Sheets.Spreadsheets!.batchUpdate({ requests: [cell('=IF(A1>0,"да","нет")')] }, id)).toThrow(
      'formula parse error',
    );
  });

  it('refuses addSheet with an index past the end of the sheet list (the list as it is at that request)', () => {
    const emu = createEmulator();
    const { Sheets } = emu.globals;
    const id = emu.spreadsheet.getId();
    Sheets.Spreadsheets!.batchUpdate(
      {
        requests: [
          { addSheet: { properties: { title: 'A', index: 1 } } },
          { addSheet: { properties: { title: 'B', index: 2 } } },
        ],
      },
      id,
    );
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(['Лист1', 'A', 'B']);
    expect(() =>
      Sheets.Spreadsheets!.batchUpdate(
        {
          requests: [
            { deleteSheet: { sheetId: emu.spreadsheet.getSheetByName('A')!.getSheetId() } },
            { addSheet: { properties: { title: 'C', index: 3 } } },
          ],
        },
        id,
      ),
    ).toThrow(/Invalid requests\[1\]\.addSheet: the sheet index 3 is out of range/);
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(['Лист1', 'A', 'B']);
  });
});
