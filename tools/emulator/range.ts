/**
 * SpreadsheetApp Range. Reference: developers.google.com/apps-script/reference/spreadsheet/range
 * Each public method is one counted call (see context.ts `counted`).
 */
import { toA1 } from './a1';
import type { Book } from './book';
import { normalizeColor } from './colors';
import { counted, type EmuContext } from './context';
import { type CellModel, cellFor, type GridRef, getCell, hasContent, type SheetModel } from './model';
import { type DataValidationImpl, dvFromModel, ProtectionImpl } from './objects';
import { displayValue, readValue, writeValue } from './values';

type G = GoogleAppsScript.Spreadsheet.Range;
type Matrix<T> = T[][];

/** Default number format Apps Script reports for an untouched cell. */
export const AUTOMATIC_FORMAT = '0.###############';

type RangeApi = Pick<
  G,
  | 'activate'
  | 'breakApart'
  | 'canEdit'
  | 'check'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontColor'
  | 'getFontFamily'
  | 'getFontSize'
  | 'getFontSizes'
  | 'getFontStyle'
  | 'getFontStyles'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMergedRanges'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getVerticalAlignments'
  | 'getWrap'
  | 'getWraps'
  | 'getWrapStrategy'
  | 'getWrapStrategies'
  | 'insertCheckboxes'
  | 'isBlank'
  | 'isChecked'
  | 'isPartOfMerge'
  | 'merge'
  | 'offset'
  | 'protect'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontFamily'
  | 'setFontLine'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWraps'
  | 'setWrapStrategy'
  | 'sort'
  | 'uncheck'
>;

export class RangeImpl implements RangeApi {
  readonly ctx: EmuContext;
  constructor(
    readonly book: Book,
    readonly sheetId: number,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {
    this.ctx = book.ctx;
    if (row < 1 || col < 1 || numRows < 1 || numCols < 1) {
      throw new Error(
        numRows < 1
          ? 'The number of rows in the range must be at least 1.'
          : numCols < 1
            ? 'The number of columns in the range must be at least 1.'
            : 'The starting row / column of the range is too small.',
      );
    }
    const s = book.sheet(sheetId);
    if (row + numRows - 1 > s.maxRows || col + numCols - 1 > s.maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  private get g(): G {
    return this as unknown as G;
  }
  _sheet(): SheetModel {
    return this.book.sheet(this.sheetId);
  }
  _ref(): GridRef {
    return { sheetId: this.sheetId, row: this.row, col: this.col, numRows: this.numRows, numCols: this.numCols };
  }

  /** Read a matrix of per-cell values. */
  _map<T>(f: (c: CellModel | undefined, r: number, c0: number) => T): Matrix<T> {
    const s = this._sheet();
    const out: Matrix<T> = [];
    for (let i = 0; i < this.numRows; i++) {
      const row: T[] = [];
      for (let j = 0; j < this.numCols; j++)
        row.push(f(getCell(s, this.row + i, this.col + j), this.row + i, this.col + j));
      out.push(row);
    }
    return out;
  }

  /** Apply to every cell (creating it). */
  _each(f: (c: CellModel, i: number, j: number) => void): void {
    const s = this._sheet();
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numCols; j++) f(cellFor(s, this.row + i, this.col + j), i, j);
  }

  /** Dimension check with the real service's wording. */
  _checkDims(data: unknown[][], what = 'data'): void {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) {
      throw new Error(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.set${what}.`,
      );
    }
    if (data.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    }
    for (const r of data) {
      if (r.length !== this.numCols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.numCols}.`,
        );
      }
    }
  }

  _setMatrix<T>(data: T[][], f: (c: CellModel, v: T) => void): G {
    this._checkDims(data as unknown[][]);
    this._each((c, i, j) => f(c, data[i][j]));
    return this.g;
  }

  _setAll(f: (c: CellModel) => void): G {
    this._each((c) => f(c));
    return this.g;
  }

