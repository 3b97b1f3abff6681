/**
 * Writing cells of activities found by ID, checked on the rows after the fact (see
 * src/core/tracking/bound-write.ts for why a check and not a lock). Cost when nothing moved: the
 * caller's one batchUpdate plus one Values.batchGet of the План tab. When rows moved, each round
 * is one corrective batchUpdate and one more read.
 */

import type { SheetsRequest } from '../core/sheet/requests';
import {
  type Correction,
  cellWriteRequests,
  type Intent,
  type Outcome,
  type SheetRow,
  settleWrites,
  sheetRows,
} from '../core/tracking/bound-write';
import { PLAN_COLUMNS, type PlanColumnKey } from '../core/workbook/schema';
import { batchUpdate, readTabs } from './sheets-api';

export type { Correction, Outcome };

export interface BoundTab {
  spreadsheetId: string;
  sheetId: number;
  title: string;
  cols: Partial<Record<PlanColumnKey, number>>;
  /** Every row by ID as read before the first write. */
  baseline: ReadonlyMap<string, SheetRow>;
}

/**
 * `first`: the caller's batch (the cells of every intent and its journal rows). `notes`: journal
 * rows for what had to be corrected or could not be saved, appended in the corrective batch.
 */
export function writeBound(
  tab: BoundTab,
  intents: readonly Intent[],
  first: SheetsRequest[],
  notes: (corrections: Correction[], failed: { id: string; outcome: Outcome }[]) => SheetsRequest[],
): Map<string, Outcome> {
  const dateCols = new Set(
    PLAN_COLUMNS.filter((c) => c.kind === 'date' && tab.cols[c.key] !== undefined).map(
      (c) => tab.cols[c.key] as number,
    ),
  );
  batchUpdate(tab.spreadsheetId, first);
  return settleWrites(intents, tab.baseline, {
    read: () => sheetRows(readTabs(tab.spreadsheetId, [tab.title])[tab.title] ?? [], tab.cols.id ?? 0),
    write: (cells, corrections, failed) => {
      const requests = [
        ...cellWriteRequests(tab.sheetId, cells, (col) => dateCols.has(col)),
        ...(corrections.length || failed.length ? notes(corrections, failed) : []),
      ];
      if (requests.length) batchUpdate(tab.spreadsheetId, requests);
    },
  });
}
