/**
 * Reads a table copied out of Word as plain text: one line per row, cells separated by tabs.
 * Lines before the first tabbed line are the preamble (`before`), lines after the last one go to
 * `after`. A row broken by a page break shows up as a blank line followed by a line whose cells
 * complete the previous row's cells; such lines are flagged `continuation` and the plan builder
 * joins them to the row above (it knows the columns, the reader does not).
 */

import { isBoldMarkup, stripMarkup } from './markup';
import type { SourceCell, SourceDocument, SourceRow } from './source';

function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function toCell(raw: string): SourceCell {
  const text = stripMarkup(raw);
  const cell: SourceCell = { text };
  if (text && isBoldMarkup(raw)) cell.bold = true;
  return cell;
}

/**
 * After a page break, Word repeats nothing: the rest of the broken row simply follows. We call a
 * line a continuation when its first text starts in lower case ("направленных на…", "мониторинга")
 * or when the text sits only in the later columns (the first columns were finished above).
 */
export function looksLikeContinuation(cells: SourceCell[]): boolean {
  const first = cells.findIndex((c) => c.text !== '');
  if (first < 0) return false;
  const text = cells[first].text;
  if (/^[a-zа-яё]/.test(text)) return true;
  return cells.length >= 3 && first >= 2;
}

export function readText(text: string): SourceDocument {
  const lines = normalizeNewlines(text).split('\n');
  const tabbed = lines.map((l) => l.includes('\t'));
  const start = tabbed.indexOf(true);
  const end = tabbed.lastIndexOf(true);
  const paragraphs = (from: number, to: number) =>
    lines
      .slice(from, to)
      .map(stripMarkup)
      .filter((l) => l !== '');
  if (start < 0) return { before: paragraphs(0, lines.length), tables: [], after: [], format: 'text' };

  const rows: SourceRow[] = [];
  let afterBlank = false;
  for (let i = start; i <= end; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      afterBlank = rows.length > 0;
      continue;
    }
    const cells = line.split('\t').map(toCell);
    const row: SourceRow = { cells, line: i + 1 };
    if (afterBlank && looksLikeContinuation(cells)) row.continuation = true;
    rows.push(row);
    afterBlank = false;
  }
  return { before: paragraphs(0, start), tables: [{ rows }], after: paragraphs(end + 1, lines.length), format: 'text' };
}
