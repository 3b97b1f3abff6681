/**
 * A Word table as a grid placed by GRID COLUMN (`w:tblGrid`), the way Word lays it out:
 *
 * - a row starts `w:gridBefore` columns in; a cell covers `w:gridSpan` columns; `w:gridAfter`
 *   leaves columns empty at the end;
 * - every row gets one SourceCell per grid column. A spanned cell puts its text in its first column
 *   with `span`, and the columns it covers after that are empty cells (`text: ''`);
 * - a vertical merge (`w:vMerge val="restart"` then `w:vMerge` with no val or val="continue") repeats
 *   the first cell's text on every row it covers; the repeats carry `merged: true`. The merge ends at
 *   the first row that has no continuing cell at that column;
 * - a legacy horizontal merge (`w:hMerge`, older Word files) is read as a span of the first cell;
 * - rows deleted with tracked changes (`w:trPr/w:del`) are left out;
 * - cell text: its paragraphs as lines ("\n"), each trimmed, empty ones dropped; a nested table's
 *   paragraphs follow in reading order (row by row), so its text stays in the containing cell.
 */
import type { SourceCell, SourceRow, SourceTable } from '../table/source';
import { limitErrors, shown, thousands } from './limits';
import { type ReadContext, readParagraph } from './paragraph';
import { decimal, kid, val, walk, type XmlElement } from './xml';

interface CellContent {
  text: string;
  bold: boolean;
}

/** The row (`name` "tr") or cell ("tc") elements of a table or row, read through content controls. */
function parts(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  walk(el, null, (c) => {
    if (c.name === name) out.push(c);
    return undefined;
  });
  return out;
}

type Blocks = 'blocks' | 'rows' | 'cells';

/**
 * The text of a cell: its paragraphs as lines, and a nested table's paragraphs in reading order
 * (row by row, cell by cell), with bold counts. `where` names the cell for the length limit.
 */
function readCell(tc: XmlElement, ctx: ReadContext, where: () => [number, number, number]): CellContent {
  const lines: string[] = [];
  let chars = -1;
  let bold = 0;
  let plain = 0;
  const { budget } = ctx;
  walk<Blocks>(tc, 'blocks', (c, mode) => {
    if (mode === 'blocks') {
      if (c.name === 'p') {
        const p = readParagraph(c, ctx);
        bold += p.boldChars;
        plain += p.plainChars;
        for (const line of p.text.split('\n')) {
          const t = line.trim();
          if (!t) continue;
          chars += t.length + 1;
          if (chars > budget.limits.maxCellChars) throw limitErrors.cellTooLong(...where(), budget.limits.maxCellChars);
          budget.lines(1);
          lines.push(t);
        }
        return undefined;
      }
      return c.name === 'tbl' ? 'rows' : undefined;
    }
    if (mode === 'rows') return c.name === 'tr' ? 'cells' : undefined;
    return c.name === 'tc' ? 'blocks' : undefined;
  });
  return { text: lines.join('\n'), bold: bold > 0 && plain === 0 };
}

/**
 * Reads one body table (`index`: its 1-based number, for messages). Grid values are bounded, each
 * clamp a warning: a gridSpan larger than the whole grid spans the columns left from where the
 * cell starts; a gridBefore past the grid starts the row at its last column; a grid of more than
 * `maxColumns` columns is not used. A span up to the grid's width that runs past its end is kept
 * (ECMA-376 §17.4.17: "the table grid shall be augmented"). A row wider than `maxColumns`, too
 * many rows or a cell too long is a UserError.
 */
