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
/** The `fields` of a write of formats only, and of text with its format (each written once in the bundle). */
export const FORMAT_FIELDS = 'userEnteredFormat.numberFormat';
export const TEXT_FIELDS = `userEnteredValue,${FORMAT_FIELDS}`;

export function color(hex: string): gapi.client.sheets.Color {
  const h = hex.replace('#', '');
  // Four decimals tell the 256 levels of a channel apart and halve a colour's bytes.
  const n = (i: number) => Math.round((Number.parseInt(h.slice(i, i + 2), 16) / 255) * 10_000) / 10_000;
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

/** Columns [start, end) given `properties`, which `fields` names. */
const columns = (
  sheetId: number,
  startIndex: number,
  endIndex: number,
  properties: gapi.client.sheets.DimensionProperties,
  fields: string,
): SheetsRequest => ({
  updateDimensionProperties: { range: { sheetId, dimension: 'COLUMNS', startIndex, endIndex }, properties, fields },
});

/** Column widths: one request per run of equal widths. */
export function columnWidths(sheetId: number, widths: readonly number[]): SheetsRequest[] {
  const out: SheetsRequest[] = [];
  let i = 0;
  while (i < widths.length) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    out.push(columns(sheetId, i, j + 1, { pixelSize: widths[i] }, 'pixelSize'));
    i = j + 1;
  }
  return out;
}

export function hideColumns(sheetId: number, start: number, count: number): SheetsRequest {
  return columns(sheetId, start, start + count, { hiddenByUser: true }, 'hiddenByUser');
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

/** UTF-8 bytes of a JSON value as sent (Cyrillic is two bytes a letter; Apps Script has no TextEncoder). */
export function jsonBytes(x: unknown): number {
  const t = JSON.stringify(x) ?? '';
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      // A surrogate pair: one 4-byte character.
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The most bytes one batchUpdate carries. The Sheets API has "no hard size limits for an API
 * request" but recommends 2 MB for speed (developers.google.com/workspace/sheets/api/limits); a
 * larger body is refused with "Request payload size exceeds the limit: 10485760 bytes"
 * (scrt-hq/psgsuite#62). A round trip costs more than the bytes, so batches go up to 9 MiB.
 */
export const BATCH_BYTES = 9 * 1024 * 1024;

/**
 * Splits a long list of requests into batches of at most `maxBytes` (and `maxCells` written cells
 * when given), cutting a huge updateCells by rows, keeping their order. One batch for any ordinary
 * plan and for the report tabs of a 10,000-activity plan; a bigger write becomes a few.
 */
export function chunkRequests(
  requests: readonly SheetsRequest[],
  maxCells = Number.POSITIVE_INFINITY,
  maxBytes = BATCH_BYTES,
): SheetsRequest[][] {
  const out: SheetsRequest[][] = [[]];
  let cells = 0;
  let bytes = 0;
  const push = (r: SheetsRequest, n: number, b: number) => {
    if ((cells + n > maxCells || bytes + b > maxBytes) && out[out.length - 1].length) {
      out.push([]);
      cells = 0;
      bytes = 0;
    }
    out[out.length - 1].push(r);
    cells += n;
    bytes += b + 1;
  };
  for (const r of requests) {
    const u = r.updateCells;
    const n = cellsOf(r);
    const b = jsonBytes(r);
    if (!u || (n <= maxCells && b <= maxBytes) || !u.start || !u.rows) {
      push(r, n, b);
      continue;
    }
    // Cut by rows: each part as large as both limits allow (the envelope's bytes counted once).
    const envelope = jsonBytes({ ...r, updateCells: { ...u, rows: [] } });
    let first = 0;
    let partCells = 0;
    let partBytes = envelope;
    const flush = (end: number) => {
      const part = u.rows!.slice(first, end);
      push(
        { updateCells: { ...u, start: { ...u.start, rowIndex: (u.start!.rowIndex ?? 0) + first }, rows: part } },
        partCells,
        partBytes,
      );
      first = end;
      partCells = 0;
      partBytes = envelope;
    };
    u.rows.forEach((row, i) => {
      const rc = row.values?.length ?? 0;
      const rb = jsonBytes(row) + 1;
      if (i > first && (partCells + rc > maxCells || partBytes + rb > maxBytes)) flush(i);
      partCells += rc;
      partBytes += rb;
    });
    flush(u.rows.length);
  }
  return out.filter((b) => b.length);
}
