/**
 * Reads a table copied out of Word (or out of a web page that showed a Word table) as plain text:
 * one line per row, cells separated by tabs. Lines before the first tabbed line are the preamble
 * (`before`), lines after the last one go to `after`. Two ways a row comes out broken:
 *
 * - a cell of two paragraphs: the copy puts a line break inside the row, so one row arrives as
 *   two (or more) lines whose tabs add up to one row's ("1.\tТрудовая акция" + "Трудовой
 *   десант\t10.04.2023\tКлассные руководители"); those lines are joined here, the line break kept
 *   inside the cell;
 * - a page break: a blank line, then a line whose cells complete the previous row's cells; such
 *   lines are flagged `continuation` and the plan builder joins them to the row above (it knows the
 *   columns, the reader does not).
 *
 * Linear in the text's length, no recursion; a text over the stated limits is refused in Russian.
 */

import { UserError } from '../errors';
import { isBoldMarkup, stripMarkup } from './markup';
import type { SourceCell, SourceDocument, SourceRow } from './source';

export const TEXT_LIMITS = {
  /** Characters of pasted text (about 40 MB of UTF-16 in memory). */
  maxChars: 20_000_000,
  /** Lines of pasted text: more than any plan, small enough for the dialog to stay responsive. */
  maxLines: 200_000,
};

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

function checkLength(text: string): void {
  if (text.length > TEXT_LIMITS.maxChars) {
    throw new UserError(
      'text-too-long',
      `Текст слишком длинный: ${group(text.length)} знаков, а можно не больше ${group(TEXT_LIMITS.maxChars)}. Вставьте только таблицу плана.`,
      `The text is too long: ${text.length} characters, the limit is ${TEXT_LIMITS.maxChars}. Paste only the plan table.`,
    );
  }
}

function checkLines(lines: number): void {
  if (lines > TEXT_LIMITS.maxLines) {
    throw new UserError(
      'text-too-many-lines',
      `В тексте слишком много строк: ${group(lines)}, а можно не больше ${group(TEXT_LIMITS.maxLines)}. Вставьте только таблицу плана или разделите её на части.`,
      `The text has too many lines: ${lines}, the limit is ${TEXT_LIMITS.maxLines}. Paste only the plan table, or split it.`,
    );
  }
}

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

const tabsOf = (line: string) => {
  let n = 0;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 9) n++;
  return n;
};

/** The row width most lines of the table have (tabs + 1), among lines with at least one tab. */
function commonTabs(lines: readonly string[], tabs: readonly number[], from: number, to: number): number {
  const count = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (let i = from; i <= to; i++) {
    const t = tabs[i];
    if (t === 0 || lines[i].trim() === '') continue;
    const n = (count.get(t) ?? 0) + 1;
    count.set(t, n);
    if (n > bestCount || (n === bestCount && t > best)) {
      best = t;
      bestCount = n;
    }
  }
  return best;
}

/** A line that starts a row of its own: its first cell is a row number ("2.", "3"). */
const STARTS_ROW = /^\s*\d{1,3}(\.\d{1,3})*\.?\s*\t/;

const LOWER_START = /^\s*[a-zа-яё]/;

/**
 * How many lines, from `i`, make one row broken by line breaks inside its cells: the first line
 * has some tabs but fewer than a row, the next ones fewer than a row each, and together they have
 * exactly one row's tabs; or a line without tabs followed by a whole row whose first cell goes on
 * in lower case (the break was in the first cell). 1 when the line is a row (or a heading) by itself.
 */
function brokenRowLength(
  lines: readonly string[],
  tabs: readonly number[],
  i: number,
  end: number,
  rowTabs: number,
): number {
  const first = tabs[i];
  if (first === 0) return i < end && tabs[i + 1] === rowTabs && LOWER_START.test(lines[i + 1]) ? 2 : 1;
  if (first >= rowTabs) return 1;
  let total = first;
  for (let j = i + 1; j <= end; j++) {
    const line = lines[j];
    if (line.trim() === '' || tabs[j] >= rowTabs || STARTS_ROW.test(line)) return 1;
    total += tabs[j];
    if (total === rowTabs) return j - i + 1;
    if (total > rowTabs) return 1;
  }
  return 1;
}

/** A line without tabs that goes on in lower case, right under a row: the rest of the row's last cell. */
function continuesLastCell(line: string, tabs: number, previous: SourceRow | undefined, afterBlank: boolean): boolean {
  return tabs === 0 && !afterBlank && previous !== undefined && previous.cells.length > 1 && LOWER_START.test(line);
}

export function readText(text: string): SourceDocument {
  checkLength(text);
  const lines = normalizeNewlines(text).split('\n');
  checkLines(lines.length - (lines[lines.length - 1] === '' ? 1 : 0));
  const tabs = lines.map(tabsOf);
  let start = -1;
  let end = -1;
  for (let i = 0; i < lines.length; i++) {
    if (tabs[i] === 0) continue;
    if (start < 0) start = i;
    end = i;
  }
  const paragraphs = (from: number, to: number) => {
    const out: string[] = [];
    for (let i = from; i < to; i++) {
      const p = stripMarkup(lines[i]);
      if (p !== '') out.push(p);
    }
    return out;
  };
  if (start < 0) return { before: paragraphs(0, lines.length), tables: [], after: [], format: 'text' };

  const rowTabs = commonTabs(lines, tabs, start, end);
  const rows: SourceRow[] = [];
  let afterBlank = false;
  for (let i = start; i <= end; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      afterBlank = rows.length > 0;
      continue;
    }
    const previous = rows[rows.length - 1];
    if (continuesLastCell(line, tabs[i], previous, afterBlank)) {
      const last = previous.cells[previous.cells.length - 1];
      const more = stripMarkup(line);
      previous.cells[previous.cells.length - 1] = { ...last, text: last.text ? `${last.text}\n${more}` : more };
      continue;
    }
    const n = brokenRowLength(lines, tabs, i, end, rowTabs);
    // The line break that ended each line was inside a cell: join the lines back into one row.
    const raw = n === 1 ? line : lines.slice(i, i + n).join('\n');
    const cells = raw.split('\t').map(toCell);
    const row: SourceRow = { cells, line: i + 1 };
    if (afterBlank && looksLikeContinuation(cells)) row.continuation = true;
    rows.push(row);
    afterBlank = false;
    i += n - 1;
  }
  return { before: paragraphs(0, start), tables: [{ rows }], after: paragraphs(end + 1, lines.length), format: 'text' };
}
