/**
 * The installable edit trigger (`onPlanEdit`): when a person sets Статус in the План tab, Дата
 * выполнения and Отметил are filled and a Журнал row is appended. It runs as the trigger's owner
 * (a simple onEdit could not use the Sheets service), who must still be a coordinator (the guard);
 * `e.user` names who edited, when Google says. Script writes fire no trigger, so our own writes
 * never loop. Only the sender's edit trigger acts (triggers.ts): a second coordinator's would
 * journal every edit twice. Rows can move under it (a person sorts right after typing): a single
 * typed cell is checked against what the row holds when read, and the write is checked on the rows
 * after it (src/gas/bound-write.ts). Cost: 8 spreadsheet calls (one more when the Журнал tab was
 * deleted: it is recreated).
 */

import { isUserError } from '../core/errors';
import { sayIn } from '../core/language';
import { correctionRows, type JournalRow } from '../core/sheet/journal-tab';
import { statusFromCell } from '../core/sheet/plan-rows';
import type { SheetsRequest } from '../core/sheet/requests';
import { trackingRequests } from '../core/sheet/row-writes';
import { statusEditOutcome } from '../core/sheet/status-edit';
import { findPerson } from '../core/sidebar/identity';
import { EXTRA_COPY, type Intent, rowsById, sheetRows, trackingIntent } from '../core/tracking/bound-write';
import { spanOfA1 } from '../core/workbook/a1';
import { PLAN_SHEET_NAME } from '../core/workbook/schema';
import { type Access, guard, refuseOutsideDocument } from './access';
import { type Correction, writeBound } from './bound-write';
import { documentState } from './doc-state';
import { withDocumentLock } from './lock';
import { readPlanMeta } from './plan-meta';
import { loadSettings } from './reminders';
import { EDIT_FUNCTION, senderTriggerActs } from './triggers';
import { journalWriter, loadWorkbook } from './workbook';

const TITLE = 'План-график';
const MOVED: [string, string] = [
  'Строки плана сдвинули (сортировка, вставка или удаление), пока записывалось изменение статуса: «Дата выполнения» и «Отметил» для него не заполнены, другие строки не изменены. Выберите статус ещё раз.',
  "The plan's rows were moved (a sort, an insert or a delete) while the status change was being written: its «Дата выполнения» and «Отметил» are not filled, no other row changed. Choose the status again.",
];

const NOT_COORDINATOR: [string, string] = [
  'Статус сохранён, но «Дата выполнения», «Отметил» и «Журнал» не заполнены: запись изменений установил пользователь, который больше не координатор. Координатору: повторите «Импорт плана…» (статусы сохранятся) — запись изменений будет работать от его имени.',
  'The status is saved, but «Дата выполнения», «Отметил» and the «Журнал» are not filled: the edit trigger was set up by someone who is no longer a coordinator. Coordinator: run «Импорт плана…» again (statuses are kept), and edits are recorded under your name.',
];

export function onPlanEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  refuseOutsideDocument('onPlanEdit');
  const state = documentState(e.source);
  if (!senderTriggerActs(state, EDIT_FUNCTION)) return;
  const sheet = e.range.getSheet();
  if (sheet.getName() !== PLAN_SHEET_NAME) return;
  const span = spanOfA1(e.range.getA1Notation());
  if (!span || span.r2 < 2) return;
  const access = guard('onPlanEdit', undefined, state);
  if (!access) {
    // Its installer lost the coordinator role: the status stays as typed, the rest is not filled.
    e.source.toast(sayIn(loadSettings(state.props).settings.language)(...NOT_COORDINATOR), TITLE, 30);
    return;
  }
  const say = sayIn(access.lang);
  const [r1, r2] = [Math.max(2, span.r1), span.r2];
  const user = (e.user && typeof e.user.getEmail === 'function' ? e.user.getEmail() : '') || '';
  try {
    const problem = writeStatusEdit(e, access, span, r1, r2, user);
    if (problem) e.source.toast(say(...problem), TITLE, 30);
  } catch (err) {
    // An installable trigger's error reaches only its owner (by e-mail): the person who typed the
    // status would see nothing, so say it in the sheet before failing.
    if (isUserError(err) && err.code === 'locked')
      e.source.toast(
        say(
          `${err.message} Если вы меняли «Статус», он сохранён, но дата выполнения, «Отметил» и журнал не заполнены: через минуту выберите другой статус, а затем снова нужный.`,
          `${err.en} If you changed the «Статус», it is saved, but the completion date, «Отметил» and the «Журнал» are not filled: in a minute choose another status, then the one you want.`,
        ),
        TITLE,
        30,
      );
    throw err;
  }
}

