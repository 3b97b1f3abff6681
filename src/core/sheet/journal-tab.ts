/**
 * The Журнал tab: append-only history. Status changes and reminders sent are both rows here, so
 * the ledger of "what was already sent" survives in the workbook and any person can read it.
 */
import type { CellOut } from './cells';

export const JOURNAL_HEADERS = ['Время', 'Пользователь', 'ID мероприятия', 'Поле', 'Было', 'Стало'] as const;
export const JOURNAL_WIDTHS = [150, 200, 110, 140, 220, 220];

/** The field name used for reminder ledger rows; `Стало` holds the ledger key. */
export const LEDGER_FIELD = 'напоминание';

export interface JournalRow {
  /** ISO instant, e.g. 2021-01-11T09:00:00.000Z. Written as text, so it reads the same in every zone. */
  time: string;
  user: string;
  activityId: string;
  field: string;
  oldValue: string;
  newValue: string;
}

export function journalRowCells(r: JournalRow): CellOut[] {
  return [r.time, r.user, r.activityId, r.field, r.oldValue, r.newValue];
}

export function journalFromValues(values: readonly (readonly unknown[])[]): JournalRow[] {
  return values
    .slice(1)
    .filter((r) => r.some((c) => String(c ?? '').trim()))
    .map((r) => ({
      time: String(r[0] ?? ''),
      user: String(r[1] ?? ''),
      activityId: String(r[2] ?? ''),
      field: String(r[3] ?? ''),
      oldValue: String(r[4] ?? ''),
      newValue: String(r[5] ?? ''),
    }));
}

/** Ledger keys already recorded (reminders sent). */
export function ledgerFromJournal(rows: readonly JournalRow[]): Set<string> {
  return new Set(rows.filter((r) => r.field === LEDGER_FIELD).map((r) => r.newValue));
}

/** The field of the rows that record a write put right after rows moved under it. */
export const CORRECTION_FIELD = 'Статус (исправление)';

/**
 * Журнал rows for a write that had to be put right (src/core/tracking/bound-write.ts): each row
 * that took cells meant for another activity and was put back, and each activity whose change
 * could not be saved (`field` is that change's own field; its first row already claimed it).
 */
export function correctionRows(
  fixes: readonly { intent: string; misplaced: { row: number; id: string } }[],
  failed: readonly { id: string }[],
  user: string,
  field: string,
  time: string,
): JournalRow[] {
  return [
    ...fixes.map((f) => ({
      time,
      user,
      activityId: f.misplaced.id || `строка ${f.misplaced.row}`,
      field: CORRECTION_FIELD,
      oldValue: `сюда попала запись для ${f.intent}: строки плана сдвинули во время записи`,
      newValue: 'возвращено как было',
    })),
    ...failed.map((f) => ({
      time,
      user,
      activityId: f.id,
      field,
      oldValue: '',
      newValue: 'не сохранено: строки плана сдвинули во время записи',
    })),
  ];
}
