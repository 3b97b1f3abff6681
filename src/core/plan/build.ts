/**
 * THE plan builder: one grid of cells (from pasted text or from a .docx) in, one PlanImport out.
 * Reads the preamble (title, year, horizon), finds the header and the column roles, walks the rows
 * keeping the current stage and section, splits cells holding several numbered sub-activities,
 * continues empty deadline/responsible cells within a section, and puts every text it cannot place
 * into `unrecognized`, so that no word of the user's document is lost.
 */
import { UserError } from '../errors';
import type { SourceDocument } from '../table/source';
import { checkPlan } from './checks';
import { type DeadlineSource, planContext, resolveDeadlines } from './deadlines';
import { cellBold, cellMerged, cellText, columnOf, type GridColumn, type PlacedRow, placeRows } from './grid';
import { isStageText, looksLikeHeadingText, readHeading, stageNumber } from './headings';
import { activityKey, assignIds } from './ids';
import { splitLeadingNumber, splitSubItems } from './numbering';
import { readPreamble } from './preamble';
import type { Activity, PlanImport, PlanWarning } from './types';

/** An activity before its deadline is read and its ID is given. */
interface Draft {
  number: string | null;
  stage: string | null;
  section: string | null;
  group: string | null;
  title: string;
  result: string | null;
  tools: string | null;
  responsible: string | null;
  responsibleFrom: Activity['responsibleFrom'];
  deadline: DeadlineSource;
  extra: Record<string, string>;
  line?: number;
}

interface Roles {
  number: number;
  stage: number;
  title: number;
  result: number;
  tools: number;
  responsible: number;
  deadline: number;
}

function rolesOf(columns: GridColumn[]): Roles {
  return {
    number: columnOf(columns, 'number'),
    stage: columnOf(columns, 'stage'),
    title: columnOf(columns, 'title'),
    result: columnOf(columns, 'result'),
    tools: columnOf(columns, 'tools'),
    responsible: columnOf(columns, 'responsible'),
    deadline: columnOf(columns, 'deadline'),
  };
}

const owners = (columns: GridColumn[]) => columns.filter((c) => c.owner === c.index).map((c) => c.index);

/** Owner columns holding text of the row's own (merged copies do not count: they repeat the row above). */
function ownFilled(row: PlacedRow): number[] {
  return owners(row.columns).filter((o) => cellText(row, o) !== '' && !cellMerged(row, o));
}

const nullIfEmpty = (s: string) => (s.trim() === '' ? null : s.trim());

/** The number an activity row shows, in its № column or at the start of its title. */
function rowNumber(row: PlacedRow, roles: Roles): string | null {
  const n = cellText(row, roles.number).trim();
  if (n) return n;
  const t = cellText(row, roles.title);
  const items = splitSubItems(t);
  if (items) return items[0].number;
  return splitLeadingNumber(t).number;
}

/**
 * Is this row a heading? A lone text in the first column, the № or the stage column; a lone text in
 * the activity column that reads like a heading or stands unnumbered in a numbered table; or a
 * number and a text with nothing else, when the rows below are numbered under it ("1." then "1.1").
 * Returns the heading text, or null for an activity row.
 */
function headingText(row: PlacedRow, roles: Roles, numbered: boolean, next: PlacedRow | undefined): string | null {
  const filled = ownFilled(row);
  if (filled.length === 0) return null;
  if (filled.length === 1) {
    const o = filled[0];
    const text = cellText(row, o);
    if (o === roles.title) {
      if (splitSubItems(text)) return null;
      if (isStageText(text)) return text;
      const hasNumber = splitLeadingNumber(text).number !== null;
      return !hasNumber && (numbered || looksLikeHeadingText(text, cellBold(row, o))) ? text : null;
    }
    if (o === 0 || o === roles.number || o === roles.stage) return text;
    return null;
  }
  if (filled.length === 2 && filled.includes(roles.number) && filled.includes(roles.title)) {
    const num = cellText(row, roles.number).trim();
    const title = cellText(row, roles.title);
    const base = num.replace(/\.$/, '');
    const nextNumber = next && next.columns === row.columns ? rowNumber(next, roles) : null;
    const nests = nextNumber?.startsWith(`${base}.`) && nextNumber.length > base.length + 1;
    if (/^[IVXLC]+\.?$/.test(num) || nests || isStageText(title)) return `${num} ${title}`;
  }
  return null;
}

