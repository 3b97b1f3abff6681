/**
 * SpreadsheetApp Sheet. Reference: developers.google.com/apps-script/reference/spreadsheet/sheet
 */
import { parseA1 } from './a1';
import type { Book } from './book';
import { normalizeColor } from './colors';
import { counted, type EmuContext } from './context';
import {
  DEFAULT_COL_WIDTH,
  DEFAULT_ROW_HEIGHT,
  lastCol,
  lastRow,
  type SheetModel,
  spliceCols,
  spliceRows,
} from './model';
import { ConditionalFormatRuleImpl, EmbeddedChartBuilderImpl, EmbeddedChartImpl, ProtectionImpl } from './objects';
import { RangeImpl } from './range';

type G = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

type SheetApi = Pick<
  G,
  | 'activate'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearConditionalFormatRules'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'copyTo'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getActiveRange'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getRowHeight'
  | 'getSheetId'
  | 'getSheetName'
  | 'getTabColor'
  | 'hideColumns'
  | 'hideRows'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isColumnHiddenByUser'
  | 'isRowHiddenByUser'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setActiveRange'
  | 'setActiveSelection'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setRowHeight'
  | 'setTabColor'
  | 'showColumns'
  | 'showRows'
  | 'showSheet'
  | 'updateChart'
>;

export class SheetImpl implements SheetApi {
  readonly ctx: EmuContext;
  constructor(
    readonly book: Book,
    readonly id: number,
  ) {
    this.ctx = book.ctx;
  }
  private get g(): G {
    return this as unknown as G;
  }
  _m(): SheetModel {
    return this.book.sheet(this.id);
  }
  private range(row: number, col: number, nr = 1, nc = 1): GRange {
    return new RangeImpl(this.book, this.id, row, col, nr, nc) as unknown as GRange;
  }

