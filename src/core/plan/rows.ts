/**
 * Stage 4 of the import: a grid's rows under their columns, each read as a heading or an activity
 * row. Cells are fitted to the header's width (a row shifted by an empty cell, align.ts), a line
 * continued after a page break joins the row above, a text that slipped into the wrong column is
 * moved back (with a note), and a cell holding several numbered sub-activities becomes several
 * items. What the row means for the plan's stages and sections is the next stage's business
 * (activities.ts): this one only says what each row holds.
 */
import type { SourceCell, SourceRow } from '../table/source';
import { alignRow, rescueDeadlineColumn, rescueSubItemColumn } from './align';
import type { ColumnRole } from './columns';
import { isDateCell, peopleShare } from './evidence';
import type { GridTable } from './grid';
import { type Heading, isStageText, looksLikeHeadingText, readHeading } from './headings';
import { splitLeadingNumber, splitSubItems } from './numbering';
import type { GridColumn } from './roles';

/** A row's cells fitted to the grid's columns. */
export interface PlacedRow {
  cells: SourceCell[];
  /** Texts beyond the last column, kept so that nothing is lost. */
  overflow: string[];
  line?: number;
  /** Russian notes on texts moved between columns, shown as warnings. */
  notes: string[];
  /**
   * The row is one cell merged across the table (a section or month row): one cell without tabs in
   * pasted text, a cell spanning the grid in a .docx.
   */
  across: boolean;
}

/** The owner column of each role, or -1. */
export type RoleColumns = Record<Exclude<ColumnRole, 'extra'>, number>;

export interface CellValue {
  text: string;
  /** The text came from a vertically merged Word cell (a certain copy of the cell above). */
  merged: boolean;
}

export interface HeadingRow {
  kind: 'heading';
  text: string;
  heading: Heading;
  /** The heading stands alone in the stage column: it opens a stage whatever its wording. */
  inStageColumn: boolean;
  line?: number;
}

export interface RowItem {
  number: string | null;
  title: string;
  /** A deadline of its own, when the row's deadline cell lists one per item, line by line. */
  deadline?: string;
}

export interface ActivityRow {
  kind: 'activity';
  /** One item, or the numbered sub-activities of one cell ("2.2.1. …; 2.2.2. …"). */
  items: RowItem[];
  /** The row's own № cell when its activity cell holds several items. */
  numberCell: string;
  /** The stage column's text on this row (a stage it opens or continues), outside label mode. */
  stageCell: string | null;
  /** The title itself names a stage ("1 этап (подготовительный)" with its own period). */
  titleIsStage: boolean;
  /** The row label of a table whose stage column labels rows (plan-orsk: «Сбор информации …»). */
  group: string | null;
  deadline: CellValue;
  responsible: CellValue;
  result: string | null;
  tools: string | null;
  /** Other columns by header (or "Столбец N"), texts beyond the last column included. */
  extra: Record<string, string>;
  line?: number;
}

export type PlanRow = HeadingRow | ActivityRow;

export function roleColumns(columns: readonly GridColumn[]): RoleColumns {
  const of = (role: ColumnRole) => columns.find((x) => x.role === role && x.owner === x.index)?.index ?? -1;
  return {
    number: of('number'),
    stage: of('stage'),
    title: of('title'),
    result: of('result'),
    tools: of('tools'),
    responsible: of('responsible'),
    deadline: of('deadline'),
  };
}

/** The columns of each owner (itself and the ones its header covers), computed once per table. */
function ownerGroups(columns: readonly GridColumn[]): number[][] {
  const groups: number[][] = columns.map(() => []);
  for (const c of columns) groups[c.owner].push(c.index);
  return groups;
}

interface Table {
  columns: readonly GridColumn[];
  groups: number[][];
  owners: number[];
  roles: RoleColumns;
}

/** Text of an owner column, joined with the columns its header covers. */
export function cellText(t: Table, row: PlacedRow, owner: number): string {
  if (owner < 0) return '';
  let out = '';
  for (const i of t.groups[owner]) {
    const s = row.cells[i]?.text ?? '';
    if (s) out = out ? `${out} ${s}` : s;
  }
  return out;
}

