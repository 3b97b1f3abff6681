/**
 * What a failed Sheets batchUpdate puts back (the real one is atomic: nothing of a failed batch
 * stays). Copying the whole workbook before every batch made each call cost the size of the
 * spreadsheet — a reminder run, one small Журнал append per e-mail, was quadratic in the plan's size
 * (10,000 activities did not finish in 27 minutes). Instead: the workbook's own fields (small) are
 * copied once per batch, a sheet is copied only when a request first changes it, and an append — the
 * one request a batch makes per e-mail — records only the rows it writes into.
 */
import { lastRow, type SheetModel, type WorkbookModel } from './model';

type Undo = () => void;

/** Puts `s` back to `copy` in place: wrappers look sheets up by id, so the object stays the one in the list. */
function restoreSheet(s: SheetModel, copy: SheetModel): void {
  for (const k of Object.keys(s)) if (!(k in copy)) delete (s as unknown as Record<string, unknown>)[k];
  Object.assign(s, copy);
}

export class BatchUndo {
  private readonly top: Omit<WorkbookModel, 'sheets'>;
  private readonly sheets: SheetModel[];
  private readonly copied = new Set<SheetModel>();
  /** In the order taken; undone last first. */
  private readonly undos: Undo[] = [];

  constructor(wb: WorkbookModel) {
    const { sheets, ...rest } = wb;
    this.top = structuredClone(rest);
    this.sheets = [...sheets];
  }

  /** Before a request changes `s` in any way: a copy of it as it is now. */
  touch(s: SheetModel): void {
    if (this.copied.has(s)) return;
    this.copied.add(s);
    const copy = structuredClone(s);
    this.undos.push(() => restoreSheet(s, copy));
  }

  /**
   * Before an append of `rows` rows, none wider than the sheet (a wider one widens every row:
   * `touch` instead): the grid's size and the rows the append writes into, as they are now.
   */
  append(s: SheetModel, rows: number): void {
    if (this.copied.has(s)) return;
    const at = lastRow(s) + 1;
    const { maxRows } = s;
    const lengths = [s.cells.length, s.hiddenRows.length, s.rowHeights.length];
    // A row's cells as they were; a hole in `cells` stays a hole.
    const before = new Map<number, { row: SheetModel['cells'][number] }>();
    for (let i = at - 1; i < at - 1 + rows && i < s.cells.length; i++)
      if (i in s.cells) before.set(i, { row: structuredClone(s.cells[i]) });
    this.undos.push(() => {
      for (let i = at - 1; i < at - 1 + rows; i++) {
        const b = before.get(i);
        if (b) s.cells[i] = b.row;
        else delete s.cells[i];
      }
      [s.cells.length, s.hiddenRows.length, s.rowHeights.length] = lengths;
      s.maxRows = maxRows;
    });
  }

  /** The workbook as it was before the batch. */
  restore(): WorkbookModel {
    for (const undo of this.undos.reverse()) undo();
    return { ...this.top, sheets: this.sheets };
  }
}

/** Whether any of the rows holds a value past the sheet's last column (appendCells widens the grid). */
export function widerThan(s: SheetModel, rows: readonly { values?: unknown[] | null }[]): boolean {
  return rows.some((r) => (r.values?.length ?? 0) > s.maxCols);
}
