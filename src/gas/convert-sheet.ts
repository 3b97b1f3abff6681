/**
 * "Распознать таблицу на этом листе": the user pasted the Word table straight into a sheet. Its
 * text (as displayed: Sheets may already have turned "01.03.2021" into a date) goes through the
 * same plan builder as pasted text; the original tab is kept, renamed, as the copy.
 */
import { UserError } from '../core/errors';
import { buildPlan } from '../core/plan/build';
import { isHeaderRow } from '../core/plan/columns';
import { PLAN_SHEET_NAME } from '../core/sheet/plan-columns';
import type { SourceDocument } from '../core/table/source';
import { looksLikeContinuation } from '../core/table/text-reader';
import { type ImportOutcome, writeImportedPlan } from './import-plan';

/** Rows above the header row are the document's preamble; the rest is the table. */
export function gridToDocument(values: readonly (readonly string[])[]): SourceDocument {
  const rows = values.map((r) => r.map((c) => String(c ?? '').trim()));
  const header = rows.findIndex((r) => isHeaderRow(r));
  const before =
    header > 0
      ? rows
          .slice(0, header)
          .map((r) => r.filter(Boolean).join(' '))
          .filter(Boolean)
      : [];
  // A row broken across a page arrives after an empty row, completing the row above (as in text).
  const body = header >= 0 ? rows.slice(header) : rows;
  const table = body
    .map((r, i) => {
      const cells = r.map((text) => ({ text }));
      const afterGap = i > 0 && body[i - 1].every((c) => !c);
      return { cells, line: i + 1 + Math.max(header, 0), continuation: afterGap && looksLikeContinuation(cells) };
    })
    .filter((r) => r.cells.some((c) => c.text));
  return { before, tables: [{ rows: table }], after: [], format: 'text' };
}

export function convertActiveSheet(user: string): ImportOutcome & { source: string } {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  if (name === PLAN_SHEET_NAME) {
    throw new UserError(
      'convert-plan',
      'Это уже вкладка «План». Откройте лист со вставленной таблицей и повторите.',
      'This is already the plan tab.',
    );
  }
  const values = sheet.getDataRange().getDisplayValues();
  if (!values.some((r) => r.some((c) => c.trim()))) {
    throw new UserError(
      'convert-empty',
      'Лист пуст. Вставьте на него таблицу из Word и повторите.',
      'The sheet is empty.',
    );
  }
  const plan = buildPlan(gridToDocument(values));
  if (!plan.activities.length) {
    throw new UserError(
      'convert-none',
      'На листе не найдено ни одного мероприятия. Проверьте, что вставлена таблица с заголовками (Мероприятие, Срок, Ответственный).',
      'No activities found on this sheet.',
    );
  }
  return { ...writeImportedPlan(plan, user), source: name };
}
