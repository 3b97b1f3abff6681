/**
 * «Свод → Обновить свод» and its continuation (issue 18 points 2–3). One execution:
 *
 * 1. reads the department's spreadsheet (2 calls: src/gas/rollup/department.ts), the store of an
 *    unfinished roll-up included (src/core/rollup/store.ts);
 * 2. reads organisations not read yet, ONE `Values.batchGet` each (src/gas/rollup/read.ts), while
 *    the execution is younger than READ_BUDGET_MS by `Date.now()` — Apps Script stops an execution
 *    at 6 minutes (quotas page, "Script runtime"), and opening another spreadsheet costs seconds,
 *    so reading stops well before and leaves room for the write;
 * 3. writes in ONE batchUpdate: the three roll-up tabs (a partial result says «Свод неполный:
 *    прочитано N из M» under each heading, src/core/rollup/tabs.ts), the store (this execution's
 *    reads appended, or the store deleted when complete) and, when complete, each organisation's
 *    status in «Организации»;
 * 4. leaves the continuation trigger on while organisations are left, deletes it when done.
 *
 * An organisation whose spreadsheet is missing, not shared or not a plan is its row in words,
 * never a failed run. Every organisation is counted once: reads are kept by `orgKey`, and a list
 * changed between executions starts the roll-up anew.
 */
import { formatRu, isoInZone } from '../../core/dates/calendar';
import { UserError } from '../../core/errors';
import { dailyRollupDue } from '../../core/rollup/daily';
import { chooseActivities, organisationPlan } from '../../core/rollup/distribute';
import { type OrgRead, rollUp } from '../../core/rollup/rollup';
import {
  type Cursor,
  cursorRow,
  listFingerprint,
  orgKey,
  parseStore,
  readRows,
  STORE_TAB_NAME,
} from '../../core/rollup/store';
import { buildRollupTabs, standingText } from '../../core/rollup/tabs';
import type { SheetsRequest } from '../../core/sheet/requests';
import { rollupTabsRequests } from '../../core/sheet/rollup-requests';
import { locateByHeaders, ORG_COLUMNS, ORGS_SHEET_NAME } from '../../core/workbook/schema';
import { batchUpdate, freshSheetId, type SpreadsheetInfo, sheets } from '../sheets-api';
import { continuationSpreadsheet, ensureContinuation, stopContinuation } from './continuation';
import { dailyRequest, hourInZone, remindAfterRollup } from './daily';
import { type Department, readDepartment } from './department';
import { readOrganisationPlan } from './read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Reading stops this long after the execution began (the 6-minute limit, less room to write). */
export const READ_BUDGET_MS = 4 * 60 * 1000;
/** No reminder e-mail is started after this (the reads' budget, the write, then the sends). */
const SEND_BUDGET_MS = 4.5 * 60 * 1000;
/** How long to wait when the Sheets API's per-minute read quota refuses a read. */
const QUOTA_WAIT_MS = 15_000;

export interface RunOutcome {
  read: number;
  total: number;
  /** Read in this execution. */
  readNow: number;
  done: boolean;
  /** «Свод: прочитано 120 из 300…», for a toast. */
  message: string;
}

type Done = Exclude<OrgRead, { kind: 'pending' }>;

const text = (v: string) => ({ userEnteredValue: { stringValue: v } });

/** The store's requests: the rows of this execution appended, or a new hidden tab for a new run. */
function storeRequests(
  info: SpreadsheetInfo,
  fresh: boolean,
  cursor: Cursor,
  rows: string[][],
  done: boolean,
): SheetsRequest[] {
  const old = info.sheets.find((s) => s.title === STORE_TAB_NAME);
  if (done) return old ? [{ deleteSheet: { sheetId: old.sheetId } }] : [];
  const cursorCells = { values: cursorRow(cursor).map(text) };
  if (old && !fresh)
    return [
      {
        updateCells: {
          start: { sheetId: old.sheetId, rowIndex: 0, columnIndex: 0 },
          rows: [cursorCells],
          fields: 'userEnteredValue',
        },
      },
      ...(rows.length
        ? [
            {
              appendCells: {
                sheetId: old.sheetId,
                rows: rows.map((r) => ({ values: r.map(text) })),
                fields: 'userEnteredValue',
              },
            },
          ]
        : []),
    ];
  const sheetId = freshSheetId(info, 940_001);
  return [
    ...(old ? [{ deleteSheet: { sheetId: old.sheetId } }] : []),
    {
      addSheet: {
        properties: {
          sheetId,
          title: STORE_TAB_NAME,
          hidden: true,
          gridProperties: { rowCount: rows.length + 1, columnCount: 3 },
        },
      },
    },
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: [cursorCells, ...rows.map((r) => ({ values: r.map(text) }))],
        fields: 'userEnteredValue',
      },
    },
  ];
}

/** «Статус последнего свода» and «Дата свода» of each organisation's row, where the tab has them. */
function statusRequests(
  d: Department,
  standings: ReturnType<typeof rollUp>['organisations'],
  today: string,
): SheetsRequest[] {
  const tab = d.info.sheets.find((s) => s.title === ORGS_SHEET_NAME);
  const col = locateByHeaders(d.orgValues[0] ?? [], ORG_COLUMNS);
  if (!tab) return [];
  const out: SheetsRequest[] = [];
  for (const o of standings)
    for (const [c, v] of [
      [col.status, standingText(o)],
      [col.checkedOn, formatRu(today)],
    ] as const)
      if (c !== undefined)
        out.push({
          updateCells: {
            start: { sheetId: tab.sheetId, rowIndex: o.org.row - 1, columnIndex: c },
            rows: [{ values: [{ ...text(v), userEnteredFormat: { numberFormat: { type: 'TEXT' } } }] }],
            fields: 'userEnteredValue,userEnteredFormat.numberFormat',
          },
        });
  return out;
}