function everyFilled(t: Table, row: PlacedRow, owner: number, flag: 'merged' | 'bold'): boolean {
  if (owner < 0) return false;
  let any = false;
  for (const i of t.groups[owner]) {
    const c = row.cells[i];
    if (!c?.text) continue;
    if (!c[flag]) return false;
    any = true;
  }
  return any;
}

/** Owner columns holding text of the row's own (merged copies do not count: they repeat the row above). */
function ownFilled(t: Table, row: PlacedRow): number[] {
  return t.owners.filter((o) => cellText(t, row, o) !== '' && !everyFilled(t, row, o, 'merged'));
}

function join(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return `${a} ${b}`;
}

/** A continuation line completes the row above cell by cell. */
function mergeInto(prev: PlacedRow, next: { cells: SourceCell[]; overflow: string[] }): void {
  prev.cells = prev.cells.map((c, i) => {
    const add = next.cells[i]?.text ?? '';
    return add ? { ...c, text: join(c.text, add), merged: c.text ? c.merged : false } : c;
  });
  for (const o of next.overflow) prev.overflow.push(o);
}

/** The grid's rows fitted to its columns, continuation lines joined, slipped texts moved back. */
export function placeRows(table: GridTable, columns: readonly GridColumn[]): PlacedRow[] {
  const rows: PlacedRow[] = [];
  let prev: PlacedRow | null = null;
  // The deadline-column check runs on the finished row, after any continuation line joined it.
  const finish = (row: PlacedRow) => {
    const fixed = rescueSubItemColumn(
      rescueDeadlineColumn({ cells: row.cells, overflow: row.overflow }, columns),
      columns,
    );
    row.cells = fixed.cells;
    for (const m of fixed.moved ?? []) {
      row.notes.push(
        columns[m.to].role === 'title'
          ? `Строка ${row.line ?? '?'}: пункт «${m.text}» стоял в столбце «${columns[m.from].header}» — он перенесён в столбец «${columns[m.to].header}».`
          : `Строка ${row.line ?? '?'}: текст «${m.text}» в столбце «${columns[m.from].header}» не похож на срок — он перенесён в столбец «${columns[m.to].header}».`,
      );
    }
  };
  for (const r of table.rows) {
    if (r.tail && prev && continuesLastCell(prev, r.cells[0]?.text ?? '', columns)) continue;
    const aligned = alignRow(r.cells, columns, r.continuation && prev ? prev.cells.map((c) => c.text !== '') : null);
    if (r.continuation && prev) {
      mergeInto(prev, aligned);
      continue;
    }
    if (prev) finish(prev);
    prev = {
      cells: aligned.cells,
      overflow: aligned.overflow,
      line: r.line,
      notes: [],
      across: mergedAcross(r, columns),
    };
    rows.push(prev);
  }
  if (prev) finish(prev);
  return rows;
}

const LOWER_START = /^[a-zа-яё]/;
const CAPITALS = /^[^a-zа-яё]*[A-ZА-ЯЁ]{3}[^a-zа-яё]*$/;

/**
 * A line without tabs under a row (text input, `tail`) is the rest of the row's last cell when it
 * reads as that cell goes on: lower case anywhere, people under the responsible column ("Попова
 * И.А." / "Шолтанюк Л.В."), a date under the deadline column. Otherwise (capitals, a section's
 * name) it is a heading of its own. When it continues the cell, it is joined to it here.
 */
function continuesLastCell(prev: PlacedRow, text: string, columns: readonly GridColumn[]): boolean {
  const t = text.trim();
  if (!t || CAPITALS.test(t) || isStageText(t)) return false;
  let last = -1;
  for (let i = prev.cells.length - 1; i >= 0; i--) {
    if (prev.cells[i].text) {
      last = i;
      break;
    }
  }
  if (last < 0) return false;
  const role = columns[columns[last]?.owner ?? last]?.role;
  const fits =
    LOWER_START.test(t) ||
    (role === 'responsible' && peopleShare(t) >= 0.5) ||
    (role === 'deadline' && isDateCell(t) > 0);
  if (!fits) return false;
  const cell = prev.cells[last];
  prev.cells[last] = { ...cell, text: `${cell.text}\n${t}` };
  return true;
}

