/**
 * Writing cells of activities found by ID, checked on the rows after the fact (see
 * src/core/tracking/bound-write.ts for why a check and not a lock). Cost when nothing moved: the
 * caller's one batchUpdate, which answers with the tab's ID column and the rows it was aimed at as
 * they are after it (src/gas/sheets-api.ts batchUpdateReading) — that is the check. When rows
 * moved, one read of the whole tab, then each round one corrective batchUpdate and one more read.
 */

import type { SheetsRequest } from '../core/sheet/requests';
import {
  type Correction,
  cellWriteRequests,
  type Intent,
  landedWhereAimed,
  type Outcome,
  type SheetRow,
  settleWrites,
  sheetRows,
} from '../core/tracking/bound-write';
import { PLAN_COLUMNS, type PlanColumnKey } from '../core/workbook/schema';
import { batchUpdate, batchUpdateReading, readTabs } from './sheets-api';

export type { Correction, Outcome };

/**
 * Past this many rows written, the first write's response does not carry them (each comes with
 * all its cells' formats): the tab is read instead, in one Values.batchGet of values only.
 */
const SHOWN_ROWS = 20;

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
  const aimed = [...new Set(intents.flatMap((i) => (i.cells.size ? [tab.baseline.get(i.id)?.row ?? 0] : [])))];
  if (first.length && aimed.length <= SHOWN_ROWS && !aimed.includes(0)) {
    const [ids, ...rows] = batchUpdateReading(tab.spreadsheetId, first, [
      { title: tab.title, column: tab.cols.id ?? 0 },
      ...aimed.map((row) => ({ title: tab.title, row })),
    ]);
    const shown = new Map(aimed.map((row, i) => [row, rows[i]] as const));
    if (landedWhereAimed(intents, ids, shown)) return new Map(intents.map((i) => [i.id, { ok: true } as Outcome]));
  } else batchUpdate(tab.spreadsheetId, first);
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
