/**
 * Sheets API requests for the staff menu: creating the Сотрудники tab, appending the rows
 * "Заполнить из плана" proposes, and refreshing the План tab's "Кому напоминать" column and the
 * highlight on unresolved Ответственные — each action is ONE batchUpdate built here, pure.
 */

import { type Language, sayIn } from '../language';
import {
  PROBLEM_FIXES,
  PROBLEM_ORDER,
  PROBLEM_TITLES,
  problemLine,
  type ResponsibleProblemKind,
  responsibleProblems,
} from '../people/problem-words';
import type { ProposedRow, Resolution, StaffProblem, StaffProblemKind } from '../people/types';
import type { PlanColumnKey } from '../workbook/schema';
import { STAFF_COLUMNS, STAFF_SHEET_NAME, type StaffColumnKey } from '../workbook/schema';
import { HEADER_BACKGROUND, UNRESOLVED_BACKGROUND } from './plan-tab';
import {
  type CellData,
  cellData,
  columnWidths,
  FORMAT_FIELDS,
  frozen,
  gridRange,
  listValidation,
  type SheetsRequest,
  TEXT_FIELDS,
  updateCells,
} from './requests';

/** Rows of a new Сотрудники tab: room for a large school; appendCells grows it when needed. */
/** What the staff tab's cell writes set (and so replace). */
const CELL_FIELDS = 'userEnteredValue,userEnteredFormat.textFormat,userEnteredFormat.backgroundColor';

export const STAFF_TAB_ROWS = 300;
export const ACTIVE_CHOICES = ['да', 'нет'] as const;

export type StaffColumns = Record<StaffColumnKey, number>;

/** The standard layout of a tab we create: the columns in STAFF_COLUMNS order. */
export function defaultStaffColumns(): StaffColumns {
  return Object.fromEntries(STAFF_COLUMNS.map((c, i) => [c.key, i])) as StaffColumns;
}

/**
 * Where each column of an existing tab is (found by header text, so a coordinator may reorder);
 * the columns it lacks are placed after its last header and listed in `missing` so the header
 * cells can be written in the same batch — nothing the coordinator typed is moved.
 */
export function staffColumnsOf(
  header: readonly unknown[],
  found: Partial<Record<StaffColumnKey, number>>,
): { cols: StaffColumns; missing: StaffColumnKey[] } {
  let next = header.length;
  const missing: StaffColumnKey[] = [];
  const cols = {} as StaffColumns;
  for (const c of STAFF_COLUMNS) {
    const at = found[c.key];
    if (at === undefined) {
      cols[c.key] = next++;
      missing.push(c.key);
    } else cols[c.key] = at;
  }
  return { cols, missing };
}

const headerCell = (text: string) => cellData(text, { bold: true, background: HEADER_BACKGROUND });
const headerOf = (key: StaffColumnKey) => STAFF_COLUMNS.find((c) => c.key === key)!.headers[0];

/**
 * A new Сотрудники tab with the id we choose (so rows can be appended in the same batch): bold
 * header, frozen first row, widths, every cell plain text ('@': "007" and "1.3" stay as typed) and
 * a да/нет drop-down in Активен.
 */
export function addStaffSheet(sheetId: number, index: number, rowCount = STAFF_TAB_ROWS): SheetsRequest[] {
  const n = STAFF_COLUMNS.length;
  const active = STAFF_COLUMNS.findIndex((c) => c.key === 'active');
  return [
    {
      addSheet: {
        properties: {
          sheetId,
          title: STAFF_SHEET_NAME,
          index,
          gridProperties: { rowCount, columnCount: n, frozenRowCount: 1 },
        },
      },
    },
    {
      repeatCell: {
        range: gridRange(sheetId, 0, rowCount, 0, n),
        cell: cellData(null, { numberFormat: '@' }),
        fields: FORMAT_FIELDS,
      },
    },
    updateCells(sheetId, 0, 0, [STAFF_COLUMNS.map((c) => headerCell(c.headers[0]))], CELL_FIELDS),
    frozen(sheetId, 1),
    ...columnWidths(
      sheetId,
      STAFF_COLUMNS.map((c) => c.width),
    ),
    listValidation(gridRange(sheetId, 1, rowCount, active, active + 1), ACTIVE_CHOICES),
  ];
}