/** One cell over the whole width of a table of three columns or more. */
function mergedAcross(r: SourceRow, columns: readonly GridColumn[]): boolean {
  if (columns.length < 3) return false;
  let filled = 0;
  for (const c of r.cells) if (c.text) filled++;
  if (filled !== 1 || !r.cells[0]?.text) return false;
  return r.cells.length === 1 || (r.cells[0].span ?? 1) >= columns.length - 1;
}

/** The number an activity row shows, in its № column or at the start of its title. */
function rowNumber(t: Table, row: PlacedRow): string | null {
  const n = cellText(t, row, t.roles.number).trim();
  if (n) return n;
  const title = cellText(t, row, t.roles.title);
  const items = splitSubItems(title);
  if (items) return items[0].number;
  return splitLeadingNumber(title).number;
}

/**
 * Is this row a heading? A lone text in the first column, the № or the stage column; a lone text in
 * the activity column that reads like a heading or stands unnumbered in a numbered table; or a
 * number and a text with nothing else, when the rows below are numbered under it ("1." then "1.1").
 * Returns the heading text, or null for an activity row.
 */
function headingText(t: Table, row: PlacedRow, numbered: boolean, next: PlacedRow | undefined): string | null {
  const filled = ownFilled(t, row);
  const { roles } = t;
  if (filled.length === 0) return null;
  if (filled.length === 1) {
    const o = filled[0];
    const text = cellText(t, row, o);
    if (row.across && !splitSubItems(text)) return text;
    if (o === roles.title) {
      if (splitSubItems(text)) return null;
      if (isStageText(text)) return text;
      const own = splitLeadingNumber(text).number;
      if (own !== null) return opensNumbering(t, own, next) ? text : null;
      return numbered || looksLikeHeadingText(text, everyFilled(t, row, o, 'bold')) ? text : null;
    }
    if (o === 0 || o === roles.number || o === roles.stage) return text;
    return null;
  }
  if (filled.length === 2 && filled.includes(roles.number) && filled.includes(roles.title)) {
    const num = cellText(t, row, roles.number).trim();
    const title = cellText(t, row, roles.title);
    const base = num.replace(/\.$/, '');
    const nextNumber = next ? rowNumber(t, next) : null;
    const nests = nextNumber?.startsWith(`${base}.`) && nextNumber.length > base.length + 1;
    if (/^[IVXLC]+\.?$/.test(num) || nests || isStageText(title)) return `${num} ${title}`;
  }
  return null;
}

/**
 * A numbered text alone in its row heads the rows under it when their numbering starts inside it:
 * "1. Научно-методическая работа." above "1.", "2." … (numbering restarts) or above "1.1", "1.2".
 */
function opensNumbering(t: Table, own: string, next: PlacedRow | undefined): boolean {
  if (!next || own.includes('.') || t.roles.number < 0) return false;
  const n = cellText(t, next, t.roles.number).trim().replace(/\.$/, '');
  return n === '1' || n.startsWith(`${own}.`);
}

/**
 * A table whose stages come as heading rows ("Этап I. …") uses its "этапы" column for row labels
 * (plan-orsk: "Организация и запуск МКДО"): those are the activities' group, not their stage.
 */
function labelsRows(t: Table, rows: PlacedRow[]): boolean {
  if (t.roles.stage < 0) return false;
  return rows.some((row) => {
    const filled = ownFilled(t, row);
    return filled.length === 1 && isStageText(cellText(t, row, filled[0]));
  });
}

function isNumberedTable(t: Table, rows: PlacedRow[]): boolean {
  if (t.roles.number < 0) return false;
  let data = 0;
  let numbered = 0;
  for (const row of rows) {
    if (ownFilled(t, row).length < 2) continue;
    data++;
    if (cellText(t, row, t.roles.number).trim() !== '') numbered++;
  }
  return data > 0 && numbered / data >= 0.6;
}

/** Two columns with the same header ("Примечание", "Примечание") keep both texts: the second is named by its place. */
export function putExtra(extra: Record<string, string>, key: string, text: string, column?: number): void {
  let k = key;
  if (k in extra && column !== undefined) k = `${key} (столбец ${column + 1})`;
  for (let n = 2; k in extra; n++) k = `${key} (${n})`;
  extra[k] = text;
}