function stageRows(rows: PlacedRow[], roles: Map<GridColumn[], Roles>): Set<GridColumn[]> {
  // A table whose stages come as heading rows ("Этап I. …") uses its "этапы" column for row labels
  // (plan-orsk: "Организация и запуск МКДО"): those are the activities' group, not their stage.
  const labelled = new Set<GridColumn[]>();
  for (const row of rows) {
    const r = roles.get(row.columns)!;
    const filled = ownFilled(row);
    if (filled.length === 1 && isStageText(cellText(row, filled[0])) && r.stage >= 0) labelled.add(row.columns);
  }
  return labelled;
}

function isNumberedTable(rows: PlacedRow[], r: Roles): boolean {
  if (r.number < 0) return false;
  const data = rows.filter((row) => ownFilled(row).length >= 2);
  if (!data.length) return false;
  return data.filter((row) => cellText(row, r.number).trim() !== '').length / data.length >= 0.6;
}

/**
 * A section numbered "7.1." under "Этап V" is most likely a typo (plan-orsk): say so, keep the text.
 */
function checkSectionNumber(heading: string, stage: string | null, warnings: PlanWarning[]): void {
  const n = stage ? stageNumber(stage) : null;
  const m = /^(\d{1,2})\.\d/.exec(heading);
  if (n === null || !m || Number(m[1]) === n) return;
  warnings.push({
    activity: null,
    kind: 'structure',
    message: `Раздел «${heading.slice(0, 60)}» пронумерован ${m[1]}.…, а стоит в этапе ${n} («${stage!.slice(0, 40)}»): проверьте нумерацию.`,
  });
}

