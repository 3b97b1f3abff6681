/**
 * A write bound to an activity, not to a row number. Sheets has no conditional write: between the
 * server's read and its write a person may sort, insert or delete rows (a script lock does not
 * stop a person), and a write addressed to row 7 then lands on whatever row 7 holds by then. So
 * every write that found its row by ID is checked after the fact: the sheet is read back and
 * `checkWrite` says whether the activity holds what was written; if the cells landed elsewhere,
 * which rows took them (they hold exactly those values and did not before) and what to write to
 * put them back, and where the activity is now. The caller repeats write → read back → check a
 * bounded number of times. A duplicated ID is reported, never guessed.
 *
 * Values are compared raw, as `Values.batchGet` returns them (UNFORMATTED_VALUE, dates as serial
 * numbers): what was written is what is read back.
 */

import type { Language } from '../language';
import type { CellOut } from '../sheet/cells';
import { activityToRow } from '../sheet/plan-rows';
import { cellData, DATE_FORMAT, type SheetsRequest, TEXT_FIELDS, updateCells } from '../sheet/requests';
import { rawValue, TRACKING_KEYS } from '../sheet/row-writes';
import { serialToIso } from '../sheet/serial';
import type { PlanColumnKey } from '../workbook/schema';
import type { TrackedActivity } from './types';

export type Raw = string | number | boolean;

/** One data row of the План tab as read: 1-based row, its ID ('' when none), its raw cells. */
export interface SheetRow {
  row: number;
  id: string;
  cells: readonly unknown[];
}

/** Data rows of a tab's values (row 1 is the header). */
export function sheetRows(values: readonly (readonly unknown[])[], idCol: number): SheetRow[] {
  return values.slice(1).map((cells, i) => ({ row: i + 2, id: String(cells[idCol] ?? '').trim(), cells }));
}

/** What a person does about a duplicated ID, said by the sidebar and the edit trigger alike. */
export const EXTRA_COPY = 'Удалите лишнюю копию строки (или дайте ей другой ID) и';

/** Rows by ID, as read before writing. Rows with a duplicated ID are kept in `duplicates`. */
export function rowsById(rows: readonly SheetRow[]): {
  byId: Map<string, SheetRow>;
  duplicates: Map<string, number[]>;
} {
  const byId = new Map<string, SheetRow>();
  const duplicates = new Map<string, number[]>();
  for (const r of rows) {
    if (!r.id) continue;
    const first = byId.get(r.id);
    if (!first) byId.set(r.id, r);
    else duplicates.set(r.id, [...(duplicates.get(r.id) ?? [first.row]), r.row]);
  }
  return { byId, duplicates };
}

/** The cells to write for one activity: 0-based column → raw value. */
export interface Intent {
  id: string;
  cells: ReadonlyMap<number, Raw>;
}

/** The tracking cells that change from `before` to `after`, as an intent (the cells trackingRequests writes). */
export function trackingIntent(
  cols: Partial<Record<PlanColumnKey, number>>,
  before: TrackedActivity,
  after: TrackedActivity,
  lang: Language = 'ru',
): Intent {
  const keys = TRACKING_KEYS.filter((k) => cols[k] !== undefined);
  const old = activityToRow(before, keys, '', lang).map(rawValue);
  const next = activityToRow(after, keys, '', lang).map(rawValue);
  const cells = new Map<number, Raw>();
  keys.forEach((k, i) => {
    if (old[i] !== next[i]) cells.set(cols[k] as number, next[i]);
  });
  return { id: before.id, cells };
}

export interface CellWrite {
  row: number;
  col: number;
  value: Raw;
}

/** A row that took cells meant for the activity, and is put back. */
export interface Misplaced {
  row: number;
  /** Its ID, '' for a row without one (e.g. a row inserted meanwhile). */
  id: string;
}

export type Check =
  | { kind: 'ok' }
  /** Put back the rows that took the cells, and write them (again) where the activity is now. */
  | { kind: 'rewrite'; writes: CellWrite[]; misplaced: Misplaced[] }
  /** The write cannot be made right: put back what was misplaced, and tell the user. */
  | {
      kind: 'fail';
      code: 'not-found' | 'duplicate' | 'stale';
      writes: CellWrite[];
      misplaced: Misplaced[];
      rows: number[];
    };

/** Rows by ID as they are now (a duplicated ID maps to all its rows). */
export function groupById(rows: readonly SheetRow[]): Map<string, SheetRow[]> {
  const m = new Map<string, SheetRow[]>();
  for (const r of rows) {
    const list = m.get(r.id);
    if (list) list.push(r);
    else m.set(r.id, [r]);
  }
  return m;
}

const norm = (v: unknown): Raw => (v === null || v === undefined ? '' : (v as Raw));
const same = (a: unknown, b: unknown) => norm(a) === norm(b);

