import type { IsoDate } from '../dates/calendar';
import type { Language } from '../language';
import type { ResponsibleProblem } from '../people/problem-words';
import type { PlanWarning } from '../plan/types';
import type { TrackedActivity } from '../tracking/types';

/**
 * What the report builder hands to the Apps Script adapter. Every attribute is a full rectangular
 * 2-D array of the same size as `values`, so the adapter writes one tab with one call per attribute
 * (setNumberFormats, setValues, setBackgrounds, setFontWeights, setFontColors) at any plan size.
 *
 * Cell conventions (see docs/reports.md):
 * - strings are user text and carry the number format '@' — the adapter must call setNumberFormats
 *   BEFORE setValues, so a title such as "=СУММ(A1)" stays text and never becomes a formula;
 * - dates are given as text "дд.мм.гггг" (format '@'): the tabs are generated already sorted, and
 *   text keeps the adapter free of time-zone conversions;
 * - numbers are counts or days (format '0') or fractions shown as percent (format '0%').
 */
export type ReportCell = string | number | boolean | null;

/** A 1-based block of cells inside one tab. */
export interface ReportRange {
  row: number;
  col: number;
  numRows: number;
  numColumns: number;
}

/**
 * An embedded chart. `range` is the data block inside the same tab: its first row holds the series
 * names (headers) and its first column the category labels. The adapter removes the tab's old
 * charts before inserting these, so a refresh replaces them instead of duplicating them.
 */
export interface ChartSpec {
  kind: 'pie' | 'stacked-bar' | 'column';
  title: string;
  range: ReportRange;
  /** Anchor cell (1-based) of the chart's top-left corner. */
  position: { row: number; col: number };
  /** Colours of the slices (pie) or series (bars), in data order; matches the status colours. */
  colors?: string[];
  /** Chart size in pixels. */
  width?: number;
  height?: number;
}

/** A link from a cell to the activity's row in the План tab (the adapter finds the row by ID). */
export interface ReportLink {
  /** 1-based. */
  row: number;
  col: number;
  activityId: string;
}

export interface ReportTab {
  /** 'Отчёт: Сводка', 'Отчёт: Просрочено', 'Отчёт: Ближайшие 14 дней', 'Отчёт: Календарь', 'Отчёт: Качество данных'. */
  name: string;
  asOf: IsoDate;
  values: ReportCell[][];
  numberFormats: string[][];
  backgrounds: (string | null)[][];
  fontWeights: ('bold' | 'normal')[][];
  fontColors: (string | null)[][];
  /** One width in pixels per column of `values`. */
  columnWidths: number[];
  frozenRows: number;
  frozenColumns?: number;
  links: ReportLink[];
  charts: ChartSpec[];
  tabColor?: string;
}

/** Who an activity names: resolved people (display names) and the parts of the text nobody matched. */
export interface ReportRecipients {
  names: string[];
  unresolved: string[];
  /** Why each unresolved part reaches nobody (absent: nobody in the staff list matches it). */
  problems?: ResponsibleProblem[];
}

export interface ReportInput {
  activities: TrackedActivity[];
  recipientsOf: (a: TrackedActivity) => ReportRecipients;
  today: IsoDate;
  /** The plan's title, shown under the heading of every tab. */
  title?: string | null;
  /** The plan's horizon year: recurring activities without their own end run until its end. */
  horizonYear?: number | null;
  /** Import warnings (stored with the plan); shown in the data-quality tab. */
  warnings?: PlanWarning[];
  /** The document's language (Russian when absent): the tabs' names, headers and notes. */
  lang?: Language;
}
