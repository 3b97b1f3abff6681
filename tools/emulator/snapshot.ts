/**
 * Plain data of the whole workbook — for the playground page, the .xlsx export and tests.
 * Raw values keep dates as serial numbers (as a spreadsheet file stores them); `displayValues`
 * are what the cells show; `numberFormats` tell which numbers are dates.
 */
import { toA1 } from './a1';
import {
  DEFAULT_COL_WIDTH,
  type GridRef,
  getCell,
  lastCol,
  lastRow,
  type Scalar,
  type SheetModel,
  type WorkbookModel,
} from './model';
import { displayValue } from './values';

export interface RuleSnapshot {
  ranges: string[];
  type: string;
  values: unknown[];
  format: { background?: string | null; fontColor?: string | null; bold?: boolean | null; italic?: boolean | null };
}

export interface SheetSnapshot {
  id: number;
  name: string;
  index: number;
  maxRows: number;
  maxColumns: number;
  /** Last row/column with a value (as getLastRow / getLastColumn). */
  lastRow: number;
  lastColumn: number;
  /** Rows/columns covered by the grids below: everything with content or formatting. */
  rows: number;
  columns: number;
  values: (Scalar | '')[][];
  displayValues: string[][];
  formulas: string[][];
  numberFormats: (string | null)[][];
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  fontWeights: ('bold' | 'normal')[][];
  fontStyles: ('italic' | 'normal')[][];
  wraps: (string | null)[][];
  horizontalAlignments: (string | null)[][];
  notes: string[][];
  dataValidations: ({ type: string; values: unknown[]; allowInvalid: boolean; helpText?: string } | null)[][];
  columnWidths: number[];
  hiddenColumns: boolean[];
  hiddenRows: boolean[];
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  hidden: boolean;
  protections: Array<{
    kind: 'SHEET' | 'RANGE';
    range: string | null;
    description: string;
    warningOnly: boolean;
    editors: string[];
  }>;
  charts: Array<{ id: number; type: string; ranges: string[]; anchor: string; options: Record<string, unknown> }>;
  conditionalFormatRules: RuleSnapshot[];
  merges: string[];
}

export interface WorkbookSnapshot {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  activeSheet: string;
  namedRanges: Array<{ name: string; range: string }>;
  sheets: SheetSnapshot[];
}

function a1(wb: WorkbookModel, g: GridRef): string {
  const s = wb.sheets.find((x) => x.id === g.sheetId);
  return `${s ? `'${s.name.replace(/'/g, "''")}'!` : ''}${toA1(g.row, g.col, g.numRows, g.numCols)}`;
}

function extent(s: SheetModel): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  s.cells.forEach((row, i) => {
    if (!row) return;
    row.forEach((c, j) => {
      if (c && Object.keys(c).length) {
        rows = Math.max(rows, i + 1);
        cols = Math.max(cols, j + 1);
      }
    });
  });
  return { rows: Math.min(rows, s.maxRows), cols: Math.min(Math.max(cols, lastCol(s)), s.maxCols) };
}

export function snapshotWorkbook(wb: WorkbookModel): WorkbookSnapshot {
  return {
    id: wb.id,
    name: wb.name,
    timeZone: wb.timeZone,
    locale: wb.locale,
    activeSheet: wb.sheets.find((s) => s.id === wb.activeSheetId)?.name ?? '',
    namedRanges: wb.named.map((n) => ({ name: n.name, range: a1(wb, n.range) })),
    sheets: wb.sheets.map((s, index) => snapshotSheet(wb, s, index)),
  };
}

function snapshotSheet(wb: WorkbookModel, s: SheetModel, index: number): SheetSnapshot {
  const { rows, cols } = extent(s);
  const grid = <T>(f: (r: number, c: number) => T): T[][] =>
    Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(i + 1, j + 1)));
  const cell = (r: number, c: number) => getCell(s, r, c);
  return {
    id: s.id,
    name: s.name,
    index,
    maxRows: s.maxRows,
    maxColumns: s.maxCols,
    lastRow: lastRow(s),
    lastColumn: lastCol(s),
    rows,
    columns: cols,
    values: grid((r, c) => cell(r, c)?.v ?? ''),
    displayValues: grid((r, c) => displayValue(cell(r, c), wb.locale)),
    formulas: grid((r, c) => cell(r, c)?.f ?? ''),
    numberFormats: grid((r, c) => cell(r, c)?.nf ?? null),
    backgrounds: grid((r, c) => cell(r, c)?.bg ?? null),
    fontColors: grid((r, c) => cell(r, c)?.fc ?? null),
    fontWeights: grid((r, c) => cell(r, c)?.fw ?? 'normal'),
    fontStyles: grid((r, c) => cell(r, c)?.fst ?? 'normal'),
    wraps: grid((r, c) => cell(r, c)?.wrap ?? null),
    horizontalAlignments: grid((r, c) => cell(r, c)?.ha ?? null),
    notes: grid((r, c) => cell(r, c)?.note ?? ''),
    dataValidations: grid((r, c) => {
      const dv = cell(r, c)?.dv;
      return dv ? structuredClone(dv) : null;
    }),
    columnWidths: Array.from({ length: s.maxCols }, (_, j) => s.colWidths[j] ?? DEFAULT_COL_WIDTH),
    hiddenColumns: Array.from({ length: s.maxCols }, (_, j) => !!s.hiddenCols[j]),
    hiddenRows: Array.from({ length: rows }, (_, i) => !!s.hiddenRows[i]),
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenCols,
    tabColor: s.tabColor,
    hidden: s.hidden,
    protections: wb.protections
      .filter((p) => p.sheetId === s.id)
      .map((p) => ({
        kind: p.kind,
        range: p.range ? a1(wb, p.range) : null,
        description: p.description,
        warningOnly: p.warningOnly,
        editors: [...p.editors],
      })),
    charts: s.charts.map((c) => ({
      id: c.id,
      type: c.type,
      ranges: c.ranges.map((g) => a1(wb, g)),
      anchor: toA1(c.position.row, c.position.col),
      options: structuredClone(c.options),
    })),
    conditionalFormatRules: s.condRules.map((r) => ({
      ranges: r.ranges.map((g) => a1(wb, g)),
      type: r.type,
      values: [...r.values],
      format: { background: r.format.bg, fontColor: r.format.fc, bold: r.format.bold, italic: r.format.italic },
    })),
    merges: s.merges.map((g) => a1(wb, g)),
  };
}