  // ---- values ----
  getValues(): unknown[][] {
    const tz = this.book.wb.timeZone;
    return this._map((c) => readValue(c, tz));
  }
  getValue(): unknown {
    return readValue(getCell(this._sheet(), this.row, this.col), this.book.wb.timeZone);
  }
  setValues(values: unknown[][]): G {
    this._checkDims(values);
    const env = this.book.writeEnv();
    const s = this._sheet();
    // Validate first: a rejected value leaves the whole range unchanged.
    values.forEach((r, i) => {
      r.forEach((v, j) => {
        checkValidation(getCell(s, this.row + i, this.col + j), v, this.row + i, this.col + j, env.locale);
      });
    });
    this._each((c, i, j) => writeValue(c, values[i][j], env));
    return this.g;
  }
  setValue(value: unknown): G {
    const env = this.book.writeEnv();
    const s = this._sheet();
    checkValidation(getCell(s, this.row, this.col), value, this.row, this.col, env.locale);
    // setValue on a multi-cell range writes every cell.
    this._each((c) => writeValue(c, value, env));
    return this.g;
  }
  getDisplayValues(): string[][] {
    const locale = this.book.wb.locale;
    return this._map((c) => (c?.f !== undefined && c.v === undefined ? '' : displayValue(c, locale)));
  }
  getDisplayValue(): string {
    return displayValue(getCell(this._sheet(), this.row, this.col), this.book.wb.locale);
  }
  getFormulas(): string[][] {
    return this._map((c) => c?.f ?? '');
  }
  getFormula(): string {
    return getCell(this._sheet(), this.row, this.col)?.f ?? '';
  }
  setFormulas(formulas: string[][]): G {
    return this._setMatrix(formulas, (c, f) => setFormula(c, f));
  }
  setFormula(formula: string): G {
    return this._setAll((c) => setFormula(c, formula));
  }
  isBlank(): boolean {
    return this._map((c) => hasContent(c)).every((r) => r.every((x) => !x));
  }
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): G {
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    this._each((c) => {
      if (!any || o.contentsOnly) clearContent(c);
      if (!any || o.formatOnly) clearFormat(c);
      if (o.validationsOnly) delete c.dv;
      if (o.commentsOnly) delete c.note;
    });
    return this.g;
  }
  clearContent(): G {
    return this._setAll(clearContent);
  }
  clearFormat(): G {
    return this._setAll(clearFormat);
  }
  clearNote(): G {
    return this._setAll((c) => delete c.note);
  }
  clearDataValidations(): G {
    return this._setAll((c) => delete c.dv);
  }

  // ---- number formats ----
  getNumberFormats(): string[][] {
    return this._map((c) => c?.nf ?? AUTOMATIC_FORMAT);
  }
  getNumberFormat(): string {
    return getCell(this._sheet(), this.row, this.col)?.nf ?? AUTOMATIC_FORMAT;
  }
  setNumberFormat(numberFormat: string): G {
    return this._setAll((c) => setNf(c, numberFormat));
  }
  setNumberFormats(numberFormats: string[][]): G {
    return this._setMatrix(numberFormats, setNf);
  }

  // ---- backgrounds and fonts ----
  getBackgrounds(): string[][] {
    return this._map((c) => c?.bg ?? '#ffffff');
  }
  getBackground(): string {
    return getCell(this._sheet(), this.row, this.col)?.bg ?? '#ffffff';
  }
  setBackground(color: string | null): G {
    const bg = normalizeColor(color);
    return this._setAll((c) => setOrDelete(c, 'bg', bg));
  }
  setBackgrounds(color: Array<Array<string | null>>): G {
    return this._setMatrix(color, (c, v) => setOrDelete(c, 'bg', normalizeColor(v)));
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._map((c) => c?.fw ?? 'normal');
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return getCell(this._sheet(), this.row, this.col)?.fw ?? 'normal';
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): G {
    return this._setAll((c) => setOrDelete(c, 'fw', fontWeight === 'bold' ? 'bold' : undefined));
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): G {
    return this._setMatrix(fontWeights, (c, v) => setOrDelete(c, 'fw', v === 'bold' ? 'bold' : undefined));
  }
  getFontColor(): string {
    return getCell(this._sheet(), this.row, this.col)?.fc ?? '#000000';
  }
  /** Not in Apps Script's typed API under this name for reading a grid; we expose it for tests. */
  getFontColors(): string[][] {
    return this._map((c) => c?.fc ?? '#000000');
  }
  setFontColor(color: string | null): G {
    const fc = normalizeColor(color);
    return this._setAll((c) => setOrDelete(c, 'fc', fc));
  }
  setFontColors(colors: unknown[][]): G {
    return this._setMatrix(colors, (c, v) => setOrDelete(c, 'fc', normalizeColor(v as string | null)));
  }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this._map((c) => c?.fst ?? 'normal');
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return getCell(this._sheet(), this.row, this.col)?.fst ?? 'normal';
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): G {
    return this._setAll((c) => setOrDelete(c, 'fst', fontStyle === 'italic' ? 'italic' : undefined));
  }
  getFontSizes(): number[][] {
    return this._map((c) => c?.size ?? 10);
  }
  getFontSize(): number {
    return getCell(this._sheet(), this.row, this.col)?.size ?? 10;
  }
  setFontSize(size: number): G {
    return this._setAll((c) => setOrDelete(c, 'size', size === 10 ? undefined : size));
  }
  getFontFamily(): string {
    return getCell(this._sheet(), this.row, this.col)?.family ?? 'Arial';
  }
  setFontFamily(fontFamily: string | null): G {
    return this._setAll((c) => setOrDelete(c, 'family', fontFamily ?? undefined));
  }
  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): G {
    return this._setAll((c) => setOrDelete(c, 'line', fontLine && fontLine !== 'none' ? fontLine : undefined));
  }

  // ---- wrap and alignment ----
  getWraps(): boolean[][] {
    return this._map((c) => c?.wrap === 'WRAP');
  }
  getWrap(): boolean {
    return getCell(this._sheet(), this.row, this.col)?.wrap === 'WRAP';
  }
  setWrap(isWrapEnabled: boolean): G {
    return this._setAll((c) => setOrDelete(c, 'wrap', isWrapEnabled ? 'WRAP' : undefined));
  }
  setWraps(isWrapEnabled: boolean[][]): G {
    return this._setMatrix(isWrapEnabled, (c, v) => setOrDelete(c, 'wrap', v ? 'WRAP' : undefined));
  }
  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    return this._map((c) => (c?.wrap ?? 'OVERFLOW') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy);
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return (getCell(this._sheet(), this.row, this.col)?.wrap ??
      'OVERFLOW') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): G {
    const w = String(strategy) as CellModel['wrap'];
    return this._setAll((c) => setOrDelete(c, 'wrap', w === 'OVERFLOW' ? undefined : w));
  }
  getHorizontalAlignments(): string[][] {
    return this._map((c) => c?.ha ?? 'general');
  }
  getHorizontalAlignment(): string {
    return getCell(this._sheet(), this.row, this.col)?.ha ?? 'general';
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): G {
    return this._setAll((c) => setOrDelete(c, 'ha', alignment && alignment !== 'normal' ? alignment : undefined));
  }
  setHorizontalAlignments(alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>): G {
    return this._setMatrix(alignments, (c, a) => setOrDelete(c, 'ha', a && a !== 'normal' ? a : undefined));
  }
  getVerticalAlignments(): string[][] {
    return this._map((c) => c?.va ?? 'bottom');
  }
  getVerticalAlignment(): string {
    return getCell(this._sheet(), this.row, this.col)?.va ?? 'bottom';
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): G {
    return this._setAll((c) => setOrDelete(c, 'va', alignment && alignment !== 'bottom' ? alignment : undefined));
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    _vertical: boolean | null,
    _horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): G {
    // Recorded on every cell of the range (inner borders are not told apart).
    return this._setAll((c) => {
      c.border = { top, left, bottom, right, color: color ?? null, style: style ? String(style) : null };
    });
  }

  // ---- notes ----
  getNotes(): string[][] {
    return this._map((c) => c?.note ?? '');
  }
  getNote(): string {
    return getCell(this._sheet(), this.row, this.col)?.note ?? '';
  }
  setNote(note: string | null): G {
    return this._setAll((c) => setOrDelete(c, 'note', note || undefined));
  }
  setNotes(notes: Array<Array<string | null>>): G {
    return this._setMatrix(notes, (c, n) => setOrDelete(c, 'note', n || undefined));
  }

  // ---- data validation and checkboxes ----
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this._map((c) => (c?.dv ? dvFromModel(this.ctx, c.dv) : null));
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const dv = getCell(this._sheet(), this.row, this.col)?.dv;
    return dv ? dvFromModel(this.ctx, dv) : null;
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): G {
    const m = rule ? (rule as unknown as DataValidationImpl).model : undefined;
    return this._setAll((c) => setOrDelete(c, 'dv', m ? structuredClone(m) : undefined));
  }
  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): G {
    return this._setMatrix(rules, (c, r) =>
      setOrDelete(c, 'dv', r ? structuredClone((r as unknown as DataValidationImpl).model) : undefined),
    );
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): G {
    const values =
      checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this._setAll((c) => {
      c.dv = { type: 'CHECKBOX', values, allowInvalid: true };
      if (c.v === undefined) c.v = values.length ? ((values[1] ?? '') as CellModel['v']) : false;
    });
  }
  isChecked(): boolean | null {
    const states = this._map((c) => (c?.dv?.type === 'CHECKBOX' ? checkedState(c) : null)).flat();
    if (states.some((s) => s === null)) return null;
    return states.every((s) => s);
  }
  check(): G {
    return this._setAll((c) => {
      if (c.dv?.type === 'CHECKBOX') c.v = c.dv.values.length ? (c.dv.values[0] as CellModel['v']) : true;
    });
  }
  uncheck(): G {
    return this._setAll((c) => {
      if (c.dv?.type === 'CHECKBOX') c.v = c.dv.values.length > 1 ? (c.dv.values[1] as CellModel['v']) : false;
    });
  }

  // ---- geometry ----
  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getGridId(): number {
    return this.sheetId;
  }
  getA1Notation(): string {
    return toA1(this.row, this.col, this.numRows, this.numCols);
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.book.sheetWrapper(this.sheetId);
  }
  getCell(row: number, column: number): G {
    if (row > this.numRows || column > this.numCols) throw new Error('Cell reference out of range');
    return new RangeImpl(this.book, this.sheetId, this.row + row - 1, this.col + column - 1, 1, 1) as unknown as G;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): G {
    return new RangeImpl(
      this.book,
      this.sheetId,
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
    ) as unknown as G;
  }
  activate(): G {
    this._sheet().activeRange = this._ref();
    this.book.wb.activeSheetId = this.sheetId;
    return this.g;
  }
  canEdit(): boolean {
    return true;
  }

  // ---- merges ----
  merge(): G {
    const s = this._sheet();
    s.merges = s.merges.filter((m) => !overlaps(m, this._ref()));
    s.merges.push(this._ref());
    return this.g;
  }
  breakApart(): G {
    const s = this._sheet();
    s.merges = s.merges.filter((m) => !overlaps(m, this._ref()));
    return this.g;
  }
  isPartOfMerge(): boolean {
    return this._sheet().merges.some((m) => overlaps(m, this._ref()));
  }
  getMergedRanges(): G[] {
    return this._sheet()
      .merges.filter((m) => overlaps(m, this._ref()))
      .map((m) => new RangeImpl(this.book, m.sheetId, m.row, m.col, m.numRows, m.numCols) as unknown as G);
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return ProtectionImpl.create(this.book, 'RANGE', this.sheetId, this._ref());
  }

  /** sort(column) / sort({column, ascending}) / sort([…]): rows move with all their cells. */
  sort(sortSpecObj: unknown): G {
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((x: unknown) =>
      typeof x === 'number' ? { column: x, ascending: true } : (x as { column: number; ascending?: boolean }),
    );
    const s = this._sheet();
    const rows: (CellModel | undefined)[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const r: (CellModel | undefined)[] = [];
      for (let j = 0; j < this.numCols; j++) r.push(getCell(s, this.row + i, this.col + j));
      rows.push(r);
    }
    const key = (c: CellModel | undefined) => (c?.v === undefined ? null : c.v);
    rows.sort((a, b) => {
      for (const sp of specs) {
        const j = sp.column - this.col;
        const x = key(a[j]);
        const y = key(b[j]);
        if (x === y) continue;
        // Empty cells go last whatever the order; numbers before text, as in Sheets.
        if (x === null) return 1;
        if (y === null) return -1;
        const cmp =
          typeof x === typeof y
            ? x < y
              ? -1
              : 1
            : typeof x === 'number'
              ? -1
              : typeof y === 'number'
                ? 1
                : String(x).localeCompare(String(y));
        return sp.ascending === false ? -cmp : cmp;
      }
      return 0;
    });
    rows.forEach((r, i) => {
      r.forEach((c, j) => {
        const rowArr = s.cells[this.row + i - 1] ?? [];
        s.cells[this.row + i - 1] = rowArr;
        rowArr[this.col + j - 1] = c;
      });
    });
    return this.g;
  }
}

