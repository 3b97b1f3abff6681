import fc from 'fast-check';
import { createEmulator } from '../../tools/emulator';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** A workbook with two sheets, values, formats, a hole in the rows and developer metadata. */
function setup() {
  const emu = createEmulator();
  const { Sheets, SpreadsheetApp } = emu.globals;
  const ss = SpreadsheetApp.getActive();
  const id = ss.getId();
  const first = ss.getSheets()[0];
  first.getRange('A1:C3').setValues([
    ['ID', 'Название', 'Срок'],
    ['a', 'Совет', '01.03.2021'],
    ['b', 'Отчёт', ''],
  ]);
  first.getRange('A6').setValue('после пропуска').setBackground('#ffcc00');
  const journal = ss.insertSheet('Журнал');
  journal.getRange('A1:B1').setValues([['Когда', 'Что']]);
  journal.deleteRows(3, journal.getMaxRows() - 3);
  Sheets.Spreadsheets.batchUpdate(
    {
      requests: [
        {
          createDeveloperMetadata: {
            developerMetadata: {
              metadataKey: 'state',
              metadataValue: '{"v":1}',
              visibility: 'DOCUMENT',
              location: { spreadsheet: true },
            },
          },
        },
      ],
    },
    id,
  );
  return { emu, Sheets, id, sheetIds: [first.getSheetId(), journal.getSheetId()] };
}

/** Requests that change the workbook in the ways a batch can: cells, the grid, the sheet list, metadata. */
const request = (sheetIds: number[]): fc.Arbitrary<Request> => {
  const sheetId = fc.constantFrom(...sheetIds);
  const text = fc.string({ maxLength: 4 }).map((s) => ({ userEnteredValue: { stringValue: s } }));
  return fc.oneof(
    fc
      .record({ sheetId, rows: fc.array(fc.array(text, { maxLength: 30 }), { minLength: 1, maxLength: 4 }) })
      .map(({ sheetId, rows }) => ({
        appendCells: { sheetId, rows: rows.map((values) => ({ values })), fields: 'userEnteredValue' },
      })),
    fc.record({ sheetId, row: fc.nat(2), col: fc.nat(2), v: text }).map(({ sheetId, row, col, v }) => ({
      updateCells: {
        start: { sheetId, rowIndex: row, columnIndex: col },
        rows: [{ values: [v] }],
        fields: 'userEnteredValue',
      },
    })),
    sheetId.map((id) => ({
      repeatCell: {
        range: { sheetId: id, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 2 },
        cell: { userEnteredFormat: { textFormat: { bold: true } } },
        fields: 'userEnteredFormat.textFormat.bold',
      },
    })),
    fc.record({ sheetId, at: fc.nat(2) }).map(({ sheetId, at }) => ({
      insertDimension: { range: { sheetId, dimension: 'ROWS', startIndex: at, endIndex: at + 2 } },
    })),
    sheetId.map((id) => ({ appendDimension: { sheetId: id, dimension: 'COLUMNS', length: 3 } })),
    fc.string({ minLength: 1, maxLength: 3 }).map((t) => ({ addSheet: { properties: { title: `Новый ${t}` } } })),
    sheetId.map((id) => ({ updateSheetProperties: { properties: { sheetId: id, index: 0 }, fields: 'index' } })),
    fc.constant<Request>({
      updateDeveloperMetadata: {
        dataFilters: [{ developerMetadataLookup: { metadataKey: 'state' } }],
        developerMetadata: { metadataValue: '{"v":2}' },
        fields: 'metadataValue',
      },
    }),
    sheetId.map((id) => ({
      addNamedRange: {
        namedRange: { name: `n${id}`, range: { sheetId: id, startRowIndex: 0, endRowIndex: 1 } },
      },
    })),
  );
};

describe('a failed batchUpdate puts everything back', () => {
  it('after any requests of the batch changed cells, the grid, the sheet list or metadata', () => {
    const { sheetIds } = setup();
    fc.assert(
      fc.property(fc.array(request(sheetIds), { minLength: 1, maxLength: 6 }), (requests) => {
        const { emu, Sheets, id } = setup();
        const before = structuredClone(emu.book.wb);
        // The last request fails, or one before it does (a name taken twice): nothing stays either way.
        expect(() =>
          Sheets.Spreadsheets.batchUpdate({ requests: [...requests, { deleteSheet: { sheetId: 999 } }] }, id),
        ).toThrow('Invalid requests[');
        expect(emu.book.wb).toStrictEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it('a batch that succeeds after an append keeps it, and the next append goes below it', () => {
    const { emu, Sheets, id, sheetIds } = setup();
    const append = (v: string): Request => ({
      appendCells: {
        sheetId: sheetIds[1],
        rows: [{ values: [{ userEnteredValue: { stringValue: v } }] }],
        fields: 'userEnteredValue',
      },
    });
    Sheets.Spreadsheets.batchUpdate({ requests: [append('первая')] }, id);
    expect(() =>
      Sheets.Spreadsheets.batchUpdate({ requests: [append('вторая'), { deleteSheet: { sheetId: 999 } }] }, id),
    ).toThrow('No grid with id: 999');
    Sheets.Spreadsheets.batchUpdate({ requests: [append('третья')] }, id);
    const journal = emu.spreadsheet.getSheetByName('Журнал');
    expect(journal?.getRange(1, 1, journal.getLastRow(), 1).getValues()).toEqual([['Когда'], ['первая'], ['третья']]);
  });
});