export function buildPlan(doc: SourceDocument): PlanImport {
  const pre = readPreamble(doc.before);
  const unrecognized: string[] = [...pre.rest];
  const ctx = planContext(pre.title, pre.rest);
  const placed = placeRows(doc);
  if (!placed.headers.length) {
    throw new UserError(
      'no-plan-table',
      doc.tables.length
        ? 'Не найдена строка заголовков таблицы (например, «Мероприятия», «Срок», «Ответственный»). Проверьте, что таблица скопирована вместе с заголовками.'
        : 'В тексте не найдена таблица: скопируйте таблицу плана из Word целиком (столбцы разделяются табуляцией).',
      doc.tables.length
        ? 'No header row found (e.g. "Мероприятия", "Срок", "Ответственный"). Copy the table with its header.'
        : 'No table found: copy the whole plan table from Word (columns separated by tabs).',
    );
  }
  unrecognized.push(...placed.unplaced);

  const rolesByTable = new Map<GridColumn[], Roles>();
  for (const cols of placed.headers) rolesByTable.set(cols, rolesOf(cols));
  const labelled = stageRows(placed.rows, rolesByTable);
  const numbered = new Map<GridColumn[], boolean>();
  for (const cols of placed.headers) {
    numbered.set(
      cols,
      isNumberedTable(
        placed.rows.filter((r) => r.columns === cols),
        rolesByTable.get(cols)!,
      ),
    );
  }

  const drafts: Draft[] = [];
  const warnings: PlanWarning[] = [];
  const headings: string[] = [];
  let stage: string | null = null;
  let section: string | null = null;
  let stageResponsible: string | null = null;
  let sectionResponsible: string | null = null;
  let month: { month: number; year?: number } | null = null;
  /** The last activity of the current section: what an empty cell continues. */
  let scopeStart = 0;

  const newScope = () => {
    scopeStart = drafts.length;
  };
  const openStage = (text: string, responsible?: string) => {
    stage = text;
    section = null;
    stageResponsible = responsible ?? null;
    sectionResponsible = null;
    month = null;
    newScope();
  };

  placed.rows.forEach((row, i) => {
    const roles = rolesByTable.get(row.columns)!;
    const labelMode = labelled.has(row.columns);
    for (const note of row.notes) warnings.push({ activity: null, kind: 'structure', message: note });
    const heading = headingText(row, roles, numbered.get(row.columns) ?? false, placed.rows[i + 1]);
    if (heading !== null) {
      const h = readHeading(heading);
      headings.push(heading);
      const inStageColumn = !labelMode && ownFilled(row)[0] === roles.stage && roles.stage >= 0;
      if (h.kind === 'stage' || inStageColumn) openStage(heading, h.responsible);
      else {
        checkSectionNumber(heading, stage, warnings);
        section = heading;
        sectionResponsible = h.responsible ?? null;
        month = h.month ? { month: h.month, year: h.year } : null;
        newScope();
      }
      return;
    }
    if (ownFilled(row).length === 0) return; // only copies of merged cells: nothing new

    const stageCell = cellText(row, roles.stage);
    let group: string | null = null;
    if (labelMode) group = nullIfEmpty(stageCell);
    else if (stageCell && stageCell !== stage) openStage(stageCell);
    let title = cellText(row, roles.title);
    if (!title && labelMode && group) {
      title = group;
      group = null;
    }
    if (isStageText(title) && !labelMode) openStage(title); // "1 этап (подготовительный)" with its own period

    const extra: Record<string, string> = {};
    for (const o of owners(row.columns)) {
      const col = row.columns[o];
      if (col.role !== 'extra') continue;
      const t = cellText(row, o);
      if (t) extra[col.header || `Столбец ${o + 1}`] = t;
    }
    row.overflow.forEach((t, k) => {
      extra[`Столбец ${row.columns.length + k + 1}`] = t;
    });

    const scope = drafts.slice(scopeStart);
    const above = scope[scope.length - 1];
    // Deadline: the row's own text, else the one above in the same section.
    const dText = cellText(row, roles.deadline);
    let deadline: DeadlineSource = { kind: 'none' };
    if (dText) {
      const m = month as { month: number; year?: number } | null;
      deadline = {
        kind: 'own',
        text: dText,
        merged: cellMerged(row, roles.deadline),
        month: m?.month,
        monthYear: m?.year,
      };
    } else if (above && above.deadline.kind !== 'none') {
      deadline = above.deadline.kind === 'inherited' ? above.deadline : { kind: 'inherited', from: drafts.length - 1 };
    }
    // Responsible: own cell, else the one above in the section, else the heading's.
    const rText = cellText(row, roles.responsible);
    let responsible: string | null = null;
    let responsibleFrom: Activity['responsibleFrom'] = null;
    if (rText) {
      responsible = rText;
      responsibleFrom = cellMerged(row, roles.responsible) ? 'merged' : 'cell';
    } else if (above?.responsible) {
      responsible = above.responsible;
      responsibleFrom = above.responsibleFrom === 'heading' ? 'heading' : 'inherited';
    } else if (sectionResponsible || stageResponsible) {
      responsible = sectionResponsible ?? stageResponsible;
      responsibleFrom = 'heading';
    }

    const base = {
      stage,
      section,
      result: nullIfEmpty(cellText(row, roles.result)),
      tools: nullIfEmpty(cellText(row, roles.tools)),
      responsible,
      responsibleFrom,
      extra,
      line: row.line,
    };
    const numberCell = cellText(row, roles.number).trim();
    const items = splitSubItems(title);
    if (items) {
      // Every item shares the row's deadline, responsible and label.
      for (const it of items) {
        drafts.push({ ...base, number: it.number, group, title: it.text, deadline, extra: { ...extra } });
      }
      if (numberCell) drafts[drafts.length - items.length].extra['№'] = numberCell;
      return;
    }
    let number: string | null = numberCell || null;
    if (!number) {
      const lead = splitLeadingNumber(title);
      if (lead.number && !isStageText(title)) {
        number = lead.number;
        title = lead.rest;
      }
    }
    if (!title) {
      warnings.push({
        activity: null,
        kind: 'structure',
        message: `Строка ${row.line ?? i + 1}: нет названия мероприятия; текст строки сохранён в поле «${Object.keys(extra)[0] ?? 'срок/ответственный'}».`,
      });
    }
    drafts.push({ ...base, number, group, title, deadline });
  });

  const deadlines = resolveDeadlines(
    drafts.map((d) => d.deadline),
    ctx,
  );
  const ids = assignIds(drafts.map((d) => activityKey(d)));
  const activities: Activity[] = drafts.map((d, k) => {
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

  // A heading with no activity under it would be lost: keep its text.
  const used = new Set<string>();
  for (const a of activities) {
    if (a.stage) used.add(a.stage);
    if (a.section) used.add(a.section);
  }
  for (const h of headings) if (!used.has(h)) unrecognized.push(h);
  unrecognized.push(...doc.after);

  const stages: string[] = [];
  for (const a of activities) if (a.stage && !stages.includes(a.stage)) stages.push(a.stage);

  return {
    title: pre.title,
    horizonYear: ctx.horizonYear ?? null,
    activities,
    unrecognized,
    warnings: [...warnings, ...checkPlan(activities)],
    columns: (placed.headers[0] ?? [])
      .filter((c) => c.owner === c.index)
      .map((c) => ({ header: c.header, role: c.role })),
    stages,
    format: doc.format,
  };
}
