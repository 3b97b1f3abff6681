/**
 * Reads a table copied out of Word (or out of a web page that showed a Word table) as plain text:
 * one line per row, cells separated by tabs. Lines before the first tabbed line are the preamble
 * (`before`), lines after the last one go to `after`. Two ways a row comes out broken:
 *
 * - a cell of two paragraphs: the copy puts a line break inside the row, so one row arrives as
 *   two (or more) lines whose tabs add up to one row's ("1.\tТрудовая акция" + "Трудовой
 *   десант\t10.04.2023\tКлассные руководители"); those lines are joined here, the line break kept
 *   inside the cell;
 * - a paragraph of a row's last cell: a line without tabs right under the row, flagged `tail` (the
 *   plan builder tells it from a heading, knowing what the last cell's column holds);
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

/**
 * The number of tabs in one row of the table. Usually most lines have it; but when cells hold
 * several paragraphs, a copied row is spread over lines that each have fewer tabs (every row of a
 * browser-copied table with two-paragraph cells may be: no line has the whole row's tabs). So
 * each candidate count is tried, and the one that explains the most tabs wins: a line with that
 * many tabs is a row (one more, a row shifted by an empty cell, counts half), consecutive lines with fewer
 * that add up to it are a broken row, anything else is unexplained.
 */
function rowTabsOf(tabs: readonly number[], from: number, to: number): number {
  let most = 0;
  const present = new Set<number>();
  for (let i = from; i <= to; i++) {
    if (tabs[i] > most) most = tabs[i];
    if (tabs[i] > 0) present.add(tabs[i]);
  }
  const explained = (r: number) => {
    let covered = 0;
    let run = 0;
    for (let i = from; i <= to; i++) {
      const t = tabs[i];
      if (t === 0) continue;
      if (t === r) covered += t;
      else if (t === r + 1) covered += t / 2; // shifted rows are explained, but less well
      if (t >= r) {
        run = 0;
        continue;
      }
      run += t;
      if (run === r) {
        covered += r;
        run = 0;
      } else if (run > r) run = t;
    }
    return covered;
  };
  let best = 0;
  let bestScore = -1;
  const limit = Math.min(most * 2, 40);
  for (let r = 1; r <= limit; r++) {
    // a count no line has is only worth trying as the sum of a broken row's lines
    const score = explained(r) - (present.has(r) ? 0 : 1);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/** A line that starts a row of its own: its first cell is a row number ("2.", "3"). */
const STARTS_ROW = /^\s*\d{1,3}(\.\d{1,3})*\.?\s*\t/;

const LOWER_START = /^\s*[a-zа-яё]/;
/** A person's name and nothing else: "Кисель О.А.", "О.А. Кисель", "Кисель С.А". */
const ONLY_NAME =
  /^\s*(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s*[А-ЯЁ]\.\s*[А-ЯЁ]\.?|[А-ЯЁ]\.\s*[А-ЯЁ]\.\s*[А-ЯЁ][а-яё]+)[,;]?\s*$/;
/** A heading written in capitals ("ЯНВАРЬ", "I. ОРГАНИЗАЦИОННАЯ РАБОТА"): never part of a row. */
const CAPITALS = /^[^a-zа-яё]*[A-ZА-ЯЁ]{3}[^a-zа-яё]*$/;

/** From `i` (a line with some tabs but fewer than a row), how many lines add up to exactly one row. */
function runLength(lines: readonly string[], tabs: readonly number[], i: number, end: number, rowTabs: number): number {
  let total = tabs[i];
  // in a table whose rows start with their number, a numbered line starts the next row
  const numbered = STARTS_ROW.test(lines[i]);
  for (let j = i + 1; j <= end; j++) {
    const line = lines[j];
    if (line.trim() === '' || tabs[j] >= rowTabs || (numbered && STARTS_ROW.test(line))) return 1;
    total += tabs[j];
    if (total === rowTabs) return j - i + 1;
    if (total > rowTabs) return 1;
  }
  return 1;
}

/**
 * How many lines, from `i`, make one row broken by line breaks inside its cells: the first line
 * has some tabs but fewer than a row, the next ones fewer than a row each, and together they have
 * exactly one row's tabs. A line without tabs starts such a row when the line after it does (its
 * first cell has two paragraphs: "Кроссворд с ответами" / "«Знакомство с земляками»\t10.00 …"), or
 * when a whole row follows whose first cell goes on in lower case. 1 when the line is a row (or a
 * heading) by itself.
 */
function brokenRowLength(
  lines: readonly string[],
  tabs: readonly number[],
  i: number,
  end: number,
  rowTabs: number,
): number {
  const first = tabs[i];
  if (first >= rowTabs) return 1;
  if (first > 0) return runLength(lines, tabs, i, end, rowTabs);
  if (i >= end || CAPITALS.test(lines[i])) return 1;
  const next = lines[i + 1];
  if (tabs[i + 1] === rowTabs) return LOWER_START.test(next) ? 2 : 1;
  // the next line must start this row's first cell's second paragraph: text before its first tab
  if (tabs[i + 1] === 0 || next.startsWith('\t') || STARTS_ROW.test(next)) return 1;
  const n = runLength(lines, tabs, i + 1, end, rowTabs);
  return n > 1 ? n + 1 : 1;
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
  // The last row's last cell may go on past the last tabbed line: a name alone or a line in lower
  // case right under it is still the table (a signature under a table has its role: "Директор …").
  while (end + 1 < lines.length && (ONLY_NAME.test(lines[end + 1]) || LOWER_START.test(lines[end + 1]))) end++;

  const rowTabs = rowTabsOf(tabs, start, end);
  const rows: SourceRow[] = [];
  let afterBlank = false;
  for (let i = start; i <= end; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      afterBlank = rows.length > 0;
      continue;
    }
    const n = brokenRowLength(lines, tabs, i, end, rowTabs);
    // The line break that ended each line was inside a cell: join the lines back into one row.
    const raw = n === 1 ? line : lines.slice(i, i + n).join('\n');
    const cells = raw.split('\t').map(toCell);
    const row: SourceRow = { cells, line: i + 1 };
    if (afterBlank && looksLikeContinuation(cells)) row.continuation = true;
    const previous = rows[rows.length - 1];
    if (n === 1 && tabs[i] === 0 && !afterBlank && previous && (previous.cells.length > 1 || previous.tail))
      row.tail = true;
    rows.push(row);
    afterBlank = false;
    i += n - 1;
  }
  return { before: paragraphs(0, start), tables: [{ rows }], after: paragraphs(end + 1, lines.length), format: 'text' };
}
