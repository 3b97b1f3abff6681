import type { IsoDate } from '../dates/calendar';
import { RECURRENCE_LABELS } from '../deadline/labels';
import { RECURRENCES, type Recurrence } from '../deadline/types';
import type { Language } from '../language';
import { parseStatus, statusLabel } from '../tracking/status';
import type { Status, TrackedActivity } from '../tracking/types';
import { locateColumns, PLAN_COLUMNS, type PlanColumnKey } from '../workbook/schema';
import type { CellOut } from './cells';
import { cellToIso } from './serial';

export function recurrenceFromCell(v: unknown): Recurrence {
  const s = String(v ?? '')
    .trim()
    .toLowerCase();
  if (!s) return 'none';
  // Either language's label: a document whose language changed still reads its rows.
  for (const r of RECURRENCES)
    if (RECURRENCE_LABELS.ru[r] === s || RECURRENCE_LABELS.en[r].toLowerCase() === s || r === s) return r;
  return 'none';
}

export { statusLabel };

/**
 * Status from a cell: Russian or English label, any case; empty → not started. An unknown word is
 * read as not started here (the row still works) and reported by `statusProblem` in the checks.
 */
export function statusFromCell(v: unknown): Status {
  return parseStatus(v) ?? 'not-started';
}

const text = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s ? s : null;
};

/** The value of each column for one activity, in the order of `keys`; status and recurrence in the document's language. */
export function activityToRow(
  a: TrackedActivity,
  keys: readonly PlanColumnKey[],
  notify = '',
  lang: Language = 'ru',
): CellOut[] {
  const date = (d: IsoDate | null): CellOut => (d ? { date: d } : null);
  const value: Record<PlanColumnKey, CellOut> = {
    id: a.id,
    number: a.number ?? '',
    stage: a.stage ?? '',
    section: a.section ?? '',
    group: a.group ?? '',
    title: a.title,
    result: a.result ?? '',
    tools: a.tools ?? '',
    responsible: a.responsible ?? '',
    deadlineText: a.deadline.text,
    start: date(a.deadline.start),
    end: date(a.deadline.end),
    recurrence: RECURRENCE_LABELS[lang][a.deadline.recurrence],
    status: statusLabel(a.status, lang),
    doneDate: date(a.doneDate),
    doneBy: a.doneBy ?? '',
    comment: a.comment ?? '',
    donePeriods: a.donePeriods.join(', '),
    notify,
  };
  return keys.map((k) => value[k]);
}

/**
 * One sheet row back into an activity. `cols` maps keys to 0-based column indexes (found by
 * header text); date cells may be serial numbers, ISO strings or `дд.мм.гггг` text.
 * Returns null for a row without ID and title (an empty row).
 */
export function rowToActivity(
  row: readonly unknown[],
  cols: Partial<Record<PlanColumnKey, number>>,
  rowNumber: number,
): TrackedActivity | null {
  const get = (k: PlanColumnKey): unknown => (cols[k] === undefined ? null : row[cols[k] as number]);
  const id = text(get('id'));
  const title = text(get('title'));
  if (!id && !title) return null;
  const deadlineText = text(get('deadlineText')) ?? '';
  const start = cellToIso(get('start'));
  const end = cellToIso(get('end'));
  const recurrence = recurrenceFromCell(get('recurrence'));
  const understood = !deadlineText || start || end || recurrence !== 'none';
  return {
    id: id ?? '',
    number: text(get('number')),
    stage: text(get('stage')),
    section: text(get('section')),
    group: text(get('group')),
    title: title ?? '',
    result: text(get('result')),
    tools: text(get('tools')),
    responsible: text(get('responsible')),
    deadline: {
      text: deadlineText,
      start,
      end,
      recurrence,
      inherited: false,
      problem: understood
        ? null
        : `Срок «${deadlineText}» не распознан: укажите даты в столбцах «Начало» и «Окончание».`,
    },
    status: statusFromCell(get('status')),
    doneDate: cellToIso(get('doneDate')),
    doneBy: text(get('doneBy')),
    comment: text(get('comment')),
    donePeriods: (text(get('donePeriods')) ?? '')
      .split(/[,;\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    row: rowNumber,
  };
}

/** The keys of all columns, in the order a new План tab has them. */
export const PLAN_KEYS: readonly PlanColumnKey[] = PLAN_COLUMNS.map((c) => c.key);

/**
 * The План tab's values as the Sheets API returns them (header row first; serial-number dates):
 * its columns found by header and its activities, each with its sheet row. The one reader of a
 * План tab — this document's (src/gas/workbook.ts) and an organisation's in a roll-up alike.
 */
export function planFromRows(values: readonly (readonly unknown[])[]): {
  header: unknown[];
  cols: Partial<Record<PlanColumnKey, number>>;
  activities: TrackedActivity[];
} {
  const header = [...(values[0] ?? [])];
  const cols = locateColumns(header);
  const activities: TrackedActivity[] = [];
  for (let i = 1; i < values.length; i++) {
    const a = rowToActivity(values[i], cols, i + 1);
    if (a) activities.push(a);
  }
  return { header, cols, activities };
}
