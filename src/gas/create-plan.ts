/**
 * "Создать план-график": lays out an empty План tab. Cost: the guard's read of the document (its
 * Spreadsheets.get holds the tabs), one batchGet (only when a tab may be reused), one batchUpdate.
 */

import { UserError } from '../core/errors';
import type { Language } from '../core/language';
import { addPlanSheet, planTabRequests } from '../core/sheet/plan-tab';
import type { SheetsRequest } from '../core/sheet/requests';
import { PLAN_SHEET_NAME } from '../core/workbook/schema';
import type { DocState } from './doc-state';
import { withDocumentLock } from './lock';
import { batchUpdate, freshSheetId, readTabs } from './sheets-api';

export interface CreatePlanResult {
  sheetId: number;
  replacedEmptySheet: string | null;
}

/** `state`: the document's state the guard read (its tabs, zone and locale come with it). */
export function createPlanSheet(state: DocState, lang: Language = 'ru'): CreatePlanResult {
  return withDocumentLock(() => createLocked(state, lang));
}

function createLocked({ info }: DocState, lang: Language): CreatePlanResult {
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
