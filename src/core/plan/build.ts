/**
 * THE plan builder: one document of tables (from pasted text or from a .docx) in, one PlanImport
 * out, as a pipeline of named stages, each a function of its own with its own types and tests:
 *
 *   preamble (preamble.ts)  paragraphs before the table → title, year, horizon, the rest
 *   grid     (grid.ts)      tables → grids: header rows, widths, continuation tables
 *   roles    (roles.ts)     each column's role from its header, its cells and the user's choice
 *   rows     (rows.ts)      rows under their columns → headings and activity rows (sub-items split)
 *   activities (activities.ts) rows → activities in their stage and section, empty cells continued
 *   deadlines (deadlines.ts)  each deadline read in the plan's context
 *   people   (people.ts)    a row's list of responsibles shared out among its sub-activities
 *
 * A new family of real plans is handled by changing the one stage it concerns. Every text the
 * stages cannot place goes to `unrecognized`, so that no word of the user's document is lost.
 */

import { UserError } from '../errors';
import { fold } from '../people/text';
import { countRu } from '../reminders/plural';
import type { SourceDocument } from '../table/source';
import { toActivities } from './activities';
import { checkPlan } from './checks';
import { planContext, resolveDeadlines } from './deadlines';
import { sample } from './evidence';
import { type GridTable, readGrid } from './grid';
import { activityKey, assignIds } from './ids';
import { pairResponsibles } from './people';
import { readPreamble } from './preamble';
import { assignRoles, type ColumnChoice, type GridColumn } from './roles';
import { type PlanRow, readRows } from './rows';
import type { Activity, PlanColumn, PlanImport, PlanWarning } from './types';

export interface BuildOptions {
  /** The user's column roles (preview, `--columns`), for the plan table and tables of its shape. */
  columns?: ColumnChoice;
}

/** Rows shown in the preview's table of columns. */
const SAMPLE = 5;

const norm = fold;

/** What makes two tables "the same table" for a remembered column choice: their headers, or their width. */
export function shapeOf(table: GridTable): string {
  return table.header ? `h:${table.header.map((c) => norm(c.text)).join('|')}` : `w:${table.width}`;
}

/** The data rows a column's content is judged on: rows of their own with two texts or more (a sample of a long plan). */
function dataRows(table: GridTable): string[][] {
  const own = table.rows.filter((r) => {
    if (r.continuation || r.tail) return false;
    let filled = 0;
    for (const c of r.cells) if (c.text && ++filled >= 2) return true;
    return false;
  });
  return sample(own).map((r) => Array.from({ length: table.width }, (_, j) => r.cells[j]?.text ?? ''));
}

export function columnRoles(table: GridTable, choice?: ColumnChoice): GridColumn[] {
  return assignRoles(
    { headers: table.header ? table.header.map((c) => c.text) : null, owners: table.owners, rows: dataRows(table) },
    choice,
  );
}

function noTable(doc: SourceDocument): UserError {
  return doc.tables.length
    ? new UserError(
        'no-plan-table',
        'В таблице нет ни одной строки с текстом: скопируйте таблицу плана из Word вместе с её строками.',
        'The table has no row with text: copy the plan table from Word with its rows.',
      )
    : new UserError(
        'no-plan-table',
        'В тексте не найдена таблица: скопируйте таблицу плана из Word целиком (столбцы разделяются табуляцией).',
        'No table found: copy the whole plan table from Word (columns separated by tabs).',
      );
}

/** A chosen column must exist (the CLI's `--columns` names columns by number). */
function checkChoice(choice: ColumnChoice | undefined, table: GridTable): void {
  for (const k of Object.keys(choice ?? {})) {
    const i = Number(k);
    if (Number.isInteger(i) && i >= 0 && i < table.width) continue;
    throw new UserError(
      'columns-out-of-range',
      `Столбца ${i + 1} нет: в таблице плана ${countRu(table.width, ['столбец', 'столбца', 'столбцов'])}.`,
      `There is no column ${i + 1}: the plan table has ${table.width} columns.`,
    );
  }
}

const NO_HEADER: PlanWarning = {
  activity: null,
  kind: 'structure',
  message:
    'В таблице не найдена строка заголовков (например, «Мероприятие», «Срок», «Ответственный»): роли столбцов определены по их содержимому. Проверьте их в предпросмотре и при необходимости выберите вручную.',
  en: 'The table has no header row: the columns’ roles were read from their cells. Check them in the preview and choose them by hand where needed.',
};

export function buildPlan(doc: SourceDocument, options: BuildOptions = {}): PlanImport {
  const pre = readPreamble(doc.before);
  const grid = readGrid(doc);
  if (!grid.tables.length) throw noTable(doc);
  const unrecognized: string[] = [...pre.rest, ...grid.unplaced];
  const warnings: PlanWarning[] = [];

  const shape = shapeOf(grid.tables[0]);
  checkChoice(options.columns, grid.tables[0]);
  const rows: PlanRow[] = [];
  let columns: PlanColumn[] = [];
  let sample: string[][] = [];
  grid.tables.forEach((table, k) => {
    const cols = columnRoles(table, shapeOf(table) === shape ? options.columns : undefined);
    const read = readRows(table, cols);
    for (const r of read.rows) rows.push(r);
    for (const message of read.notes) warnings.push({ activity: null, kind: 'structure', message });
    if (k > 0) {
      // the preview shows the first table's columns; a later table's own header is kept as text
      if (table.header && shapeOf(table) !== shape) for (const c of table.header) if (c.text) unrecognized.push(c.text);
      return;
    }
    columns = cols
      .filter((c) => c.owner === c.index)
      .map((c) => ({ header: c.header, role: c.role, index: c.index, from: c.from }));
    sample = read.sample.slice(0, SAMPLE);
  });
  if (!grid.tables[0].header) warnings.push(NO_HEADER);

  const acts = toActivities(rows);
  for (const w of acts.warnings) warnings.push(w);
  const ctx = planContext(pre.title, pre.rest);
  const deadlines = resolveDeadlines(
    acts.drafts.map((d) => d.deadline),
    ctx,
  );
  pairResponsibles(acts.drafts);

  const ids = assignIds(acts.drafts.map((d) => activityKey(d)));
  const activities: Activity[] = acts.drafts.map((d, k) => {
    const a: Activity = {
      id: ids[k],
      number: d.number,
      stage: d.stage,
      section: d.section,
      group: d.group,
      title: d.title,
      result: d.result,
      tools: d.tools,
      responsible: d.responsible,
      responsibleFrom: d.responsibleFrom,
      deadline: deadlines[k],
    };
    if (Object.keys(d.extra).length) a.extra = d.extra;
    if (d.line !== undefined) a.line = d.line;
    return a;
  });
  for (const h of acts.unused) unrecognized.push(h);
  for (const t of doc.after) unrecognized.push(t);

  const stages: string[] = [];
  const seen = new Set<string>();
  for (const a of activities) {
    if (a.stage && !seen.has(a.stage)) {
      seen.add(a.stage);
      stages.push(a.stage);
    }
  }

  return {
    title: pre.title,
    horizonYear: ctx.horizonYear ?? null,
    activities,
    unrecognized,
    warnings: [...warnings, ...checkPlan(activities)],
    columns,
    stages,
    format: doc.format,
    shape,
    sample,
  };
}
