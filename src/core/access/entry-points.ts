/**
 * Every server entry point of the add-on and who may call it: the one table the guard reads
 * (src/gas/access.ts) and docs/security.md shows. A function exported by src/main.ts that is
 * missing here fails a test, so a new entry point cannot skip the check.
 *
 * `allowed`: 'anyone' (the menu and the sidebar: what a person may change is checked per
 * activity), 'coordinator' (a coordinator named by the owner, or the owner), 'owner'.
 * `as`: whose role counts — the caller's, or, for an installable trigger, its installer's (it
 * runs as them, whoever caused it).
 */
export type Level = 'anyone' | 'coordinator' | 'owner';
export type EntryKind = 'simple' | 'menu' | 'run' | 'sidebar' | 'trigger';

export interface EntryPoint {
  kind: EntryKind;
  allowed: Level;
  as: 'caller' | 'installer';
  /** What the user asked for, in Russian, for the refusal ("Импорт плана"). */
  label: string;
  /** What the entry point checks besides the role (for docs/security.md). */
  checks: string;
  /** The request names the coordinators: changing them needs the owner. */
  ownerFor?: 'coordinators';
}

const menu = (allowed: Level, label: string, checks: string): EntryPoint => ({
  kind: 'menu',
  allowed,
  as: 'caller',
  label,
  checks,
});
const run = (allowed: Level, label: string, checks: string): EntryPoint => ({
  kind: 'run',
  allowed,
  as: 'caller',
  label,
  checks,
});
const sidebar = (label: string, checks: string): EntryPoint => ({
  kind: 'sidebar',
  allowed: 'anyone',
  as: 'caller',
  label,
  checks,
});

export const ENTRY_POINTS = {
  onOpen: {
    kind: 'simple',
    allowed: 'anyone',
    as: 'caller',
    label: 'Меню',
    checks: 'builds the menu only (AuthMode.NONE: no properties)',
  },
  onInstall: { kind: 'simple', allowed: 'anyone', as: 'caller', label: 'Меню', checks: 'builds the menu only' },
  menuCreatePlan: menu('coordinator', 'Создание вкладки «План»', 'document lock; refuses when a План tab exists'),
  menuImport: menu('coordinator', 'Импорт плана', 'the dialog opens only for a coordinator'),
  importApply: run(
    'coordinator',
    'Импорт плана',
    'size limits, then the schema, then the 10-million-cell limit, all before any write; document lock; the owner of record is not touched',
  ),
  importColumnsGet: run('coordinator', 'Импорт плана', 'request schema; the roles remembered for a table shape'),
  importColumnsSave: run('coordinator', 'Импорт плана', "request schema; sized to 8 KB in the document's state"),
  menuConvertSheet: menu(
    'coordinator',
    'Распознавание таблицы на листе',
    'opens the import dialog on the sheet; nothing is written before importApply',
  ),
  importSheetSource: run(
    'coordinator',
    'Распознавание таблицы на листе',
    'request schema; the sheet must exist; its values read as displayed, never changed',
  ),
  menuReports: menu('coordinator', 'Обновление отчётов', 'document lock'),
  menuRemindersOn: menu('coordinator', 'Включение напоминаний', 'installs the one daily trigger, as the caller'),
  menuRemindersOff: menu('coordinator', 'Выключение напоминаний', "removes the caller's trigger"),
  menuRemindersTakeOver: menu(
    'coordinator',
    'Отправка напоминаний от своего имени',
    "asks first; the previous sender's triggers remove themselves on their next run; journalled",
  ),
  menuRemindersStatus: menu('coordinator', 'Состояние напоминаний', 'may reinstall a missing trigger'),
  menuRemindersSettings: menu(
    'coordinator',
    'Настройки напоминаний',
    'the coordinator list and the owner are editable by the owner only',
  ),
  remindersSettingsSave: {
    ...run(
      'coordinator',
      'Сохранение настроек напоминаний',
      'each field validated; a changed coordinator list needs the owner; the trigger replaced, never doubled',
    ),
    ownerFor: 'coordinators',
  },
  accessTransferOwner: run(
    'owner',
    'Передача прав владельца',
    'the successor becomes owner the first time they act signed in with that address',
  ),
  menuRemindersPreview: menu('coordinator', 'Предпросмотр рассылки', 'date дд.мм.гггг; shows every recipient'),
  remindersPreview: run('coordinator', 'Предпросмотр рассылки', 'date ГГГГ-ММ-ДД (a real day); shows every recipient'),
  menuRemindersTest: menu('coordinator', 'Пробное письмо', "one e-mail to the caller's own address"),
  menuSidebar: menu('anyone', 'Мои мероприятия', 'opens the sidebar'),
  sidebarLoad: sidebar('Мои мероприятия', 'request schema; identity: the Google address, else «Кто вы?» (staff only)'),
  sidebarMark: sidebar(
    'Отметка',
    'request schema; staff mark their own activities only; row found by ID (duplicates refused); version; done date between the plan start and today; write checked on the row and corrected',
  ),
  sidebarUndo: sidebar(
    'Отмена отметки',
    'staff undo their own change only, never over a later change; write checked on the row and corrected',
  ),
  sidebarSetIdentity: sidebar(
    '«Кто вы?»',
    'an active staff member with an e-mail, who is not a coordinator or the owner',
  ),
  sidebarShowRow: sidebar('Показать в таблице', 'request schema; the row found by ID'),
  menuStaff: menu('coordinator', 'Вкладка «Сотрудники»', 'may create the tab'),
  menuStaffFromPlan: menu('coordinator', 'Заполнение «Сотрудников» из плана', 'document lock; appends rows'),
  menuStaffCheck: menu(
    'coordinator',
    'Проверка сотрудников',
    'document lock; the derived «Кому напоминать» column re-checked after the write',
  ),
  onDailyReminders: {
    kind: 'trigger',
    allowed: 'coordinator',
    as: 'installer',
    label: 'Ежедневная рассылка',
    checks: 'the installer must still be a coordinator; a ledger row after each e-mail',
  },
  onPlanEdit: {
    kind: 'trigger',
    allowed: 'coordinator',
    as: 'installer',
    label: 'Запись изменения статуса',
    checks: 'the installer must still be a coordinator; the edited row re-checked by ID after the write',
  },
} as const satisfies Record<string, EntryPoint>;

export type EntryName = keyof typeof ENTRY_POINTS;