/**
 * `baseline`: every row by ID as read before the first write (what each activity held then).
 * `now`: the tab as read back after the last write. `others`: IDs written in the same batch
 * (their rows are theirs, not misplaced copies of this one).
 */
export function checkWrite(
  intent: Intent,
  baseline: ReadonlyMap<string, SheetRow>,
  now: readonly SheetRow[],
  others: ReadonlySet<string> = new Set(),
  index: ReadonlyMap<string, readonly SheetRow[]> = groupById(now),
  /** False right after the first write: if the activity holds it, no other row can. */
  scan = true,
): Check {
  const wanted = [...intent.cells];
  const holds = (cells: readonly unknown[]) => wanted.every(([c, v]) => same(cells[c], v));
  const before = baseline.get(intent.id) ?? null;
  const targets = index.get(intent.id) ?? [];
  // Right after the first write, an activity holding what was written means the write reached it
  // (the cells written are exactly those it did not hold): no other row can hold a copy of it. After
  // a correction that is no longer so (the correction itself may have strayed): look at every row.
  if (!scan && targets.length === 1 && holds(targets[0].cells)) return { kind: 'ok' };
  // A row holding exactly what was written that did not hold it before took the write. A row
  // the first read did not know (inserted since) had nothing in those cells worth keeping.
  const took = (r: SheetRow, own: SheetRow | null) => holds(r.cells) && !(own && holds(own.cells));
  const misplacedRows = now.filter(
    (r) => r.id !== intent.id && !others.has(r.id) && took(r, r.id ? (baseline.get(r.id) ?? null) : null),
  );
  if (targets.length > 1) misplacedRows.push(...targets.filter((t) => took(t, before)));
  const putBack: CellWrite[] = misplacedRows.flatMap((r) => {
    const own = r.id ? (baseline.get(r.id) ?? null) : null;
    // A duplicate of the activity itself goes back to what the activity held.
    const prior = r.id === intent.id ? before : own;
    return wanted.map(([col]) => ({ row: r.row, col, value: norm(prior?.cells[col]) }));
  });
  const misplaced = misplacedRows.map((r) => ({ row: r.row, id: r.id }));
  if (targets.length > 1)
    return { kind: 'fail', code: 'duplicate', writes: putBack, misplaced, rows: targets.map((t) => t.row) };
  if (!targets.length) return { kind: 'fail', code: 'not-found', writes: putBack, misplaced, rows: [] };
  const target = targets[0];
  if (holds(target.cells)) return misplaced.length ? { kind: 'rewrite', writes: putBack, misplaced } : { kind: 'ok' };
  // Not written there: write again only if nobody changed those cells of the activity meanwhile.
  const untouched = before !== null && wanted.every(([c]) => same(target.cells[c], before.cells[c]));
  if (!untouched) return { kind: 'fail', code: 'stale', writes: putBack, misplaced, rows: [target.row] };
  return {
    kind: 'rewrite',
    writes: [...putBack, ...wanted.map(([col, value]) => ({ row: target.row, col, value }))],
    misplaced,
  };
}

/**
 * Right after the first write, from what its own response shows (src/gas/bound-write.ts): the
 * tab's ID column (`ids`, index 0 = row 1, the header) and the rows the write was aimed at
 * (`shown`, by 1-based row). Did every intent land where it was aimed? Each ID on exactly one
 * row, that row one of those shown and holding what was written — checkWrite's first-round rule,
 * never looser: when it holds, no other row can hold a copy. Anything else is looked at in full
 * (settleWrites, after a read of the whole tab).
 */
export function landedWhereAimed(
  intents: readonly Intent[],
  ids: readonly unknown[],
  shown: ReadonlyMap<number, readonly unknown[]>,
): boolean {
  const column = ids.map((id) => [id]);
  const rowsOf = groupById(sheetRows(column, 0));
  return intents.every((intent) => {
    if (!intent.cells.size) return true;
    const at = rowsOf.get(intent.id) ?? [];
    const cells = at.length === 1 ? shown.get(at[0].row) : undefined;
    return !!cells && [...intent.cells].every(([c, v]) => same(cells[c], v));
  });
}

/** One Sheets request per written cell: dates as serials with the date format, text as text. */
export function cellWriteRequests(
  sheetId: number,
  writes: readonly CellWrite[],
  isDateColumn: (col: number) => boolean,
): SheetsRequest[] {
  return writes.map((w) => {
    const date = isDateColumn(w.col) && typeof w.value === 'number';
    const v: CellOut = date ? { date: serialToIso(w.value as number) } : w.value === '' ? null : w.value;
    return updateCells(
      sheetId,
      w.row - 1,
      w.col,
      [[cellData(v, { numberFormat: isDateColumn(w.col) ? DATE_FORMAT : '@' })]],
      TEXT_FIELDS,
    );
  });
}