  getName(): string {
    return this._m().name;
  }
  getSheetName(): string {
    return this._m().name;
  }
  setName(name: string): G {
    const other = this.book.sheetByName(name);
    if (other && other.id !== this.id)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (!name.trim()) throw new Error('Invalid argument: name');
    this._m().name = name;
    return this.g;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.book.wb.sheets.findIndex((s) => s.id === this.id) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.book.spreadsheetWrapper();
  }
  getRange(a: unknown, column?: number, numRows?: number, numColumns?: number): GRange {
    const s = this._m();
    if (typeof a === 'string') {
      const ref = parseA1(a, s.maxRows, s.maxCols);
      if (ref.sheet !== undefined && ref.sheet !== s.name) throw new Error('Range not found');
      return this.range(ref.row, ref.col, ref.numRows, ref.numCols);
    }
    if (typeof a !== 'number' || typeof column !== 'number') {
      throw new Error("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    }
    return this.range(a, column, numRows ?? 1, numColumns ?? 1);
  }
  getDataRange(): GRange {
    const s = this._m();
    return this.range(1, 1, Math.max(1, lastRow(s)), Math.max(1, lastCol(s)));
  }
  getLastRow(): number {
    return lastRow(this._m());
  }
  getLastColumn(): number {
    return lastCol(this._m());
  }
  getMaxRows(): number {
    return this._m().maxRows;
  }
  getMaxColumns(): number {
    return this._m().maxCols;
  }

  // ---- rows and columns ----
  insertRows(rowIndex: number, numRows = 1): void {
    this._insertRows(rowIndex, numRows);
  }
  insertRowsAfter(afterPosition: number, howMany: number): G {
    this._insertRows(afterPosition + 1, howMany);
    return this.g;
  }
  insertRowsBefore(beforePosition: number, howMany: number): G {
    this._insertRows(beforePosition, howMany);
    return this.g;
  }
  insertRowBefore(beforePosition: number): G {
    this._insertRows(beforePosition, 1);
    return this.g;
  }
  insertRowAfter(afterPosition: number): G {
    this._insertRows(afterPosition + 1, 1);
    return this.g;
  }
  _insertRows(at: number, n: number): void {
    const s = this._m();
    if (at < 1 || at > s.maxRows + 1) throw new Error('Those rows are out of bounds.');
    // Inserted rows take the format of the row above (Sheets' "insert below" inherits it).
    const above = at > 1 ? s.cells[at - 2] : undefined;
    spliceRows(s, at, 0, n);
    if (above) {
      for (let i = 0; i < n; i++) {
        s.cells[at - 1 + i] = above.map((c) => {
          if (!c) return undefined;
          const { v: _v, f: _f, note: _n, ...fmt } = c;
          return Object.keys(fmt).length ? structuredClone(fmt) : undefined;
        });
      }
    }
    shiftRefs(this.book, this.id, 'row', at, n);
  }
  deleteRow(rowPosition: number): G {
    return this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): G {
    const s = this._m();
    if (rowPosition < 1 || rowPosition + howMany - 1 > s.maxRows) throw new Error('Those rows are out of bounds.');
    if (howMany >= s.maxRows) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    spliceRows(s, rowPosition, howMany, 0);
    shiftRefs(this.book, this.id, 'row', rowPosition, -howMany);
    return this.g;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this._insertCols(columnIndex, numColumns);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): G {
    this._insertCols(afterPosition + 1, howMany);
    return this.g;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): G {
    this._insertCols(beforePosition, howMany);
    return this.g;
  }
  insertColumnAfter(afterPosition: number): G {
    this._insertCols(afterPosition + 1, 1);
    return this.g;
  }
  insertColumnBefore(beforePosition: number): G {
    this._insertCols(beforePosition, 1);
    return this.g;
  }
  _insertCols(at: number, n: number): void {
    const s = this._m();
    if (at < 1 || at > s.maxCols + 1) throw new Error('Those columns are out of bounds.');
    spliceCols(s, at, 0, n);
    shiftRefs(this.book, this.id, 'col', at, n);
  }
  deleteColumn(columnPosition: number): G {
    return this.deleteColumns(columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany = 1): G {
    const s = this._m();
    if (columnPosition < 1 || columnPosition + howMany - 1 > s.maxCols)
      throw new Error('Those columns are out of bounds.');
    spliceCols(s, columnPosition, howMany, 0);
    shiftRefs(this.book, this.id, 'col', columnPosition, -howMany);
    return this.g;
  }
  appendRow(rowContents: unknown[]): G {
    const s = this._m();
    const r = lastRow(s) + 1;
    if (r > s.maxRows) spliceRows(s, s.maxRows + 1, 0, r - s.maxRows);
    if (rowContents.length > s.maxCols) spliceCols(s, s.maxCols + 1, 0, rowContents.length - s.maxCols);
    if (rowContents.length) (this.range(r, 1, 1, rowContents.length) as unknown as RangeImpl).setValues([rowContents]);
    return this.g;
  }

  // ---- clearing ----
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): G {
    this._all().clear(options);
    return this.g;
  }
  clearContents(): G {
    this._all().clearContent();
    return this.g;
  }
  clearFormats(): G {
    this._all().clearFormat();
    return this.g;
  }
  clearNotes(): G {
    this._all().clearNote();
    return this.g;
  }
  _all(): RangeImpl {
    const s = this._m();
    return new RangeImpl(this.book, this.id, 1, 1, s.maxRows, s.maxCols);
  }

  // ---- frozen, hidden, sizes ----
  setFrozenRows(rows: number): void {
    const s = this._m();
    if (rows < 0 || rows >= s.maxRows) throw new Error("You can't freeze all visible rows on the sheet.");
    s.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._m().frozenRows;
  }
  setFrozenColumns(columns: number): void {
    const s = this._m();
    if (columns < 0 || columns >= s.maxCols) throw new Error("You can't freeze all visible columns on the sheet.");
    s.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this._m().frozenCols;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this._setHidden('hiddenCols', columnIndex, numColumns, true);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this._setHidden('hiddenCols', columnIndex, numColumns, false);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return !!this._m().hiddenCols[columnPosition - 1];
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this._setHidden('hiddenRows', rowIndex, numRows, true);
  }
  showRows(rowIndex: number, numRows = 1): void {
    this._setHidden('hiddenRows', rowIndex, numRows, false);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return !!this._m().hiddenRows[rowPosition - 1];
  }
  _setHidden(key: 'hiddenCols' | 'hiddenRows', start: number, n: number, hidden: boolean): void {
    const s = this._m();
    const max = key === 'hiddenCols' ? s.maxCols : s.maxRows;
    if (start < 1 || start + n - 1 > max)
      throw new Error(`Those ${key === 'hiddenCols' ? 'columns' : 'rows'} are out of bounds.`);
    for (let i = start; i < start + n; i++) s[key][i - 1] = hidden;
  }
  setColumnWidth(columnPosition: number, width: number): G {
    this._m().colWidths[columnPosition - 1] = width;
    return this.g;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): G {
    for (let i = 0; i < numColumns; i++) this._m().colWidths[startColumn - 1 + i] = width;
    return this.g;
  }
  getColumnWidth(columnPosition: number): number {
    return this._m().colWidths[columnPosition - 1] ?? DEFAULT_COL_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): G {
    this._m().rowHeights[rowPosition - 1] = height;
    return this.g;
  }
  getRowHeight(rowPosition: number): number {
    return this._m().rowHeights[rowPosition - 1] ?? DEFAULT_ROW_HEIGHT;
  }
  /** Approximates "fit to data": 7 px per character of the longest displayed value, plus padding. */
  autoResizeColumns(startColumn: number, numColumns: number): G {
    const s = this._m();
    const last = lastRow(s);
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      if (last) {
        const shown = new RangeImpl(this.book, this.id, 1, c, last, 1).getDisplayValues();
        for (const [t] of shown) longest = Math.max(longest, ...t.split('\n').map((l) => l.length));
      }
      s.colWidths[c - 1] = Math.max(20, Math.min(longest * 7 + 10, 1000));
    }
    return this.g;
  }
  autoResizeColumn(columnPosition: number): G {
    return this.autoResizeColumns(columnPosition, 1);
  }
  setTabColor(color: string | null): G {
    this._m().tabColor = normalizeColor(color) ?? null;
    return this.g;
  }
  getTabColor(): string | null {
    return this._m().tabColor;
  }
  isSheetHidden(): boolean {
    return this._m().hidden;
  }
  hideSheet(): G {
    const visible = this.book.wb.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0].id === this.id)
      throw new Error("You can't hide all the sheets in a document.");
    this._m().hidden = true;
    return this.g;
  }
  showSheet(): G {
    this._m().hidden = false;
    return this.g;
  }

  // ---- activation ----
  activate(): G {
    this.book.wb.activeSheetId = this.id;
    this._m().hidden = false;
    return this.g;
  }
  setActiveRange(range: GRange): GRange {
    const r = range as unknown as RangeImpl;
    if (r.sheetId !== this.id) throw new Error('The range must be on the sheet.');
    this._m().activeRange = r._ref();
    this.book.wb.activeSheetId = this.id;
    return range;
  }
  setActiveSelection(a: unknown): GRange {
    const r = typeof a === 'string' ? this.getRange(a) : (a as GRange);
    return this.setActiveRange(r);
  }
  getActiveRange(): GRange | null {
    const a = this._m().activeRange;
    return a ? this.range(a.row, a.col, a.numRows, a.numCols) : this.range(1, 1);
  }

  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): G {
    const target = (spreadsheet as unknown as { book: Book }).book;
    const copy = structuredClone(this._m());
    const base = `Копия ${copy.name}`;
    let name = target.wb.locale.startsWith('ru') ? base : `Copy of ${copy.name}`;
    let n = 2;
    while (target.sheetByName(name)) name = `${base} ${n++}`;
    const s = target.addSheet(name);
    Object.assign(s, { ...copy, id: s.id, name, charts: copy.charts.map((c) => ({ ...c, id: target.nextId() })) });
    for (const r of s.condRules) for (const g of r.ranges) g.sheetId = s.id;
    return target.sheetWrapper(s.id);
  }

  // ---- protection ----
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return ProtectionImpl.create(this.book, 'SHEET', this.id);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.book.wb.protections
      .filter((p) => p.sheetId === this.id && p.kind === String(type))
      .map((p) => new ProtectionImpl(this.book, p.id) as unknown as GoogleAppsScript.Spreadsheet.Protection);
  }

  // ---- conditional formats ----
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this._m().condRules = rules.map((r) => structuredClone((r as unknown as ConditionalFormatRuleImpl).model));
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this._m().condRules.map(
      (m) =>
        new ConditionalFormatRuleImpl(
          this.book,
          structuredClone(m),
        ) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
    );
  }
  clearConditionalFormatRules(): void {
    this._m().condRules = [];
  }

  // ---- charts ----
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return new EmbeddedChartBuilderImpl(this.book) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const m = structuredClone((chart as unknown as EmbeddedChartImpl).model);
    m.id = this.book.nextId();
    (chart as unknown as EmbeddedChartImpl).model.id = m.id;
    this._m().charts.push(m);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this._m().charts.map(
      (m) =>
        new EmbeddedChartImpl(this.book, structuredClone(m)) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart,
    );
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const id = (chart as unknown as EmbeddedChartImpl).model.id;
    this._m().charts = this._m().charts.filter((c) => c.id !== id);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const m = (chart as unknown as EmbeddedChartImpl).model;
    const s = this._m();
    const i = s.charts.findIndex((c) => c.id === m.id);
    if (i < 0) throw new Error('The chart does not exist on this sheet.');
    s.charts[i] = structuredClone(m);
  }
}
counted(SheetImpl, 'SpreadsheetApp', { name: 'Sheet' });

