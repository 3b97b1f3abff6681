/**
 * The advanced Sheets service (`Sheets`, enabled in appsscript.json). Reads go through
 * `Values.batchGet` with serial numbers for dates (calendar days in the spreadsheet's zone: no
 * time-zone arithmetic at all); writes through one `batchUpdate`.
 */
import { UserError } from '../core/errors';
import { chunkRequests, columnLetter, type SheetsRequest } from '../core/sheet/requests';
import { METADATA_FIELDS, type StateProps, stateFromMetadata } from '../core/workbook/doc-state';

export function sheets(): GoogleAppsScript.Sheets {
  if (typeof Sheets === 'undefined' || !Sheets) {
    throw new UserError(
      'sheets-service',
      'Не включена служба Google Sheets API. Откройте редактор скриптов → «Службы» → добавьте «Google Sheets API».',
      'The Google Sheets API advanced service is not enabled.',
    );
  }
  return Sheets;
}

export interface SheetInfo {
  sheetId: number;
  title: string;
  index: number;
  /** Grid size (rows × columns count toward the 10-million-cell limit, empty or not). */
  rows?: number;
  columns?: number;
}

export interface SpreadsheetInfo {
  id: string;
  timeZone: string;
  /** `properties.locale` (`ru_RU`, `en_US`…): the syntax of the formulas we write (core/sheet/formula). */
  locale: string;
  sheets: SheetInfo[];
}

/**
 * The spreadsheet's zone, locale, tabs and — in the same Spreadsheets.get — the document's state
 * (our developer metadata, src/core/workbook/doc-state.ts): one call, read once per execution.
 */
export function readSpreadsheet(id: string): {
  info: SpreadsheetInfo;
  state: StateProps;
  /** As the API gives it: the department's project reads its own keys from it (src/gas/rollup/department.ts). */
  metadata: GoogleAppsScript.Sheets.Schema.DeveloperMetadata[] | undefined;
} {
  const s = sheets().Spreadsheets!.get(id, {
    fields: `properties(timeZone,locale),sheets.properties(sheetId,title,index,gridProperties(rowCount,columnCount)),${METADATA_FIELDS}`,
  });
  const info: SpreadsheetInfo = {
    id,
    timeZone: s.properties?.timeZone ?? 'Europe/Moscow',
    locale: s.properties?.locale ?? 'ru_RU',
    sheets: (s.sheets ?? []).map((sh) => ({
      sheetId: sh.properties?.sheetId ?? 0,
      title: sh.properties?.title ?? '',
      index: sh.properties?.index ?? 0,
      rows: sh.properties?.gridProperties?.rowCount ?? 0,
      columns: sh.properties?.gridProperties?.columnCount ?? 0,
    })),
  };
  const metadata = s.developerMetadata;
  return { info, state: stateFromMetadata(metadata), metadata };
}

/** Values of whole tabs, unformatted, dates as serial numbers. Missing tabs must not be asked for. */
export function readTabs(id: string, titles: readonly string[]): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  if (!titles.length) return out;
  const res = sheets().Spreadsheets!.Values!.batchGet(id, {
    ranges: titles.map(quoteSheet),
    valueRenderOption: 'UNFORMATTED_VALUE',
    dateTimeRenderOption: 'SERIAL_NUMBER',
    majorDimension: 'ROWS',
  });
  (res.valueRanges ?? []).forEach((vr, i) => {
    out[titles[i]] = (vr.values ?? []) as unknown[][];
  });
  return out;
}

/**
 * One batchUpdate for an ordinary plan; a very large write (a 10,000-row calendar) is sent in a few
 * batches so no request exceeds the API's size limit. Each batch is atomic on its own.
 */
export function batchUpdate(id: string, requests: SheetsRequest[]): void {
  for (const batch of chunkRequests(requests)) sheets().Spreadsheets!.batchUpdate({ requests: batch }, id);
}

/** A whole column (0-based) or a whole row (1-based) of a tab, for `batchUpdateReading`. */
export type Line = { title: string; column: number } | { title: string; row: number };

function lineA1(l: Line): string {
  if ('column' in l) return `${quoteSheet(l.title)}!${columnLetter(l.column)}:${columnLetter(l.column)}`;
  return `${quoteSheet(l.title)}!${l.row}:${l.row}`;
}

/** A cell of a response's grid data as `readTabs` gives it: unformatted, dates as serial numbers, '' when empty. */
function rawOf(c: GoogleAppsScript.Sheets.Schema.CellData | undefined): unknown {
  const v = c?.effectiveValue;
  // An error («#REF!») has no value but its text, as Values.batchGet's UNFORMATTED_VALUE renders it.
  return v?.numberValue ?? v?.stringValue ?? v?.boolValue ?? (v ? c?.formattedValue : null) ?? '';
}

/**
 * `requests` in one batchUpdate (the last of a few, for a very large write) that answers with the
 * cells of `lines` as they are right after it — so what a write needs to check costs no read.
 * The response carries the spreadsheet when `includeSpreadsheetInResponse` is set, limited to
 * `responseRanges`, with grid data when `responseIncludeGridData` is (BatchUpdateSpreadsheetRequest,
 * developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate). There is no field
 * mask: Apps Script's advanced service takes (resource, spreadsheetId) only (@types/google-apps-script
 * sheets_v4), so every cell comes whole, formats too — keep `lines` narrow (a column, a few rows).
 * Returns, per line, its values from its first cell (index 0 = row 1 or column A); trailing empty
 * cells may be missing, as in the API's answer.
 */
export function batchUpdateReading(id: string, requests: SheetsRequest[], lines: readonly Line[]): unknown[][] {
  const batches = chunkRequests(requests);
  for (const batch of batches.slice(0, -1)) sheets().Spreadsheets!.batchUpdate({ requests: batch }, id);
  const res = sheets().Spreadsheets!.batchUpdate(
    {
      requests: batches.at(-1) ?? [],
      includeSpreadsheetInResponse: true,
      responseRanges: lines.map(lineA1),
      responseIncludeGridData: true,
    },
    id,
  );
  const sheet = res.updatedSpreadsheet?.sheets ?? [];
  return lines.map((l) => {
    // Each line's grid by its sheet and top-left cell (the API leaves a 0 start out); every line
    // asked for starts on a cell of its own.
    const row = 'row' in l;
    const g = sheet
      .find((sh) => sh.properties?.title === l.title)
      ?.data?.find((d) => (d.startRow ?? 0) === (row ? l.row - 1 : 0) && (d.startColumn ?? 0) === (row ? 0 : l.column));
    const rows = g?.rowData ?? [];
    return row ? (rows[0]?.values ?? []).map(rawOf) : rows.map((r) => rawOf(r.values?.[0]));
  });
}

/** A1 sheet reference: 'План' → `'План'` (quotes doubled inside). */
export function quoteSheet(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** A sheet id not used yet: the API lets us choose it, so one batch can add a tab and fill it. */
export function freshSheetId(info: SpreadsheetInfo, seed: number): number {
  const used = new Set(info.sheets.map((s) => s.sheetId));
  let id = (Math.abs(seed) % 2_000_000_000) + 1;
  while (used.has(id)) id++;
  return id;
}
