import type { IsoDate } from '../dates/calendar';
import type { Activity } from '../plan/types';

/** Stored statuses. "Просрочено" is derived from dates and today, never stored. */
export type Status = 'not-started' | 'in-progress' | 'done' | 'cancelled';

export const STATUS_LABELS: Record<Status, { ru: string; en: string }> = {
  'not-started': { ru: 'Не начато', en: 'Not started' },
  'in-progress': { ru: 'В работе', en: 'In progress' },
  done: { ru: 'Выполнено', en: 'Done' },
  cancelled: { ru: 'Отменено', en: 'Cancelled' },
};

/** "Просрочено" is derived, never stored (src/core/tracking/status.ts), but shown beside the statuses. */
export const OVERDUE_LABEL = { ru: 'Просрочено', en: 'Overdue' } as const;

/** An activity as tracked in the План tab: the imported fields plus the tracking columns. */
export interface TrackedActivity extends Activity {
  status: Status;
  /** Date the (current period of the) activity was marked done. */
  doneDate: IsoDate | null;
  /** Who marked it (e-mail or name). */
  doneBy: string | null;
  comment: string | null;
  /**
   * For recurring activities: the period keys already done ("2022", "2022-Q1", "2022-03", "2022-W05").
   * Done for 2022 does not close 2023.
   */
  donePeriods: string[];
  /** 1-based sheet row where it was read; never used to write without re-finding the ID. */
  row?: number;
}
