import { PREVIEW_BAD_DATE, PREVIEW_PROMPT, parseRuDate, previewAlert, testSentText } from './core/reminders/menu-text';
import { parseSettings } from './core/reminders/settings';
import { settingsFormHtml } from './core/reminders/settings-form';
import { guard, ownerView, transferOwner } from './gas/access';
import { parseSheetRequest, sheetMarker, sheetSource, sheetToConvert } from './gas/convert-sheet';
import { createPlanSheet } from './gas/create-plan';
import { importColumnsGet as getImportColumns, importColumnsSave as saveImportColumns } from './gas/import-columns';
import { writeImportedPlan } from './gas/import-plan';
import { addMenu } from './gas/menu';
import { loadSettings, previewReminders, saveSettings, sendTestLetter, withAudience } from './gas/reminders';
import { refreshReports } from './gas/reports';
import {
  afterSettingsSaved,
  reminderStatusLines,
  runDailyTrigger,
  takeOverQuestion,
  takeOverSending,
  turnRemindersOff,
  turnRemindersOn,
} from './gas/sending';
import { checkStaffAndPlan, fillStaffFromPlan, openStaffTab } from './gas/staff';
import { APP_TITLE, menuAction } from './gas/ui';
import { currentUserEmail } from './gas/user';
import { loadWorkbook, NO_STAFF_NOTE } from './gas/workbook';
import { type ImportResponse, parseImportRequest } from './shared/import-contract';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addMenu(SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

// ---- plan ----

export function menuCreatePlan(): void {
  if (!guard('menuCreatePlan')) return;
  menuAction(() => {
    const ss = SpreadsheetApp.getActive();
    const r = createPlanSheet(ss);
    ss.toast(
      r.replacedEmptySheet
        ? `Вкладка «План» создана вместо пустой «${r.replacedEmptySheet}».`
        : 'Вкладка «План» создана.',
      APP_TITLE,
    );
  });
}

export function menuImport(): void {
  if (!guard('menuImport')) return;
  menuAction((ui) => {
    const html = HtmlService.createHtmlOutputFromFile('import').setWidth(960).setHeight(680);
    ui.showModalDialog(html, 'Импорт плана / Import a plan');
  });
}

/** google.script.run from the import dialog: the plan built in the browser, validated here. */
export function importApply(req: unknown): ImportResponse {
  guard('importApply');
  const { plan } = parseImportRequest(req);
  return writeImportedPlan(plan, currentUserEmail());
}

/** google.script.run from the import dialog: the column roles remembered for a table's shape. */
export function importColumnsGet(req: unknown): ReturnType<typeof getImportColumns> {
  guard('importColumnsGet');
  return getImportColumns(req);
}

export function importColumnsSave(req: unknown): ReturnType<typeof saveImportColumns> {
  guard('importColumnsSave');
  return saveImportColumns(req);
}

export function menuConvertSheet(): void {
  if (!guard('menuConvertSheet')) return;
  menuAction((ui) => {
    const name = sheetToConvert();
    const html = HtmlService.createHtmlOutputFromFile('import').append(sheetMarker(name)).setWidth(960).setHeight(680);
    ui.showModalDialog(html, `Распознать таблицу на листе «${name}» / Recognise the table`);
  });
}

/** google.script.run from the import dialog opened by «Распознать таблицу на этом листе». */
export function importSheetSource(req: unknown): { sheet: string; values: string[][] } {
  guard('importSheetSource');
  return sheetSource(parseSheetRequest(req).sheet);
}

// ---- reports ----

export function menuReports(): void {
  if (!guard('menuReports')) return;
  menuAction(() => {
    const r = refreshReports();
    SpreadsheetApp.getActive().toast(`Обновлено вкладок: ${r.tabs.length}.`, APP_TITLE);
  });
}

// ---- reminders ----

/** The one daily trigger of the spreadsheet (the sender's): reminders, weekly summary, reports. */
export function onDailyReminders(): void {
  runDailyTrigger();
}

export function menuRemindersOn(): void {
  if (!guard('menuRemindersOn')) return;
  menuAction((ui) => {
    ui.alert(APP_TITLE, turnRemindersOn(SpreadsheetApp.getActive()).message, ui.ButtonSet.OK);
  });
}

export function menuRemindersOff(): void {
  if (!guard('menuRemindersOff')) return;
  menuAction((ui) => {
    ui.alert(APP_TITLE, turnRemindersOff(SpreadsheetApp.getActive()).message, ui.ButtonSet.OK);
  });
}

export function menuRemindersStatus(): void {
  if (!guard('menuRemindersStatus')) return;
  menuAction((ui) => {
    ui.alert(APP_TITLE, reminderStatusLines(SpreadsheetApp.getActive()).join('\n'), ui.ButtonSet.OK);
  });
}

/** «Отправлять напоминания от моего имени…»: asks, then makes this account the sender. */
export function menuRemindersTakeOver(): void {
  if (!guard('menuRemindersTakeOver')) return;
  menuAction((ui) => {
    const question = takeOverQuestion();
    if (question && ui.alert(APP_TITLE, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
    ui.alert(APP_TITLE, takeOverSending(SpreadsheetApp.getActive()).message, ui.ButtonSet.OK);
  });
}

export function menuRemindersSettings(): void {
  const access = guard('menuRemindersSettings');
  if (!access) return;
  menuAction((ui) => {
    const { settings, warnings } = loadSettings();
    const wb = loadWorkbook(['staff']);
    const suggested = withAudience({ ...settings, coordinators: [] }, wb.staff).coordinators;
    const notes = wb.staff ? warnings : [...warnings, NO_STAFF_NOTE];
    const html = HtmlService.createHtmlOutput(settingsFormHtml(settings, notes, suggested, ownerView(access)))
      .setWidth(620)
      .setHeight(640);
    ui.showModalDialog(html, 'Настройки напоминаний / Reminder settings');
  });
}

/** google.script.run from the settings dialog. Bad fields keep their defaults and are reported. */
export function remindersSettingsSave(raw: unknown): { warnings: string[] } {
  const access = guard('remindersSettingsSave', raw);
  const { settings, warnings } = parseSettings(raw);
  saveSettings(settings);
  // The hour may have changed: the sender's one daily trigger follows it, never doubled.
  const owner = access?.authority.owner ?? null;
  return { warnings: [...warnings, ...afterSettingsSaved(SpreadsheetApp.getActive(), settings, owner)] };
}

export function menuRemindersPreview(): void {
  if (!guard('menuRemindersPreview')) return;
  menuAction((ui) => {
    const r = ui.prompt(APP_TITLE, PREVIEW_PROMPT, ui.ButtonSet.OK_CANCEL);
    if (r.getSelectedButton() !== ui.Button.OK) return;
    const date = parseRuDate(r.getResponseText());
    if (!date) {
      ui.alert(APP_TITLE, PREVIEW_BAD_DATE, ui.ButtonSet.OK);
      return;
    }
    const a = previewAlert(date, previewReminders(date));
    ui.alert(a.title, a.text, ui.ButtonSet.OK);
  });
}

export function remindersPreview(req: { date: string }): ReturnType<typeof previewReminders> {
  guard('remindersPreview');
  if (!req || !/^\d{4}-\d{2}-\d{2}$/.test(String(req.date))) throw new Error('Дата должна быть в формате ГГГГ-ММ-ДД.');
  return previewReminders(req.date);
}

export function menuRemindersTest(): void {
  if (!guard('menuRemindersTest')) return;
  menuAction((ui) => {
    const me = currentUserEmail() || Session.getEffectiveUser().getEmail();
    sendTestLetter(me);
    ui.alert(APP_TITLE, testSentText(me), ui.ButtonSet.OK);
  });
}

/** google.script.run from the settings dialog: the owner names a successor (who must then sign in). */
export function accessTransferOwner(req: unknown): { owner: string; pending: string | null } {
  const access = guard('accessTransferOwner');
  const r = transferOwner(access!, req);
  return { owner: r.email, pending: r.pending ?? null };
}

// ---- the sidebar ----

export function menuSidebar(): void {
  if (!guard('menuSidebar')) return;
  menuAction((ui) => {
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Мои мероприятия'));
  });
}

export { sidebarLoad, sidebarMark, sidebarSetIdentity, sidebarShowRow, sidebarUndo } from './gas/sidebar';

// ---- edits in the sheet ----

export { onPlanEdit } from './gas/plan-edit';

// ---- staff ----
export function menuStaff(): void {
  if (!guard('menuStaff')) return;
  menuAction(() => {
    openStaffTab();
  });
}
export function menuStaffFromPlan(): void {
  if (!guard('menuStaffFromPlan')) return;
  menuAction((ui) => {
    const r = fillStaffFromPlan();
    ui.alert(APP_TITLE, r.message, ui.ButtonSet.OK);
  });
}
export function menuStaffCheck(): void {
  if (!guard('menuStaffCheck')) return;
  menuAction((ui) => {
    const r = checkStaffAndPlan();
    ui.alert('Проверка сотрудников и ответственных', r.report, ui.ButtonSet.OK);
  });
}
