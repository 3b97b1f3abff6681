/**
 * The baseline: the same actions written the way typical Apps Script snippets are — one
 * getValue/setValue per cell, one e-mail per row — run on the same emulator, so the counter
 * compares like with like. Only for `npm run bench`.
 */
import { diffDays, formatRu } from '../../src/core/dates/calendar';
import type { StaffMember } from '../../src/core/people/types';
import type { PlanImport } from '../../src/core/plan/types';
import { PLAN_COLUMNS } from '../../src/core/workbook/schema';
import type { Emulator } from '../emulator';
import { namedIn, nameKey } from './peer';

const HEADERS = PLAN_COLUMNS.map((c) => c.headers[0]);

export function naiveCreate(emu: Emulator): void {
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sh = ss.insertSheet('План');
  HEADERS.forEach((h, j) => {
    const cell = sh.getRange(1, j + 1);
    cell.setValue(h);
    cell.setFontWeight('bold');
    cell.setBackground('#d9e2f3');
    sh.setColumnWidth(j + 1, PLAN_COLUMNS[j].width);
  });
  sh.setFrozenRows(1);
  sh.hideColumns(1);
}

export function naiveImport(emu: Emulator, plan: PlanImport): void {
  naiveCreate(emu);
  const sh = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!;
  const need = plan.activities.length + 1 - sh.getMaxRows();
  if (need > 0) sh.insertRowsAfter(sh.getMaxRows(), need);
  plan.activities.forEach((a, i) => {
    const values = [
      a.id,
      a.number,
      a.stage,
      a.section,
      a.group,
      a.title,
      a.result,
      a.tools,
      a.responsible,
      a.deadline.text,
      formatRu(a.deadline.start),
      formatRu(a.deadline.end),
      '',
      'Не начато',
    ];
    values.forEach((v, j) => {
      sh.getRange(i + 2, j + 1).setValue(v ?? '');
    });
  });
}

const COL = { id: 1, title: 6, responsible: 9, end: 12, status: 14, doneDate: 15, doneBy: 16 };

/** Reads the rows of one person cell by cell, as a naive sidebar would. */
export function naiveOpenSidebar(emu: Emulator, me: string): number {
  const sh = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!;
  const last = sh.getLastRow();
  let mine = 0;
  for (let r = 2; r <= last; r++) {
    const resp = String(sh.getRange(r, COL.responsible).getValue());
    sh.getRange(r, COL.title).getValue();
    sh.getRange(r, COL.end).getValue();
    sh.getRange(r, COL.status).getValue();
    if (resp.includes(me)) mine++;
  }
  return mine;
}

export function naiveMarkDone(emu: Emulator, id: string, user: string): void {
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sh = ss.getSheetByName('План')!;
  const last = sh.getLastRow();
  for (let r = 2; r <= last; r++) {
    if (sh.getRange(r, COL.id).getValue() === id) {
      sh.getRange(r, COL.status).setValue('Выполнено');
      sh.getRange(r, COL.doneDate).setValue(new Date());
      sh.getRange(r, COL.doneBy).setValue(user);
      const j = ss.getSheetByName('Журнал') ?? ss.insertSheet('Журнал');
      j.appendRow([new Date(), user, id, 'Статус', 'Не начато', 'Выполнено']);
      return;
    }
  }
}

/**
 * One e-mail per row and person named in the cell (as the peer finds them) when due within 7 days
 * or overdue, every day: no ledger.
 */
export function naiveReminders(emu: Emulator, staff: StaffMember[], today: string): number {
  const sh = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!;
  const last = sh.getLastRow();
  let sent = 0;
  for (let r = 2; r <= last; r++) {
    const status = sh.getRange(r, COL.status).getValue();
    const endText = String(sh.getRange(r, COL.end).getDisplayValue());
    const resp = String(sh.getRange(r, COL.responsible).getValue());
    const title = String(sh.getRange(r, COL.title).getValue());
    const m = /^(\d\d)\.(\d\d)\.(\d{4})$/.exec(endText);
    if (status === 'Выполнено' || !m) continue;
    const left = diffDays(today, `${m[3]}-${m[2]}-${m[1]}`);
    if (left > 7) continue;
    for (const email of namedIn(
      resp,
      staff.map((p) => ({ key: nameKey(p.name), email: p.email })),
    )) {
      emu.globals.MailApp.sendEmail(email, `Напоминание: ${title}`, `Срок: ${endText}`);
      sent++;
    }
  }
  return sent;
}

/** A summary tab written cell by cell: per activity a line with 6 cells and a colour. */
export function naiveReports(emu: Emulator): void {
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const plan = ss.getSheetByName('План')!;
  const old = ss.getSheetByName('Отчёт (наивный)');
  if (old) ss.deleteSheet(old);
  const rep = ss.insertSheet('Отчёт (наивный)');
  const last = plan.getLastRow();
  if (last > rep.getMaxRows()) rep.insertRowsAfter(rep.getMaxRows(), last - rep.getMaxRows());
  for (let r = 2; r <= last; r++) {
    for (let c = 1; c <= 6; c++) {
      const v = plan.getRange(r, [COL.id, 2, 3, COL.title, COL.responsible, COL.end][c - 1]).getValue();
      const cell = rep.getRange(r, c);
      cell.setValue(v);
      cell.setBackground(r % 2 ? '#ffffff' : '#f3f3f3');
    }
  }
}
