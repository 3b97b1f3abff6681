import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../../src/core/plan/import-text';
import type { Organisation } from '../../../src/core/rollup/organisations';
import { isDateCell } from '../../../src/core/sheet/cells';
import { activityToRow, PLAN_KEYS } from '../../../src/core/sheet/plan-rows';
import { isoToSerial } from '../../../src/core/sheet/serial';
import { notStarted } from '../../../src/core/tracking/transition';
import type { TrackedActivity } from '../../../src/core/tracking/types';
import { PLAN_COLUMNS } from '../../../src/core/workbook/schema';

/** A seed plan as the department's План holds it: imported, nothing marked. */
export function seedPlan(file: string): {
  activities: TrackedActivity[];
  horizonYear: number | null;
  title: string | null;
} {
  const plan = importText(readFileSync(join(__dirname, '../../fixtures/seeds', file), 'utf8'));
  return { activities: plan.activities.map((a) => notStarted(a)), horizonYear: plan.horizonYear, title: plan.title };
}

/**
 * A План tab as `Values.batchGet` returns it (UNFORMATTED_VALUE, SERIAL_NUMBER): the header, then
 * one row per activity with dates as serial numbers and text as strings.
 */
export function planValues(activities: readonly TrackedActivity[]): unknown[][] {
  const header = PLAN_KEYS.map((k) => PLAN_COLUMNS.find((c) => c.key === k)!.headers[0]);
  return [
    header,
    ...activities.map((a) => activityToRow(a, PLAN_KEYS).map((v) => (isDateCell(v) ? isoToSerial(v.date) : v))),
  ];
}

export function org(name: string, p: Partial<Organisation> = {}): Organisation {
  const id = `${name.replace(/[^A-Za-z0-9]/g, '') || 'x'}${'0'.repeat(44)}`.slice(0, 44);
  return {
    name,
    email: `${id.slice(0, 8).toLowerCase()}@example.org`,
    spreadsheetId: id,
    sheetText: id,
    method: 'distributed',
    status: '',
    row: 2,
    ...p,
  };
}
