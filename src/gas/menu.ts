/**
 * The add-on menu. Each item names an entry point exported by src/main.ts (the build generates the
 * top-level functions from those exports; a test checks every item's function exists in the
 * built file). onOpen may run in AuthMode.NONE: it only builds the menu, touching no properties.
 *
 * `Ui.createAddonMenu()`: a sub-menu of Extensions, titled with the add-on's Marketplace name when
 * installed as an add-on and with the script project's name when the script is bound to the
 * spreadsheet (reference/base/ui#createAddonMenu) — so a bound copy's project is named «План-график»
 * too (README, "Deploying"). A published editor add-on may not add a top-level menu of its own
 * (workspace/add-ons/concepts/menus: "Published Editor add-ons can create custom menu items under
 * their editor's Extensions menu").
 */
// The take-over item's words live with the alerts that point to it (one copy).
import { TAKE_OVER_ITEM } from '../core/reminders/sending-text';

export interface MenuItem {
  caption: string;
  fn: string;
}
export interface SubMenu {
  caption: string;
  items: MenuItem[];
}
export type MenuEntry = MenuItem | SubMenu | 'separator';

export const MENU: readonly MenuEntry[] = [
  { caption: 'Создать план-график', fn: 'menuCreatePlan' },
  { caption: 'Импорт плана…', fn: 'menuImport' },
  { caption: 'Распознать таблицу на этом листе', fn: 'menuConvertSheet' },
  'separator',
  { caption: 'Мои мероприятия', fn: 'menuSidebar' },
  {
    caption: 'Сотрудники',
    items: [
      { caption: 'Открыть / создать вкладку «Сотрудники»', fn: 'menuStaff' },
      { caption: 'Заполнить из плана', fn: 'menuStaffFromPlan' },
      { caption: 'Проверить список и ответственных', fn: 'menuStaffCheck' },
    ],
  },
  {
    caption: 'Напоминания',
    items: [
      { caption: 'Включить напоминания', fn: 'menuRemindersOn' },
      { caption: 'Выключить напоминания', fn: 'menuRemindersOff' },
      { caption: 'Состояние напоминаний', fn: 'menuRemindersStatus' },
      { caption: TAKE_OVER_ITEM, fn: 'menuRemindersTakeOver' },
      { caption: 'Настройки…', fn: 'menuRemindersSettings' },
      { caption: 'Предпросмотр рассылки на дату…', fn: 'menuRemindersPreview' },
      { caption: 'Отправить пробное письмо себе', fn: 'menuRemindersTest' },
      { caption: 'Ссылки в письмах…', fn: 'menuLinks' },
      { caption: 'Отозвать все ссылки из писем…', fn: 'menuLinksRevoke' },
    ],
  },
  { caption: 'Отчёты', items: [{ caption: 'Обновить', fn: 'menuReports' }] },
];

export function menuFunctions(entries: readonly MenuEntry[] = MENU): string[] {
  return entries.flatMap((e) => (e === 'separator' ? [] : 'items' in e ? e.items.map((i) => i.fn) : [e.fn]));
}

export function addMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const e of MENU) {
    if (e === 'separator') menu.addSeparator();
    else if ('items' in e) {
      const sub = ui.createMenu(e.caption);
      for (const i of e.items) sub.addItem(i.caption, i.fn);
      menu.addSubMenu(sub);
    } else menu.addItem(e.caption, e.fn);
  }
  menu.addToUi();
}