/** The note left on a proposed row's first cell: what it is, what to type, where it came from. */
export function proposedNote(p: ProposedRow): string {
  const from = p.sources.slice(0, 3).map((s) => `«${s.replace(/\s+/g, ' ').trim()}»`);
  const more = p.sources.length > 3 ? ` и ещё ${p.sources.length - 3}` : '';
  return `${p.note}\nИз плана: ${from.join('; ')}${more}.`;
}

export function proposedValues(p: ProposedRow): Record<StaffColumnKey, string> {
  return {
    name: p.name,
    positions: p.positions.join('; '),
    email: p.email,
    groups: p.groups.join('; '),
    aliases: p.aliases.join('; '),
    active: p.active ? 'да' : 'нет',
  };
}

/**
 * Proposed rows appended after the last filled row of Сотрудники, each cell text, the row's note
 * on its ФИО cell. Columns the tab lacks get their header written (`missing`, header row 1).
 */
export function appendStaffRequests(
  sheetId: number,
  rows: readonly ProposedRow[],
  cols: StaffColumns,
  missing: readonly StaffColumnKey[] = [],
): SheetsRequest[] {
  const out: SheetsRequest[] = [];
  for (const key of missing) out.push(updateCells(sheetId, 0, cols[key], [[headerCell(headerOf(key))]], CELL_FIELDS));
  if (!rows.length) return out;
  const width = Math.max(...Object.values(cols)) + 1;
  out.push({
    appendCells: {
      sheetId,
      rows: rows.map((p) => {
        const values: CellData[] = Array.from({ length: width }, () => cellData(null, { numberFormat: '@' }));
        const v = proposedValues(p);
        for (const c of STAFF_COLUMNS)
          values[cols[c.key]] = cellData(v[c.key], {
            numberFormat: '@',
            note: c.key === 'name' ? proposedNote(p) : null,
          });
        return { values };
      }),
      fields: `${TEXT_FIELDS},note`,
    },
  });
  return out;
}

/** An activity's row in the План tab and what its two computed cells should say. */
export interface NotifyRow {
  row: number;
  /** "Кому напоминать": "Имя <e-mail>, …" (empty when nobody). */
  notify: string;
  /** The reason the responsible did not fully resolve (highlight + note), or null: cleared. */
  unresolved: string | null;
}

/**
 * Rewrites only "Кому напоминать" (value) and the Ответственные cell's background and note — never
 * its text or anything else in the plan. Consecutive rows share one updateCells per column.
 */
export function notifyRefreshRequests(
  sheetId: number,
  cols: Partial<Record<PlanColumnKey, number>>,
  rows: readonly NotifyRow[],
): SheetsRequest[] {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  const runs: NotifyRow[][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1].row === r.row - 1) last.push(r);
    else runs.push([r]);
  }
  const out: SheetsRequest[] = [];
  for (const run of runs) {
    const rowIndex = run[0].row - 1;
    if (cols.notify !== undefined)
      out.push(
        updateCells(
          sheetId,
          rowIndex,
          cols.notify,
          run.map((r) => [cellData(r.notify, { numberFormat: '@' })]),
          TEXT_FIELDS,
        ),
      );
    if (cols.responsible !== undefined)
      out.push(
        updateCells(
          sheetId,
          rowIndex,
          cols.responsible,
          run.map((r) => [
            cellData(null, {
              background: r.unresolved ? UNRESOLVED_BACKGROUND : null,
              note: r.unresolved,
            }),
          ]),
          'userEnteredFormat.backgroundColor,note',
        ),
      );
  }
  return out;
}

// ---- the "Проверить список и ответственных" report ----

/** How many lines a group shows before "… и ещё N": an alert must stay readable. */
export const REPORT_GROUP_LIMIT = 8;
const ROWS_LIMIT = 10;

export interface PlanProblemInput {
  row: number;
  resolution: Resolution;
}

interface Group {
  title: string;
  lines: string[];
}

type Say = ReturnType<typeof sayIn>;

/** «и ещё 2», after the first lines or rows shown. */
const andMore = (k: number, say: Say) => say(`и ещё ${k}`, `and ${k} more`);

function rowsText(rows: readonly number[], say: Say): string {
  const shown = rows.slice(0, ROWS_LIMIT).join(', ');
  return rows.length > ROWS_LIMIT ? `${shown} ${andMore(rows.length - ROWS_LIMIT, say)}` : shown;
}

