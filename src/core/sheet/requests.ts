/**
 * Pure builders of Sheets API requests (the advanced `Sheets` service). One
 * `Sheets.Spreadsheets.batchUpdate` carries values, formats, validation, conditional formats,
 * frozen rows, widths and charts together: one round trip where SpreadsheetApp needs dozens.
 * Strings go in as `stringValue`, so user text can never become a formula.
 * Reference: developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request
 */
/// <reference types="@maxim_mazurok/gapi.client.sheets-v4" />
import { type CellOut, isDateCell } from './cells';
import { isoToSerial } from './serial';

export type SheetsRequest = gapi.client.sheets.Request;
export type CellData = gapi.client.sheets.CellData;

export const DATE_FORMAT = 'dd.mm.yyyy';

export function color(hex: string): gapi.client.sheets.Color {
  const h = hex.replace('#', '');
  const n = (i: number) => Number.parseInt(h.slice(i, i + 2), 16) / 255;
  return { red: n(0), green: n(2), blue: n(4) };
}

export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface CellStyle {
  background?: string | null;
  bold?: boolean;
  color?: string | null;
  wrap?: boolean;
  numberFormat?: string | null;
  note?: string | null;
}

/** CellData for one value: text stays text, dates become serials with the date format. */
export function cellData(v: CellOut, style: CellStyle = {}): CellData {
  const cell: CellData = {};
  const fmt: gapi.client.sheets.CellFormat = {};
  if (v === null || v === '') {
    // An empty cell still gets its format so a typed date is shown as a date.
  } else if (isDateCell(v)) {
    cell.userEnteredValue = { numberValue: isoToSerial(v.date) };
    fmt.numberFormat = { type: 'DATE', pattern: DATE_FORMAT };
  } else if (typeof v === 'number') cell.userEnteredValue = { numberValue: v };
  else if (typeof v === 'boolean') cell.userEnteredValue = { boolValue: v };
  else cell.userEnteredValue = { stringValue: v };
  if (style.numberFormat === '@' && !fmt.numberFormat) fmt.numberFormat = { type: 'TEXT' };
  else if (style.numberFormat && !fmt.numberFormat) fmt.numberFormat = { type: 'DATE', pattern: style.numberFormat };
  if (style.background) fmt.backgroundColor = color(style.background);
  if (style.bold || style.color) {
    fmt.textFormat = {};
    if (style.bold) fmt.textFormat.bold = true;
    if (style.color) fmt.textFormat.foregroundColor = color(style.color);
  }
  if (style.wrap) fmt.wrapStrategy = 'WRAP';
  if (Object.keys(fmt).length) cell.userEnteredFormat = fmt;
  if (style.note) cell.note = style.note;
  return cell;
}

export function updateCells(
  sheetId: number,
  rowIndex: number,
  columnIndex: number,
  rows: CellData[][],
  fields = 'userEnteredValue,userEnteredFormat,note',
): SheetsRequest {
  return {
    updateCells: {
      start: { sheetId, rowIndex, columnIndex },
      rows: rows.map((values) => ({ values })),
      fields,
    },
  };
}

export function gridRange(
  sheetId: number,
  r0: number,
  r1: number,
  c0: number,
  c1: number,
): gapi.client.sheets.GridRange {
  return { sheetId, startRowIndex: r0, endRowIndex: r1, startColumnIndex: c0, endColumnIndex: c1 };
}

export function frozen(sheetId: number, rows: number, columns = 0): SheetsRequest {
  return {
    updateSheetProperties: {
      properties: { sheetId, gridProperties: { frozenRowCount: rows, frozenColumnCount: columns } },
      fields: 'gridProperties.frozenRowCount,gridProperties.frozenColumnCount',
    },
  };
}

/** Column widths: one request per run of equal widths. */
export function columnWidths(sheetId: number, widths: readonly number[]): SheetsRequest[] {
  const out: SheetsRequest[] = [];
  let i = 0;
  while (i < widths.length) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    out.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: i, endIndex: j + 1 },
        properties: { pixelSize: widths[i] },
        fields: 'pixelSize',
      },
    });
    i = j + 1;
  }
  return out;
}

export function hideColumns(sheetId: number, start: number, count: number): SheetsRequest {
  return {
    updateDimensionProperties: {
      range: { sheetId, dimension: 'COLUMNS', startIndex: start, endIndex: start + count },
      properties: { hiddenByUser: true },
      fields: 'hiddenByUser',
    },
  };
}

export function listValidation(range: gapi.client.sheets.GridRange, values: readonly string[]): SheetsRequest {
  return {
    setDataValidation: {
      range,
      rule: {
        condition: { type: 'ONE_OF_LIST', values: values.map((v) => ({ userEnteredValue: v })) },
        strict: true,
        showCustomUi: true,
      },
    },
  };
}

export function formulaRule(
  range: gapi.client.sheets.GridRange,
  formula: string,
  background: string,
  index: number,
): SheetsRequest {
  return {
    addConditionalFormatRule: {
      index,
      rule: {
        ranges: [range],
        booleanRule: {
          condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: formula }] },
          format: { backgroundColor: color(background) },
        },
      },
    },
  };
}

export function protectWarningOnly(sheetId: number, description: string): SheetsRequest {
  return { addProtectedRange: { protectedRange: { range: { sheetId }, description, warningOnly: true } } };
}

const cellsOf = (r: SheetsRequest): number =>
  (r.updateCells?.rows ?? r.appendCells?.rows ?? []).reduce((n, row) => n + (row.values?.length ?? 0), 0);

/**
 * Splits a long list of requests into batches of at most `maxCells` written cells (a huge
 * updateCells is cut by rows), keeping their order. One batch for any ordinary plan; a 10,000-row
 * Gantt calendar becomes a few, well under the API's request size limit.
 */
export function chunkRequests(requests: readonly SheetsRequest[], maxCells = 60_000): SheetsRequest[][] {
  const out: SheetsRequest[][] = [[]];
  let size = 0;
  const push = (r: SheetsRequest, n: number) => {
    if (size + n > maxCells && out[out.length - 1].length) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1].push(r);
    size += n;
  };
  for (const r of requests) {
    const u = r.updateCells;
    const n = cellsOf(r);
    if (!u || n <= maxCells || !u.start || !u.rows) {
      push(r, n);
      continue;
    }
    const width = Math.max(1, ...u.rows.map((row) => row.values?.length ?? 0));
    const step = Math.max(1, Math.floor(maxCells / width));
    for (let i = 0; i < u.rows.length; i += step) {
      const part = u.rows.slice(i, i + step);
      push(
        { updateCells: { ...u, start: { ...u.start, rowIndex: (u.start.rowIndex ?? 0) + i }, rows: part } },
        part.length * width,
      );
    }
  }
  return out.filter((b) => b.length);
}
