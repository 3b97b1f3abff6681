/**
 * The roll-up between executions (issue 18 point 3): a roll-up of 300 organisations does not fit
 * in one 6-minute execution, so each execution reads a chunk and keeps what it read for the next.
 * It is kept in a hidden tab of the department's spreadsheet, «Свод: прочитано», not in properties:
 * one organisation's План read is tens of KB of values (the Орск plan's 105 activities: 63 KB as
 * read, 20 KB as stored with only the columns the roll-up reads), 300 of them several MB —
 * a property value holds 9 KB and the whole store 500 KB (quotas page, "Properties value size",
 * "Properties total storage"), while a cell holds 50,000 characters and a tab millions. The tab is
 * read in the same `Values.batchGet` as «Организации» and «План» (no extra call), and it is there
 * also for a time-driven run that has no document properties (src/gas/triggers.ts on detached
 * add-on triggers).
 *
 * Layout, three text columns: row 1 `cursor | <JSON Cursor>`; then per organisation read, one or
 * more rows `<key> | <part № from 0> | <up to PART_CHARS of the JSON of its OrgRead>`. Rows are only
 * appended (one `appendCells` per execution); the tab is deleted when the roll-up is complete.
 */
import * as z from 'zod/mini';
import { parseStored } from '../stored-json';
import { locateColumns, type PlanColumnKey } from '../workbook/schema';
import type { Organisation } from './organisations';
import type { OrgRead } from './rollup';

export const STORE_TAB_NAME = 'Свод: прочитано';
/** Characters per cell: under Sheets' 50,000 per cell, with room for the escaping the API adds. */
export const PART_CHARS = 40_000;
const CURSOR = 'cursor';

/** Which list of organisations the stored reads belong to, and when the run began. */
export interface Cursor {
  /** `listFingerprint` of «Организации» at the start: a changed list starts the roll-up anew. */
  list: string;
  /** The instant (ISO) the run began. */
  startedAt: string;
  /** Executions so far (the menu's, then the trigger's). */
  runs: number;
}

const CursorSchema = z.object({ list: z.string(), startedAt: z.string(), runs: z.number() });
const ReadSchema = z.union([
  z.object({ kind: z.literal('values'), values: z.array(z.array(z.unknown())) }),
  z.object({ kind: z.literal('error'), message: z.string() }),
]);

/** One organisation's key in the store: its row and spreadsheet, so a reordered list is not mixed up. */
export const orgKey = (o: Organisation) => `${o.row}:${o.spreadsheetId ?? ''}`;

/** FNV-1a over the organisations' rows, names and spreadsheets: equal lists, equal prints. */
export function listFingerprint(orgs: readonly Organisation[]): string {
  let h = 0x811c9dc5;
  const text = orgs.map((o) => `${o.row}\u0001${o.name}\u0001${o.spreadsheetId ?? ''}`).join('\u0002');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${orgs.length}-${h.toString(36)}`;
}

/** A read without trailing empty cells and rows (the API sends them; they carry nothing). */
function trimmed(values: readonly (readonly unknown[])[]): unknown[][] {
  const empty = (c: unknown) => c === '' || c === null || c === undefined;
  const rows = values.map((r) => {
    let n = r.length;
    while (n > 0 && empty(r[n - 1])) n--;
    return r.slice(0, n);
  });
  while (rows.length > 1 && !rows[rows.length - 1].length) rows.pop();
  return rows;
}

/**
 * The columns the roll-up reads of an organisation's План (src/core/rollup/rollup.ts: matching by
 * ID or № and title, the state by deadline, recurrence, status and done dates, the responsible of
 * an overdue row). The others (stage, result, tools, comments…) are not kept: about half the bytes.
 */
const KEPT: readonly PlanColumnKey[] = [
  'id',
  'number',
  'title',
  'responsible',
  'deadlineText',
  'start',
  'end',
  'recurrence',
  'status',
  'doneDate',
  'donePeriods',
];

/** A read with only the KEPT columns, found by header; one that is not a plan is kept whole (its error is judged later). */
export function narrowed(values: readonly (readonly unknown[])[]): unknown[][] {
  const cols = locateColumns(values[0] ?? []);
  if (cols.title === undefined) return trimmed(values);
  const at = KEPT.map((k) => cols[k]).filter((c): c is number => c !== undefined);
  return trimmed(values.map((r) => at.map((c) => r[c] ?? '')));
}

/** The store rows of one read: its JSON cut into parts of PART_CHARS. */
export function readRows(key: string, read: Exclude<OrgRead, { kind: 'pending' }>): string[][] {
  const json = JSON.stringify(read.kind === 'values' ? { kind: 'values', values: narrowed(read.values) } : read);
  const rows: string[][] = [];
  for (let i = 0; i * PART_CHARS < json.length || i === 0; i++)
    rows.push([key, String(i), json.slice(i * PART_CHARS, (i + 1) * PART_CHARS)]);
  return rows;
}

export const cursorRow = (c: Cursor): string[] => [CURSOR, '', JSON.stringify(c)];

export interface Stored {
  cursor: Cursor | null;
  /** Complete reads by `orgKey`; a read whose parts do not join into valid JSON is dropped (read again). */
  reads: Map<string, Exclude<OrgRead, { kind: 'pending' }>>;
}

/** The store tab's values (as `Values.batchGet` gives them) back as the cursor and the reads. */
export function parseStore(values: readonly (readonly unknown[])[] | undefined): Stored {
  const parts = new Map<string, string[]>();
  let cursor: Cursor | null = null;
  for (const r of values ?? []) {
    const key = String(r[0] ?? '');
    if (key === CURSOR) {
      cursor = parseStored(CursorSchema, String(r[2] ?? ''));
      continue;
    }
    const n = Number(r[1]);
    if (!key || !Number.isInteger(n) || n < 0) continue;
    const list = parts.get(key) ?? [];
    list[n] = String(r[2] ?? '');
    parts.set(key, list);
  }
  const reads: Stored['reads'] = new Map();
  for (const [key, list] of parts) {
    // An unfinished write of parts reads as null: the organisation is simply read again.
    const r = parseStored(ReadSchema, list.join(''));
    if (r) reads.set(key, r as Exclude<OrgRead, { kind: 'pending' }>);
  }
  return { cursor, reads };
}
