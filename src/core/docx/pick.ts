/**
 * Which of a document's tables is the plan, and which later tables continue it.
 *
 * Word documents often hold more than the plan (an approval block laid out as a table, appendices,
 * questionnaires), and a plan is sometimes split into several tables (an office suite writes a new
 * table where the column grid changes). The rule:
 *
 * 1. The plan is the first table with a header row (`isHeaderRow`: it names the activity, deadline
 *    or responsible column) among its first three rows; when no table has one, the table with the
 *    most rows.
 * 2. The next table continues the plan when (a) at most one short line stands between them (up to 100
 *    characters, a section title, not "Приложение …"), (b) its first row is not a header row,
 *    and (c) its columns fit: the same number of grid columns, or most of its rows have as many
 *    cells (counting a spanned cell once) as the plan's header row. Then the one after it, and so on.
 * 3. A joined table's rows are re-laid onto the plan's columns: a row with as many cells as the
 *    header gets one per column; a single filled cell becomes a heading row (text in the first
 *    column, `span` over all); otherwise cells keep their grid places when the grids are equal, or
 *    fill the columns in order with any overflow joined into the last one (no text is lost).
 *    Lines standing between two joined tables become a heading row of their own.
 * 4. `before` = the document's `before` plus the lines (cells, then paragraphs) of the tables ahead
 *    of the plan — an approval block laid out as a table belongs to the preamble. `after` = the
 *    paragraphs after the plan up to the next table that is not part of it (appendices are left out).
 */
import { isHeaderRow } from '../plan/columns';
import type { SourceCell, SourceDocument, SourceRow, SourceTable } from '../table/source';

/** A row's cells as written in the document: a spanned cell once, the columns it covers skipped. */
function logicalCells(row: SourceRow): SourceCell[] {
  const out: SourceCell[] = [];
  for (let i = 0; i < row.cells.length; i += row.cells[i].span ?? 1) out.push(row.cells[i]);
  return out;
}

const texts = (row: SourceRow) => logicalCells(row).map((c) => c.text);
const filled = (row: SourceRow) => row.cells.filter((c) => c.text.trim() !== '');

function headerIndex(t: SourceTable): number {
  return t.rows.slice(0, 3).findIndex((r) => isHeaderRow(texts(r)));
}

/** Appends every item of `items` (no `push(...items)`: a spread of a long array overflows the stack). */
function append<T>(out: T[], items: readonly T[]): void {
  for (const x of items) out.push(x);
}

function tableLines(t: SourceTable, out: string[]): void {
  append(out, t.between ?? []);
  for (const r of t.rows) for (const c of r.cells) if (c.text.trim() && !c.merged) append(out, c.text.split('\n'));
}

function fits(plan: SourceTable, width: number, next: SourceTable): boolean {
  const between = next.between ?? [];
  if (between.length > 1 || between.some((l) => l.length > 100 || /^приложение/i.test(l))) return false;
  if (next.rows.length === 0 || isHeaderRow(texts(next.rows[0]))) return false;
  if (next.rows[0].cells.length === plan.rows[0].cells.length) return true;
  const data = next.rows.filter((r) => filled(r).length > 1);
  return data.length > 0 && data.filter((r) => logicalCells(r).length === width).length * 2 > data.length;
}

/** Re-lays a continuation table's row onto the plan's grid, by the header row's cells. */
function relay(row: SourceRow, header: SourceRow): SourceRow {
  const gridWidth = header.cells.length;
  const slots: { at: number; span: number }[] = [];
  for (let at = 0; at < gridWidth; at += header.cells[at].span ?? 1)
    slots.push({ at, span: header.cells[at].span ?? 1 });
  const cells = logicalCells(row);
  const out: SourceCell[] = Array.from({ length: gridWidth }, () => ({ text: '' }));
  const put = (k: number, c: SourceCell) => {
    const { span: _span, ...rest } = c;
    out[slots[k].at] = slots[k].span > 1 ? { ...rest, span: slots[k].span } : rest;
  };
  if (cells.length === slots.length) {
    cells.forEach((c, k) => {
      put(k, c);
    });
  } else if (filled(row).length === 1 && cells[0].text.trim()) {
    out[0] = { ...cells[0], span: gridWidth };
  } else if (row.cells.length === gridWidth) {
    return row;
  } else {
    cells.slice(0, slots.length).forEach((c, k) => {
      put(k, c);
    });
    const rest = cells.slice(slots.length).filter((c) => c.text.trim());
    const last = slots.length - 1;
    if (rest.length)
      put(last, { text: [out[slots[last].at].text, ...rest.map((c) => c.text)].filter(Boolean).join('\n') });
  }
  return { ...row, cells: out };
}

/**
 * The plan's table out of a document's tables (joined with the tables that continue it), as a
 * document with exactly one table. `index` picks the plan table by hand (the user's choice in the
 * preview); continuation tables are still joined to it. A document with one table comes back as is.
 */
export function pickPlanTables(doc: SourceDocument, index?: number): SourceDocument {
  const { tables } = doc;
  if (tables.length <= 1) return doc;
  let start = index ?? tables.findIndex((t) => headerIndex(t) >= 0);
  if (start < 0 || start >= tables.length) {
    start = 0;
    tables.forEach((t, i) => {
      if (t.rows.length > tables[start].rows.length) start = i;
    });
  }
  const plan = tables[start];
  const header = plan.rows[Math.max(0, headerIndex(plan))];
  if (!header) return { ...doc, tables: [plan] };
  const width = logicalCells(header).length;
  const gridWidth = header.cells.length;
  const rows = [...plan.rows];
  let end = start + 1;
  for (; end < tables.length && fits(plan, width, tables[end]); end++) {
    const next = tables[end];
    if (next.between?.length) {
      const text = next.between.join('\n');
      rows.push({ cells: [{ text, span: gridWidth }, ...Array.from({ length: gridWidth - 1 }, () => ({ text: '' }))] });
    }
    for (const r of next.rows) rows.push(relay(r, header));
  }
  const before = [...doc.before];
  for (let i = 0; i < start; i++) tableLines(tables[i], before);
  append(before, plan.between ?? []);
  const after = end < tables.length ? (tables[end].between ?? []) : doc.after;
  // Rows keep the line numbers of their own table; renumber so messages point at the joined grid.
  return { ...doc, before, tables: [{ rows: rows.map((r, i) => ({ ...r, line: i + 1 })) }], after };
}
