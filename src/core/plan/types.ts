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
}

/** The import JSON contract (CLI `import --json`). Add fields, never rename. */
export interface PlanImport {
  title: string | null;
  horizonYear: number | null;
  activities: Activity[];
  /** Every non-empty source text that did not land in an activity field. */
  unrecognized: string[];
  warnings: PlanWarning[];
  /** Detected column roles, header text → role, for the preview. */
  columns?: { header: string; role: string }[];
  stages?: string[];
  format?: 'text' | 'docx';
}
