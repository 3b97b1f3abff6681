/** Appending to the Журнал tab, creating it first when it is missing — inside the same batch. */
import { formatInstantRu } from '../dates/calendar';
import { JOURNAL_SHEET_NAME } from '../workbook/schema';
import {
  JOURNAL_HEADERS,
  JOURNAL_VISIBLE,
  JOURNAL_WIDTHS,
  type JournalRow,
  journalRowCells,
  OLD_JOURNAL_HEADERS,
} from './journal-tab';
import { cellData, columnWidths, frozen, hideColumns, type SheetsRequest } from './requests';

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
    hideColumns(sheetId, JOURNAL_VISIBLE, JOURNAL_HEADERS.length - JOURNAL_VISIBLE),
  ];
}

/** The human columns an old Журнал lacks: inserted after «Время», so every old row keeps its values. */
const ADDED = JOURNAL_HEADERS.length - OLD_JOURNAL_HEADERS.length;

/**
 * An old Журнал (six columns: Время, Пользователь, ID, Поле, Было, Стало) turned into the current
 * layout in the batch of its next append: columns B–E inserted with their headers, the old columns
 * (now F–J) hidden. Its rows read the same (journalFromValues finds columns by header).
 */
export function upgradeJournalSheet(sheetId: number): SheetsRequest[] {
  return [
    {
      insertDimension: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: 1, endIndex: 1 + ADDED },
        inheritFromBefore: false,
      },
    },
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 1 },
        rows: [
          {
            values: JOURNAL_HEADERS.slice(1, 1 + ADDED).map((h) => cellData(h, { bold: true, background: '#eeeeee' })),
          },
        ],
        fields: 'userEnteredValue,userEnteredFormat',
      },
    },
    ...columnWidths(sheetId, JOURNAL_WIDTHS),
    hideColumns(sheetId, JOURNAL_VISIBLE, JOURNAL_HEADERS.length - JOURNAL_VISIBLE),
  ];
}

/**
 * Is the Журнал tab in the old layout? By its header when the caller read the tab; otherwise by its
 * width — the old add-on made it six columns wide, every current one has all ten.
 */
export function isOldJournal(tab: { header?: readonly unknown[] | null; columns?: number | null }): boolean {
  if (tab.header?.length) return !tab.header.map((h) => String(h ?? '').trim()).includes(JOURNAL_HEADERS[4]);
  return tab.columns !== null && tab.columns !== undefined && tab.columns < JOURNAL_HEADERS.length;
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
  /** The existing tab is in the old layout (isOldJournal): upgraded in this batch, before the append. */
  upgrade = false,
): SheetsRequest[] {
  if (!rows.length) return [];
  const id = journalSheetId ?? newSheetId;
  const before = journalSheetId === null ? addJournalSheet(id) : upgrade ? upgradeJournalSheet(id) : [];
  return [...before, appendJournal(id, rows, timeZone)];
}
