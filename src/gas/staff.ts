/**
 * The staff menu: open/create the Сотрудники tab, fill it from the plan's responsibles, check it
 * against the plan. Each action reads the tabs it needs in ONE batchGet and writes in ONE
 * batchUpdate, under the document lock (what it writes depends on what it read).
 * Costs (spreadsheet calls, the menu's getUi included): open ≤ 8, fill ≤ 8, check ≤ 7.
 */
import { UserError } from '../core/errors';
import { type Language, sayIn } from '../core/language';
import { proposeStaff } from '../core/people/propose';
import { createResolver } from '../core/people/resolve';
import { checkStaff } from '../core/people/staff-check';
import type { ProposedRow } from '../core/people/types';
import { notifyColumn } from '../core/sheet/notify';
import type { SheetsRequest } from '../core/sheet/requests';
import {
  addStaffSheet,
  appendStaffRequests,
  defaultStaffColumns,
  type NotifyRow,
  notifyRefreshRequests,
  staffCheckReport,
  staffColumnsOf,
} from '../core/sheet/staff-requests';
import {
  locateByHeaders,
  PLAN_COLUMNS,
  PLAN_SHEET_NAME,
  STAFF_COLUMNS,
  STAFF_SHEET_NAME,
} from '../core/workbook/schema';
import type { DocContext } from './doc-state';
import { withDocumentLock } from './lock';
import { batchUpdate, freshSheetId, readTabs, type SheetInfo, type SpreadsheetInfo } from './sheets-api';
import { APP_TITLE } from './ui';
import { loadWorkbook, type PlanTab, planFromValues } from './workbook';

const sheetOf = (info: SpreadsheetInfo, title: string) => info.sheets.find((s) => s.title === title);
const newSheetId = (info: SpreadsheetInfo) => freshSheetId(info, Math.floor(Date.now() / 1000) + 17);

function activate(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  ss.getSheetByName(STAFF_SHEET_NAME)?.activate();
}

export interface OpenOutcome {
  created: boolean;
}

/** "Открыть / создать вкладку «Сотрудники»" (a toast says when it was created). */
export function openStaffTab(state: DocContext, lang: Language = 'ru'): OpenOutcome {
  const { ss, created } = withDocumentLock(() => {
    const ss = state.spreadsheet;
    const { info } = state;
    if (sheetOf(info, STAFF_SHEET_NAME)) return { ss, created: false };
    batchUpdate(info.id, addStaffSheet(newSheetId(info), info.sheets.length));
    return { ss, created: true };
  });
  activate(ss);
  if (created)
    ss.toast(
      sayIn(lang)(
        'Вкладка «Сотрудники» создана: впишите сотрудников или нажмите «Заполнить из плана».',
        'The «Сотрудники» tab is created: type the staff in, or choose «Заполнить из плана».',
      ),
      APP_TITLE,
    );
  return { created };
}

export interface FillOutcome {
  created: boolean;
  added: ProposedRow[];
  /** In the document's language, for the alert. */
  message: string;
}

const KIND_WORDS: Record<ProposedRow['kind'], Record<Language, string>> = {
  person: { ru: 'сотрудников', en: 'people' },
  role: { ru: 'должностей', en: 'posts' },
  group: { ru: 'групп', en: 'groups' },
  org: { ru: 'организаций и отделов', en: 'organisations and departments' },
};

/** The menu item that comes next (menu captions stay Russian: src/gas/menu.ts). */
const CHECK_ITEM = '«Сотрудники» → «Проверить список и ответственных»';

export function fillMessage(added: readonly ProposedRow[], created: boolean, lang: Language = 'ru'): string {
  const say = sayIn(lang);
  if (!added.length)
    return say(
      `Добавлять нечего: все ответственные из плана уже есть во вкладке «Сотрудники» (или в плане не указаны ответственные).\nПроверить адреса: ${CHECK_ITEM}.`,
      `Nothing to add: every responsible of the plan is in the «Сотрудники» tab already (or the plan names none).\nTo check the addresses: ${CHECK_ITEM}.`,
    );
  const parts = (Object.keys(KIND_WORDS) as ProposedRow['kind'][])
    .map((k) => [k, added.filter((r) => r.kind === k).length] as const)
    .filter(([, n]) => n)
    .map(([k, n]) => `${KIND_WORDS[k][lang]} ${n}`);
  const rows = `${added.length} (${parts.join(', ')})`;
  return [
    (created ? say('Вкладка «Сотрудники» создана. ', 'The «Сотрудники» tab is created. ') : '') +
      say(`Добавлено строк: ${rows}.`, `Rows added: ${rows}.`),
    say(
      'Осталось только вписать e-mail в столбец «E-mail» (для должностей и групп — ещё ФИО того, кто их занимает). У каждой новой строки есть примечание в ячейке ФИО: что это и откуда.',
      'Only the e-mails are left to type into the «E-mail» column (for posts and groups, also the ФИО of who holds them). Each new row has a note in its ФИО cell: what it is and where it came from.',
    ),
    say(`Затем: ${CHECK_ITEM}.`, `Then: ${CHECK_ITEM}.`),
  ].join('\n');
}

