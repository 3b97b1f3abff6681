/**
 * Why an organisation's spreadsheet could not be read, in the department's words, from the error
 * the Sheets API gave (the advanced service throws "API call to sheets.spreadsheets.values.batchGet
 * failed with error: …" around the API's message). The API's messages: 403 PERMISSION_DENIED "The
 * caller does not have permission" (not shared with the account that runs the roll-up), 404
 * NOT_FOUND "Requested entity was not found." (deleted, or a wrong ID), 400 "Unable to parse range:
 * 'План'" (no tab of that name). Anything else keeps Google's text after ours.
 */
import { PLAN_SHEET_NAME } from '../workbook/schema';

export function readErrorInWords(message: string): string {
  if (/does not have permission|PERMISSION_DENIED|\b403\b/i.test(message))
    return 'нет доступа к таблице: попросите координатора организации открыть её вам хотя бы на просмотр';
  if (/entity was not found|NOT_FOUND|\b404\b/i.test(message))
    return 'таблица не найдена: она удалена или ссылка в «Организации» неверна';
  if (/Unable to parse range/i.test(message)) return `вкладка «${PLAN_SHEET_NAME}» не найдена в таблице организации`;
  const google = message.replace(/^.*failed with error:\s*/s, '').trim();
  return `таблица не прочитана${google ? `: ${google}` : ''}`;
}

/**
 * The Sheets API's per-minute quota refused the read (60 read requests a minute per user:
 * developers.google.com/sheets/api/limits; the API answers 429 "Quota exceeded for quota metric
 * 'Read requests'…"). Not the organisation's fault: it is read again a moment later, never a row.
 */
export const isQuotaError = (message: string) => /Quota exceeded|RESOURCE_EXHAUSTED|\b429\b/i.test(message);
