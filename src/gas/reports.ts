/**
 * "Отчёты → Обновить": builds every report tab in core and writes them all in ONE batchUpdate
 * (old tabs and their charts deleted and re-added in the same batch). Never touches the План tab.
 */
import { UserError } from '../core/errors';
import type { Language } from '../core/language';
import { buildReports } from '../core/reports/build';
import { reportRecipientsFromStaff } from '../core/reports/recipients';
import { TAB_NAMES } from '../core/reports/style';
import type { ReportRecipients } from '../core/reports/types';
import { reportTabRequests } from '../core/sheet/report-requests';
import type { SheetsRequest } from '../core/sheet/requests';
import type { TrackedActivity } from '../core/tracking/types';
import { PLAN_SHEET_NAME } from '../core/workbook/schema';
import type { DocState } from './doc-state';
import { withDocumentLock } from './lock';
import { type PlanMeta, readPlanMeta } from './plan-meta';
import { batchUpdate, freshSheetId } from './sheets-api';
import { loadWorkbook, type Workbook } from './workbook';

export function recipientsFor(wb: Workbook): (a: TrackedActivity) => ReportRecipients {
  return reportRecipientsFromStaff(wb.staff);
}

export function rowUrlFor(wb: Workbook): (id: string) => string | null {
  const plan = wb.plan;
  if (!plan) return () => null;
  const rows = new Map(plan.activities.map((a) => [a.id, a.row]));
  return (id) => {
    const row = rows.get(id);
    return row ? `${wb.url}#gid=${plan.sheet.sheetId}&range=A${row}` : null;
  };
}

export interface ReportsOutcome {
  tabs: string[];
}

/**
 * Works on a workbook already read (the daily trigger reuses its read). The tabs are in the
 * document's language; the other language's tabs (left by a language change) are deleted in the
 * same batch, so a document never holds two Сводка.
 */
export function reportRequests(
  wb: Workbook,
  meta: PlanMeta,
  lang: Language,
): { requests: SheetsRequest[]; tabs: string[] } {
  if (!wb.plan) {
    throw new UserError('no-plan', `Нет вкладки «${PLAN_SHEET_NAME}». Сначала импортируйте план.`, 'No plan tab yet.');
  }
  const tabs = buildReports({
    activities: wb.plan.activities,
    recipientsOf: recipientsFor(wb),
    today: wb.today,
    title: meta.title,
    horizonYear: meta.horizonYear,
    lang,
  });
  const other = new Set<string>(Object.values(TAB_NAMES[lang === 'en' ? 'ru' : 'en']));
  const requests: SheetsRequest[] = wb.info.sheets
    .filter((s) => other.has(s.title))
    .map((s) => ({ deleteSheet: { sheetId: s.sheetId } }));
  const rowUrl = rowUrlFor(wb);
  tabs.forEach((tab, i) => {
    const old = wb.info.sheets.find((s) => s.title === tab.name);
    const id = freshSheetId(wb.info, 900_000 + i * 101 + wb.info.sheets.length);
    requests.push(...reportTabRequests(tab, id, old ? old.sheetId : null, rowUrl, lang));
  });
  return { requests, tabs: tabs.map((t) => t.name) };
}

export function refreshReports(state: DocState, lang: Language, now: Date = new Date()): ReportsOutcome {
  return withDocumentLock(() => {
    const wb = loadWorkbook(['plan', 'staff'], now, state);
    const { requests, tabs } = reportRequests(wb, readPlanMeta(state.props), lang);
    batchUpdate(wb.info.id, requests);
    return { tabs };
  });
}
