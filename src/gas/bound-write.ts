/**
 * Writing cells of activities found by ID, checked on the rows after the fact (see
 * src/core/tracking/bound-write.ts for why a check and not a lock). Cost when nothing moved: the
 * caller's one batchUpdate plus one Values.batchGet of the План tab. When rows moved, each round
 * is one corrective batchUpdate and one more read; after MAX_ROUNDS reads the activity is
 * reported as not saved, with the rows put back.
 */
import { PLAN_COLUMNS, type PlanColumnKey } from '../core/sheet/plan-columns';
import type { SheetsRequest } from '../core/sheet/requests';
import {
  type CellWrite,
  type Check,
  cellWriteRequests,
  checkWrite,
  type Intent,
  type Misplaced,
  type SheetRow,
  sheetRows,
} from '../core/tracking/bound-write';
import { batchUpdate, readTabs } from './sheets-api';

export const MAX_ROUNDS = 3;

export type Outcome = { ok: true } | { ok: false; code: 'not-found' | 'duplicate' | 'stale' | 'moved'; rows: number[] };

export interface BoundTab {
  spreadsheetId: string;
  sheetId: number;
  title: string;
  cols: Partial<Record<PlanColumnKey, number>>;
  /** Every row by ID as read before the first write. */
  baseline: ReadonlyMap<string, SheetRow>;
}

export interface Correction {
  /** The activity the cells were meant for. */
  intent: string;
  misplaced: Misplaced;
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
  const out = new Map<string, Outcome>();
  const dateCols = new Set(
    PLAN_COLUMNS.filter((c) => c.kind === 'date' && tab.cols[c.key] !== undefined).map(
      (c) => tab.cols[c.key] as number,
    ),
  );
  const idCol = tab.cols.id ?? 0;
  const ids = new Set(intents.map((i) => i.id));
  batchUpdate(tab.spreadsheetId, first);
  let pending = intents.filter((i) => i.cells.size);
  for (const i of intents) if (!i.cells.size) out.set(i.id, { ok: true });
  for (let round = 1; pending.length; round++) {
    const now = sheetRows(readTabs(tab.spreadsheetId, [tab.title])[tab.title] ?? [], idCol);
    const writes: CellWrite[] = [];
    const corrections: Correction[] = [];
    const failed: { id: string; outcome: Outcome }[] = [];
    const again: Intent[] = [];
    for (const intent of pending) {
      const others = new Set([...ids].filter((x) => x !== intent.id));
      const c: Check = checkWrite(intent, tab.baseline, now, others);
      if (c.kind === 'ok') {
        out.set(intent.id, { ok: true });
        continue;
      }
      corrections.push(...c.misplaced.map((m) => ({ intent: intent.id, misplaced: m })));
      if (c.kind === 'fail') {
        writes.push(...c.writes);
        failed.push({ id: intent.id, outcome: { ok: false, code: c.code, rows: c.rows } });
      } else if (round >= MAX_ROUNDS) {
        // Rows keep moving: put back what went astray and give up on this one.
        writes.push(...c.writes.filter((w) => c.misplaced.some((m) => m.row === w.row)));
        failed.push({ id: intent.id, outcome: { ok: false, code: 'moved', rows: [] } });
      } else {
        writes.push(...c.writes);
        again.push(intent);
      }
    }
    for (const f of failed) out.set(f.id, f.outcome);
    const requests = [
      ...cellWriteRequests(tab.sheetId, writes, (col) => dateCols.has(col)),
      ...(corrections.length || failed.length ? notes(corrections, failed) : []),
    ];
    if (requests.length) batchUpdate(tab.spreadsheetId, requests);
    pending = again;
  }
  return out;
}
