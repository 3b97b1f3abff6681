/**
 * Reading the workbook in one batch: the document's state already read (src/gas/doc-state.ts: its
 * Spreadsheets.get holds the tabs and time zone), then one Values.batchGet over the tabs asked for. Dates arrive as serial numbers (calendar days in the
 * spreadsheet's zone), so no `Date` crosses into core.
 */
import { type IsoDate, isoInZone } from '../core/dates/calendar';
import type { Language } from '../core/language';
import { staffFromTable } from '../core/people/staff-table';
import type { StaffMember, StaffProblem } from '../core/people/types';
import { spreadsheetUrl } from '../core/rollup/spreadsheet-id';
import { isOldJournal, type JournalTabShape, journalAppendRequests } from '../core/sheet/journal-requests';
import { JOURNAL_HEADERS, type JournalRow, journalFromValues, journalWhat } from '../core/sheet/journal-tab';
import { planFromRows } from '../core/sheet/plan-rows';
import type { SheetsRequest } from '../core/sheet/requests';
import type { TrackedActivity } from '../core/tracking/types';
import { JOURNAL_SHEET_NAME, PLAN_SHEET_NAME, type PlanColumnKey, STAFF_SHEET_NAME } from '../core/workbook/schema';
import { freshSheetId, readTabs, type SheetInfo, type SpreadsheetInfo } from './sheets-api';

export interface PlanTab {
  sheet: SheetInfo;
  header: unknown[];
  cols: Partial<Record<PlanColumnKey, number>>;
  activities: TrackedActivity[];
  /** The raw values as read (header included): what a write bound to an ID is checked against. */
  values: unknown[][];
}

export interface Workbook {
  info: SpreadsheetInfo;
  url: string;
  today: IsoDate;
  plan: PlanTab | null;
  staff: StaffMember[] | null;
  /** The Сотрудники tab as read: its header (to append under) and what its reader found wrong. */
  staffTab: { sheet: SheetInfo; header: unknown[]; problems: StaffProblem[] } | null;
  journal: JournalRow[] | null;
  /** Rows in the Журнал tab including its header (for appending at a known row). */
  journalLength: number;
  /** The Журнал's header row as read (null when it was not read): tells its layout. */
  journalHeader: unknown[] | null;
}

export type Part = 'plan' | 'staff' | 'journal';
const TITLES: Record<Part, string> = { plan: PLAN_SHEET_NAME, staff: STAFF_SHEET_NAME, journal: JOURNAL_SHEET_NAME };

export { spreadsheetUrl } from '../core/rollup/spreadsheet-id';

export function planFromValues(sheet: SheetInfo, values: unknown[][]): PlanTab {
  return { sheet, ...planFromRows(values), values };
}

export function loadWorkbook(
  parts: readonly Part[],
  now: Date,
  /** The document's state the caller read (src/gas/doc-state.ts): its get holds the tabs and zone. */
  { info }: { info: SpreadsheetInfo },
): Workbook {
  const present = parts.filter((p) => info.sheets.some((s) => s.title === TITLES[p]));
  const values = readTabs(
    info.id,
    present.map((p) => TITLES[p]),
  );
  const sheetOf = (p: Part) => info.sheets.find((s) => s.title === TITLES[p])!;
  const planValues = present.includes('plan') ? values[PLAN_SHEET_NAME] : null;
  const journalValues = present.includes('journal') ? values[JOURNAL_SHEET_NAME] : null;
  const staffValues = present.includes('staff') ? (values[STAFF_SHEET_NAME] ?? []) : null;
  const staff = staffValues ? staffFromTable(staffValues) : null;
  return {
    info,
    url: spreadsheetUrl(info.id),
    today: isoInZone(now, info.timeZone),
    plan: planValues ? planFromValues(sheetOf('plan'), planValues) : null,
    staff: staff ? staff.staff : null,
    staffTab:
      staff && staffValues ? { sheet: sheetOf('staff'), header: staffValues[0] ?? [], problems: staff.problems } : null,
    journal: journalValues ? journalFromValues(journalValues) : null,
    journalLength: journalValues ? journalValues.length : 0,
    journalHeader: journalValues ? [...(journalValues[0] ?? [])] : null,
  };
}

/**
 * Requests appending `rows` to the Журнал of the spreadsheet `info` describes — recreating the tab
 * in the same batch when it was deleted. Every journal write of the add-on goes through here.
 */
export function journalRequests(
  info: SpreadsheetInfo,
  rows: readonly JournalRow[],
  header: readonly unknown[] | null = null,
  lang: Language = 'ru',
): SheetsRequest[] {
  return journalWriter(info, header, lang)(rows);
}

/**
 * The same for several writes of one execution (a write, then its corrections; a ledger row after
 * each e-mail): the first creates a missing tab, the later ones append to that tab. Nothing is
 * asked for no rows.
 */
export function journalWriter(
  info: SpreadsheetInfo,
  /** The Журнал's header when the caller read the tab (Workbook.journalHeader). */
  header: readonly unknown[] | null = null,
  /** The document's: «Что произошло» is worded in it. */
  lang: Language = 'ru',
): (rows: readonly JournalRow[]) => SheetsRequest[] {
  const tab = info.sheets.find((s) => s.title === JOURNAL_SHEET_NAME);
  let id = tab?.sheetId ?? null;
  // An old Журнал is upgraded by the first write of this execution, not by the later ones; a tab
  // without «Отмена» is widened by the first row that fills it.
  let upgrade = !!tab && isOldJournal({ header, columns: tab.columns });
  let shape: JournalTabShape = { columns: tab?.columns ?? null, header };
  const fresh = freshSheetId(info, 700_001);
  return (rows) => {
    if (!rows.length) return [];
    const worded = rows.map((r) => ({ ...r, what: journalWhat(r, lang) }));
    const requests = journalAppendRequests(id, fresh, worded, info.timeZone, upgrade, shape);
    if (id === null || rows.some((r) => r.undo)) shape = { columns: JOURNAL_HEADERS.length, header: null };
    id ??= fresh;
    upgrade = false;
    return requests;
  };
}

/**
 * Where Сотрудники is only read, a missing tab reads as an empty list (`Workbook.staff` null: nobody
 * is matched, no mail goes out) and this note says why.
 */
const CREATE_STAFF = `«План-график» → «Сотрудники» → «Открыть / создать вкладку «${STAFF_SHEET_NAME}»»`;
export const NO_STAFF_NOTE = {
  ru: `Вкладки «${STAFF_SHEET_NAME}» нет: ответственные не сопоставлены с сотрудниками, напоминания никому не уходят. Создайте её: ${CREATE_STAFF}.`,
  en: `There is no «${STAFF_SHEET_NAME}» tab: the responsibles are matched with nobody and no reminder goes out. Create it: ${CREATE_STAFF} (the menu is in Russian).`,
} as const;
