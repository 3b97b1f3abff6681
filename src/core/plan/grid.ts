/**
 * Stage 2 of the import: from the reader's tables to the plan's grids. Finds each table's header
 * row (or says there is none), drops the rows that only repeat the header (a header repeated on
 * the next page, a row of column numbers "1 2 3 4"), splits a table where a new header row starts
 * another table, joins a headerless table to the plan table before it when it continues it, and
 * hands every text that belongs to no plan table back in `unplaced` (it goes to `unrecognized`).
 */
import type { SourceCell, SourceDocument, SourceRow } from '../table/source';
import { isColumnNumberRow, isHeaderRow } from './columns';
import { isNumberCell } from './evidence';

export interface GridTable {
  /** The header row's cells, or null: a table with no recognisable header row. */
  header: SourceCell[] | null;
  /** Body rows, in document order. */
  rows: SourceRow[];
  /** Grid columns: the header's cells, else the most common row width. */
  width: number;
  /** The owner of each grid column: a header cell spanning two columns owns both. */
  owners: number[];
}

export interface Grid {
  tables: GridTable[];
  unplaced: string[];
}

/** A header row is looked for among the first rows of a table only: further down it is a new table's. */
const HEADER_WITHIN = 15;

const texts = (cells: SourceCell[]) => cells.map((c) => c.text);
/** Data rows carry numbers and dates; a header row further down the table rarely does (a cheap test first). */
const hasDigit = (t: string[]) => t.some((x) => /\d/.test(x));
const filledCount = (cells: SourceCell[]) => {
  let n = 0;
  for (const c of cells) if (c.text !== '') n++;
  return n;
};

/**
 * The reader places cells by grid column: a cell spanning N columns is followed by N-1 empty cells
 * (docs/docx.md). A header cell spanning two columns owns both: texts under it are joined.
 */
function ownersOf(header: SourceCell[]): number[] {
  const owners = header.map((_, i) => i);
  header.forEach((c, i) => {
    for (let k = 1; k < (c.span ?? 1) && i + k < header.length; k++) if (!header[i + k].text) owners[i + k] = i;
  });
  return owners;
}

/** The most common width of the rows that hold two texts or more (the longer on a tie). */
export function commonWidth(rows: readonly SourceRow[]): number {
  const count = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const r of rows) {
    if (filledCount(r.cells) < 2) continue;
    const w = r.cells.length;
    const n = (count.get(w) ?? 0) + 1;
    count.set(w, n);
    if (n > bestCount || (n === bestCount && w > best)) {
      best = w;
      bestCount = n;
    }
  }
  if (best) return best;
  let widest = 0;
  for (const r of rows) widest = Math.max(widest, r.cells.length);
  return widest;
}

function headerTable(header: SourceCell[]): GridTable {
  return { header: [...header], rows: [], width: header.length, owners: ownersOf(header) };
}

function headerless(rows: SourceRow[]): GridTable {
  const width = commonWidth(rows);
  return { header: null, rows, width, owners: Array.from({ length: width }, (_, i) => i) };
}

/**
 * A table without a header continues the plan (Word splits a long plan into two tables) when it has
 * about as many columns and does not open with a bold row of its own headers ("Название учреждения |
 * Виды помощи | Адрес" in an appendix is another table).
 */
function continues(rows: SourceRow[], plan: GridTable): boolean {
  let width = 0;
  for (const r of rows) width = Math.max(width, r.cells.length);
  if (Math.abs(width - plan.width) > 1) return false;
  const first = rows.find((r) => r.cells.some((c) => c.text))?.cells.filter((c) => c.text) ?? [];
  return !(first.length >= 2 && first.every((c) => c.bold));
}

/**
 * A header one cell narrower than the rows under it has a column without a header cell: the №
 * column when the rows' first cells are numbers («Содержание работы | Сроки | Ответственные» over
 * «1 | Работа с документацией | Август | Руководитель музея»), else a last column. The header gets
 * an empty cell there, so every text lands under its own column.
 */
function widenHeader(t: GridTable): void {
  const header = t.header!;
  if (commonWidth(t.rows) !== header.length + 1) return;
  let rows = 0;
  let numbered = 0;
  for (const r of t.rows) {
    if (r.cells.length !== header.length + 1 || !r.cells[0].text) continue;
    rows++;
    if (isNumberCell(r.cells[0].text)) numbered++;
  }
  const left = rows > 0 && numbered * 10 >= rows * 6;
  t.header = left ? [{ text: '' }, ...header] : [...header, { text: '' }];
  t.width = t.header.length;
  t.owners = left ? [0, ...t.owners.map((o) => o + 1)] : [...t.owners, t.owners.length];
}

export function readGrid(doc: SourceDocument): Grid {
  const tables: GridTable[] = [];
  const unplaced: string[] = [];
  const keep = (r: SourceRow) => {
    for (const t of texts(r.cells)) if (t) unplaced.push(t);
  };
  /** Whether the table just before was part of the plan: only then may a headerless table continue it. */
  let planBefore = false;
  for (const source of doc.tables) {
    const rows = source.rows;
    let h = -1;
    for (let i = 0; i < rows.length && i < HEADER_WITHIN; i++) {
      if (isHeaderRow(texts(rows[i].cells))) {
        h = i;
        break;
      }
    }
    let current: GridTable;
    if (h >= 0) {
      for (let i = 0; i < h; i++) keep(rows[i]);
      current = headerTable(rows[h].cells);
      tables.push(current);
    } else if (!tables.length) {
      // No header anywhere near the top, and no plan table yet: the table is the plan, its columns
      // are read from their content (roles.ts) and the import says so.
      current = headerless([]);
      tables.push(current);
    } else if (planBefore && continues(rows, tables[tables.length - 1])) {
      current = tables[tables.length - 1];
    } else {
      for (const r of rows) keep(r);
      planBefore = false;
      continue;
    }
    planBefore = true;
    let headerKey = current.header ? texts(current.header).join('\t') : null;
    for (let i = h + 1; i < rows.length; i++) {
      const r = rows[i];
      const t = texts(r.cells);
      if (filledCount(r.cells) === 0) continue;
      if (isColumnNumberRow(t)) {
        unplaced.push(t.filter((x) => x).join(' '));
        continue;
      }
      const key = t.join('\t');
      if (key === headerKey) continue; // the header repeated on the next page: its words are in the columns
      if (r.tail && current.header && !current.rows.length && /^[a-zа-яё]/.test(t[0] ?? '')) {
        // the header's last cell goes on under it ("Ответственный" / "исполнитель")
        const last = current.header.length - 1;
        current.header[last] = { ...current.header[last], text: `${current.header[last].text}\n${t[0]}` };
        headerKey = texts(current.header).join('\t');
        continue;
      }
      if (i > h + 1 && filledCount(r.cells) >= 2 && !hasDigit(t) && isHeaderRow(t)) {
        // A new header row: another table follows in the same grid (two tables pasted together).
        current = headerTable(r.cells);
        tables.push(current);
        headerKey = key;
        continue;
      }
      current.rows.push(r);
    }
  }
  for (const t of tables) {
    if (t.header) {
      widenHeader(t);
      continue;
    }
    const fresh = headerless(t.rows);
    t.width = fresh.width;
    t.owners = fresh.owners;
  }
  return { tables: tables.filter((t) => t.header || t.rows.length), unplaced };
}
