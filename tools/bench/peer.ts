/**
 * The batched peer: the actions written the way the scripts people actually copy are written —
 * read the whole tab in ONE getValues, decide per row, write back in one go — run on the same
 * emulator as ours, so the counter compares like with like. Only for `npm run bench`.
 *
 * The shapes come from the scripts themselves (learnt, not copied):
 * - Google's mail-merge sample (googleworkspace/apps-script-samples,
 *   solutions/automations/mail-merge/Code.js): `getDataRange().getDisplayValues()` once, columns
 *   found by header (`heads.indexOf(…)`), one e-mail per row whose «Email Sent» cell is blank, the
 *   send time pushed to an array and written back with ONE `setValues` of that column at the end;
 *   the cell's text is the recipient. The «sent» column is the only memory: a row with anything in
 *   it is never mailed again, and clearing the cell is how a row is sent again.
 * - Google's older "Sending emails from a spreadsheet" tutorial, and the many copies of it
 *   (`var EMAIL_SENT = 'EMAIL_SENT'` … `sheet.getRange(startRow + i, 3).setValue(EMAIL_SENT);
 *   SpreadsheetApp.flush()`): the same ledger written one cell per e-mail.
 * - Due-date reminder scripts (ashleycam3ron/google-sheets-due-reminder, appscript.dev's "tiered
 *   deadline countdown"): one getValues, a day count from `new Date()` to the due date per row, a
 *   MailApp.sendEmail per row inside the window.
 *
 * Our peer takes the cheaper ledger, the mail merge's one `setValues` at the end (per-row
 * `setValue` + `flush` would add two calls per e-mail; its only gain is that a run killed at 6
 * minutes does not re-send the rows already mailed). It is also kinder than the due-date scripts
 * in two ways, so that it is not a straw man: the day count is from midnight (`new Date()` with its
 * time of day makes "due today" negative, so the due day is never in the window), and overdue rows
 * are inside the window. Plans name people, not addresses, so the peer reads Сотрудники (one more
 * getValues) and mails every person whose «Фамилия И.О.» occurs in the cell: one e-mail per row and
 * person. Where the popular scripts have no counterpart (creating the tab, importing a Word plan)
 * there is no peer (`NO_PEER`).
 */
import { PLAN_SHEET_NAME, STAFF_SHEET_NAME } from '../../src/core/workbook/schema';
import type { Emulator } from '../emulator';

/** The column the user adds to the План tab, as the samples ask («Email Sent»). */
export const SENT_HEADER = 'Напоминание отправлено';
/** Rows due within this many days (or overdue) are mailed, as the due-date scripts' `daysBefore`. */
export const PEER_DAYS_BEFORE = 7;
const DONE = 'Выполнено';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Why an action has no peer: nothing people copy does it. */
export const NO_PEER: Record<string, string> = {
  'create sheet':
    'нет скрипта: таблицу копируют из шаблона или набирают заголовки руками / no script: people copy a template',
  import:
    'нет скрипта: таблицу из Word вставляют руками и правят / no script: the Word table is pasted and fixed by hand',
};

/** «Фамилия И.О.» from a ФИО cell, the way a script would build its lookup key. */
export function nameKey(fio: string): string | null {
  const [s, f, o] = String(fio).trim().split(/\s+/);
  return s && f && o ? `${s} ${f[0]}.${o[0]}.` : null;
}

