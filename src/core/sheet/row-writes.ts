/**
 * Writes for one tracked row. Only the tracking cells that changed are written, each by its column
 * found from the header, so nobody's other edits are overwritten.
 */

import type { Language } from '../language';
import type { TrackedActivity } from '../tracking/types';
import type { PlanColumnKey } from '../workbook/schema';
import { PLAN_COLUMNS } from '../workbook/schema';
import { isDateCell } from './cells';
import { activityToRow } from './plan-rows';
import { cellData, DATE_FORMAT, type SheetsRequest, TEXT_FIELDS, updateCells } from './requests';
import { isoToSerial } from './serial';

export const TRACKING_KEYS: readonly PlanColumnKey[] = ['status', 'doneDate', 'doneBy', 'comment', 'donePeriods'];

export function rawValue(v: ReturnType<typeof activityToRow>[number]): string | number | boolean {
  if (v === null) return '';
  if (isDateCell(v)) return isoToSerial(v.date);
  return v;
}

/**
 * The writes as Sheets API requests (one updateCells per changed cell), so they can share one
 * batchUpdate with the journal append: one round trip for a status change.
 */
export function trackingRequests(
  sheetId: number,
  cols: Partial<Record<PlanColumnKey, number>>,
  before: TrackedActivity,
  after: TrackedActivity,
  row: number,
  lang: Language = 'ru',
): SheetsRequest[] {
  const keys = TRACKING_KEYS.filter((k) => cols[k] !== undefined);
  const old = activityToRow(before, keys, '', lang);
  const now = activityToRow(after, keys, '', lang);
  const out: SheetsRequest[] = [];
  keys.forEach((k, i) => {
    if (rawValue(old[i]) === rawValue(now[i])) return;
    const kind = PLAN_COLUMNS.find((c) => c.key === k)?.kind;
    out.push(
      updateCells(
        sheetId,
        row - 1,
        cols[k] as number,
        [[cellData(now[i], { numberFormat: kind === 'date' ? DATE_FORMAT : '@' })]],
        TEXT_FIELDS,
      ),
    );
  });
  return out;
}