const nullIfEmpty = (s: string) => (s.trim() === '' ? null : s.trim());

/** The row's items: the numbered sub-activities of its cell, or the one title (its number split off). */
function itemsOf(title: string, numberCell: string): RowItem[] {
  const subItems = splitSubItems(title);
  if (subItems) return subItems.map((s) => ({ number: s.number, title: s.text }));
  if (numberCell || isStageText(title)) return [{ number: numberCell || null, title }];
  const lead = splitLeadingNumber(title);
  return lead.number ? [{ number: lead.number, title: lead.rest }] : [{ number: null, title }];
}

/** A deadline cell that lists one deadline per item, line by line, gives each item its own. */
function pairDeadlines(items: RowItem[], text: string): void {
  if (items.length < 2) return;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length !== items.length) return;
  items.forEach((it, k) => {
    it.deadline = lines[k];
  });
}

function activityRow(t: Table, row: PlacedRow, labelMode: boolean): ActivityRow {
  const { roles, columns } = t;
  const stageText = nullIfEmpty(cellText(t, row, roles.stage));
  let group: string | null = labelMode ? stageText : null;
  let title = cellText(t, row, roles.title);
  if (!title && labelMode && group) {
    title = group;
    group = null;
  }
  const extra: Record<string, string> = {};
  for (const o of t.owners) {
    const col = columns[o];
    if (col.role !== 'extra') continue;
    const text = cellText(t, row, o);
    if (text) putExtra(extra, col.header || `Столбец ${o + 1}`, text, o);
  }
  row.overflow.forEach((text, k) => {
    putExtra(extra, `Столбец ${columns.length + k + 1}`, text, columns.length + k);
  });
  const numberCell = cellText(t, row, roles.number).trim();
  const items = itemsOf(title, numberCell);
  const deadline = cellText(t, row, roles.deadline);
  if (items.length > 1 && !everyFilled(t, row, roles.deadline, 'merged')) pairDeadlines(items, deadline);
  return {
    kind: 'activity',
    items,
    numberCell: items.length > 1 ? numberCell : '',
    stageCell: labelMode ? null : stageText,
    titleIsStage: !labelMode && isStageText(title),
    group,
    deadline: { text: deadline, merged: everyFilled(t, row, roles.deadline, 'merged') },
    responsible: {
      text: cellText(t, row, roles.responsible),
      merged: everyFilled(t, row, roles.responsible, 'merged'),
    },
    result: nullIfEmpty(cellText(t, row, roles.result)),
    tools: nullIfEmpty(cellText(t, row, roles.tools)),
    extra,
    line: row.line,
  };
}

export interface ReadRows {
  rows: PlanRow[];
  /** Russian notes on texts moved between columns (warnings), in row order. */
  notes: string[];
  /** The first placed rows, cell texts per owner column (what the preview shows as read). */
  sample: string[][];
}

const SAMPLE_ROWS = 8;

/** A grid's rows as headings and activity rows. */
export function readRows(table: GridTable, columns: readonly GridColumn[]): ReadRows {
  const t: Table = {
    columns,
    groups: ownerGroups(columns),
    owners: columns.filter((c) => c.owner === c.index).map((c) => c.index),
    roles: roleColumns(columns),
  };
  const placed = placeRows(table, columns);
  const labelMode = labelsRows(t, placed);
  const numbered = isNumberedTable(t, placed);
  const out: PlanRow[] = [];
  const notes: string[] = [];
  placed.forEach((row, i) => {
    for (const n of row.notes) notes.push(n);
    const heading = headingText(t, row, numbered, placed[i + 1]);
    if (heading !== null) {
      const first = ownFilled(t, row)[0];
      out.push({
        kind: 'heading',
        text: heading,
        heading: readHeading(heading),
        inStageColumn: !labelMode && t.roles.stage >= 0 && first === t.roles.stage,
        line: row.line,
      });
      return;
    }
    if (ownFilled(t, row).length === 0) return; // only copies of merged cells: nothing new
    out.push(activityRow(t, row, labelMode));
  });
  const sample = placed.slice(0, SAMPLE_ROWS).map((row) => t.owners.map((o) => cellText(t, row, o)));
  return { rows: out, notes, sample };
}
