/**
 * Rows with more cells than the header: Word adds an empty cell where a merged cell of an earlier
 * column ends, so a row comes out shifted by one column (plan-orsk stage III/V: a leading empty
 * cell; stage V section 5.2: an empty cell inside the row). We drop the empty cells whose removal
 * puts the texts where they fit best: dates in the deadline column, "2.2.1." items in the activity
 * column, and for a continuation line, texts under the cells they complete.
 */
import type { SourceCell } from '../table/source';
import type { Column } from './columns';

const DATE_LIKE =
  /\d{1,2}\s*[./]\s*\d{1,2}|(^|[^а-яё])(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)|ежегод|ежемесяч|ежекварт|еженедел|ежеднев|в течение|постоянно|по мере|квартал|полугоди|(^|\D)(19|20)\d\d(\D|$)|^\d{1,2}(\s*[-–—]\s*\d{1,2})?$|^до\s|раза? в|по (назначению|графику|плану|необходимости)|летн|зимн|осен|весн/i;

export function looksLikeDeadline(text: string): boolean {
  return DATE_LIKE.test(text.toLowerCase());
}

// Three-level numbers ("2.2.1.") are activities; "7.1." may well be a section heading in the first column.
const SUB_ITEM = /^\d{1,3}(\.\d{1,3}){2,4}\.?\s/;

function fitScore(text: string, column: Column | undefined): number {
  if (!column) return -3;
  switch (column.role) {
    case 'deadline':
      return looksLikeDeadline(text) ? 2 : -2;
    case 'title':
      return SUB_ITEM.test(text) ? 1 : 0;
    case 'stage':
      return SUB_ITEM.test(text) ? -1 : 0;
    case 'number':
      return /^[\dIVXLC.]{1,12}$/.test(text.trim()) ? 1 : text.length > 20 ? -1 : 0;
    default:
      return 0;
  }
}

function score(cells: SourceCell[], columns: readonly Column[], previous: boolean[] | null): number {
  let s = 0;
  cells.forEach((c, j) => {
    if (!c.text) return;
    s += fitScore(c.text, columns[j]);
    if (previous?.[j]) s += 1;
  });
  return s;
}

export interface AlignedRow {
  cells: SourceCell[];
  /** Texts that did not fit in any column, kept so that nothing is lost. */
  overflow: string[];
  /** Texts moved out of the deadline column into an empty neighbour (see `rescueDeadlineColumn`). */
  moved?: { text: string; from: number; to: number }[];
}

/**
 * A text that is no date at all ("Календарь Результаты.") in the deadline column, next to an
 * empty "Инструментарий"/"Результат" column, slipped one column right (plan-orsk stage V, where
 * Word's grid has an extra column). Move it back, and say so: the user sees the move as a warning.
 */
export function rescueDeadlineColumn(row: AlignedRow, columns: readonly Column[]): AlignedRow {
  const d = columns.findIndex((c) => c.role === 'deadline');
  if (d < 1) return row;
  const text = row.cells[d]?.text ?? '';
  const left = columns[d - 1];
  if (!text || looksLikeDeadline(text) || row.cells[d - 1]?.text || !['tools', 'result'].includes(left.role))
    return row;
  const cells = [...row.cells];
  cells[d - 1] = { ...cells[d], text };
  cells[d] = { text: '' };
  return { ...row, cells, moved: [...(row.moved ?? []), { text, from: d, to: d - 1 }] };
}

/**
 * Fit a row to the header's width. `previous`: which columns the row above filled (for a
 * continuation line), or null.
 */
export function alignRow(cells: SourceCell[], columns: readonly Column[], previous: boolean[] | null): AlignedRow {
  const n = columns.length;
  const empty: SourceCell = { text: '' };
  if (cells.length === n) return { cells: [...cells], overflow: [] };
  if (cells.length < n) {
    const padded = [...cells];
    while (padded.length < n) padded.push(empty);
    return { cells: padded, overflow: [] };
  }
  let row = [...cells];
  // Remove one empty cell at a time, the one that gives the best fit (ties: the leftmost, which is
  // the common page-layout shift).
  while (row.length > n) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < row.length; i++) {
      if (row[i].text) continue;
      const candidate = [...row.slice(0, i), ...row.slice(i + 1)];
      const sc = score(candidate, columns, previous); // texts beyond the last column count against
      if (sc > bestScore) {
        bestScore = sc;
        best = i;
      }
    }
    if (best < 0) break;
    row = [...row.slice(0, best), ...row.slice(best + 1)];
  }
  const overflow = row
    .slice(n)
    .map((c) => c.text)
    .filter((t) => t);
  return { cells: row.slice(0, n), overflow };
}

const SUB_ITEM_ANYWHERE = /(^|[\s;])\d{1,3}(\.\d{1,3}){2,4}\.?\s/;

/**
 * A numbered sub-item ("3.1.15. Внесение …") standing in the tools/result column while the activity
 * cell of the same row holds no item at its start: the text slipped a column when the office suite
 * laid out a row broken across a page (plan-orsk .docx, row of 3.1.15/3.1.16). It is moved in front
 * of the activity cell's text so its items split as usual, and the move is reported.
 */
export function rescueSubItemColumn(row: AlignedRow, columns: readonly Column[]): AlignedRow {
  const t = columns.findIndex((c) => c.role === 'title');
  if (t < 0) return row;
  const title = row.cells[t]?.text ?? '';
  if (SUB_ITEM.test(`${title} `)) return row;
  const from = columns.findIndex(
    (c, j) => ['tools', 'result'].includes(c.role) && SUB_ITEM.test(`${row.cells[j]?.text ?? ''} `),
  );
  if (from < 0 || (title && !SUB_ITEM_ANYWHERE.test(title))) return row;
  const text = row.cells[from].text;
  const cells = [...row.cells];
  cells[t] = { ...cells[t], text: title ? `${text}\n${title}` : text };
  cells[from] = { text: '' };
  return { ...row, cells, moved: [...(row.moved ?? []), { text, from, to: t }] };
}
