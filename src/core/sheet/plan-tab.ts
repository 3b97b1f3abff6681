/**
 * The План tab as Sheets API requests: header, one row per activity, column formats, frozen
 * header, hidden ID column, status drop-down and conditional formats for overdue / due within
 * 7 days / done. All of it goes in ONE batchUpdate, whatever the plan's size.
 */
import type { Language } from '../language';
import type { TrackedActivity } from '../tracking/types';
import { STATUS_LABELS } from '../tracking/types';
import { PLAN_COLUMNS, PLAN_SHEET_NAME, type PlanColumnKey } from '../workbook/schema';
import type { CellOut } from './cells';
import { argumentSeparator, call, formula, quoted } from './formula';
import { activityToRow, PLAN_KEYS } from './plan-rows';
import {
  type CellData,
  cellData,
  columnLetter,
  columnWidths,
  DATE_FORMAT,
  FORMAT_FIELDS,
  formulaRule,
  frozen,
  gridRange,
  hideColumns,
  listValidation,
  type SheetsRequest,
  updateCells,
} from './requests';

export const HEADER_BACKGROUND = '#d9e2f3';
export const UNRESOLVED_BACKGROUND = '#fce5cd';
export const COLORS = { done: '#d9ead3', overdue: '#f4cccc', soon: '#fff2cc' };
/** Spare empty rows below the plan, formatted like it, so added activities look right. */
export const SPARE_ROWS = 50;

export interface PlanTabOptions {
  /** "Кому напоминать" per activity id. */
  notify?: ReadonlyMap<string, string>;
  /** Activities whose responsible text did not fully resolve: the cell is highlighted, the reason is a note. */
  unresolved?: ReadonlyMap<string, string>;
  /** Activities missing from the newly imported version: kept, greyed, with a note. */
  vanished?: ReadonlySet<string>;
  /** The document's language: the statuses and recurrences written, the drop-down's first values. */
  lang?: Language;
}

export const VANISHED_BACKGROUND = '#eeeeee';
export const VANISHED_NOTE =
  'Этого мероприятия нет в новой версии плана. Строка сохранена: удалите её сами, если она не нужна.';

const columnOf = (key: PlanColumnKey) => PLAN_COLUMNS.find((c) => c.key === key)!;

export function planHeaderCells(): CellData[] {
  return PLAN_KEYS.map((k) =>
    cellData(columnOf(k).headers[0], { bold: true, background: HEADER_BACKGROUND, wrap: true }),
  );
}

export function planRowCells(a: TrackedActivity, opts: PlanTabOptions = {}): CellData[] {
  const values: CellOut[] = activityToRow(a, PLAN_KEYS, opts.notify?.get(a.id) ?? '', opts.lang);
  return values.map((v, i) => {
    const col = columnOf(PLAN_KEYS[i]);
    const unresolved = col.key === 'responsible' ? opts.unresolved?.get(a.id) : undefined;
    const vanished = col.key === 'title' && opts.vanished?.has(a.id);
    return cellData(v, {
      numberFormat: col.kind === 'date' ? DATE_FORMAT : '@',
      wrap: col.key === 'title' || col.key === 'result',
      background: unresolved ? UNRESOLVED_BACKGROUND : vanished ? VANISHED_BACKGROUND : null,
      note: unresolved ?? (vanished ? VANISHED_NOTE : col.key === 'deadlineText' ? a.deadline.problem : null),
    });
  });
}

/**
 * Requests that lay out a План tab (already added with `sheetId`) and fill it. `locale` is the
 * spreadsheet's (`properties.locale`): the colour rules' formulas are written in its syntax.
 */
export function planTabRequests(
  sheetId: number,
  activities: readonly TrackedActivity[],
  locale: string,
  opts: PlanTabOptions = {},
) {
  const n = PLAN_KEYS.length;
  const rows = [planHeaderCells(), ...activities.map((a) => planRowCells(a, opts))];
  const lastRow = activities.length + 1 + SPARE_ROWS;
  const idx = (k: PlanColumnKey) => PLAN_KEYS.indexOf(k);
  const requests: SheetsRequest[] = [];
  // Spare rows get the column formats too (text stays text, dates show as дд.мм.гггг).
  PLAN_KEYS.forEach((k, i) => {
    requests.push({
      repeatCell: {
        range: gridRange(sheetId, activities.length + 1, lastRow, i, i + 1),
        cell: cellData(null, { numberFormat: columnOf(k).kind === 'date' ? DATE_FORMAT : '@' }),
        fields: FORMAT_FIELDS,
      },
    });
  });
  requests.push(updateCells(sheetId, 0, 0, rows));
  requests.push(frozen(sheetId, 1));
  requests.push(
    ...columnWidths(
      sheetId,
      PLAN_KEYS.map((k) => columnOf(k).width),
    ),
  );
  requests.push(hideColumns(sheetId, idx('id'), 1));
  const body = gridRange(sheetId, 1, lastRow, 0, n);
  // The document's four statuses first, then the other language's: a status typed in either is
  // accepted by the strict list (and read by the edit trigger), and the colours below follow both,
  // so a document whose language changed keeps working without a new import.
  const lang = opts.lang ?? 'ru';
  const langs = [lang, lang === 'en' ? 'ru' : 'en'] as const;
  requests.push(
    listValidation(
      gridRange(sheetId, 1, lastRow, idx('status'), idx('status') + 1),
      langs.flatMap((l) => Object.values(STATUS_LABELS).map((s) => s[l])),
    ),
  );
  const end = `$${columnLetter(idx('end'))}2`;
  const st = `$${columnLetter(idx('status'))}2`;
  const is = (s: 'done' | 'cancelled', op: string) => langs.map((l) => `${st}${op}${quoted(STATUS_LABELS[s][l])}`);
  const open = [...is('done', '<>'), ...is('cancelled', '<>')];
  const sep = argumentSeparator(locale);
  const dated = `${end}<>""`;
  requests.push(formulaRule(body, formula(call('OR', ...is('done', '=')), sep), COLORS.done, 0));
  requests.push(formulaRule(body, formula(call('AND', dated, `${end}<TODAY()`, ...open), sep), COLORS.overdue, 1));
  const soon = call('AND', dated, `${end}>=TODAY()`, `${end}<=TODAY()+7`, ...open);
  requests.push(formulaRule(body, formula(soon, sep), COLORS.soon, 2));
  return { requests, rowCount: lastRow, columnCount: n };
}

/** `addSheet` for a new План tab of the right size, with the id we choose. */
export function addPlanSheet(
  sheetId: number,
  rowCount: number,
  columnCount: number,
  title = PLAN_SHEET_NAME,
): SheetsRequest {
  return {
    addSheet: {
      properties: { sheetId, title, index: 0, gridProperties: { rowCount, columnCount, frozenRowCount: 1 } },
    },
  };
}
