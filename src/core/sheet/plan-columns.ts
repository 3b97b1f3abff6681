/**
 * The План tab's columns. Columns are found by header text (Russian or English aliases), never by
 * position, so a coordinator may reorder or add columns. The first alias is the header we write.
 */
export type PlanColumnKey =
  | 'id'
  | 'number'
  | 'stage'
  | 'section'
  | 'group'
  | 'title'
  | 'result'
  | 'tools'
  | 'responsible'
  | 'deadlineText'
  | 'start'
  | 'end'
  | 'recurrence'
  | 'status'
  | 'doneDate'
  | 'doneBy'
  | 'comment'
  | 'donePeriods'
  | 'notify';

export interface PlanColumn {
  key: PlanColumnKey;
  headers: string[];
  /** Column width in pixels for the generated tab. */
  width: number;
  kind: 'text' | 'date' | 'status';
}

export const PLAN_COLUMNS: readonly PlanColumn[] = [
  { key: 'id', headers: ['ID', 'Идентификатор'], width: 90, kind: 'text' },
  { key: 'number', headers: ['№', 'Номер', 'No', 'Number'], width: 50, kind: 'text' },
  { key: 'stage', headers: ['Этап', 'Stage'], width: 160, kind: 'text' },
  { key: 'section', headers: ['Раздел', 'Section'], width: 160, kind: 'text' },
  { key: 'group', headers: ['Группа мероприятий', 'Group'], width: 140, kind: 'text' },
  { key: 'title', headers: ['Мероприятие', 'Activity', 'Мероприятия'], width: 360, kind: 'text' },
  { key: 'result', headers: ['Ожидаемый результат', 'Expected result', 'Результат'], width: 220, kind: 'text' },
  { key: 'tools', headers: ['Инструментарий', 'Tools'], width: 160, kind: 'text' },
  { key: 'responsible', headers: ['Ответственные', 'Responsible', 'Ответственный'], width: 200, kind: 'text' },
  {
    key: 'deadlineText',
    headers: ['Срок (как в документе)', 'Deadline (as written)', 'Срок'],
    width: 150,
    kind: 'text',
  },
  { key: 'start', headers: ['Начало', 'Start'], width: 90, kind: 'date' },
  { key: 'end', headers: ['Окончание', 'End', 'Due'], width: 90, kind: 'date' },
  { key: 'recurrence', headers: ['Повтор', 'Recurrence'], width: 100, kind: 'text' },
  { key: 'status', headers: ['Статус', 'Status'], width: 110, kind: 'status' },
  { key: 'doneDate', headers: ['Дата выполнения', 'Done on'], width: 100, kind: 'date' },
  { key: 'doneBy', headers: ['Отметил', 'Marked by'], width: 160, kind: 'text' },
  {
    key: 'comment',
    headers: ['Комментарий / подтверждение', 'Comment / evidence', 'Комментарий'],
    width: 220,
    kind: 'text',
  },
  { key: 'donePeriods', headers: ['Выполнено за периоды', 'Done periods'], width: 120, kind: 'text' },
  { key: 'notify', headers: ['Кому напоминать', 'Notify'], width: 200, kind: 'text' },
];

export const PLAN_SHEET_NAME = 'План';
export const STAFF_SHEET_NAME = 'Сотрудники';
export const JOURNAL_SHEET_NAME = 'Журнал';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s.:]+/g, ' ')
    .trim();

/** Map header row → column index per key (0-based), by alias. Unknown headers are left alone. */
export function locateColumns(headerRow: readonly unknown[]): Partial<Record<PlanColumnKey, number>> {
  const found: Partial<Record<PlanColumnKey, number>> = {};
  headerRow.forEach((h, i) => {
    const text = norm(String(h ?? ''));
    if (!text) return;
    for (const col of PLAN_COLUMNS) {
      if (found[col.key] !== undefined) continue;
      if (col.headers.some((a) => norm(a) === text)) {
        found[col.key] = i;
        return;
      }
    }
  });
  return found;
}