/** Returns what to tell the person (Russian, English) when an edited row could not be written, else null. */
function writeStatusEdit(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  access: Access,
  span: { c1: number; c2: number },
  r1: number,
  r2: number,
  user: string,
): [string, string] | null {
  return withDocumentLock(() => {
    // Сотрудники comes in the same batchGet: the editor is named by their ФИО, as the sidebar names them.
    const wb = loadWorkbook(['plan', 'staff'], new Date(), access.state);
    const { info, plan, today } = wb;
    const who = findPerson(user, wb.staff ?? [])?.name ?? null;
    if (!plan) return null;
    const id = info.id;
    const planInfo = plan.sheet;
    const cols = plan.cols;
    const statusCol = cols.status;
    if (statusCol === undefined || statusCol + 1 < span.c1 || statusCol + 1 > span.c2) return null;
    const horizon = readPlanMeta(access.doc).horizonYear;
    const single = r1 === r2;
    const byRow = new Map(plan.activities.map((a) => [a.row, a]));
    const requests: SheetsRequest[] = [];
    const intents: Intent[] = [];
    const journal: JournalRow[] = [];
    let moved = false;
    for (let r = r1; r <= r2; r++) {
      const a = byRow.get(r);
      if (!a) continue;
      // One typed cell: the row read must still hold what was typed, or it is another activity now.
      if (single && e.value !== undefined && statusFromCell(e.value) !== a.status) {
        moved = true;
        continue;
      }
      const old = single && e.oldValue !== undefined ? statusFromCell(e.oldValue) : null;
      const edit = statusEditOutcome(a, old, { today, user, who, now: new Date().toISOString(), horizonYear: horizon });
      if (!edit) continue;
      requests.push(...trackingRequests(planInfo.sheetId, cols, a, edit.next, r, access.lang));
      intents.push(trackingIntent(cols, a, edit.next, access.lang));
      journal.push(...edit.journal);
    }
    if (!requests.length && !journal.length) return moved ? MOVED : null;
    const note: (rows: JournalRow[]) => SheetsRequest[] = journalWriter(info, null, access.lang);
    const notes = (fixes: Correction[], failed: { id: string }[]) =>
      note(
        correctionRows(
          fixes,
          failed,
          user || sayIn(access.lang)('неизвестный пользователь', 'unknown user'),
          'Статус',
          new Date().toISOString(),
          access.lang,
        ),
      );
    const out = writeBound(
      {
        spreadsheetId: id,
        sheetId: planInfo.sheetId,
        title: PLAN_SHEET_NAME,
        cols,
        baseline: rowsById(sheetRows(plan.values, cols.id ?? 0)).byId,
      },
      intents,
      [...requests, ...note(journal)],
      notes,
    );
    const failed = [...out.entries()].filter(([, o]) => !o.ok);
    const dup = failed.find(([, o]) => !o.ok && o.code === 'duplicate');
    if (dup)
      return [
        `В плане несколько строк с ID ${dup[0]}: «Дата выполнения» и «Отметил» не заполнены. ${EXTRA_COPY} выберите статус ещё раз.`,
        `Several rows of the plan have the ID ${dup[0]}: «Дата выполнения» and «Отметил» are not filled. Remove the extra copy (or give it another ID) and choose the status again.`,
      ];
    return moved || failed.length ? MOVED : null;
  });
}
