import { formatRu, type IsoDate } from '../dates/calendar';
import { type Language, sayIn } from '../language';
import { COLORS, FORMAT } from './style';
import type { ReportCell, ReportLink, ReportTab } from './types';

/** Styling of one cell; anything not given takes the row's style, then the defaults. */
export interface CellStyle {
  background?: string | null;
  bold?: boolean;
  color?: string | null;
  /** Number format; by default '0' for numbers and '@' (text) for everything else. */
  format?: string;
}

export interface StyledCell extends CellStyle {
  value: ReportCell;
}

export type CellInput = ReportCell | StyledCell;

const isStyled = (c: CellInput): c is StyledCell => typeof c === 'object' && c !== null;

interface Row {
  cells: CellInput[];
  style: CellStyle;
}

/**
 * Collects a tab row by row, then emits the rectangular per-attribute arrays the adapter writes in
 * one call each. A row's style also covers the padding cells to the right, so a band (a header, a
 * stage heading) spans the whole width of the tab.
 */
export class GridBuilder {
  private readonly rows: Row[] = [];
  readonly links: ReportLink[] = [];

  /** 1-based number of the next row to be added. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Adds a row and returns its 1-based number. */
  add(cells: CellInput[] = [], style: CellStyle = {}): number {
    this.rows.push({ cells, style });
    return this.rows.length;
  }

  link(row: number, col: number, activityId: string): void {
    this.links.push({ row, col, activityId });
  }

  build(minWidth = 1): Pick<ReportTab, 'values' | 'numberFormats' | 'backgrounds' | 'fontWeights' | 'fontColors'> {
    let width = minWidth;
    for (const r of this.rows) width = Math.max(width, r.cells.length);
    const values: ReportCell[][] = [];
    const numberFormats: string[][] = [];
    const backgrounds: (string | null)[][] = [];
    const fontWeights: ('bold' | 'normal')[][] = [];
    const fontColors: (string | null)[][] = [];
    for (const r of this.rows) {
      const v: ReportCell[] = new Array(width);
      const f: string[] = new Array(width);
      const b: (string | null)[] = new Array(width);
      const w: ('bold' | 'normal')[] = new Array(width);
      const c: (string | null)[] = new Array(width);
      const rs = r.style;
      for (let i = 0; i < width; i++) {
        const cell = i < r.cells.length ? r.cells[i] : null;
        // Plain cells take the row style; no object per cell (10,000-row calendars are large).
        if (!isStyled(cell)) {
          v[i] = cell;
          f[i] = rs.format ?? (typeof cell === 'number' ? FORMAT.integer : FORMAT.text);
          b[i] = rs.background ?? null;
          w[i] = rs.bold ? 'bold' : 'normal';
          c[i] = rs.color ?? null;
          continue;
        }
        v[i] = cell.value ?? null;
        // Text format on every non-number cell: user text must never be parsed as a formula or date.
        f[i] = cell.format ?? rs.format ?? (typeof cell.value === 'number' ? FORMAT.integer : FORMAT.text);
        b[i] = cell.background !== undefined ? cell.background : (rs.background ?? null);
        w[i] = (cell.bold ?? rs.bold) ? 'bold' : 'normal';
        c[i] = cell.color !== undefined ? cell.color : (rs.color ?? null);
      }
      values.push(v);
      numberFormats.push(f);
      backgrounds.push(b);
      fontWeights.push(w);
      fontColors.push(c);
    }
    return { values, numberFormats, backgrounds, fontWeights, fontColors };
  }
}

/**
 * The first two rows of every report tab: row 1 names the report, the as-of date and that the tab
 * is generated (so nobody edits it by hand); row 2 names the plan and anything else the tab wants
 * to say up front. Line breaks in a title copied out of Word are folded into spaces.
 */
export function addHeading(
  g: GridBuilder,
  tabName: string,
  today: IsoDate,
  notes: (string | null | undefined)[],
  lang: Language = 'ru',
): void {
  const heading = sayIn(lang)(
    `${tabName} — по состоянию на ${formatRu(today)}. Сформировано автоматически — не редактируйте`,
    `${tabName} as of ${formatRu(today)}. Made automatically: do not edit`,
  );
  g.add([{ value: heading, bold: true, color: COLORS.title }]);
  const line = notes
    .map((n) => (n ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' · ');
  g.add([{ value: line || null, color: COLORS.muted }]);
}

/** A header row of a table: bold on grey. */
export function headerRow(g: GridBuilder, labels: string[]): number {
  return g.add(labels, { background: COLORS.header, bold: true });
}

/** Widths for `n` columns: the given ones, then `fill` for the rest. */
export function widths(given: number[], n: number, fill = 100): number[] {
  const out = given.slice(0, n);
  while (out.length < n) out.push(fill);
  return out;
}
