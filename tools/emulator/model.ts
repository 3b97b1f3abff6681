/**
 * The workbook as plain data (structured-clonable: the advanced Sheets service's batchUpdate is
 * atomic, so it snapshots and restores this). SpreadsheetApp classes and the Sheets service are
 * two views on the same model. Rows and columns are 1-based everywhere in this file.
 */

export type Scalar = number | string | boolean;

export interface CellModel {
  /** Effective value; undefined = empty. Dates are serial numbers with a date number format. */
  v?: Scalar;
  /** Formula text ("=SUM(A1:A3)"); its value is not computed (see docs/emulator.md). */
  f?: string;
  /** Number format pattern; undefined = automatic ("General"). "@" = plain text. */
  nf?: string;
  bg?: string;
  fc?: string;
  fw?: 'bold' | 'normal';
  fst?: 'italic' | 'normal';
  size?: number;
  family?: string;
  line?: 'underline' | 'line-through' | 'none';
  wrap?: 'OVERFLOW' | 'WRAP' | 'CLIP';
  ha?: string;
  va?: string;
  note?: string;
  dv?: DataValidationModel;
  border?: BorderModel;
}

export interface BorderModel {
  top?: boolean | null;
  left?: boolean | null;
  bottom?: boolean | null;
  right?: boolean | null;
  color?: string | null;
  style?: string | null;
}

export interface DataValidationModel {
  /** SpreadsheetApp.DataValidationCriteria name: VALUE_IN_LIST, CHECKBOX, DATE_AFTER, CUSTOM_FORMULA, … */
  type: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText?: string;
}

export interface GridRef {
  sheetId: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ConditionalRuleModel {
  ranges: GridRef[];
  /** BooleanCriteria name (CUSTOM_FORMULA, TEXT_EQUAL_TO, CELL_EMPTY, DATE_BEFORE, …) */
  type: string;
  values: unknown[];
  format: {
    bg?: string | null;
    fc?: string | null;
    bold?: boolean | null;
    italic?: boolean | null;
    strike?: boolean | null;
    underline?: boolean | null;
  };
}

export interface ProtectionModel {
  id: number;
  kind: 'SHEET' | 'RANGE';
  sheetId: number;
  range?: GridRef;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: GridRef[];
}

export interface ChartModel {
  id: number;
  type: string;
  ranges: GridRef[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export interface SheetModel {
  id: number;
  name: string;
  /** cells[r-1][c-1]; sparse. */
  cells: (CellModel | undefined)[][];
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hiddenCols: boolean[];
  hiddenRows: boolean[];
  colWidths: number[];
  rowHeights: number[];
  tabColor: string | null;
  hidden: boolean;
  condRules: ConditionalRuleModel[];
  charts: ChartModel[];
  merges: GridRef[];
  activeRange?: GridRef;
}

export interface NamedRangeModel {
  name: string;
  range: GridRef;
}

/**
 * Spreadsheet-level developer metadata (reference/rest/v4/spreadsheets.developerMetadata). `project`
 * is the developer project that created it: PROJECT-visible metadata "is only visible to and
 * accessible by the developer project that created the metadata" (DeveloperMetadataVisibility).
 */
export interface MetadataModel {
  id: number;
  key: string;
  value?: string;
  visibility: 'DOCUMENT' | 'PROJECT';
  project: string;
}

export interface WorkbookModel {
  /** Developer metadata on the spreadsheet itself (the only location the emulator holds). */
  metadata?: MetadataModel[];
  /** Accounts that can no longer open it (access removed): openById and the Sheets API refuse them. */
  noAccess?: string[];
  /**
   * Shared only with its owner and editors (a file a script created, or one a test made private):
   * anyone else is refused. Otherwise every account of the emulator can open it (a file shared
   * with the whole domain) unless listed in `noAccess`.
   */
  restricted?: boolean;
  /** The file was deleted (trashed and emptied): no one can open it, the API does not find it. */
  deleted?: boolean;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  editors: string[];
  sheets: SheetModel[];
  activeSheetId: number;
  named: NamedRangeModel[];
  protections: ProtectionModel[];
  nextId: number;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;
export const DEFAULT_COL_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export function newSheet(id: number, name: string, rows = DEFAULT_ROWS, cols = DEFAULT_COLS): SheetModel {
  return {
    id,
    name,
    cells: [],
    maxRows: rows,
    maxCols: cols,
    frozenRows: 0,
    frozenCols: 0,
    hiddenCols: [],
    hiddenRows: [],
    colWidths: [],
    rowHeights: [],
    tabColor: null,
    hidden: false,
    condRules: [],
    charts: [],
    merges: [],
  };
}

export function getCell(s: SheetModel, row: number, col: number): CellModel | undefined {
  return s.cells[row - 1]?.[col - 1];
}

export function cellFor(s: SheetModel, row: number, col: number): CellModel {
  let r = s.cells[row - 1];
  if (!r) {
    r = [];
    s.cells[row - 1] = r;
  }
  let c = r[col - 1];
  if (!c) {
    c = {};
    r[col - 1] = c;
  }
  return c;
}

export function hasContent(c: CellModel | undefined): boolean {
  return !!c && (c.v !== undefined || c.f !== undefined);
}

/** Last row / column holding a value or formula (0 when none), as Sheet.getLastRow(). */
export function lastRow(s: SheetModel): number {
  for (let r = s.cells.length; r >= 1; r--) if (s.cells[r - 1]?.some((c) => hasContent(c))) return r;
  return 0;
}

export function lastCol(s: SheetModel): number {
  let max = 0;
  s.cells.forEach((row) => {
    if (!row) return;
    for (let c = row.length; c > max; c--)
      if (hasContent(row[c - 1])) {
        max = c;
        break;
      }
  });
  return max;
}

export function isEmptyCell(c: CellModel | undefined): boolean {
  return !c || Object.keys(c).length === 0;
}

/** Inserting or deleting rows/columns moves every row-or-column-indexed structure. */
export function spliceRows(s: SheetModel, at: number, deleteCount: number, insertCount: number): void {
  const holes = (n: number) => new Array(n).fill(undefined);
  for (const arr of [s.cells, s.hiddenRows, s.rowHeights] as unknown[][]) {
    if (arr.length >= at - 1) arr.splice(at - 1, deleteCount, ...holes(insertCount));
  }
  s.maxRows += insertCount - deleteCount;
}

export function spliceCols(s: SheetModel, at: number, deleteCount: number, insertCount: number): void {
  const holes = (n: number) => new Array(n).fill(undefined);
  for (const row of s.cells) if (row && row.length >= at - 1) row.splice(at - 1, deleteCount, ...holes(insertCount));
  for (const arr of [s.hiddenCols, s.colWidths] as unknown[][]) {
    if (arr.length >= at - 1) arr.splice(at - 1, deleteCount, ...holes(insertCount));
  }
  s.maxCols += insertCount - deleteCount;
}
