/** Appending to the Журнал tab, creating it first when it is missing — inside the same batch. */
import { formatInstantRu } from '../dates/calendar';
import { JOURNAL_SHEET_NAME } from '../workbook/schema';
import {
  JOURNAL_CORE_WIDTH,
  JOURNAL_HEADERS,
  JOURNAL_VISIBLE,
  JOURNAL_WIDTHS,
  type JournalRow,
  journalRowCells,
  OLD_JOURNAL_HEADERS,
} from './journal-tab';
import { cellData, columnWidths, frozen, hideColumns, type SheetsRequest, TEXT_FIELDS, updateCells } from './requests';

/** Rows of a new Журнал tab's grid (appends grow it). */
export const JOURNAL_ROWS = 1000;

/** The Журнал's headers from column `from` (0-based) to before `to`, written in row 1. */
function headers(sheetId: number, from: number, to: number): SheetsRequest {
  return updateCells(
    sheetId,
    0,
    from,
    [JOURNAL_HEADERS.slice(from, to).map((h) => cellData(h, { bold: true, background: '#eeeeee' }))],
    'userEnteredValue,userEnteredFormat',
  );
}

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
    headers(sheetId, 0, JOURNAL_HEADERS.length),
    frozen(sheetId, 1),
    ...columnWidths(sheetId, JOURNAL_WIDTHS),
    hideColumns(sheetId, JOURNAL_VISIBLE, JOURNAL_HEADERS.length - JOURNAL_VISIBLE),
  ];
}

/** The human columns an old Журнал lacks: inserted after «Время», so every old row keeps its values. */
const ADDED = JOURNAL_CORE_WIDTH - OLD_JOURNAL_HEADERS.length;

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
    headers(sheetId, 1, 1 + ADDED),
    ...columnWidths(sheetId, JOURNAL_WIDTHS.slice(0, JOURNAL_CORE_WIDTH)),
    hideColumns(sheetId, JOURNAL_VISIBLE, JOURNAL_CORE_WIDTH - JOURNAL_VISIBLE),
  ];
}

/**
 * «Отмена» added to a Журнал made before it (JOURNAL_CORE_WIDTH wide): a column appended when the
 * grid is narrower than the layout (appendCells inserts rows if needed, the reference says nothing
 * of columns), its header, hidden like the other machine columns. `columns`: the grid's width before.
 */
export function widenJournalSheet(sheetId: number, columns: number): SheetsRequest[] {
  const missing = JOURNAL_HEADERS.length - columns;
  const append: SheetsRequest = { appendDimension: { sheetId, dimension: 'COLUMNS', length: missing } };
  // A column appended copies nothing: it is as wide as a new column, and hidden with the others.
  return [
    ...(missing > 0 ? [append] : []),
    headers(sheetId, JOURNAL_CORE_WIDTH, JOURNAL_HEADERS.length),
    hideColumns(sheetId, JOURNAL_CORE_WIDTH, 1),
  ];
}

/** What is known of an existing Журнал tab: its grid width, and its header when the caller read it. */
export interface JournalTabShape {
  columns?: number | null;
  header?: readonly unknown[] | null;
}

/**
 * Does a row with «Отмена» need the tab widened first? By the header when it was read, else by the
 * width (an upgraded old tab is JOURNAL_CORE_WIDTH wide).
 */
function needsUndoColumn(tab: JournalTabShape, upgraded: boolean): boolean {
  if (upgraded) return true;
  if (tab.header?.length) return String(tab.header[JOURNAL_CORE_WIDTH] ?? '').trim() !== JOURNAL_HEADERS.at(-1);
  return (tab.columns ?? 0) < JOURNAL_HEADERS.length;
}

/**
 * Is the Журнал tab in the old layout? By its header when the caller read the tab; otherwise by its
 * width — the old add-on made it six columns wide, every current one has all ten.
 */
export function isOldJournal(tab: { header?: readonly unknown[] | null; columns?: number | null }): boolean {
  if (tab.header?.length) return !tab.header.map((h) => String(h ?? '').trim()).includes(JOURNAL_HEADERS[4]);
  return tab.columns !== null && tab.columns !== undefined && tab.columns < JOURNAL_CORE_WIDTH;
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
      fields: TEXT_FIELDS,
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
  /** The existing tab as known (for a row with «Отмена»: is the tab wide enough). */
  tab: JournalTabShape = {},
): SheetsRequest[] {
  if (!rows.length) return [];
  const id = journalSheetId ?? newSheetId;
  if (journalSheetId === null) return [...addJournalSheet(id), appendJournal(id, rows, timeZone)];
  const upgraded = upgrade ? upgradeJournalSheet(id) : [];
  const width = upgrade ? (tab.columns ?? OLD_JOURNAL_HEADERS.length) + ADDED : (tab.columns ?? JOURNAL_CORE_WIDTH);
  const widened = rows.some((r) => r.undo) && needsUndoColumn(tab, upgrade) ? widenJournalSheet(id, width) : [];
  return [...upgraded, ...widened, appendJournal(id, rows, timeZone)];
}
