/** Appending to the Журнал tab, creating it first when it is missing — inside the same batch. */
import { formatInstantRu } from '../dates/calendar';
import { JOURNAL_SHEET_NAME } from '../workbook/schema';
import { JOURNAL_HEADERS, JOURNAL_WIDTHS, type JournalRow, journalRowCells } from './journal-tab';
import { cellData, columnWidths, frozen, type SheetsRequest } from './requests';

/** Rows of a new Журнал tab's grid (appends grow it). */
export const JOURNAL_ROWS = 1000;

/** A new Журнал tab at the end of the tab list, with its header. */
export function addJournalSheet(sheetId: number): SheetsRequest[] {
  return [
    {
      addSheet: {
        properties: {
          sheetId,
          title: JOURNAL_SHEET_NAME,
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

/**
 * The one way rows are written to the Журнал: appended to the tab `journalSheetId`, or — when the
 * tab is missing (someone deleted it) — to a new one made in the same batch with the id `newSheetId`.
 * A deleted journal is recreated, never a failed edit, mark or reminder run.
 */
export function journalAppendRequests(
  journalSheetId: number | null,
  newSheetId: number,
  rows: readonly JournalRow[],
  timeZone: string,
): SheetsRequest[] {
  if (!rows.length) return [];
  const id = journalSheetId ?? newSheetId;
  return [...(journalSheetId === null ? addJournalSheet(id) : []), appendJournal(id, rows, timeZone)];
}