function groupText(g: Group, say: Say): string[] {
  if (!g.lines.length) return [];
  const shown = g.lines.slice(0, REPORT_GROUP_LIMIT).map((l) => `  • ${l}`);
  if (g.lines.length > REPORT_GROUP_LIMIT) shown.push(`  … ${andMore(g.lines.length - REPORT_GROUP_LIMIT, say)}`);
  return [`${g.title} (${g.lines.length}):`, ...shown];
}

const STAFF_GROUPS: { title: [string, string]; kinds: StaffProblemKind[] }[] = [
  { title: ['Нет e-mail', 'No e-mail'], kinds: ['email-empty'] },
  { title: ['Неправильный e-mail', 'Invalid e-mail'], kinds: ['email-invalid'] },
  { title: ['Повторы ФИО и адресов', 'Repeated names and addresses'], kinds: ['duplicate-name', 'duplicate-email'] },
  { title: ['Неактивные сотрудники', 'Inactive staff'], kinds: ['inactive'] },
  {
    title: ['Прочее', 'Other'],
    kinds: ['missing-column', 'unclosed-quote', 'extra-cells', 'bad-active', 'no-name'],
  },
];

/**
 * The alert text: the staff list's problems grouped by kind (each message names its row), then the
 * plan's responsibles that did not resolve, grouped by the same text and reason with the plan rows
 * they occur in — so one fix in Сотрудники is one line here. Long groups are cut with "и ещё N".
 */
export function staffCheckReport(
  input: {
    staffRows: number;
    problems: readonly StaffProblem[];
    plan: readonly PlanProblemInput[] | null;
  },
  lang: Language = 'ru',
): string {
  const say = sayIn(lang);
  const out: string[] = [];
  const n = input.problems.length;
  const rows = input.staffRows;
  const remarks = n ? say(`замечаний ${n}`, `${n} remarks`) : say('замечаний нет', 'no remarks');
  out.push(
    say(
      `Список «${STAFF_SHEET_NAME}»: сотрудников ${rows}, ${remarks}.`,
      `The «${STAFF_SHEET_NAME}» list: ${rows} staff, ${remarks}.`,
    ),
  );
  for (const g of STAFF_GROUPS) {
    const lines = input.problems
      .filter((p) => g.kinds.includes(p.kind))
      .sort((a, b) => a.row - b.row)
      .map((p) => say(p.message, p.en ?? p.message));
    out.push(...groupText({ title: say(...g.title), lines }, say));
  }
  out.push('');
  if (!input.plan) {
    out.push(
      say(
        'Вкладки «План» нет: ответственных проверить не по чему.',
        'There is no «План» tab: no responsibles to check.',
      ),
    );
    return out.join('\n');
  }
  const byKind = new Map<ResponsibleProblemKind, Map<string, number[]>>(PROBLEM_ORDER.map((k) => [k, new Map()]));
  let withProblems = 0;
  for (const { row, resolution } of input.plan) {
    const problems = responsibleProblems(resolution);
    if (problems.length) withProblems++;
    for (const p of problems) {
      // The heading says "nobody matches"; the line needs only the text.
      const key = p.kind === 'unknown' ? `«${p.text}»` : problemLine(p, lang);
      const m = byKind.get(p.kind)!;
      const rows = m.get(key) ?? [];
      if (!rows.includes(row)) rows.push(row);
      m.set(key, rows);
    }
  }
  const lines = (m: Map<string, number[]>) =>
    [...m].map(
      ([k, rows]) => `${k} — ${rows.length > 1 ? say('строки', 'rows') : say('строка', 'row')} ${rowsText(rows, say)}`,
    );
  const all = input.plan.length;
  out.push(
    withProblems
      ? say(
          `Ответственные в плане: вопросы в ${withProblems} из ${all} мероприятий (строки вкладки «План»; ячейки выделены, причина — в примечании).`,
          `Responsibles in the plan: questions in ${withProblems} of ${all} activities (rows of the «План» tab; the cells are highlighted, the reason is in their note).`,
        )
      : say(
          `Ответственные в плане: все ${all} мероприятий нашли адресатов.`,
          `Responsibles in the plan: all ${all} activities have someone to remind.`,
        ),
  );
  for (const kind of PROBLEM_ORDER)
    out.push(
      ...groupText(
        {
          title: `${PROBLEM_TITLES[kind][lang]} — ${PROBLEM_FIXES[kind][lang]}`,
          lines: lines(byKind.get(kind)!),
        },
        say,
      ),
    );
  return out.join('\n');
}