/** Named ranges, protections, conditional-format ranges and merges follow inserted/deleted rows and columns. */
function shiftRefs(book: Book, sheetId: number, axis: 'row' | 'col', at: number, delta: number): void {
  const s = book.sheet(sheetId);
  const refs = [
    ...book.wb.named.map((n) => n.range),
    ...book.wb.protections.flatMap((p) => (p.range ? [p.range] : [])),
    ...s.condRules.flatMap((r) => r.ranges),
    ...s.merges,
    ...s.charts.flatMap((c) => c.ranges),
  ].filter((g) => g.sheetId === sheetId);
  const size = axis === 'row' ? 'numRows' : 'numCols';
  for (const g of refs) {
    const start = g[axis];
    const end = start + g[size] - 1;
    if (delta > 0) {
      if (start >= at) g[axis] += delta;
      else if (end >= at) g[size] += delta;
    } else {
      const delEnd = at - delta - 1;
      const keptBefore = Math.max(0, Math.min(end, at - 1) - start + 1);
      const keptAfter = Math.max(0, end - Math.max(start, delEnd + 1) + 1);
      g[size] = Math.max(1, keptBefore + keptAfter);
      if (start > delEnd) g[axis] += delta;
      else if (start >= at) g[axis] = at;
    }
  }
}
