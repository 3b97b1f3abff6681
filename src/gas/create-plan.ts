/**
 * "Создать план-график": lays out an empty План tab. Cost: getActive, getId, one
 * Spreadsheets.get, one batchGet (only when a tab may be reused), one batchUpdate.
 */

import { UserError } from '../core/errors';
import type { Language } from '../core/language';
import { addPlanSheet, planTabRequests } from '../core/sheet/plan-tab';
import type { SheetsRequest } from '../core/sheet/requests';
import { PLAN_SHEET_NAME } from '../core/workbook/schema';
import { withDocumentLock } from './lock';
import { batchUpdate, freshSheetId, readTabs, spreadsheetInfo } from './sheets-api';

export interface CreatePlanResult {
  sheetId: number;
  replacedEmptySheet: string | null;
}

export function createPlanSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Language = 'ru'): CreatePlanResult {
  return withDocumentLock(() => createLocked(ss, lang));
}

function createLocked(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Language): CreatePlanResult {
  const info = spreadsheetInfo(ss.getId());
  if (info.sheets.some((s) => s.title === PLAN_SHEET_NAME)) {
    throw new UserError(
      'plan-exists',
      `Вкладка «${PLAN_SHEET_NAME}» уже есть. Чтобы загрузить план заново, используйте «Импорт плана…».`,
      `The "${PLAN_SHEET_NAME}" tab already exists. Use "Import plan…" to load a plan again.`,
    );
  }
  // A new spreadsheet has one empty tab ("Лист1"): the План tab takes its place instead of sitting beside it.
  let replaced: string | null = null;
  if (info.sheets.length === 1) {
    const only = info.sheets[0];
    const values = readTabs(info.id, [only.title])[only.title] ?? [];
    if (!values.some((r) => r.some((c) => c !== '' && c !== null))) replaced = only.title;
  }
  const sheetId = freshSheetId(info, info.sheets.length * 7919 + 1);
  const layout = planTabRequests(sheetId, [], info.locale, { lang });
  const requests: SheetsRequest[] = [addPlanSheet(sheetId, layout.rowCount, layout.columnCount), ...layout.requests];
  if (replaced) requests.push({ deleteSheet: { sheetId: info.sheets[0].sheetId } });
  batchUpdate(info.id, requests);
  return { sheetId, replacedEmptySheet: replaced };
}
