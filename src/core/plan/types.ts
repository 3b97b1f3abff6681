import type { Deadline } from '../deadline/types';

/** One activity (мероприятие) of an imported plan: one row to track. */
export interface Activity {
  /** Stable ID: the same when the same text is imported again; unique in the plan. */
  id: string;
  /** The number as the document shows it ("1.1", "2.2.3", "3."); numbering may restart per stage. */
  number: string | null;
  stage: string | null;
  section: string | null;
  /** The row label of a cell holding several numbered sub-activities ("Сбор информации Мониторинга"). */
  group: string | null;
  title: string;
  result: string | null;
  tools: string | null;
  /** The responsible as the source text (a string; resolved people live elsewhere). */
  responsible: string | null;
  /** How `responsible` was obtained when the activity's own cell was empty. */
  responsibleFrom?: 'cell' | 'inherited' | 'merged' | 'heading' | null;
  deadline: Deadline;
  /** Other columns the plan has (Место проведения, Участники …), keyed by their header text. */
  extra?: Record<string, string>;
  /** Source line/row for messages. */
  line?: number;
}

export type WarningKind =
  | 'end-before-start'
  | 'stage-order'
  | 'no-deadline'
  | 'no-responsible'
  | 'deadline-problem'
  | 'duplicate-number'
  | 'structure';

export interface PlanWarning {
  /** Activity id, or null for a plan-level warning. */
  activity: string | null;
  kind: WarningKind;
  /** Russian message for the coordinator. */
  message: string;
  /** Its English, where the reader has one (the import dialog of an English document shows it). */
  en?: string;
}

/** The import JSON contract (CLI `import --json`). Add fields, never rename. */
export interface PlanImport {
  title: string | null;
  horizonYear: number | null;
  activities: Activity[];
  /** Every non-empty source text that did not land in an activity field. */
  unrecognized: string[];
  warnings: PlanWarning[];
  /**
   * The plan table's columns, in order: header text → role, for the preview. `index` is the
   * 0-based grid column (what `--columns` and the preview's choice name, 1-based for people);
   * `from` says whether the role came from the header, the cells or the user's choice.
   */
  columns?: PlanColumn[];
  stages?: string[];
  format?: 'text' | 'docx';
  /**
   * The shape of the plan table (its header texts, or its width when it has none): a column
   * choice made for one import is offered again for a table of the same shape.
   */
  shape?: string;
  /** The first body rows of the plan table as they are read, cell texts per column (the preview). */
  sample?: string[][];
}

export interface PlanColumn {
  header: string;
  role: string;
  index?: number;
  from?: 'header' | 'content' | 'user';
}
