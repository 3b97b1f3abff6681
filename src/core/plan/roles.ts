/**
 * Stage 3 of the import: each column's role, from its header AND its cells, and the user's say.
 *
 * The header names most columns; the cells settle what it leaves open: a table whose activity
 * column is headed «Этап» or «Направления деятельности» (per-row, varied text: the activities,
 * not a stage repeated down the column), a date column under a header nobody foresaw, a table
 * pasted without its header row. A role chosen by the user in the preview wins over both.
 */
import { type Column, type ColumnRole, columnsFromHeader, type RoleSource, roleOfHeader } from './columns';
import { type ColumnEvidence, columnEvidence, titleScore } from './evidence';

/** A grid column: a header cell spanning two columns owns both (texts under it are joined). */
export interface GridColumn extends Column {
  owner: number;
}

/** The user's choice in the preview (or `--columns`): 0-based column index → role. */
export type ColumnChoice = Readonly<Record<number, ColumnRole>>;

export interface RoleInput {
  /** Header texts per grid column, or null when the table has no header row. */
  headers: string[] | null;
  /** The owner column of each grid column (itself unless a spanning header cell covers it). */
  owners: number[];
  /** Data rows: cell texts per grid column. */
  rows: string[][];
}

const CONTENT_ROLES: ColumnRole[] = ['number', 'deadline', 'title', 'responsible'];

/** Texts of the owner columns, each joined with the columns its header covers. */
function ownerTexts(rows: string[][], owners: number[]): string[][] {
  return rows.map((r) => {
    const out = owners.map(() => '');
    owners.forEach((o, i) => {
      const t = r[i] ?? '';
      if (t) out[o] = out[o] ? `${out[o]} ${t}` : t;
    });
    return out;
  });
}

function fits(role: ColumnRole, e: ColumnEvidence): boolean {
  if (!e.filled) return false;
  switch (role) {
    case 'number':
      return e.numbers >= 0.7 && e.meanLength <= 10 && e.filled >= 0.3 * e.rows;
    case 'deadline':
      return e.dates >= 0.5 && e.filled >= 0.3 * e.rows;
    case 'responsible':
      return e.people >= 0.5 && e.meanLength <= 90 && e.filled >= 0.3 * e.rows;
    case 'title':
      return titleScore(e) >= 0.15;
    default:
      return false;
  }
}

/** How well a column fits a role it may take from its content (higher is better). */
function fitness(role: ColumnRole, e: ColumnEvidence, index: number): number {
  switch (role) {
    case 'number':
      return e.numbers - index * 0.01; // the leftmost
    case 'deadline':
      return e.dates;
    case 'responsible':
      return e.people + index * 0.001; // the rightmost of equals
    case 'title':
      return titleScore(e) - index * 0.001;
    default:
      return 0;
  }
}

/**
 * The roles of a table's columns. Header roles first; then, for each role the header leaves
 * unfilled, the open column whose cells fit it best. Open: a column whose header names nothing
 * known (or no header at all); for the activity role also a «stage» column whose cells are
 * per-row activities. Known extra columns («Участники», «Место проведения») stay extra.
 */
export function assignRoles(input: RoleInput, choice: ColumnChoice = {}): GridColumn[] {
  const { owners } = input;
  const width = owners.length;
  const headers = input.headers ?? owners.map(() => '');
  const base = input.headers
    ? columnsFromHeader(headers)
    : headers.map((header, index): Column => ({ index, header, role: 'extra', from: 'content' }));
  const evidence = columnEvidence(ownerTexts(input.rows, owners), width);
  const isOwner = (i: number) => owners[i] === i;
  const role: (ColumnRole | null)[] = base.map((c) => (isOwner(c.index) ? c.role : null));
  const from: RoleSource[] = base.map((c) => c.from);
  /** Columns the header names (or the user chose): content does not move them. */
  const locked = base.map((c) => input.headers !== null && roleOfHeader(c.header) !== null);

  // The user's choice: those columns take their role; another column holding it gives it up.
  for (const [k, r] of Object.entries(choice)) {
    const i = Number(k);
    if (!Number.isInteger(i) || i < 0 || i >= width || !isOwner(i)) continue;
    if (r !== 'extra')
      role.forEach((x, j) => {
        if (x === r && j !== i && !(String(j) in choice)) {
          role[j] = 'extra';
          from[j] = 'content';
          locked[j] = false;
        }
      });
    role[i] = r;
    from[i] = 'user';
    locked[i] = true;
  }

  const has = (r: ColumnRole) => role.includes(r);
  for (const r of CONTENT_ROLES) {
    if (has(r)) continue;
    let best = -1;
    let bestFit = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < width; i++) {
      if (!isOwner(i)) continue;
      const open = !locked[i] || (r === 'title' && role[i] === 'stage' && from[i] === 'header');
      if (!open || (role[i] !== 'extra' && role[i] !== 'stage')) continue;
      if (r === 'title' && role[i] === 'stage' && !stageHoldsActivities(evidence[i])) continue;
      if (!fits(r, evidence[i])) continue;
      const f = fitness(r, evidence[i], i);
      if (f > bestFit) {
        bestFit = f;
        best = i;
      }
    }
    if (best >= 0) {
      role[best] = r;
      from[best] = 'content';
      locked[best] = true;
    }
  }

  // Never an untitled plan while some column holds per-row text: the best one left is the activity.
  if (!has('title')) {
    let best = -1;
    for (let i = 0; i < width; i++) {
      if (!isOwner(i) || from[i] === 'user' || (role[i] !== 'extra' && role[i] !== 'stage')) continue;
      if (titleScore(evidence[i]) > 0 && (best < 0 || titleScore(evidence[i]) > titleScore(evidence[best]))) best = i;
    }
    if (best >= 0) {
      role[best] = 'title';
      from[best] = 'content';
    }
  }

  return base.map((c, i) => {
    const owner = owners[i];
    const r = role[owner] ?? 'extra';
    return { index: i, header: owner === i ? c.header : base[owner].header, role: r, from: from[owner], owner };
  });
}

/**
 * A «stage» column is the activity column when it holds a text on most data rows, mostly
 * different ones: a real stage column repeats its text or stands on the first row of a stage.
 */
function stageHoldsActivities(e: ColumnEvidence): boolean {
  return e.rows > 0 && e.filled >= 0.6 * e.rows && e.distinct >= 0.6 * e.filled;
}