function runLocked(ss: Spreadsheet, started: number, continuation: boolean): RunOutcome | null {
  const d = readDepartment(ss.getId());
  const stored = parseStore(d.store);
  // A continuation with nothing left to continue (the menu finished the roll-up) only goes away.
  // With the daily roll-up on, the same trigger starts the day's first roll-up instead.
  if (continuation && !stored.cursor) {
    const now = new Date();
    const setting = d.daily?.setting ?? null;
    if (!dailyRollupDue(setting, isoInZone(now, d.info.timeZone), hourInZone(now, d.info.timeZone))) {
      if (!setting) stopContinuation(ss);
      return null;
    }
  }
  const list = listFingerprint(d.organisations);
  const fresh = !stored.cursor || stored.cursor.list !== list;
  const reads: Map<string, Done> = fresh ? new Map() : stored.reads;
  const cursor: Cursor = fresh
    ? { list, startedAt: new Date(started).toISOString(), runs: 1 }
    : { ...stored.cursor!, runs: stored.cursor!.runs + 1 };
  if (d.organisations.some((o) => o.spreadsheetId)) sheets();
  const rows: string[][] = [];
  let readNow = 0;
  for (const org of d.organisations) {
    const key = orgKey(org);
    if (reads.has(key)) continue;
    if (Date.now() - started >= READ_BUDGET_MS) break;
    let r = readOrganisationPlan(org);
    // The per-minute read quota: wait for it to refill while the budget allows, else leave the rest.
    while (r.kind === 'pending' && Date.now() - started + QUOTA_WAIT_MS < READ_BUDGET_MS) {
      Utilities.sleep(QUOTA_WAIT_MS);
      r = readOrganisationPlan(org);
    }
    if (r.kind === 'pending') break;
    reads.set(key, r);
    rows.push(...readRows(key, r));
    readNow++;
  }
  const entries = d.organisations.map((org) => ({
    org,
    read: reads.get(orgKey(org)) ?? ({ kind: 'pending' } as const),
  }));
  const read = entries.filter((e) => e.read.kind !== 'pending').length;
  const total = entries.length;
  const done = read === total;
  const today = isoInZone(new Date(), d.info.timeZone);
  const r = rollUp({
    today,
    municipal: d.municipal,
    activityIds: d.distribution
      ? organisationPlan(chooseActivities(d.municipal, d.distribution.mode)).map((a) => a.id)
      : undefined,
    organisations: entries,
    confirmations: d.confirmations,
  });
  const tabs = buildRollupTabs(r);
  const ids = tabs.map((_, i) => freshSheetId(d.info, 910_001 + i * 10_007));
  const old = new Map(d.info.sheets.map((s) => [s.title, s.sheetId]));
  batchUpdate(d.info.id, [
    ...rollupTabsRequests(tabs, ids, old),
    ...storeRequests(d.info, fresh, cursor, rows, done),
    ...(done ? statusRequests(d, r.organisations, today) : []),
    ...(done && d.daily?.setting ? [dailyRequest(d, { ...d.daily.setting, lastDone: today })] : []),
  ]);
  if (done && !d.daily?.setting) stopContinuation(ss);
  else ensureContinuation(ss);
  const reminders = done ? remindAfterRollup(ss, d, r, today, started + SEND_BUDGET_MS) : '';
  const message = done
    ? `Свод готов: прочитано ${read} из ${total} организаций.${reminders ? ` ${reminders}` : ''}`
    : `Свод: прочитано ${read} из ${total} организаций. Остальные дочитаются автоматически (раз в час), свод помечен как неполный.`;
  return { read, total, readNow, done, message };
}

/**
 * One execution of the roll-up in `ss` (the department's spreadsheet), under the document's lock.
 * Null: a continuation found nothing to do (no unfinished roll-up, the daily one not due; with the
 * daily roll-up off it removed itself).
 */
export function runRollup(ss: Spreadsheet, started = Date.now(), continuation = false): RunOutcome | null {
  return withRollupLock(() => runLocked(ss, started, continuation));
}

/**
 * `fn` under the department document's lock: the roll-up, its continuation and the distribution
 * exclude one another (two «Разослать…» at once would make two spreadsheets per organisation).
 */
export function withRollupLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getUserLock();
  if (!lock.tryLock(10_000))
    throw new UserError(
      'rollup-busy',
      'Свод или рассылка сейчас идут (другим запуском). Повторите через несколько минут.',
      'The roll-up or the distribution is running in another execution. Try again in a few minutes.',
    );
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

/** The continuation trigger's run: no Ui; what it did goes to the execution log. */
export function continueRollup(e?: { triggerUid?: string }): void {
  const started = Date.now();
  const ss = continuationSpreadsheet(e?.triggerUid);
  if (!ss) return;
  try {
    const r = runRollup(ss, started, true);
    console.info(
      `План-график: ${r ? r.message : 'незаконченного свода нет, ежедневный ещё не пора (или выключен: продолжение удалено).'}`,
    );
  } catch (err) {
    // Another run holds the lock: the next hour's run goes on from the store.
    if (err instanceof UserError) console.warn(`План-график: ${err.message}`);
    else throw err;
  }
}