export function readTable(tbl: XmlElement, ctx: ReadContext, index = 1): SourceTable {
  const { budget } = ctx;
  const { maxColumns, maxCellChars } = budget.limits;
  let gridCols = 0;
  for (const c of kid(tbl, 'tblGrid')?.children ?? []) if (typeof c !== 'string' && c.name === 'gridCol') gridCols++;
  if (gridCols > maxColumns) {
    budget.warn({
      code: 'docx-grid-ignored',
      message: `Таблица ${index}: в её сетке ${thousands(gridCols)} столбцов (в Word — не больше ${maxColumns}); столбцы взяты по строкам.`,
      en: `Table ${index}: its grid has ${gridCols} columns (Word: at most ${maxColumns}); columns taken from the rows.`,
    });
    gridCols = 0;
  }
  // How far a cell may reach: the grid, or (no usable grid) the widest table Word makes.
  const cap = gridCols || maxColumns;
  const rows: SourceRow[] = [];
  // Open vertical merges by their first grid column.
  let open = new Map<number, CellContent>();
  for (const tr of parts(tbl, 'tr')) {
    const trPr = kid(tr, 'trPr');
    if (kid(trPr, 'del')) continue;
    budget.row();
    const line = rows.length + 1;
    const cells: SourceCell[] = [];
    const next = new Map<number, CellContent>();
    // gridAfter is not read: every row is filled with empty cells to the table's width anyway.
    const beforeRaw = val(trPr, 'gridBefore');
    let col = Math.max(0, decimal(beforeRaw) ?? 0);
    if (col > cap - 1) {
      budget.warn({
        code: 'docx-before-clamped',
        message: `Таблица ${index}, строка ${line}: пропуск ${shown(beforeRaw ?? '')} столбцов в начале строки, а в таблице их ${cap} — прочитано как ${cap - 1}.`,
        en: `Table ${index}, row ${line}: the row skips ${shown(beforeRaw ?? '')} columns, but the table has ${cap}; read as ${cap - 1}.`,
      });
      col = cap - 1;
    }
    let lastStart = -1;
    for (const tc of parts(tr, 'tc')) {
      if (col >= maxColumns) throw limitErrors.tooWide(index, line, maxColumns);
      const tcPr = kid(tc, 'tcPr');
      const spanRaw = val(tcPr, 'gridSpan');
      let span = Math.max(1, decimal(spanRaw) ?? 1);
      if (span > cap) {
        span = Math.max(1, cap - col);
        budget.warn({
          code: 'docx-span-clamped',
          message: `Таблица ${index}, строка ${line}: ячейка объединяет ${shown(spanRaw ?? '')} столбцов, а в таблице их ${cap} — прочитано как ${span}.`,
          en: `Table ${index}, row ${line}: a cell spans ${shown(spanRaw ?? '')} columns, but the table has ${cap}; read as ${span}.`,
        });
      }
      if (col + span > maxColumns) throw limitErrors.tooWide(index, line, maxColumns);
      const vMerge = kid(tcPr, 'vMerge');
      const own = readCell(tc, ctx, () => [index, line, col + 1]);
      const hMerge = kid(tcPr, 'hMerge');
      if (hMerge && hMerge.attrs.val !== 'restart' && lastStart >= 0) {
        // Legacy horizontal merge (older Word files): this cell widens the one before it.
        const prev = cells[lastStart];
        if (own.text) prev.text = prev.text ? `${prev.text}\n${own.text}` : own.text;
        budget.text(own.text.length);
        if (prev.text.length > maxCellChars) throw limitErrors.cellTooLong(index, line, lastStart + 1, maxCellChars);
        prev.span = (prev.span ?? 1) + span;
        for (let k = 0; k < span; k++) cells[col + k] = { text: '' };
        col += span;
        continue;
      }
      let cell: SourceCell;
      const first = vMerge && vMerge.attrs.val !== 'restart' ? open.get(col) : undefined;
      if (first) {
        // Word hides a continuing cell's own content; keep it anyway rather than lose text.
        const text = own.text ? (first.text ? `${first.text}\n${own.text}` : own.text) : first.text;
        if (text.length > maxCellChars) throw limitErrors.cellTooLong(index, line, col + 1, maxCellChars);
        cell = { text, merged: true };
        if (first.bold) cell.bold = true;
        next.set(col, { text, bold: first.bold });
      } else {
        cell = { text: own.text };
        if (own.bold) cell.bold = true;
        if (vMerge) next.set(col, own);
      }
      budget.text(cell.text.length);
      if (span > 1) cell.span = span;
      cells[col] = cell;
      lastStart = col;
      for (let k = 1; k < span; k++) cells[col + k] = { text: '' };
      col += span;
    }
    open = next;
    rows.push({ cells, line });
  }
  let width = gridCols;
  for (const r of rows) if (r.cells.length > width) width = r.cells.length;
  for (const r of rows) for (let k = 0; k < width; k++) if (!r.cells[k]) r.cells[k] = { text: '' };
  return { rows };
}
