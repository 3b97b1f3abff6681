/**
 * The department's roll-up: the municipal plan and, per organisation, the rows of its План tab as
 * one `Values.batchGet` returns them (header first, serial-number dates) — or why they could not be
 * read. Pure: today and the plan's horizon are arguments. A recurring activity is judged by today's
 * period in each organisation's row, as the organisation's own reports judge it (src/core/reports/
 * situation.ts over src/core/periods).
 */
import { diffDays, type IsoDate, maxDate } from '../dates/calendar';
import { type ReportState, situationOf } from '../reports/situation';
import { planFromRows } from '../sheet/plan-rows';
import type { TrackedActivity } from '../tracking/types';
import { PLAN_COLUMNS, PLAN_SHEET_NAME } from '../workbook/schema';
import { type Confirmation, type Matching, matchRows, type Proposal } from './match';
import type { Organisation } from './organisations';

/** What the adapter read for one organisation. */
export type OrgRead =
  | { kind: 'values'; values: readonly (readonly unknown[])[] }
  /** Why the spreadsheet could not be read, in Russian («нет доступа к таблице», «вкладка «План» не найдена»). */
  | { kind: 'error'; message: string }
  /** Not read yet: the roll-up continues in the next run. */
  | { kind: 'pending' };

export interface RollupInput {
  today: IsoDate;
  horizonYear?: number | null;
  /** The department's municipal plan. */
  municipal: readonly TrackedActivity[];
  /** The activities the organisations were given (their IDs); absent: every municipal activity. */
  activityIds?: readonly string[];
  organisations: readonly { org: Organisation; read: OrgRead }[];
  /** Stored confirmations per spreadsheet ID. */
  confirmations?: ReadonlyMap<string, readonly Confirmation[]>;
}

export type Counts = Record<ReportState, number>;

export interface OrgStanding {
  org: Organisation;
  /** Why there is nothing to count, in words; null when the plan was read. */
  error: string | null;
  pending: boolean;
  counts: Counts;
  /** Municipal activities matched in the organisation's plan. */
  total: number;
  /** Municipal activities with no row in the organisation's plan. */
  missing: number;
  /** The latest «Дата выполнения» in the organisation's plan. */
  lastChange: IsoDate | null;
  proposals: Proposal[];
  unmatched: Matching['unmatched'];
}

export interface ActivityStanding {
  activity: TrackedActivity;
  /** Organisation names per state, in the order of «Организации». */
  byState: Record<ReportState, string[]>;
  /** Organisations that were read and have no row for it. */
  missing: string[];
}

export interface OverdueItem {
  org: Organisation;
  activity: TrackedActivity;
  /** The organisation's row (its responsible and dates). */
  row: TrackedActivity;
  due: IsoDate;
  daysLate: number;
  /** The period's name as the tabs show it («2023 г.»), or null for a one-off activity. */
  period: string | null;
  /** The period's key («2023», «2023-Q1»: `TrackedActivity.donePeriods` format), or null: what a ledger keys on. */
  periodKey: string | null;
}

export interface Rollup {
  today: IsoDate;
  /** Organisations read (successfully or not) and the number listed. */
  read: number;
  total: number;
  organisations: OrgStanding[];
  activities: ActivityStanding[];
  /** The most late first. */
  overdue: OverdueItem[];
}

const zero = (): Counts => ({ done: 0, 'in-progress': 0, overdue: 0, 'not-started': 0, cancelled: 0 });
const noNames = (): Record<ReportState, string[]> => ({
  done: [],
  'in-progress': [],
  overdue: [],
  'not-started': [],
  cancelled: [],
});

const header = (key: 'id' | 'title') => PLAN_COLUMNS.find((c) => c.key === key)!.headers[0];

/** A read that is not a plan at all, in words (null: it is one). */
function notAPlan(
  values: readonly (readonly unknown[])[],
  cols: ReturnType<typeof planFromRows>['cols'],
): string | null {
  if (!values.length || values.every((r) => r.every((c) => c === '' || c === null || c === undefined)))
    return `вкладка «${PLAN_SHEET_NAME}» пуста`;
  if (cols.title === undefined)
    return `во вкладке «${PLAN_SHEET_NAME}» нет столбца «${header('title')}»: первая строка должна быть заголовками плана`;
  return null;
}

function errorStanding(org: Organisation, error: string | null, pending: boolean): OrgStanding {
  return {
    org,
    error,
    pending,
    counts: zero(),
    total: 0,
    missing: 0,
    lastChange: null,
    proposals: [],
    unmatched: [],
  };
}

export function rollUp(input: RollupInput): Rollup {
  const wanted = input.activityIds ? new Set(input.activityIds) : null;
  const municipal = wanted ? input.municipal.filter((a) => wanted.has(a.id)) : [...input.municipal];
  const standings = new Map(municipal.map((a) => [a.id, { activity: a, byState: noNames(), missing: [] as string[] }]));
  const organisations: OrgStanding[] = [];
  const overdue: OverdueItem[] = [];
  let read = 0;
  for (const { org, read: r } of input.organisations) {
    if (r.kind === 'pending') {
      organisations.push(errorStanding(org, null, true));
      continue;
    }
    read++;
    if (r.kind === 'error') {
      organisations.push(errorStanding(org, r.message, false));
      continue;
    }
    const plan = planFromRows(r.values);
    const problem = notAPlan(r.values, plan.cols);
    if (problem) {
      organisations.push(errorStanding(org, problem, false));
      continue;
    }
    const m = matchRows(
      municipal,
      plan.activities,
      (org.spreadsheetId && input.confirmations?.get(org.spreadsheetId)) || [],
    );
    const counts = zero();
    for (const { activityId, row } of m.matched) {
      const s = situationOf(row, row.row ?? 0, input.today, input.horizonYear);
      counts[s.state]++;
      const st = standings.get(activityId)!;
      st.byState[s.state].push(org.name);
      if (s.state === 'overdue' && s.due)
        overdue.push({
          org,
          activity: st.activity,
          row,
          due: s.due,
          daysLate: diffDays(s.due, input.today),
          period: s.period?.label ?? null,
          periodKey: s.period?.period ?? null,
        });
    }
    for (const id of m.missing) standings.get(id)!.missing.push(org.name);
    let lastChange: IsoDate | null = null;
    for (const a of plan.activities) lastChange = maxDate(lastChange, a.doneDate);
    organisations.push({
      org,
      error: null,
      pending: false,
      counts,
      total: m.matched.length,
      missing: m.missing.length,
      lastChange,
      proposals: m.proposals,
      unmatched: m.unmatched,
    });
  }
  const order = new Map(municipal.map((a, i) => [a.id, i]));
  const orgOrder = new Map(input.organisations.map((o, i) => [o.org, i]));
  overdue.sort(
    (a, b) =>
      b.daysLate - a.daysLate ||
      (orgOrder.get(a.org) ?? 0) - (orgOrder.get(b.org) ?? 0) ||
      (order.get(a.activity.id) ?? 0) - (order.get(b.activity.id) ?? 0),
  );
  return {
    today: input.today,
    read,
    total: input.organisations.length,
    organisations,
    activities: [...standings.values()],
    overdue,
  };
}
