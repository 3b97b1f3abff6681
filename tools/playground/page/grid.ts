/**
 * A sheet as Google Sheets draws it: which text goes in which cell, how it is aligned, where it
 * may run over its neighbours, merged and hidden cells, frozen panes, colours. `drawGrid` is the
 * pure part (tested cell by cell against the emulator's display values); `renderGrid` turns it
 * into the page's table.
 */

import { h } from '../../../src/ui/dom';
import { columnToLetters, parseA1 } from '../../emulator/a1';
import type { SheetSnapshot } from '../../emulator/snapshot';

export type Align = 'left' | 'center' | 'right';

export interface DrawnCell {
  /** 0-based row and column in the sheet. */
  r: number;
  c: number;
  text: string;
  rowSpan: number;
  /** Visible columns the cell covers (a merge over a hidden column spans one fewer). */
  colSpan: number;
  align: Align;
  wrap: boolean;
  /**
   * Text that may run over the empty cells to its right: the pixels it may use, up to the next
   * filled cell. Only left-aligned text that is not wrapped does: Sheets never lets a number or a
   * date overflow (it stays in its column, right-aligned).
   */
  spillPx: number | null;
  background: string | null;
  color: string | null;
  bold: boolean;
  italic: boolean;
  note: string;
  /** The drop-down's values, when the cell has a list validation. */
  list: string[] | null;
}

export interface DrawnRow {
  r: number;
  hidden: boolean;
  cells: DrawnCell[];
}

export interface DrawnGrid {
  /** Sheet column indexes (0-based) that are drawn, in order: hidden columns are left out. */
  columns: number[];
  widths: number[];
  rows: DrawnRow[];
  frozenRows: number;
  frozenColumns: number;
  /** All rows of the sheet, when more than were drawn. */
  totalRows: number;
}

export const ROW_LIMIT = 1500;
export const DEFAULT_WIDTH = 100;

export const letters = (c: number) => columnToLetters(c + 1);
export const a1Of = (r: number, c: number) => `${letters(c)}${r + 1}`;

/** Sheets' automatic alignment: numbers (dates too) to the right, TRUE/FALSE centred, text to the left. */
export function alignOf(raw: unknown, explicit: string | null | undefined): Align {
  const a = String(explicit ?? '').toLowerCase();
  if (a === 'left' || a === 'center' || a === 'right') return a;
  if (typeof raw === 'number') return 'right';
  if (typeof raw === 'boolean') return 'center';
  return 'left';
}

interface Merges {
  /** "r:c" of a merge's first cell → its size in sheet rows and columns. */
  span: Map<string, { rows: number; cols: number }>;
  covered: Set<string>;
}

function merges(s: SheetSnapshot): Merges {
  const span = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of s.merges ?? []) {
    const g = parseA1(m, s.maxRows, s.maxColumns);
    const rows = g.numRows ?? 1;
    const cols = g.numCols ?? 1;
    span.set(`${g.row - 1}:${g.col - 1}`, { rows, cols });
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) if (i || j) covered.add(`${g.row - 1 + i}:${g.col - 1 + j}`);
  }
  return { span, covered };
}

/**
 * Rows and columns drawn past the last filled cell (Sheets shows the whole grid; the page shows
 * a margin of it, so there is room to type a new row or column).
 */
export const MARGIN = { rows: 5, columns: 2, minRows: 20, minColumns: 8 };

export function drawGrid(s: SheetSnapshot, limit = ROW_LIMIT): DrawnGrid {
  const shown = s.displayValues ?? [];
  const used = Math.max(s.columns || 0, ...shown.map((r) => r.length));
  const ncol = Math.min(s.maxColumns, Math.max(used + MARGIN.columns, MARGIN.minColumns));
  const nrow = Math.min(s.maxRows, Math.max(shown.length + MARGIN.rows, MARGIN.minRows), limit);
  const hidden = (c: number) => !!s.hiddenColumns?.[c];
  const width = (c: number) => s.columnWidths?.[c] || DEFAULT_WIDTH;
  const text = (r: number, c: number) => shown[r]?.[c] ?? '';
  const columns = Array.from({ length: ncol }, (_, c) => c).filter((c) => !hidden(c));
  const { span, covered } = merges(s);
  const rows: DrawnRow[] = Array.from({ length: nrow }, (_, r) => {
    const cells: DrawnCell[] = [];
    for (const c of columns) {
      const key = `${r}:${c}`;
      if (covered.has(key)) continue;
      const m = span.get(key);
      const raw = s.values?.[r]?.[c];
      const t = text(r, c);
      const wrap = s.wraps?.[r]?.[c] === 'WRAP';
      const align = alignOf(raw, s.horizontalAlignments?.[r]?.[c]);
      let spillPx: number | null = null;
      if (t && !m && !wrap && align === 'left' && s.wraps?.[r]?.[c] !== 'CLIP' && typeof raw === 'string') {
        let w = width(c);
        let k = c + 1;
        for (; k < ncol && !text(r, k) && !covered.has(`${r}:${k}`) && !span.has(`${r}:${k}`); k++)
          if (!hidden(k)) w += width(k);
        if (k > c + 1) spillPx = w;
      }
      const dv = s.dataValidations?.[r]?.[c];
      cells.push({
        r,
        c,
        text: t,
        rowSpan: m?.rows ?? 1,
        colSpan: m ? Array.from({ length: m.cols }, (_, j) => c + j).filter((j) => !hidden(j)).length : 1,
        align,
        wrap,
        spillPx,
        background: s.backgrounds?.[r]?.[c] ?? null,
        color: s.fontColors?.[r]?.[c] ?? null,
        bold: s.fontWeights?.[r]?.[c] === 'bold',
        italic: s.fontStyles?.[r]?.[c] === 'italic',
        note: s.notes?.[r]?.[c] ?? '',
        list: dv?.type === 'VALUE_IN_LIST' ? dv.values.map(String) : null,
      });
    }
    return { r, hidden: !!s.hiddenRows?.[r], cells };
  });
  return {
    columns,
    widths: columns.map(width),
    rows,
    frozenRows: Math.min(s.frozenRows || 0, nrow),
    frozenColumns: s.frozenColumns || 0,
    totalRows: shown.length,
  };
}