counted(RangeImpl, 'SpreadsheetApp', { name: 'Range' });

function overlaps(a: GridRef, b: GridRef): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

function setOrDelete<K extends keyof CellModel>(c: CellModel, key: K, value: CellModel[K] | undefined): void {
  if (value === undefined) delete c[key];
  else c[key] = value;
}

function setNf(c: CellModel, nf: string): void {
  setOrDelete(c, 'nf', !nf || nf === AUTOMATIC_FORMAT || /^general$/i.test(nf) ? undefined : nf);
}

function setFormula(c: CellModel, f: string): void {
  if (!f) {
    delete c.f;
    delete c.v;
    return;
  }
  c.f = f.startsWith('=') ? f : `=${f}`;
  delete c.v;
}

function clearContent(c: CellModel): void {
  delete c.v;
  delete c.f;
}

function clearFormat(c: CellModel): void {
  for (const k of ['nf', 'bg', 'fc', 'fw', 'fst', 'size', 'family', 'line', 'wrap', 'ha', 'va', 'border'] as const)
    delete c[k];
}

function checkedState(c: CellModel): boolean | null {
  const vals = c.dv?.values ?? [];
  if (!vals.length) return c.v === true;
  return c.v === vals[0];
}

/**
 * A strict rule ("Reject input") refuses a script's write as it refuses a user's, with the
 * message Sheets shows. Only list and checkbox rules are checked; others are recorded only.
 */
export function checkValidation(
  c: CellModel | undefined,
  value: unknown,
  row: number,
  col: number,
  _locale: string,
): void {
  const dv = c?.dv;
  if (!dv || dv.allowInvalid || value === '' || value === null || value === undefined) return;
  let ok = true;
  if (dv.type === 'VALUE_IN_LIST') ok = dv.values.map(String).includes(String(value));
  else if (dv.type === 'CHECKBOX')
    ok = dv.values.length ? dv.values.map(String).includes(String(value)) : typeof value === 'boolean';
  if (!ok) {
    throw new Error(
      `The data you entered in cell ${toA1(row, col)} violates the data validation rules set on this cell.`,
    );
  }
}