/** Rounds of read → check → correct before a write is given up (reported, rows put back). */
export const MAX_ROUNDS = 3;

export type Outcome = { ok: true } | { ok: false; code: 'not-found' | 'duplicate' | 'stale' | 'moved'; rows: number[] };

export interface Correction {
  /** The activity the cells were meant for. */
  intent: string;
  misplaced: Misplaced;
}

/** What the loop needs from the sheet: read the tab back, write corrective cells. */
export interface BoundIo {
  read(): SheetRow[];
  write(cells: CellWrite[], corrections: Correction[], failed: { id: string; outcome: Outcome }[]): void;
}

/**
 * After the caller's first write of `intents`: read back, check each intent, correct, up to
 * MAX_ROUNDS reads. Cells put back on a row are themselves checked on the next read (a person may
 * move rows again before they land). An intent still not right after the last read is put back
 * where it strayed and reported `moved`. Nothing is written when every intent is where it belongs.
 */
export function settleWrites(
  intents: readonly Intent[],
  baseline: ReadonlyMap<string, SheetRow>,
  io: BoundIo,
): Map<string, Outcome> {
  const out = new Map<string, Outcome>();
  const ids = new Set(intents.map((i) => i.id));
  let pending = intents.filter((i) => i.cells.size);
  for (const i of intents) if (!i.cells.size) out.set(i.id, { ok: true });
  /** Activities whose cells were written back to what they held, to be checked on the next read. */
  let restored: Intent[] = [];
  for (let round = 1; (pending.length || restored.length) && round <= MAX_ROUNDS; round++) {
    const now = io.read();
    const writes: CellWrite[] = [];
    const corrections: Correction[] = [];
    const failed: { id: string; outcome: Outcome }[] = [];
    const again: Intent[] = [];
    // A put-back that landed on another activity: that one takes back what it held.
    for (const r of restored)
      for (const row of now) {
        if (row.id === r.id || ids.has(row.id)) continue;
        // A row the first read did not know (inserted since) held nothing in those cells.
        const own = row.id ? (baseline.get(row.id) ?? null) : null;
        const holds = (cells: readonly unknown[]) => [...r.cells].every(([c, v]) => same(cells[c], v));
        const back = [...r.cells].map(([col]) => ({ row: row.row, col, value: norm(own?.cells[col]) }));
        // Already holding its own cells (or, for a row without an ID, nothing): not touched.
        if (!holds(row.cells) || back.every((w) => same(row.cells[w.col], w.value))) continue;
        writes.push(...back);
        corrections.push({ intent: r.id, misplaced: { row: row.row, id: row.id } });
      }
    const index = groupById(now);
    for (const intent of pending) {
      const c = checkWrite(intent, baseline, now, ids, index, round > 1);
      if (c.kind === 'ok') {
        if (!out.has(intent.id)) out.set(intent.id, { ok: true });
        continue;
      }
      for (const m of c.misplaced) corrections.push({ intent: intent.id, misplaced: m });
      // The writes that put back what went astray onto other rows.
      const strays = () => c.writes.filter((w) => c.misplaced.some((m) => m.row === w.row));
      if (c.kind === 'fail') {
        writes.push(...c.writes);
        // Reported once; while its cells sit on other rows it is checked again and put back.
        if (!out.has(intent.id)) failed.push({ id: intent.id, outcome: { ok: false, code: c.code, rows: c.rows } });
        if (c.misplaced.length) again.push(intent);
      } else if (out.has(intent.id)) {
        // Already reported as failed: only its strays are put back, it is not written again.
        writes.push(...strays());
        if (c.misplaced.length) again.push(intent);
      } else if (round >= MAX_ROUNDS) {
        // Rows keep moving: put back what went astray and give up on this one.
        writes.push(...strays());
        failed.push({ id: intent.id, outcome: { ok: false, code: 'moved', rows: [] } });
      } else {
        writes.push(...c.writes);
        again.push(intent);
      }
    }
    if (writes.length || corrections.length || failed.length) io.write(writes, corrections, failed);
    for (const f of failed) out.set(f.id, f.outcome);
    // What was just put back on known activities, as intents of their own to check next time.
    restored = corrections
      .filter((c) => !ids.has(c.misplaced.id))
      .map((c) => ({
        id: c.misplaced.id,
        cells: new Map(writes.filter((w) => w.row === c.misplaced.row).map((w) => [w.col, w.value] as const)),
      }));
    pending = again;
  }
  for (const i of pending) if (!out.has(i.id)) out.set(i.id, { ok: false, code: 'moved', rows: [] });
  return out;
}
