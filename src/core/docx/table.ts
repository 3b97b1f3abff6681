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
import { type ReadContext, readParagraph } from './paragraph';
import { kid, kids, val, type XmlElement } from './xml';

interface CellContent {
  text: string;
  bold: boolean;
}

/** Children that may wrap rows or cells (content controls, custom XML) are read through. */
function unwrapped(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of kids(el)) {
    if (c.name === name) out.push(c);
    else if (c.name === 'sdt') {
      const content = kid(c, 'sdtContent');
      if (content) out.push(...unwrapped(content, name));
    } else if (c.name === 'customXml') out.push(...unwrapped(c, name));
  }
  return out;
}

/** Lines of text in a cell (or any block container), with bold counts. */
function readBlocks(el: XmlElement, ctx: ReadContext, acc: { lines: string[]; bold: number; plain: number }): void {
  for (const c of kids(el)) {
    if (c.name === 'p') {
      const p = readParagraph(c, ctx);
      acc.bold += p.boldChars;
      acc.plain += p.plainChars;
      for (const line of p.text.split('\n')) if (line.trim()) acc.lines.push(line.trim());
    } else if (c.name === 'tbl') {
      for (const tr of unwrapped(c, 'tr')) for (const tc of unwrapped(tr, 'tc')) readBlocks(tc, ctx, acc);
    } else if (c.name === 'sdt') {
      const content = kid(c, 'sdtContent');
      if (content) readBlocks(content, ctx, acc);
    } else if (c.name === 'customXml') readBlocks(c, ctx, acc);
  }
}

function readCell(tc: XmlElement, ctx: ReadContext): CellContent {
  const acc = { lines: [] as string[], bold: 0, plain: 0 };
  readBlocks(tc, ctx, acc);
  return { text: acc.lines.join('\n'), bold: acc.bold > 0 && acc.plain === 0 };
}

export function readTable(tbl: XmlElement, ctx: ReadContext): SourceTable {
  const gridCols = kids(kid(tbl, 'tblGrid'), 'gridCol').length;
  const rows: SourceRow[] = [];
  // Open vertical merges by their first grid column.
  let open = new Map<number, CellContent>();
  for (const tr of unwrapped(tbl, 'tr')) {
    const trPr = kid(tr, 'trPr');
    if (kid(trPr, 'del')) continue;
    const cells: SourceCell[] = [];
    const next = new Map<number, CellContent>();
    let col = Number(val(trPr, 'gridBefore') ?? 0) || 0;
    let lastStart = -1;
    for (const tc of unwrapped(tr, 'tc')) {
      const tcPr = kid(tc, 'tcPr');
      const span = Math.max(1, Number(val(tcPr, 'gridSpan') ?? 1) || 1);
      const vMerge = kid(tcPr, 'vMerge');
      const own = readCell(tc, ctx);
      const hMerge = kid(tcPr, 'hMerge');
      if (hMerge && hMerge.attrs.val !== 'restart' && lastStart >= 0) {
        // Legacy horizontal merge (older Word files): this cell widens the one before it.
        const prev = cells[lastStart];
        if (own.text) prev.text = prev.text ? `${prev.text}\n${own.text}` : own.text;
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
        cell = { text, merged: true };
        if (first.bold) cell.bold = true;
        next.set(col, { text, bold: first.bold });
      } else {
        cell = { text: own.text };
        if (own.bold) cell.bold = true;
        if (vMerge) next.set(col, own);
      }
      if (span > 1) cell.span = span;
      cells[col] = cell;
      lastStart = col;
      for (let k = 1; k < span; k++) cells[col + k] = { text: '' };
      col += span;
    }
    open = next;
    rows.push({ cells, line: rows.length + 1 });
  }
  const width = Math.max(gridCols, ...rows.map((r) => r.cells.length));
  for (const r of rows) for (let k = 0; k < width; k++) if (!r.cells[k]) r.cells[k] = { text: '' };
  return { rows };
}
