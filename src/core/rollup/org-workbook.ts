/**
 * The plan spreadsheet «Разослать план» makes for one organisation, as ONE batchUpdate on the new
 * spreadsheet: its first tab (a new spreadsheet has one, sheet ID 0 — the `gid=0` of its address)
 * becomes the school add-on's «План» tab with the organisation's activities, laid out by the same
 * builder as the school add-on's «Создать план-график» and import (src/core/sheet/plan-tab.ts),
 * and the spreadsheet takes the department's time zone, so «сегодня» and the deadlines mean the
 * same days in both. The activities keep the municipal plan's stable IDs (the roll-up matches by
 * them). The Журнал tab is left to the school add-on, which adds it at its first write.
 */
import { planTabRequests } from '../sheet/plan-tab';
import type { SheetsRequest } from '../sheet/requests';
import type { TrackedActivity } from '../tracking/types';
import { PLAN_SHEET_NAME } from '../workbook/schema';

/** The ID Sheets gives the one tab of a spreadsheet it has just created. */
export const FIRST_SHEET_ID = 0;

export function organisationWorkbookRequests(
  activities: readonly TrackedActivity[],
  /** The new spreadsheet's locale (its formulas' syntax). */
  locale: string,
  timeZone: string,
): SheetsRequest[] {
  const layout = planTabRequests(FIRST_SHEET_ID, activities, locale);
  return [
    { updateSpreadsheetProperties: { properties: { timeZone }, fields: 'timeZone' } },
    {
      updateSheetProperties: {
        properties: {
          sheetId: FIRST_SHEET_ID,
          title: PLAN_SHEET_NAME,
          gridProperties: { rowCount: layout.rowCount, columnCount: layout.columnCount, frozenRowCount: 1 },
        },
        fields: 'title,gridProperties.rowCount,gridProperties.columnCount,gridProperties.frozenRowCount',
      },
    },
    ...layout.requests,
  ];
}

/** The new spreadsheet's name: the organisation's, after the plan's title when there is one. */
export function organisationSpreadsheetName(orgName: string, planTitle: string | null): string {
  const base = `План-график: ${orgName}`;
  return planTitle ? `${base} — ${planTitle.slice(0, 120)}` : base;
}
