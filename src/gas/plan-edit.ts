/**
 * The installable edit trigger (`onPlanEdit`): when a person sets Статус in the План tab, Дата
 * выполнения and Отметил are filled and a Журнал row is appended. It runs as the trigger's owner
 * (a simple onEdit could not use the Sheets service); `e.user` names who edited, when Google says.
 * Script writes fire no trigger, so our own writes never loop. Cost: 6 spreadsheet calls (one more
 * when the Журнал tab was deleted: it is recreated). Only the sender's edit trigger acts
 * (triggers.ts): a second coordinator's would journal every edit twice.
 */
import { isoInZone } from '../core/dates/calendar';
import { isUserError } from '../core/errors';
import { journalAppendRequests } from '../core/sheet/journal-requests';
import { JOURNAL_SHEET_NAME, locateColumns, PLAN_SHEET_NAME } from '../core/sheet/plan-columns';
import { rowToActivity, statusFromCell } from '../core/sheet/plan-rows';
import type { SheetsRequest } from '../core/sheet/requests';
import { trackingRequests } from '../core/sheet/row-writes';
import { statusEditOutcome } from '../core/sheet/status-edit';
import { withDocumentLock } from './lock';
import { readPlanMeta } from './plan-meta';
import { documentProps, type Props } from './props';
import { batchUpdate, freshSheetId, quoteSheet, sheets, spreadsheetInfo } from './sheets-api';
import { EDIT_FUNCTION, senderTriggerActs } from './triggers';

type CellValue = GoogleAppsScript.Sheets.Schema.ExtendedValue | undefined;

const plain = (v: CellValue): unknown => v?.stringValue ?? v?.numberValue ?? v?.boolValue ?? '';

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Rows and columns (1-based, inclusive) of an A1 range like "N5" or "N5:P7". */
export function spanOfA1(a1: string): { r1: number; r2: number; c1: number; c2: number } | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) return null;
  const [ca, ra, cb, rb] = [colNumber(m[1]), Number(m[2]), colNumber(m[3] ?? m[1]), Number(m[4] ?? m[2])];
  return { r1: Math.min(ra, rb), r2: Math.max(ra, rb), c1: Math.min(ca, cb), c2: Math.max(ca, cb) };
}

export function onPlanEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const doc = documentProps();
  if (!senderTriggerActs(e.source, EDIT_FUNCTION, doc)) return;
  const sheet = e.range.getSheet();
  if (sheet.getName() !== PLAN_SHEET_NAME) return;
  const span = spanOfA1(e.range.getA1Notation());
  if (!span || span.r2 < 2) return;
  const [r1, r2] = [Math.max(2, span.r1), span.r2];
  const user = (e.user && typeof e.user.getEmail === 'function' ? e.user.getEmail() : '') || '';
  try {
    writeStatusEdit(e, span, r1, r2, user, doc);
  } catch (err) {
    // An installable trigger's error reaches only its owner (by e-mail): the person who typed the
    // status would see nothing, so say it in the sheet before failing.
    if (isUserError(err) && err.code === 'locked')
      e.source.toast(
        `${err.message} Если вы меняли «Статус», он сохранён, но дата выполнения, «Отметил» и журнал не заполнены: через минуту выберите другой статус, а затем снова нужный.`,
        'План-график',
        30,
      );
    throw err;
  }
}

function writeStatusEdit(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  span: { c1: number; c2: number },
  r1: number,
  r2: number,
  user: string,
  doc: Props,
): void {
  withDocumentLock(() => {
    const id = e.source.getId();
    const { res, journalId, newJournalId } = readRows(id, r1, r2);
    const planSheet = res.sheets?.find((s) => s.properties?.title === PLAN_SHEET_NAME);
    if (!planSheet?.data) return;
    const grid = (d: GoogleAppsScript.Sheets.Schema.GridData) =>
      (d.rowData ?? []).map((r) => (r.values ?? []).map((c) => plain(c.effectiveValue)));
    const header = grid(planSheet.data.find((d) => (d.startRow ?? 0) === 0) ?? {})[0] ?? [];
    const body = grid(planSheet.data.find((d) => (d.startRow ?? 0) === r1 - 1) ?? {});
    const cols = locateColumns(header);
    const statusCol = cols.status;
    if (statusCol === undefined || statusCol + 1 < span.c1 || statusCol + 1 > span.c2) return;
    const today = isoInZone(new Date(), res.properties?.timeZone ?? 'Europe/Moscow');
    const horizon = readPlanMeta(doc).horizonYear;
    const single = r1 === r2;
    const requests: SheetsRequest[] = [];
    const journal = [];
    for (let i = 0; i < body.length; i++) {
      const a = rowToActivity(body[i], cols, r1 + i);
      if (!a) continue;
      const old = single && e.oldValue !== undefined ? statusFromCell(e.oldValue) : null;
      const edit = statusEditOutcome(a, old, today, user, horizon);
      if (!edit) continue;
      requests.push(...trackingRequests(planSheet.properties!.sheetId!, cols, a, edit.next, r1 + i));
      journal.push({
        time: new Date().toISOString(),
        user: user || 'неизвестный пользователь',
        activityId: a.id,
        field: 'Статус',
        oldValue: edit.oldLabel,
        newValue: edit.newLabel,
      });
    }
    const zone = res.properties?.timeZone ?? 'Europe/Moscow';
    requests.push(...journalAppendRequests(journalId, newJournalId, journal, zone));
    if (requests.length) batchUpdate(id, requests);
  });
}

type Grid = GoogleAppsScript.Sheets.Schema.Spreadsheet;
const FIELDS = 'properties.timeZone,sheets(properties(sheetId,title),data(startRow,rowData(values(effectiveValue))))';

/**
 * The header and the edited rows of План, and the Журнал tab's id, in one Spreadsheets.get. A range
 * on a missing tab fails the whole read ("Unable to parse range"), and `ranges` limit the answer to
 * the tabs they touch: so when the Журнал was deleted, the tab list is read (to be sure) and the rows
 * again without it, and the journal row goes to a new Журнал made in the same write.
 */
function readRows(id: string, r1: number, r2: number): { res: Grid; journalId: number | null; newJournalId: number } {
  const plan = [`${quoteSheet(PLAN_SHEET_NAME)}!1:1`, `${quoteSheet(PLAN_SHEET_NAME)}!${r1}:${r2}`];
  try {
    const res = sheets().Spreadsheets!.get(id, {
      ranges: [...plan, `${quoteSheet(JOURNAL_SHEET_NAME)}!A1`],
      fields: FIELDS,
    });
    const journalId = res.sheets?.find((s) => s.properties?.title === JOURNAL_SHEET_NAME)?.properties?.sheetId ?? null;
    return { res, journalId, newJournalId: 0 };
  } catch (err) {
    const info = spreadsheetInfo(id);
    if (info.sheets.some((s) => s.title === JOURNAL_SHEET_NAME)) throw err;
    const res = sheets().Spreadsheets!.get(id, { ranges: plan, fields: FIELDS });
    return { res, journalId: null, newJournalId: freshSheetId(info, 700_001) };
  }
}
