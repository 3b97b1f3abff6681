/**
 * Every server entry point of the add-on and who may call it: the one table the guard reads
 * (src/gas/access.ts) and docs/security.md shows. A function exported by src/main.ts that is
 * missing here fails a test, so a new entry point cannot skip the check.
 *
 * `allowed`: 'anyone' (the menu and the sidebar: what a person may change is checked per
 * activity), 'coordinator' (a coordinator named by the owner, or the owner), 'owner'.
 * `as`: whose role counts — the caller's, or, for an installable trigger, its installer's (it
 * runs as them, whoever caused it). What each one checks besides: ENTRY_CHECKS (entry-checks.ts,
 * not bundled: the server never reads those words).
 */
export type Level = 'anyone' | 'coordinator' | 'owner';
export type EntryKind = 'simple' | 'menu' | 'run' | 'sidebar' | 'trigger' | 'web';

/**
 * Where a call comes from: the spreadsheet (menu, sidebar, dialogs, triggers), or the web app
 * (its page, or any page calling google.script.run on it), which runs as the coordinator who
 * deployed it — so there only the `web` entry points answer, each authorised by a signed link.
 */
export type CallContext = 'document' | 'webapp';

export interface EntryPoint {
  kind: EntryKind;
  allowed: Level;
  as: 'caller' | 'installer';
  /** What the user asked for, in Russian, for the refusal ("Импорт плана"). */
  label: string;
  /** The request names the coordinators: changing them needs the owner. */
  ownerFor?: 'coordinators';
}

const entry = (kind: EntryKind, allowed: Level, label: string, as: EntryPoint['as'] = 'caller'): EntryPoint => ({
  kind,
  allowed,
  as,
  label,
});
const menu = (allowed: Level, label: string) => entry('menu', allowed, label);
const run = (allowed: Level, label: string) => entry('run', allowed, label);
/** The web app: anyone holding a link; what the link allows is checked by the entry point itself. */
const web = (label: string) => entry('web', 'anyone', label);
const sidebar = (label: string) => entry('sidebar', 'anyone', label);
/** An installable trigger: it runs as the coordinator who installed it, whoever caused it. */
const trigger = (label: string) => entry('trigger', 'coordinator', label, 'installer');
const IMPORT = 'Импорт плана';
const CONVERT = 'Распознавание таблицы на листе';
const MY_ACTIVITIES = 'Мои мероприятия';

export const ENTRY_POINTS = {
  onOpen: entry('simple', 'anyone', 'Меню'),
  onInstall: entry('simple', 'anyone', 'Меню'),
  menuCreatePlan: menu('coordinator', 'Создание вкладки «План»'),
  menuImport: menu('coordinator', IMPORT),
  importApply: run('coordinator', IMPORT),
  importColumnsGet: run('coordinator', IMPORT),
  importColumnsSave: run('coordinator', IMPORT),
  menuConvertSheet: menu('coordinator', CONVERT),
  importSheetSource: run('coordinator', CONVERT),
  menuReports: menu('coordinator', 'Обновление отчётов'),
  menuRemindersOn: menu('coordinator', 'Включение напоминаний'),
  menuRemindersOff: menu('coordinator', 'Выключение напоминаний'),
  menuRemindersTakeOver: menu('coordinator', 'Отправка напоминаний от своего имени'),
  menuRemindersStatus: menu('coordinator', 'Состояние напоминаний'),
  menuRemindersSettings: menu('coordinator', 'Настройки напоминаний'),
  remindersSettingsSave: {
    ...run('coordinator', 'Сохранение настроек напоминаний'),
    ownerFor: 'coordinators',
  },
  accessTransferOwner: run('owner', 'Передача прав владельца'),
  menuRemindersPreview: menu('coordinator', 'Предпросмотр рассылки'),
  remindersPreview: run('coordinator', 'Предпросмотр рассылки'),
  menuRemindersTest: menu('coordinator', 'Пробное письмо'),
  menuSidebar: menu('anyone', MY_ACTIVITIES),
  sidebarLoad: sidebar(MY_ACTIVITIES),
  sidebarMark: sidebar('Отметка'),
  sidebarUndo: sidebar('Отмена отметки'),
  sidebarSetIdentity: sidebar('«Кто вы?»'),
  sidebarShowRow: sidebar('Показать в таблице'),
  menuLinks: menu('coordinator', 'Ссылки в письмах'),
  menuLinksRevoke: menu('coordinator', 'Отзыв ссылок из писем'),
  doGet: web('Страница по ссылке из письма'),
  webMark: web('Отметка по ссылке из письма'),
  webUndo: web('Отмена отметки по ссылке из письма'),
  menuStaff: menu('coordinator', 'Вкладка «Сотрудники»'),
  menuStaffFromPlan: menu('coordinator', 'Заполнение «Сотрудников» из плана'),
  menuStaffCheck: menu('coordinator', 'Проверка сотрудников'),
  onDailyReminders: trigger('Ежедневная рассылка'),
  onPlanEdit: trigger('Запись изменения статуса'),
} as const satisfies Record<string, EntryPoint>;

export type EntryName = keyof typeof ENTRY_POINTS;