// ---------------- DOM ----------------

const ROW_HEADER_PX = 40;

const isWhite = (c: string | null) => !c || /^#?f{6}$/i.test(c);
const isBlack = (c: string | null) => !c || /^#?0{6}$/i.test(c);

/** The sheet as a table inside `container` (emptied first). */
export function renderGrid(container: HTMLElement, s: SheetSnapshot): HTMLTableElement {
  container.replaceChildren();
  const g = drawGrid(s);
  const table = h('table', { class: 'sheet', 'data-sheet': s.name });
  const cg = h('colgroup');
  cg.append(h('col', { style: `width:${ROW_HEADER_PX}px` }));
  for (const w of g.widths) cg.append(h('col', { style: `width:${w}px` }));
  table.style.width = `${ROW_HEADER_PX + g.widths.reduce((a, b) => a + b, 0)}px`;
  table.append(cg);
  const head = h('tr');
  head.append(h('th', { class: 'rn' }, ''));
  const lefts = new Map<number, number>();
  let left = ROW_HEADER_PX;
  g.columns.forEach((c, i) => {
    lefts.set(c, left);
    left += g.widths[i];
  });
  for (const c of g.columns) {
    const th = h('th', { 'data-c': String(c) }, letters(c));
    if (c > 0 && s.hiddenColumns?.[c - 1]) {
      th.className = 'hid-left';
      th.title = `слева скрыт столбец ${letters(c - 1)}`;
    }
    // A frozen column's letter stays above it when the sheet scrolls sideways, as its cells do.
    if (c < g.frozenColumns) {
      th.classList.add('frozen-col');
      th.style.left = `${lefts.get(c)}px`;
    }
    head.append(th);
  }
  const thead = h('thead');
  thead.append(head);
  table.append(thead);
  const body = h('tbody');
  table.append(body);
  for (const row of g.rows) {
    const tr = h('tr', { 'data-r': String(row.r) });
    tr.append(h('td', { class: 'rn' }, String(row.r + 1)));
    if (row.r < g.frozenRows) tr.className = `frozen${row.r === g.frozenRows - 1 ? ' frozen-last' : ''}`;
    if (row.hidden) tr.style.display = 'none';
    for (const cell of row.cells) {
      const td = h('td', { 'data-r': String(row.r), 'data-c': String(cell.c) });
      const cls: string[] = [];
      if (cell.rowSpan > 1) td.rowSpan = cell.rowSpan;
      if (cell.colSpan > 1) td.colSpan = cell.colSpan;
      if (cell.spillPx !== null) {
        cls.push('spill');
        td.append(h('span', { class: 'spill-text', style: `width:${cell.spillPx - 9}px` }, cell.text));
      } else td.textContent = cell.text;
      if (cell.wrap) cls.push('wrap');
      td.style.textAlign = cell.align;
      if (!isWhite(cell.background)) td.style.backgroundColor = cell.background!;
      if (!isBlack(cell.color)) td.style.color = cell.color!;
      if (cell.bold) td.style.fontWeight = 'bold';
      if (cell.italic) td.style.fontStyle = 'italic';
      if (cell.note) {
        td.title = cell.note;
        cls.push('note');
      }
      if (cell.list) td.dataset.list = JSON.stringify(cell.list);
      if (cell.c < g.frozenColumns) {
        cls.push('frozen-col');
        if (cell.c === g.frozenColumns - 1) cls.push('frozen-col-last');
        td.style.left = `${lefts.get(cell.c)}px`;
      }
      if (cls.length) td.className = cls.join(' ');
      tr.append(td);
    }
    body.append(tr);
  }
  container.append(table);
  if (g.totalRows > g.rows.length)
    container.append(
      h(
        'div',
        { class: 'empty more' },
        `Показаны первые ${g.rows.length} строк из ${g.totalRows}; все строки — в .xlsx.`,
      ),
    );
  // Frozen rows stay in place while scrolling, as in Sheets.
  let top = head.getBoundingClientRect().height;
  for (const tr of Array.from(body.querySelectorAll<HTMLTableRowElement>('tr.frozen'))) {
    for (const td of Array.from(tr.children)) (td as HTMLElement).style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
  return table;
}

/** Where a cell's top-left corner is inside the grid's scrolling box (for charts anchored to it). */
export function cellOrigin(table: HTMLTableElement, r: number, c: number): { left: number; top: number } {
  const th = table.querySelector<HTMLElement>(`thead th[data-c="${c}"]`);
  const tr = table.querySelector<HTMLElement>(`tbody tr[data-r="${r}"]`);
  const lastTh = table.querySelector<HTMLElement>('thead th:last-child');
  const lastTr = table.querySelector<HTMLElement>('tbody tr:last-child');
  return {
    left: th ? th.offsetLeft : lastTh ? lastTh.offsetLeft + lastTh.offsetWidth : 0,
    top: tr ? tr.offsetTop : lastTr ? lastTr.offsetTop + lastTr.offsetHeight : 0,
  };
}
