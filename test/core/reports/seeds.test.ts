import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../../src/core/plan/import-text';
import { buildReports } from '../../../src/core/reports/build';
import type { ReportInput } from '../../../src/core/reports/types';
import type { Status, TrackedActivity } from '../../../src/core/tracking/types';
import { dump, expectWritable } from './fixture';

/**
 * The four seed plans, imported with the real importer and tracked with a fixed, varied set of
 * statuses, reported at a fixed date inside each plan's span. The snapshots are the reviewable
 * picture of every tab; they change when the importer reads a seed differently.
 */
const SEEDS: { file: string; today: string }[] = [
  { file: 'plan-dou-vsoko-2021.txt', today: '2021-03-15' },
  { file: 'plan-school-vsoko-2020.txt', today: '2020-10-01' },
  { file: 'plan-orsk-mkdo-2020.txt', today: '2020-11-20' },
  { file: 'roadmap-okhansk-2021-2024.txt', today: '2022-09-01' },
];

/** Every fifth activity done, every seventh in progress, every eleventh cancelled: all colours show. */
function track(
  i: number,
  a: Omit<TrackedActivity, 'status' | 'doneDate' | 'doneBy' | 'comment' | 'donePeriods'>,
  today: string,
): TrackedActivity {
  const status: Status =
    i % 5 === 0 ? 'done' : i % 7 === 1 ? 'in-progress' : i % 11 === 2 ? 'cancelled' : 'not-started';
  return { ...a, status, doneDate: status === 'done' ? today : null, doneBy: null, comment: null, donePeriods: [] };
}

/** A stand-in for the staff resolver: a part naming a person by initials ("Остапенко Н.М.") is resolved. */
const recipientsOf: ReportInput['recipientsOf'] = (a) => {
  const parts = (a.responsible ?? '')
    .split(/[,;\n]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const person = /[А-ЯЁ]\.\s?[А-ЯЁ]\./;
  return { names: parts.filter((p) => person.test(p)), unresolved: parts.filter((p) => !person.test(p)) };
};

describe.each(SEEDS)('reports for the seed $file', ({ file, today }) => {
  const plan = importText(readFileSync(join(__dirname, '../../fixtures/seeds', file), 'utf8'));
  const activities = plan.activities.map((a, i) => track(i, a, today));
  const build = () =>
    buildReports({
      activities,
      recipientsOf,
      today,
      title: plan.title,
      horizonYear: plan.horizonYear,
      warnings: plan.warnings,
    });

  it('gives five writable tabs whose links all point at activities of the plan', () => {
    const tabs = build();
    expect(tabs).toHaveLength(5);
    const ids = new Set(activities.map((a) => a.id));
    for (const t of tabs) {
      expectWritable(t);
      for (const l of t.links) expect(ids.has(l.activityId)).toBe(true);
    }
    expect(tabs[0].values.find((r) => r[0] === 'Всего мероприятий')?.[1]).toBe(activities.length);
    // The calendar lists every activity exactly once.
    expect(tabs[3].links).toHaveLength(activities.length);
  });

  it('is the same on every rebuild and matches the snapshot', () => {
    const tabs = build();
    expect(JSON.stringify(build())).toBe(JSON.stringify(tabs));
    for (const t of tabs) expect(dump(t)).toMatchSnapshot(t.name);
  });
});
