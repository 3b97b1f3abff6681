/**
 * Row heights for wrapped text. Google Sheets fits a row to its wrapped cells by itself; an .xlsx
 * row without a height stays one line tall in LibreOffice and Excel (neither re-measures rows when
 * a file opens), so wrapped text would overlap the rows below. The export measures the text with
 * Arial's metrics (font-widths.ts), wraps it the way a spreadsheet does — at spaces, a word longer
 * than the line broken where it must be, explicit line breaks kept — and gives each row the height
 * of its tallest cell.
 */
import type { SheetSnapshot } from '../emulator';
import { parseA1 } from '../emulator/a1';
import { BOLD, CHARS, REGULAR } from './font-widths';

const INDEX = new Map([...CHARS].map((ch, i) => [ch, i]));
/** Arial's average width (1/1000 em) for a character outside the table. */
const FALLBACK = 556;

/** Arial 10 pt, the font the export writes, in pixels at 96 dpi. */
export const FONT_PX = (10 * 96) / 72;
/**
 * One line of Arial 10 pt: Excel's row height for it (12.75 pt) — LibreOffice needs a little less
 * (its line is 11.2 pt plus margins), so a height Excel fills leaves LibreOffice room to spare.
 */
export const LINE_PT = 12.75;
/** Left plus right inner margin of a cell, in pixels (Excel and LibreOffice both keep ~2–3 px a side). */
export const CELL_PADDING_PX = 6;

export function textWidthPx(text: string, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const i = INDEX.get(ch);
    units += i === undefined ? FALLBACK : table[i];
  }
  return (units / 1000) * FONT_PX;
}

/** How many lines `text` takes when wrapped into `widthPx`. */
export function wrappedLines(text: string, widthPx: number, bold = false): number {
  const room = Math.max(widthPx, 1);
  const space = textWidthPx(' ', bold);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      let w = textWidthPx(word, bold);
      const gap = used > 0 ? space : 0;
      if (used + gap + w <= room) {
        used += gap + w;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the line is broken across lines.
      while (w > room) {
        lines++;
        w -= room;
      }
      used = w;
    }
  }
  return lines;
}

/**
 * The height in points of each row that needs more than one line (null: the default height),
 * from the wrapped cells' text, bold or not, and their column widths (merged cells: the columns
 * they span; a merge over several rows is left to its rows).
 */
export function rowHeightsPt(s: SheetSnapshot): (number | null)[] {
  const width = (c: number) => (s.hiddenColumns?.[c] ? 0 : (s.columnWidths?.[c] ?? 100));
  const spans = new Map<string, { rows: number; px: number }>();
  for (const m of s.merges ?? []) {
    const g = parseA1(m, s.maxRows, s.maxColumns);
    let px = 0;
    for (let j = 0; j < (g.numCols ?? 1); j++) px += width(g.col - 1 + j);
    spans.set(`${g.row - 1}:${g.col - 1}`, { rows: g.numRows ?? 1, px });
  }
  return s.displayValues.map((row, r) => {
    let lines = 1;
    row.forEach((text, c) => {
      if (!text || s.wraps?.[r]?.[c] !== 'WRAP' || s.hiddenColumns?.[c]) return;
      const span = spans.get(`${r}:${c}`);
      if (span && span.rows > 1) return;
      const px = (span?.px ?? width(c)) - CELL_PADDING_PX;
      lines = Math.max(lines, wrappedLines(text, px, s.fontWeights?.[r]?.[c] === 'bold'));
    });
    return lines > 1 ? lines * LINE_PT : null;
  });
}
