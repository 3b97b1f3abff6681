/**
 * What a person does in the Sheets window that is not a script call: choosing a tab, selecting
 * cells, pasting a block. Scripts see the result through getActiveSheet / getActiveRange, and a
 * paste fires the edit triggers once for the whole pasted range, as typing into one cell does
 * (developers.google.com/apps-script/guides/triggers/events, "Edit": `range` is "the cell or range
 * of cells that were edited"; `value` and `oldValue` are "only available if the edited range is a
 * single cell"). None of this is counted as a service call: the person did it, not the script.
 */
import { type A1Ref, parseA1, toA1 } from './a1';
import type { Emulator, Handlers } from './index';
import { spliceCols, spliceRows } from './model';

/** The person clicks a sheet's tab: it becomes the active sheet (a hidden sheet has no tab). */
export function userSelectSheet(emu: Emulator, name: string): void {
  const s = emu.book.sheetByName(name);
  if (!s) throw new Error(`No sheet "${name}"`);
  if (s.hidden) throw new Error(`The sheet "${name}" is hidden: it has no tab to click`);
  emu.book.wb.activeSheetId = s.id;
}

/** The person selects cells (`"B3"`, `"B3:D7"`) on a sheet, which becomes the active sheet. */
export function userSelectRange(emu: Emulator, sheet: string, a1: string): void {
  userSelectSheet(emu, sheet);
  const s = emu.book.sheetByName(sheet)!;
  const r = parseA1(a1, s.maxRows, s.maxCols);
  s.activeRange = { sheetId: s.id, row: r.row, col: r.col, numRows: r.numRows!, numCols: r.numCols! };
}

/** The active sheet and its selected range in A1 (`A1` when nothing was selected), as getActiveRange sees them. */
export function activeSelection(emu: Emulator): { sheet: string; a1: string } {
  const wb = emu.book.wb;
  const s = wb.sheets.find((x) => x.id === wb.activeSheetId) ?? wb.sheets[0];
  const a = s.activeRange;
  return { sheet: s.name, a1: a ? toA1(a.row, a.col, a.numRows, a.numCols) : 'A1' };
}

/**
 * A value typed into one cell, or a pasted block (one value per cell of `ref`): the value that
 * goes into the cell `i` rows and `j` columns from the range's first cell. A block of the wrong
 * shape is refused before anything is written.
 */
export function typedValueAt(value: unknown, ref: A1Ref): (i: number, j: number) => unknown {
  if (!Array.isArray(value)) return () => value;
  const rows = value as unknown[][];
  if (rows.length !== ref.numRows || rows.some((r) => !Array.isArray(r) || r.length !== ref.numCols))
    throw new Error(`userEdit: a pasted block must be ${ref.numRows} × ${ref.numCols}`);
  return (i, j) => rows[i][j];
}

/**
 * The person pastes a block of text (rows of cells, as copied from Word or another sheet) with
 * its top-left corner at `a1`: every cell is stored as typed, the pasted range becomes the
 * selection, and the edit triggers fire once with that range. The sheet grows to fit, as Sheets
 * adds rows and columns for a paste. Returns false when strict validation refused a cell.
 */
export function userPaste(
  emu: Emulator,
  sheet: string,
  a1: string,
  rows: string[][],
  handlers: Handlers = {},
  opts: { user?: string } = {},
): boolean {
  const s = emu.book.sheetByName(sheet);
  if (!s) throw new Error(`No sheet "${sheet}"`);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const block = rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
  if (!block.length) return true;
  const at = parseA1(a1, s.maxRows, s.maxCols);
  const lastRow = at.row + block.length - 1;
  const lastCol = at.col + width - 1;
  if (lastRow > s.maxRows) spliceRows(s, s.maxRows + 1, 0, lastRow - s.maxRows);
  if (lastCol > s.maxCols) spliceCols(s, s.maxCols + 1, 0, lastCol - s.maxCols);
  const range = toA1(at.row, at.col, block.length, width);
  userSelectRange(emu, sheet, range);
  return emu.userEdit(sheet, range, block.length === 1 && width === 1 ? block[0][0] : block, handlers, opts);
}
