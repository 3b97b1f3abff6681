/**
 * "Распознать таблицу на этом листе": the user pasted the Word table straight into a sheet. The
 * menu opens the import dialog on that sheet (its name in a <meta> of the page); the dialog asks
 * for the sheet's displayed text (`importSheetSource`), reads it with the same plan builder as a
 * pasted text — in the browser, with the preview and the column roles — and imports it through
 * `importApply`. The original sheet is left as it is. The server only reads the cells: the plan
 * builder is not in Code.js.
 */
import * as z from 'zod/mini';
import { UserError } from '../core/errors';
import { escapeHtml } from '../core/reminders/render';
import { PLAN_SHEET_NAME } from '../core/workbook/schema';

/** The <meta> the import dialog looks for (dialogs/import/sheet.ts reads the same name). */
export const SHEET_META = 'plan-grafik-sheet';

export function sheetMarker(sheetName: string): string {
  return `<meta name="${SHEET_META}" content="${escapeHtml(sheetName)}">`;
}

/** The active sheet's name, refused when it cannot hold a pasted plan. */
export function sheetToConvert(): string {
  const name = SpreadsheetApp.getActive().getActiveSheet().getName();
  if (name === PLAN_SHEET_NAME) {
    throw new UserError(
      'convert-plan',
      'Это уже вкладка «План». Откройте лист со вставленной таблицей и повторите.',
      'This is already the plan tab. Open the sheet with the pasted table and try again.',
    );
  }
  return name;
}

/** The sheet's displayed text, cell by cell (strings only: nothing else crosses google.script.run safely). */
export function sheetSource(
  sheetName: string,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActive(),
): { sheet: string; values: string[][] } {
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet) {
    throw new UserError(
      'convert-gone',
      `Лист «${sheetName}» не найден: его переименовали или удалили. Закройте окно и повторите.`,
      `Sheet "${sheetName}" was not found: it was renamed or deleted. Close the dialog and try again.`,
      'stale',
    );
  }
  const values = sheet.getDataRange().getDisplayValues();
  if (!values.some((r) => r.some((c) => c.trim()))) {
    throw new UserError(
      'convert-empty',
      'Лист пуст. Вставьте на него таблицу из Word и повторите.',
      'The sheet is empty. Paste the table from Word onto it and try again.',
    );
  }
  return { sheet: sheetName, values };
}

/** importSheetSource's request: the sheet the dialog was opened on. */
export const SheetRequest = z.object({
  sheet: z.string().check(z.minLength(1, 'нет имени листа'), z.maxLength(200)),
});
