/**
 * From the reader's tables to rows placed under the plan's columns: header detection, cells that
 * span several grid columns, rows shifted by a column, lines continued after a page break.
 * Every text that cannot be placed is handed back in `unplaced` (it goes to `unrecognized`).
 */
import type { SourceCell, SourceDocument } from '../table/source';
import { alignRow, rescueDeadlineColumn, rescueSubItemColumn } from './align';
import { type Column, type ColumnRole, columnsFromHeader, isColumnNumberRow, isHeaderRow } from './columns';

export interface GridColumn extends Column {
  /** The column whose header covers this one (a header cell spanning two columns): its texts join it. */
  owner: number;
}

export interface PlacedRow {
  columns: GridColumn[];
  cells: SourceCell[];
  overflow: string[];
  line?: number;
  /** Russian notes on texts moved between columns, shown as warnings. */
  notes: string[];
}

export interface Placed {
  rows: PlacedRow[];
  unplaced: string[];
  /** Header rows found, in order (for the preview). */
  headers: GridColumn[][];
}

/**
 * The reader places cells by grid column: a cell spanning N columns is followed by N-1 empty cells
 * (docs/docx.md). A header cell spanning two columns owns both: texts under it are joined.
 */
function headerColumns(cells: SourceCell[]): GridColumn[] {
  const owners = cells.map((_, i) => i);
  cells.forEach((c, i) => {
    for (let k = 1; k < (c.span ?? 1) && i + k < cells.length; k++) if (!cells[i + k].text) owners[i + k] = i;
  });
  const base = columnsFromHeader(cells.map((c) => c.text));
  return base.map((col, i) => {
    const owner = owners[i];
    return owner === i ? { ...col, owner } : { ...col, role: base[owner].role, header: base[owner].header, owner };
  });
}

const texts = (cells: SourceCell[]) => cells.map((c) => c.text);
const filledMask = (cells: SourceCell[]) => cells.map((c) => c.text !== '');

function join(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return `${a} ${b}`;
}

/** A continuation line completes the row above cell by cell. */
function mergeInto(prev: PlacedRow, next: { cells: SourceCell[]; overflow: string[] }): void {
  prev.cells = prev.cells.map((c, i) => {
    const add = next.cells[i]?.text ?? '';
    return add ? { ...c, text: join(c.text, add), merged: c.text ? c.merged : false } : c;
  });
  prev.overflow.push(...next.overflow);
}

/**
 * A table without a header continues the plan (Word splits a long plan into two tables) when it has
 * about as many columns and does not open with a bold row of its own headers ("Название учреждения |
 * Виды помощи | Адрес" in an appendix is another table).
 */
function continues(grid: { cells: SourceCell[] }[], columns: GridColumn[]): boolean {
  const width = Math.max(0, ...grid.map((r) => r.cells.length));
  if (Math.abs(width - columns.length) > 1) return false;
  const first = grid.find((r) => r.cells.some((c) => c.text))?.cells.filter((c) => c.text) ?? [];
  return !(first.length >= 2 && first.every((c) => c.bold));
}

/**
 * Rows under their columns. A table without a header continues the columns of the table before it
 * (a plan split over two tables); a table without a header before any plan table is not the plan,
 * and its texts go to `unplaced`.
 */
export function placeRows(doc: SourceDocument): Placed {
  const rows: PlacedRow[] = [];
  const unplaced: string[] = [];
  const headers: GridColumn[][] = [];
  let columns: GridColumn[] | null = null;
  /** Whether the table just before was part of the plan: only then may a headerless table continue it. */
  let planBefore = false;
  for (const table of doc.tables) {
    const grid = table.rows;
    const h = grid.findIndex((r, i) => i < 15 && isHeaderRow(texts(r.cells)));
    let start = 0;
    if (h >= 0) {
      columns = headerColumns(table.rows[h].cells);
      headers.push(columns);
      for (const r of grid.slice(0, h)) unplaced.push(...texts(r.cells).filter((t) => t));
      start = h + 1;
    } else if (!columns || !planBefore || !continues(grid, columns)) {
      for (const r of grid) unplaced.push(...texts(r.cells).filter((t) => t));
      planBefore = false;
      continue;
    }
    planBefore = true;
    const cols = columns;
    const headerKey = cols.map((c) => c.header).join('\t');
    let prev: PlacedRow | null = null;
    // The deadline-column check runs on the finished row, after any continuation line joined it.
    const finish = (row: PlacedRow) => {
      const fixed = rescueSubItemColumn(rescueDeadlineColumn({ cells: row.cells, overflow: row.overflow }, cols), cols);
      row.cells = fixed.cells;
      for (const m of fixed.moved ?? []) {
        row.notes.push(
          cols[m.to].role === 'title'
            ? `Строка ${row.line ?? '?'}: пункт «${m.text}» стоял в столбце «${cols[m.from].header}» — он перенесён в столбец «${cols[m.to].header}».`
            : `Строка ${row.line ?? '?'}: текст «${m.text}» в столбце «${cols[m.from].header}» не похож на срок — он перенесён в столбец «${cols[m.to].header}».`,
        );
      }
    };
    for (const r of grid.slice(start)) {
      const t = texts(r.cells);
      if (t.every((x) => !x)) continue;
      if (isColumnNumberRow(t)) {
        unplaced.push(t.filter((x) => x).join(' '));
        continue;
      }
      if (t.join('\t') === headerKey) continue; // the header repeated on the next page: its words are in `columns`
      const aligned = alignRow(r.cells, cols, r.continuation && prev ? filledMask(prev.cells) : null);
      if (r.continuation && prev) {
        mergeInto(prev, aligned);
        continue;
      }
      if (prev) finish(prev);
      prev = { columns: cols, cells: aligned.cells, overflow: aligned.overflow, line: r.line, notes: [] };
      rows.push(prev);
    }
    if (prev) finish(prev);
  }
  return { rows, unplaced, headers };
}

/** The owner column of the first column with a role, or -1. */
export function columnOf(columns: GridColumn[], role: ColumnRole): number {
  const c = columns.find((x) => x.role === role && x.owner === x.index);
  return c ? c.index : -1;
}

/** Text of an owner column, joined with the columns its header covers. */
export function cellText(row: PlacedRow, owner: number): string {
  if (owner < 0) return '';
  return row.columns
    .filter((c) => c.owner === owner)
    .map((c) => row.cells[c.index]?.text ?? '')
    .filter((t) => t)
    .join(' ');
}

/** True when the column's text came from a vertically merged Word cell (a certain copy). */
export function cellMerged(row: PlacedRow, owner: number): boolean {
  if (owner < 0) return false;
  const cells = row.columns.filter((c) => c.owner === owner).map((c) => row.cells[c.index]);
  const filled = cells.filter((c) => c?.text);
  return filled.length > 0 && filled.every((c) => c.merged);
}

export function cellBold(row: PlacedRow, owner: number): boolean {
  if (owner < 0) return false;
  const cells = row.columns.filter((c) => c.owner === owner).map((c) => row.cells[c.index]);
  const filled = cells.filter((c) => c?.text);
  return filled.length > 0 && filled.every((c) => c.bold);
}
