/**
 * Writing an imported plan: the previous План tab (if any) is renamed and kept as the undo copy,
 * statuses are carried over by matching activities, older undo copies are deleted (only the
 * newest UNDO_COPIES_KEPT stay), and the new tab, the journal entry and (if
 * missing) the Журнал tab go in ONE batchUpdate. Cost: 4 reads + 1 write, at any plan size. The
 * spreadsheet's 10-million-cell limit is checked before anything is written (the new tab is added
 * beside the kept copy). Who imports is written in the Журнал; it gives no role.
 */

import { formatRu, isoInZone } from '../core/dates/calendar';
import { UserError } from '../core/errors';
import { type Language, sayIn } from '../core/language';
import { cellLimitProblem } from '../core/limits/sheet-cells';
import { namesByEmail } from '../core/people/display-name';
import { createResolver } from '../core/people/resolve';
import type { PlanImport } from '../core/plan/types';
import { JOURNAL_ROWS } from '../core/sheet/journal-requests';
import { JOURNAL_HEADERS } from '../core/sheet/journal-tab';
import { notifyColumn } from '../core/sheet/notify';
import { addPlanSheet, planTabRequests } from '../core/sheet/plan-tab';
import { mergeReimport } from '../core/sheet/reimport';
import type { SheetsRequest } from '../core/sheet/requests';
import { UNDO_COPIES_KEPT, undoCopiesToDelete, undoCopyName } from '../core/sheet/undo-copies';
import { JOURNAL_SHEET_NAME } from '../core/workbook/schema';
import type { DocContext } from './doc-state';
import { withDocumentLock } from './lock';
import { PLAN_META_KEY, planMetaValue } from './plan-meta';
import { batchUpdate, freshSheetId } from './sheets-api';
import { ensureEditTrigger } from './triggers';
import { journalRequests, loadWorkbook } from './workbook';

export interface ImportOutcome {
  activities: number;
  kept: number;
  added: number;
  vanished: number;
  /** Name of the tab holding the previous version (undo copy), or null on a first import. */
  backup: string | null;
}

export function backupName(now: Date, timeZone: string, existing: readonly string[]): string {
  const time = new Intl.DateTimeFormat('ru-RU', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(
    now,
  );
  return undoCopyName(formatRu(isoInZone(now, timeZone)), time, existing);
}

export function writeImportedPlan(
  plan: PlanImport,
  user: string,
  state: DocContext,
  lang: Language = 'ru',
  now: Date = new Date(),
): ImportOutcome {
  return withDocumentLock(() => {
    const wb = loadWorkbook(['plan', 'staff', 'journal'], now, state);
    const merged = mergeReimport(wb.plan?.activities ?? [], plan.activities);
    const resolver = wb.staff ? createResolver(wb.staff) : null;
    const notify = resolver ? notifyColumn(merged.activities, resolver, lang) : undefined;
    const planId = freshSheetId(wb.info, Math.floor(now.getTime() / 1000));
    const layout = planTabRequests(planId, merged.activities, wb.info.locale, {
      notify: notify?.notify,
      unresolved: notify?.unresolved,
      vanished: new Set(merged.vanished),
      lang,
    });
    const journalMissing = !wb.info.sheets.some((s) => s.title === JOURNAL_SHEET_NAME);
    const tooBig = cellLimitProblem(
      wb.info.sheets.map((s) => ({ rows: s.rows ?? 0, columns: s.columns ?? 0 })),
      [
        { rows: layout.rowCount, columns: layout.columnCount },
        ...(journalMissing ? [{ rows: JOURNAL_ROWS, columns: JOURNAL_HEADERS.length }] : []),
      ],
    );
    if (tooBig) throw new UserError('cell-limit', `${tooBig.ru}\n${tooBig.en}`, tooBig.en);
    const requests: SheetsRequest[] = [];
    let backup: string | null = null;
    let dropped: string[] = [];
    if (wb.plan) {
      // Older undo copies go in the same batch: only the newest UNDO_COPIES_KEPT stay.
      dropped = undoCopiesToDelete(wb.info.sheets.map((s) => s.title));
      for (const s of wb.info.sheets)
        if (dropped.includes(s.title)) requests.push({ deleteSheet: { sheetId: s.sheetId } });
      backup = backupName(
        now,
        wb.info.timeZone,
        wb.info.sheets.map((s) => s.title),
      );
      requests.push({
        updateSheetProperties: { properties: { sheetId: wb.plan.sheet.sheetId, title: backup }, fields: 'title' },
      });
    }
    requests.push(addPlanSheet(planId, layout.rowCount, layout.columnCount), ...layout.requests);
    // The full title goes here: the document property keeps it cut.
    const say = sayIn(lang);
    const copies = backup
      ? `. ${say('Прежняя версия — на вкладке', 'The previous version is on the tab')} «${backup}»; ${say('хранится', 'kept:')} ${UNDO_COPIES_KEPT === 1 ? say('только последняя копия', 'only the latest copy') : `${UNDO_COPIES_KEPT} ${say('последних копий', 'latest copies')}`}${dropped.length ? `, ${say('удалены более старые', 'older ones deleted')}: ${dropped.map((d) => `«${d}»`).join(', ')}` : ''}`
      : '';
    const summary = `${plan.title ? `«${plan.title}»: ` : ''}${merged.activities.length} ${say('мероприятий', 'activities')}: ${say('сохранено', 'kept')} ${merged.kept}, ${say('новых', 'new')} ${merged.added}, ${say('нет в новой версии', 'not in the new version')} ${merged.vanished.length}${copies}`;
    requests.push(
      ...journalRequests(
        wb.info,
        [
          {
            time: now.toISOString(),
            user,
            activityId: '',
            field: 'импорт плана',
            oldValue: backup ?? '',
            newValue: summary,
            what: `${say('Импорт плана', 'Plan import')}: ${summary}`,
            who: namesByEmail(wb.staff)(user),
          },
        ],
        wb.journalHeader,
        lang,
      ),
    );
    // The plan's meta goes in the same batch as the tab: one write.
    const meta = {
      [PLAN_META_KEY]: planMetaValue({
        title: plan.title,
        horizonYear: plan.horizonYear,
        importedAt: now.toISOString(),
      }),
    };
    batchUpdate(wb.info.id, [...requests, ...state.requests(meta)]);
    state.applied(meta);
    ensureEditTrigger(state);
    return {
      activities: merged.activities.length,
      kept: merged.kept,
      added: merged.added,
      vanished: merged.vanished.length,
      backup,
    };
  });
}
