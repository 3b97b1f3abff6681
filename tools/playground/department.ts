/**
 * The playground's department example (issue 18 part 6): the education department's spreadsheet
 * running the built «План-график: Свод» (dist/rollup/Code.js), the Орск municipal plan in its
 * «План» (the seed the tests use), five kindergartens in «Организации». The setup only types what
 * people type; everything the add-on does is done by its own menu item: «Разослать план
 * организациям…» runs during setup with its question answered «Да», as the department's
 * specialist would answer it. Then the organisations' coordinators mark their plans (typing into
 * Статус and Дата выполнения of their own spreadsheets), and one organisation's spreadsheet stops
 * being shared with the department. «Обновить свод» is left for the person at the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../src/core/plan/import-text';
import { organisationWorkbookRequests } from '../../src/core/rollup/org-workbook';
import { notStarted } from '../../src/core/tracking/transition';
import { STATUS_LABELS } from '../../src/core/tracking/types';
import { ORG_COLUMNS, ORGS_SHEET_NAME, PLAN_SHEET_NAME } from '../../src/core/workbook/schema';
import type { Emulator } from '../emulator';
import { toA1 } from '../emulator/a1';
import { userSelectSheet } from '../emulator/user-actions';

/** The value of the page's example chooser that loads the department (no seed file has this name). */
export const DEPARTMENT = 'department-orsk-5';
export const DEPARTMENT_LABEL =
  'Отдел образования (свод, 5 организаций) / Education department (roll-up, 5 organisations)';
/** The municipal plan the department distributes: the Орск МКДО plan, as in test/build/rollup-*.test.ts. */
export const DEPARTMENT_SEED = 'plan-orsk-mkdo-2020';
/**
 * The day the example opens on: after the plan's first two activities were due (01.10–22.10.2020),
 * so an organisation that has not marked them is late on the playground's clock.
 */
export const DEPARTMENT_START = '2020-11-02';
/** Орск is in Yekaterinburg's time zone (UTC+5): «сегодня» and the deadlines are its days. */
export const DEPARTMENT_TIME_ZONE = 'Asia/Yekaterinburg';
export const DEPARTMENT_NAME = 'Управление образования г. Орска — свод';

/**
 * The five organisations and what each coordinator marked: the positions (in the distributed
 * plan's order) typed «Выполнено», and «В работе». The first two activities are the ones due
 * before DEPARTMENT_START; the last organisation took its spreadsheet away from the department.
 */
export interface ExampleOrg {
  name: string;
  email: string;
  done: number[];
  inProgress: number[];
  /** Its spreadsheet is no longer shared with the department. */
  unshared?: boolean;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

export const DEPARTMENT_ORGS: readonly ExampleOrg[] = [
  { name: 'МДОАУ «Детский сад № 1»', email: 'ds1@orsk.example.org', done: range(0, 14), inProgress: [14, 15] },
  // Late with one of the two due activities.
  { name: 'МДОАУ «Детский сад № 2»', email: 'ds2@orsk.example.org', done: [0, 2, 3, 4], inProgress: [1] },
  // Nothing marked: both due activities late.
  { name: 'МДОАУ «Детский сад № 3»', email: 'ds3@orsk.example.org', done: [], inProgress: [] },
  { name: 'МДОАУ «Детский сад № 4»', email: 'ds4@orsk.example.org', done: range(0, 30), inProgress: [30] },
  { name: 'МДОАУ «Детский сад № 5»', email: 'ds5@orsk.example.org', done: [0, 1], inProgress: [], unshared: true },
];

/** The date each coordinator typed into «Дата выполнения» (a day before DEPARTMENT_START). */
const DONE_ON = '20.10.2020';

/** The department's specialist types the municipal plan's tab: laid out as the school add-on lays a «План». */
export function writeMunicipalPlan(emu: Emulator, fixtures: string): number {
  const plan = importText(readFileSync(join(fixtures, 'seeds', `${DEPARTMENT_SEED}.txt`), 'utf8'));
  const activities = plan.activities.map((a) => notStarted(a));
  const ss = emu.spreadsheet;
  const first = ss.getSheets()[0];
  // The same builder the distribution uses for each organisation's «План» (and the school add-on's
  // import): sheet 0 renamed «План», the activities with their stable IDs, the drop-downs.
  emu.globals.Sheets.Spreadsheets!.batchUpdate(
    { requests: organisationWorkbookRequests(activities, ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()) },
    ss.getId(),
  );
  if (first.getName() !== PLAN_SHEET_NAME) throw new Error('the municipal plan did not land in «План»');
  return activities.length;
}

/** «Организации» as the specialist fills it: name and coordinator's e-mail, the rest left to the add-on. */
export function writeOrganisations(emu: Emulator): void {
  const ss = emu.spreadsheet;
  const sheet = ss.getSheetByName(ORGS_SHEET_NAME) ?? ss.insertSheet(ORGS_SHEET_NAME);
  const header = ORG_COLUMNS.map((c) => c.headers[0]);
  const rows = [header, ...DEPARTMENT_ORGS.map((o) => [o.name, o.email, ...Array(header.length - 2).fill('')])];
  sheet.getRange(1, 1, rows.length, header.length).setNumberFormat('@').setValues(rows);
  userSelectSheet(emu, ORGS_SHEET_NAME);
}

/**
 * Each coordinator opens their spreadsheet and types their marks: «Выполнено» and the date, or
 * «В работе», one cell at a time as a person types (no add-on reacts: the school add-on is not
 * this emulator's script). Returns the number of cells typed.
 */
export function markOrganisations(emu: Emulator, ids: readonly string[]): number {
  let typed = 0;
  DEPARTMENT_ORGS.forEach((o, i) => {
    emu.inDocument(ids[i], () => {
      const sheet = emu.spreadsheet.getSheetByName(PLAN_SHEET_NAME);
      if (!sheet) throw new Error(`${o.name}: no «План» in its spreadsheet`);
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getDisplayValues()[0];
      const status = header.indexOf('Статус') + 1;
      const doneDate = header.indexOf('Дата выполнения') + 1;
      if (!status || !doneDate) throw new Error(`${o.name}: no Статус / Дата выполнения column`);
      const type = (pos: number, col: number, value: string) => {
        // Row 1 is the header; the plan's activities follow in the distributed order.
        if (!emu.userEdit(PLAN_SHEET_NAME, toA1(pos + 2, col), value, {}, { user: o.email }))
          throw new Error(`${o.name}: «${value}» refused in ${toA1(pos + 2, col)}`);
        typed++;
      };
      for (const pos of o.done) {
        type(pos, status, STATUS_LABELS.done.ru);
        type(pos, doneDate, DONE_ON);
      }
      for (const pos of o.inProgress) type(pos, status, STATUS_LABELS['in-progress'].ru);
    });
  });
  return typed;
}

/**
 * The organisation's coordinator took the spreadsheet over and removed the department's access
 * (in Drive: ownership transferred, then the department removed from the sharing). The emulator
 * models only the outcome: the department's account can no longer open it, so the roll-up's read
 * is refused as Sheets refuses it.
 */
export function unshareOrganisations(emu: Emulator, ids: readonly string[], department: string): string[] {
  const gone: string[] = [];
  DEPARTMENT_ORGS.forEach((o, i) => {
    if (!o.unshared) return;
    emu.revokeAccess(ids[i], department);
    gone.push(ids[i]);
  });
  return gone;
}
