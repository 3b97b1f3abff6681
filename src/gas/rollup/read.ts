/**
 * The roll-up's reading side (issue 18), NOT wired to a menu yet: each organisation's План tab with
 * ONE advanced-service call, `Sheets.Spreadsheets.Values.batchGet` on the organisation's
 * spreadsheet ID (the same read as this document's: UNFORMATTED_VALUE with SERIAL_NUMBER dates, so
 * dates are calendar days in the organisation's own zone and no `Date` crosses into core).
 * No spreadsheets.get first: a missing tab is the call's own error («Unable to parse range»).
 *
 * Scope: `values.batchGet` accepts spreadsheets, spreadsheets.readonly, drive, drive.readonly or
 * drive.file (Sheets API reference, spreadsheets.values.batchGet, "Authorization scopes");
 * appsscript.json already asks for `https://www.googleapis.com/auth/spreadsheets` for this
 * document's batch reads and writes, so reading another spreadsheet adds no scope. The account that
 * runs the roll-up must be able to open each spreadsheet: the organisation shares it (a
 * distributed plan will have the department as editor), otherwise the API answers 403.
 */
import { UserError } from '../../core/errors';
import type { Organisation } from '../../core/rollup/organisations';
import { isQuotaError, readErrorInWords } from '../../core/rollup/read-errors';
import type { OrgRead } from '../../core/rollup/rollup';
import { ORGS_SHEET_NAME, PLAN_SHEET_NAME } from '../../core/workbook/schema';
import { readTabs, sheets } from '../sheets-api';

/**
 * One organisation's План, or why it could not be read — never a thrown error for one bad
 * spreadsheet; `pending` when the API's per-minute quota refused the read.
 */
export function readOrganisationPlan(org: Organisation): OrgRead {
  if (!org.spreadsheetId)
    return {
      kind: 'error',
      message: `не подключена: во вкладке «${ORGS_SHEET_NAME}» (строка ${org.row}) нет ссылки на её таблицу`,
    };
  try {
    return { kind: 'values', values: readTabs(org.spreadsheetId, [PLAN_SHEET_NAME])[PLAN_SHEET_NAME] ?? [] };
  } catch (e) {
    // The add-on's own failures (the Sheets service turned off) stop the run; a spreadsheet's do not.
    if (e instanceof UserError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    // The per-minute quota: the caller waits and reads it again (src/gas/rollup/run.ts).
    if (isQuotaError(message)) return { kind: 'pending' };
    return { kind: 'error', message: readErrorInWords(message) };
  }
}

/** The organisations in order, each read once; `sheets()` first, so a missing service fails once, in words. */
export function readOrganisationPlans(orgs: readonly Organisation[]): { org: Organisation; read: OrgRead }[] {
  sheets();
  return orgs.map((org) => ({ org, read: readOrganisationPlan(org) }));
}