/** "Заполнить из плана": the rows proposeStaff finds missing, appended in one batch. */
export function fillStaffFromPlan(state: DocContext, lang: Language = 'ru'): FillOutcome {
  const out = withDocumentLock(() => {
    const ss = state.spreadsheet;
    const wb = loadWorkbook(['plan', 'staff'], new Date(), state);
    const plan = wb.plan;
    if (!plan)
      throw new UserError(
        'no-plan',
        'Вкладки «План» нет: сначала импортируйте план (меню «План-график» → «Импорт плана»).',
        'There is no План tab: import a plan first.',
      );
    const staffTab = wb.staffTab;
    const responsibles = [...new Set(plan.activities.map((a) => a.responsible ?? '').filter(Boolean))];
    const proposed = proposeStaff(responsibles, wb.staff ?? []);
    if (!proposed.length) return { created: false, added: proposed, ss };
    const requests: SheetsRequest[] = [];
    if (staffTab) {
      const { cols, missing } = staffColumnsOf(staffTab.header, locateByHeaders(staffTab.header, STAFF_COLUMNS));
      requests.push(...appendStaffRequests(staffTab.sheet.sheetId, proposed, cols, missing));
    } else {
      const id = newSheetId(wb.info);
      requests.push(
        ...addStaffSheet(id, wb.info.sheets.length),
        ...appendStaffRequests(id, proposed, defaultStaffColumns()),
      );
    }
    batchUpdate(wb.info.id, requests);
    return { created: !staffTab, added: proposed, ss };
  });
  if (out.added.length) activate(out.ss);
  return { created: out.created, added: out.added, message: fillMessage(out.added, out.created, lang) };
}

export interface CheckOutcome {
  /** In the document's language, for the alert. */
  report: string;
  staffProblems: number;
  /** Activities whose responsible did not fully resolve. */
  planProblems: number;
  /** Activities whose computed cells were rewritten. */
  refreshed: number;
}

/** «Кому напоминать» and the highlight of every row, from the row's own «Ответственные». */
function notifyRows(plan: PlanTab, resolve: ReturnType<typeof createResolver>, lang: Language): NotifyRow[] {
  const rows: NotifyRow[] = [];
  for (const a of plan.activities) {
    if (!a.row) continue;
    // One activity at a time: rows without an ID must not share a map key.
    const one = notifyColumn([a], resolve, lang);
    rows.push({ row: a.row, notify: one.notify.get(a.id) ?? '', unresolved: one.unresolved.get(a.id) ?? null });
  }
  return rows;
}

/**
 * A person may sort or insert rows between the read and the write (the lock does not stop a
 * person): the column is derived from each row's own «Ответственные», so it is checked on the
 * rows as they are now and rewritten where it does not match (at most twice more).
 */
function settleNotify(id: string, sheet: SheetInfo, resolve: ReturnType<typeof createResolver>, lang: Language): void {
  for (let round = 0; round < 2; round++) {
    const plan = planFromValues(sheet, readTabs(id, [PLAN_SHEET_NAME])[PLAN_SHEET_NAME] ?? []);
    const col = plan.cols.notify;
    if (col === undefined) return;
    const wrong = notifyRows(plan, resolve, lang).filter(
      (x) => String(plan.values[x.row - 1]?.[col] ?? '') !== x.notify,
    );
    if (!wrong.length) return;
    batchUpdate(id, notifyRefreshRequests(sheet.sheetId, plan.cols, wrong));
  }
}

const NOTIFY_HEADER = PLAN_COLUMNS.find((c) => c.key === 'notify')!.headers[0];

/**
 * "Проверить список и ответственных": the staff list's problems and, per activity, what did not
 * resolve; the План tab's "Кому напоминать" and the highlight + note on Ответственные are
 * refreshed in one batch. Сотрудники is only read.
 */
export function checkStaffAndPlan(state: DocContext, lang: Language = 'ru'): CheckOutcome {
  return withDocumentLock(() => {
    const wb = loadWorkbook(['plan', 'staff'], new Date(), state);
    if (!wb.staff || !wb.staffTab)
      throw new UserError(
        'no-staff',
        'Вкладки «Сотрудники» нет. Создайте её («Сотрудники» → «Открыть / создать вкладку») или «Заполнить из плана», впишите e-mail и повторите проверку.',
        'There is no Сотрудники tab yet.',
      );
    // The members reminders and the sidebar see, and what the one reader found wrong in the tab.
    const staff = wb.staff;
    const problems = [...wb.staffTab.problems, ...checkStaff(staff, lang)];
    const plan = wb.plan;
    if (!plan) {
      return {
        report: staffCheckReport({ staffRows: staff.length, problems, plan: null }, lang),
        staffProblems: problems.length,
        planProblems: 0,
        refreshed: 0,
      };
    }
    const planSheet = plan.sheet;
    const resolve = createResolver(staff);
    const rows = notifyRows(plan, resolve, lang);
    const requests = notifyRefreshRequests(planSheet.sheetId, plan.cols, rows);
    if (requests.length) {
      batchUpdate(wb.info.id, requests);
      settleNotify(wb.info.id, planSheet, resolve, lang);
    }
    const withResponsible = plan.activities.filter((a) => a.responsible && a.row);
    let report = staffCheckReport(
      {
        staffRows: staff.length,
        problems,
        plan: withResponsible.map((a) => ({ row: a.row as number, resolution: resolve(a.responsible) })),
      },
      lang,
    );
    if (plan.cols.notify === undefined)
      report += sayIn(lang)(
        `\n\nВ плане нет столбца «${NOTIFY_HEADER}»: добавьте его заголовок в первую строку, чтобы видеть адресатов.`,
        `\n\nThe plan has no «${NOTIFY_HEADER}» column: add its header to the first row to see who is reminded.`,
      );
    return {
      report,
      staffProblems: problems.length,
      planProblems: rows.filter((x) => x.unresolved).length,
      refreshed: rows.length,
    };
  });
}
