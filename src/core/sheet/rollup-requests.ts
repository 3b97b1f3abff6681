/**
 * The roll-up tabs as Sheets API requests, in ONE batchUpdate for all three: each old tab is
 * deleted and the new one added and filled, as the report tabs are (report-requests.ts): text as
 * `stringValue` (never a formula), number formats before values, a warning-only protection. A
 * link on an organisation's name opens its spreadsheet.
 */
import type { ReportTab } from '../reports/types';
import { spreadsheetUrl } from '../rollup/spreadsheet-id';
import { SHEET_LINK } from '../rollup/tabs';
import { reportTabRequests } from './report-requests';
import type { SheetsRequest } from './requests';

export function rollupTabsRequests(
  tabs: readonly ReportTab[],
  /** The sheet ID to give each tab (fresh IDs the adapter chose), in `tabs` order. */
  sheetIds: readonly number[],
  /** The existing tab of each name, if any. */
  oldSheetIds: ReadonlyMap<string, number>,
): SheetsRequest[] {
  const url = (key: string) => (key.startsWith(SHEET_LINK) ? spreadsheetUrl(key.slice(SHEET_LINK.length)) : null);
  return tabs.flatMap((t, i) => reportTabRequests(t, sheetIds[i], oldSheetIds.get(t.name) ?? null, url));
}
