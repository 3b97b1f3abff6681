import { formatInstantRu } from '../dates/calendar';
/** Appending to the Журнал tab, creating it first when it is missing — inside the same batch. */
import { JOURNAL_HEADERS, JOURNAL_WIDTHS, type JournalRow, journalRowCells } from './journal-tab';
import { JOURNAL_SHEET_NAME } from './plan-columns';
import { cellData, columnWidths, frozen, type SheetsRequest } from './requests';

/** Rows of a new Журнал tab's grid (appends grow it). */
export const JOURNAL_ROWS = 1000;

export function addJournalSheet(sheetId: number, index: number): SheetsRequest[] {
  return [
    {
      addSheet: {
        properties: {
          sheetId,
          title: JOURNAL_SHEET_NAME,
          index,
          gridProperties: { rowCount: JOURNAL_ROWS, columnCount: JOURNAL_HEADERS.length },
        },
      },
    },
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: [{ values: JOURNAL_HEADERS.map((h) => cellData(h, { bold: true, background: '#eeeeee' })) }],
        fields: 'userEnteredValue,userEnteredFormat',
      },
    },
    frozen(sheetId, 1),
    ...columnWidths(sheetId, JOURNAL_WIDTHS),
  ];
}

/** `timeZone`: the spreadsheet's, so «Время» reads as local дд.мм.гггг чч:мм. */
export function appendJournal(sheetId: number, rows: readonly JournalRow[], timeZone: string): SheetsRequest {
  return {
    appendCells: {
      sheetId,
      rows: rows.map((r) => ({
        values: journalRowCells({ ...r, time: formatInstantRu(r.time, timeZone) }).map((v) =>
          cellData(v, { numberFormat: '@' }),
        ),
      })),
      fields: 'userEnteredValue,userEnteredFormat.numberFormat',
    },
  };
}
