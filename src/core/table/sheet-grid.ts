/**
 * A Word table pasted straight into a sheet, as the document the plan builder reads: the rows above
 * the header row are the preamble, the rest the table. The values are the sheet's displayed text
 * (Sheets may already have turned "01.03.2021" into a date; its display is what the user typed).
 */
import { isHeaderRow } from '../plan/columns';
import type { SourceDocument } from './source';
import { looksLikeContinuation } from './text-reader';

export function gridToDocument(values: readonly (readonly string[])[]): SourceDocument {
  const rows = values.map((r) => r.map((c) => String(c ?? '').trim()));
  const header = rows.findIndex((r) => isHeaderRow(r));
  const before =
    header > 0
      ? rows
          .slice(0, header)
          .map((r) => r.filter(Boolean).join(' '))
          .filter(Boolean)
      : [];
  // A row broken across a page arrives after an empty row, completing the row above (as in text).
  const body = header >= 0 ? rows.slice(header) : rows;
  const table = body
    .map((r, i) => {
      const cells = r.map((text) => ({ text }));
      const afterGap = i > 0 && body[i - 1].every((c) => !c);
      return { cells, line: i + 1 + Math.max(header, 0), continuation: afterGap && looksLikeContinuation(cells) };
    })
    .filter((r) => r.cells.some((c) => c.text));
  return { before, tables: [{ rows: table }], after: [], format: 'text' };
}
