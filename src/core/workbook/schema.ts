/**
 * The schema of the workbook, in one place: the names of the tabs the add-on reads and writes, the
 * columns of the План and Сотрудники tabs (found by header text, in Russian or English), and the
 * keys of the properties it keeps. Readers and request builders take their names from here.
 *
 * The План tab's columns. Columns are found by header text (Russian or English aliases), never by
 * position, so a coordinator may reorder or add columns. The first alias is the header we write.
 */
import { lowerYo } from '../people/text';
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

/** A plan column's Russian and English header, [ru, en, …]: the report tabs head the same columns with them. */
export const headersOf = (key: PlanColumnKey) => PLAN_COLUMNS.find((c) => c.key === key)!.headers as [string, string];

export const PLAN_SHEET_NAME = 'План';
export const STAFF_SHEET_NAME = 'Сотрудники';
export const JOURNAL_SHEET_NAME = 'Журнал';

export type StaffColumnKey = 'name' | 'positions' | 'email' | 'groups' | 'aliases' | 'active';

/**
 * The Сотрудники tab's columns (the first header is the one we write). Headers match after
 * `staffHeaderKey` (case, ё, spaces, dots and hyphens ignored): «Ф.И.О.» is «ФИО», «e-mail» «Email».
 */
export const STAFF_COLUMNS: readonly { key: StaffColumnKey; headers: string[]; width: number }[] = [
  { key: 'name', headers: ['ФИО', 'Name', 'Сотрудник', 'Имя', 'Full name'], width: 240 },
  { key: 'positions', headers: ['Должность', 'Position', 'Роль', 'Должности', 'Role'], width: 260 },
  {
    key: 'email',
    headers: ['E-mail', 'Email', 'Эл. почта', 'Почта', 'Электронная почта', 'Адрес'],
    width: 220,
  },
  { key: 'groups', headers: ['Группы', 'Groups', 'Группа', 'Group'], width: 220 },
  { key: 'aliases', headers: ['Псевдонимы', 'Aliases', 'Псевдоним', 'Alias'], width: 200 },
  { key: 'active', headers: ['Активен', 'Active', 'Активна', 'Активный'], width: 80 },
];

export const ORGS_SHEET_NAME = 'Организации';

export type OrgColumnKey = 'name' | 'email' | 'sheet' | 'method' | 'status' | 'checkedOn';

/**
 * The «Организации» tab of an education department's spreadsheet (src/core/rollup): one row per
 * organisation of the municipal plan. Headers match after `staffHeaderKey`, as Сотрудники's do.
 * «Таблица» holds a spreadsheet's URL or bare ID, as pasted; «Способ» says whether the add-on
 * created the organisation's plan from the municipal one (matched by ID) or the department linked
 * the organisation's own plan by URL (matched by № and title, confirmed once). The last two
 * columns are written by the roll-up.
 */
export const ORG_COLUMNS: readonly { key: OrgColumnKey; headers: string[]; width: number }[] = [
  {
    key: 'name',
    headers: ['Организация', 'Organisation', 'Organization', 'Наименование', 'ОО', 'Учреждение'],
    width: 260,
  },
  {
    key: 'email',
    headers: ['E-mail координатора', 'Coordinator e-mail', 'E-mail', 'Email', 'Почта', 'Эл. почта координатора'],
    width: 220,
  },
  {
    key: 'sheet',
    headers: ['Таблица (ссылка или ID)', 'Spreadsheet (URL or ID)', 'Таблица', 'Ссылка', 'ID таблицы', 'Spreadsheet'],
    width: 280,
  },
  { key: 'method', headers: ['Способ', 'Method', 'Как подключена'], width: 170 },
  { key: 'status', headers: ['Статус последнего свода', 'Last roll-up status', 'Статус свода'], width: 260 },
  { key: 'checkedOn', headers: ['Дата свода', 'Rolled up on'], width: 100 },
];

export const staffHeaderKey = (s: unknown): string => lowerYo(String(s ?? '')).replace(/[\s\-.]+/g, '');

/**
 * Column index per key (0-based) from a header row, headers compared by `staffHeaderKey`; the first
 * column a key's header names wins. For the tabs people type headers into (Сотрудники, Организации).
 */
export function locateByHeaders<K extends string>(
  header: readonly unknown[],
  columns: readonly { key: K; headers: readonly string[] }[],
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  header.forEach((h, i) => {
    const t = staffHeaderKey(h);
    if (!t) return;
    const col = columns.find((c) => out[c.key] === undefined && c.headers.some((a) => staffHeaderKey(a) === t));
    if (col) out[col.key] = i;
  });
  return out;
}

/** The document properties the add-on keeps, by key: one list, so two modules never spell one twice. */
export const KEYS = {
  /** The owner of record (src/core/access/owner.ts). */
  owner: 'access.owner',
  /** The last refusal of a trigger whose installer lost the coordinator role. */
  refused: 'access.refused',
  settings: 'reminders.settings',
  status: 'reminders.status',
  planMeta: 'plan.meta',
  /** Which installed trigger set sends (src/core/reminders/sender.ts). */
  sender: 'triggers.sender',
  /** The import's column choices per document shape (src/core/import/remembered-columns.ts). */
  importColumns: 'importColumns',
} as const;

/**
 * The user properties, per spreadsheet: user properties are shared by every document the add-on
 * runs in, so the «Кто вы?» answer given in one document must not reach another. (The undo history
 * they once held, `sidebar.undo.<id>`, is in the Журнал now: src/core/sidebar/undo-history.ts.)
 */
export const USER_KEYS = {
  identity: (spreadsheetId: string) => `sidebar.identity.${spreadsheetId}`,
} as const;

const norm = (s: string) =>
  lowerYo(s)
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