/** The staff a responsible cell names, as a script finds them: every «Фамилия И.О.» it contains. */
export function namedIn(cell: string, staff: readonly { key: string | null; email: string }[]): string[] {
  return staff.filter((p) => p.key && p.email && cell.includes(p.key)).map((p) => p.email);
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A whole tab in one getValues: its header row (to find columns by name) and the rows under it. */
function readTab(ss: Spreadsheet, name: string): { heads: string[]; rows: unknown[][] } {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return { heads: [], rows: [] };
  const [heads = [], ...rows] = sheet.getDataRange().getValues();
  return { heads: heads.map(String), rows };
}

function staffOf(ss: Spreadsheet): { key: string | null; email: string }[] {
  const { heads, rows } = readTab(ss, STAFF_SHEET_NAME);
  const name = heads.indexOf('ФИО');
  const email = heads.indexOf('E-mail');
  return rows.map((r) => ({ key: nameKey(String(r[name] ?? '')), email: String(r[email] ?? '').trim() }));
}

/** «Мои мероприятия»: the user's row in Сотрудники by e-mail, then the plan filtered by name. */
export function peerOpenSidebar(emu: Emulator): number {
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const me = emu.globals.Session.getActiveUser().getEmail();
  const key = staffOf(ss).find((p) => p.email === me)?.key;
  const { heads, rows } = readTab(ss, PLAN_SHEET_NAME);
  const resp = heads.indexOf('Ответственные');
  const status = heads.indexOf('Статус');
  return key ? rows.filter((r) => String(r[resp]).includes(key) && r[status] !== DONE).length : 0;
}

/** «Отметить»: the row found by ID in one read, status, date and who written in one setValues. */
export function peerMarkDone(emu: Emulator, id: string, user: string): boolean {
  const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(PLAN_SHEET_NAME)!;
  const [heads, ...rows] = sheet.getDataRange().getValues();
  const col = (h: string) => heads.map(String).indexOf(h) + 1;
  const i = rows.findIndex((r) => r[col('ID') - 1] === id);
  if (i < 0) return false;
  // Статус, Дата выполнения, Отметил are side by side in the План tab.
  sheet.getRange(i + 2, col('Статус'), 1, 3).setValues([[DONE, new emu.scriptDate(), user]]);
  return true;
}

/**
 * The daily reminder run: one e-mail per row and person when the row is open, due within
 * PEER_DAYS_BEFORE days or overdue, and its «sent» cell is blank; then the «sent» column written
 * back in one setValues. Returns the number of e-mails.
 */
export function peerReminders(emu: Emulator): number {
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const staff = staffOf(ss);
  const sheet = ss.getSheetByName(PLAN_SHEET_NAME)!;
  const [heads, ...rows] = sheet.getDataRange().getValues();
  const col = (h: string) => heads.map(String).indexOf(h);
  const [title, resp, end, status, sent] = ['Мероприятие', 'Ответственные', 'Окончание', 'Статус', SENT_HEADER].map(
    col,
  );
  const tz = emu.globals.Session.getScriptTimeZone();
  const today = new emu.scriptDate();
  today.setHours(0, 0, 0, 0);
  let emails = 0;
  const out = rows.map((r) => {
    const due = r[end];
    if (r[sent] !== '' || r[status] === DONE || !(due instanceof Date)) return [r[sent]];
    const daysLeft = Math.round((due.getTime() - today.getTime()) / DAY_MS);
    if (daysLeft > PEER_DAYS_BEFORE) return [r[sent]];
    const to = namedIn(String(r[resp]), staff);
    const when = emu.globals.Utilities.formatDate(due, tz, 'dd.MM.yyyy');
    for (const email of to) {
      emu.globals.MailApp.sendEmail(email, `Напоминание: ${r[title]}`, `«${r[title]}» — срок ${when}.`);
      emails++;
    }
    return [to.length ? new emu.scriptDate() : r[sent]];
  });
  if (out.length) sheet.getRange(2, sent + 1, out.length, 1).setValues(out);
  return emails;
}

/** A summary tab: the plan read once, counts per status and overdue, written in one setValues. */
export function peerReports(emu: Emulator): void {
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const [heads, ...rows] = ss.getSheetByName(PLAN_SHEET_NAME)!.getDataRange().getValues();
  const status = heads.map(String).indexOf('Статус');
  const end = heads.map(String).indexOf('Окончание');
  const now = new emu.scriptDate().getTime();
  const counts = new Map<string, number>();
  let overdue = 0;
  for (const r of rows) {
    const s = String(r[status] || 'Без статуса');
    counts.set(s, (counts.get(s) ?? 0) + 1);
    if (s !== DONE && r[end] instanceof Date && r[end].getTime() < now) overdue++;
  }
  const table = [['Статус', 'Мероприятий'], ...counts.entries(), ['Просрочено', overdue]];
  const tab = ss.getSheetByName('Сводка (скрипт)') ?? ss.insertSheet('Сводка (скрипт)');
  tab.clearContents();
  tab.getRange(1, 1, table.length, 2).setValues(table);
}

/**
 * Setup, not measured: the peer's spreadsheet holds the same План and Сотрудники tabs as ours
 * (values and number formats copied), plus the «sent» column the user adds by hand.
 */
export function copyTabsForPeer(from: Emulator, to: Emulator): void {
  for (const name of [PLAN_SHEET_NAME, STAFF_SHEET_NAME]) {
    const src = from.spreadsheet.getSheetByName(name);
    if (!src) continue;
    const range = src.getDataRange();
    const values = range.getValues();
    const formats = range.getNumberFormats();
    const dst = to.spreadsheet.getSheetByName(name) ?? to.spreadsheet.insertSheet(name);
    if (values.length > dst.getMaxRows()) dst.insertRowsAfter(dst.getMaxRows(), values.length - dst.getMaxRows());
    if (values[0].length + 1 > dst.getMaxColumns())
      dst.insertColumnsAfter(dst.getMaxColumns(), values[0].length + 1 - dst.getMaxColumns());
    dst.getRange(1, 1, values.length, values[0].length).setNumberFormats(formats).setValues(values);
    if (name === PLAN_SHEET_NAME) dst.getRange(1, values[0].length + 1).setValue(SENT_HEADER);
  }
}
