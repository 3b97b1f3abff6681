import { chooseActivities, organisationPlan } from '../../../src/core/rollup/distribute';
import { type OrgRead, rollUp } from '../../../src/core/rollup/rollup';
import type { TrackedActivity } from '../../../src/core/tracking/types';
import { org, planValues, seedPlan } from './fixture';

const values = (activities: TrackedActivity[]): OrgRead => ({ kind: 'values', values: planValues(activities) });
const done = (a: TrackedActivity, on = '2020-10-15'): TrackedActivity => ({
  ...a,
  status: 'done',
  doneDate: on,
  doneBy: 'x@y.ru',
});

describe('rollUp: the Орск plan distributed to kindergartens', () => {
  const { activities: municipal } = seedPlan('plan-orsk-mkdo-2020.txt');
  const plan = organisationPlan(chooseActivities(municipal, 'organisations'));
  const [first, second] = plan; // 2.1.1 and 2.1.2: 01.10–22.10.2020, the only dated ones
  const today = '2020-11-01';
  const orgs = [
    'Детский сад № 1',
    'Детский сад № 2',
    'Детский сад № 3',
    'Детский сад № 4',
    'Детский сад № 5',
    'Детский сад № 6',
    'Детский сад № 7',
  ].map((n, i) => org(`sad${i + 1}`, { name: n }));
  const input = {
    today,
    municipal,
    activityIds: plan.map((a) => a.id),
    organisations: [
      { org: orgs[0], read: values(plan.map((a) => done(a))) },
      {
        org: orgs[1],
        read: values(
          plan.map((a) =>
            a === first ? done(a, '2020-10-20') : a === second ? { ...a, status: 'in-progress' as const } : a,
          ),
        ),
      },
      { org: orgs[2], read: values(plan) },
      {
        org: orgs[3],
        read: { kind: 'error', message: 'нет доступа к таблице: попросите координатора открыть доступ' } as OrgRead,
      },
      // Rows deleted and one cancelled.
      {
        org: orgs[4],
        read: values(plan.slice(0, 39).map((a, i) => (i === 5 ? { ...a, status: 'cancelled' as const } : a))),
      },
      {
        org: orgs[5],
        read: {
          kind: 'values',
          values: [
            ['Сотрудник', 'Телефон'],
            ['Иванова', '123'],
          ],
        } as OrgRead,
      },
      { org: orgs[6], read: { kind: 'pending' } as OrgRead },
    ],
  };
  const r = rollUp(input);
  const standing = (i: number) => r.organisations[i];

  it('counts each organisation by state, with its last change and what went wrong in words', () => {
    expect(r.read).toBe(6);
    expect(r.total).toBe(7);
    expect(plan).toHaveLength(49);
    expect(standing(0)).toMatchObject({ total: 49, missing: 0, lastChange: '2020-10-15', error: null });
    expect(standing(0).counts).toEqual({ done: 49, 'in-progress': 0, 'not-started': 0, overdue: 0, cancelled: 0 });
    // In progress past its end is late.
    expect(standing(1).counts).toEqual({ done: 1, 'in-progress': 0, 'not-started': 47, overdue: 1, cancelled: 0 });
    expect(standing(1).lastChange).toBe('2020-10-20');
    expect(standing(2).counts).toEqual({ done: 0, 'in-progress': 0, 'not-started': 47, overdue: 2, cancelled: 0 });
    expect(standing(2).lastChange).toBeNull();
    expect(standing(3)).toMatchObject({
      error: 'нет доступа к таблице: попросите координатора открыть доступ',
      total: 0,
    });
    expect(standing(4)).toMatchObject({ total: 39, missing: 10 });
    expect(standing(4).counts.cancelled).toBe(1);
    expect(standing(5).error).toBe(
      'во вкладке «План» нет столбца «Мероприятие»: первая строка должна быть заголовками плана',
    );
    expect(standing(6)).toMatchObject({ pending: true, error: null });
  });

  it('counts each municipal activity by organisation, and says which', () => {
    const a = r.activities.find((x) => x.activity.id === first.id)!;
    expect(a.byState.done).toEqual(['Детский сад № 1', 'Детский сад № 2']);
    expect(a.byState.overdue).toEqual(['Детский сад № 3', 'Детский сад № 5']);
    const b = r.activities.find((x) => x.activity.id === second.id)!;
    expect(b.byState.overdue).toEqual(['Детский сад № 2', 'Детский сад № 3', 'Детский сад № 5']);
    const last = r.activities.find((x) => x.activity.id === plan[48].id)!;
    expect(last.missing).toEqual(['Детский сад № 5']);
    expect(last.byState['not-started']).toEqual(['Детский сад № 2', 'Детский сад № 3']);
    // Only the distributed activities are rolled up.
    expect(r.activities).toHaveLength(49);
  });

  it('lists the overdue activities across organisations, the most late first', () => {
    expect(r.overdue.map((x) => [x.org.name, x.activity.number, x.due, x.daysLate, x.row.responsible])).toEqual([
      ['Детский сад № 2', '2.1.2', '2020-10-22', 10, 'Руководитель ДОО'],
      ['Детский сад № 3', '2.1.1', '2020-10-22', 10, 'Руководитель ДОО'],
      ['Детский сад № 3', '2.1.2', '2020-10-22', 10, 'Руководитель ДОО'],
      ['Детский сад № 5', '2.1.1', '2020-10-22', 10, 'Руководитель ДОО'],
      ['Детский сад № 5', '2.1.2', '2020-10-22', 10, 'Руководитель ДОО'],
    ]);
  });

  it('is the same whatever order nothing depends on: a rerun gives the same result', () => {
    expect(rollUp(input)).toEqual(r);
  });
});

describe('rollUp: recurring activities are judged by the current period', () => {
  const { activities: municipal, horizonYear } = seedPlan('roadmap-okhansk-2021-2024.txt');
  const plan = organisationPlan(chooseActivities(municipal, 'organisations'));
  const yearly = plan.find((a) => a.number === '2.4.')!;
  const oneOff = plan.find((a) => a.number === '1.1')!;

  it('done for 2022 is not done for 2023; done for 2023 is', () => {
    expect(yearly.deadline.recurrence).toBe('yearly');
    const r = rollUp({
      today: '2023-03-01',
      horizonYear,
      municipal,
      organisations: [
        {
          org: org('a', { name: 'ДОУ А' }),
          read: values(
            plan.map((a) => (a === yearly ? { ...done(a, '2023-02-01'), donePeriods: ['2022', '2023'] } : done(a))),
          ),
        },
        {
          org: org('b', { name: 'ДОУ Б' }),
          read: values(plan.map((a) => (a === yearly ? { ...done(a, '2022-05-01'), donePeriods: ['2022'] } : a))),
        },
      ],
    });
    const y = r.activities.find((x) => x.activity.id === yearly.id)!;
    expect(y.byState.done).toEqual(['ДОУ А']);
    expect(y.byState['not-started']).toEqual(['ДОУ Б']);
    const late = r.overdue.find((x) => x.activity.id === oneOff.id)!;
    expect([late.org.name, late.due, late.daysLate]).toEqual(['ДОУ Б', '2021-08-31', 547]);
    // Without `activityIds` every municipal activity is rolled up.
    expect(r.activities).toHaveLength(municipal.length);
  });
});

describe('rollUp: an organisation linked with its own plan', () => {
  const { activities: municipal } = seedPlan('roadmap-okhansk-2021-2024.txt');
  const plan = organisationPlan(chooseActivities(municipal, 'organisations'));
  const own = plan.map((a, i) => ({ ...a, id: `own${i}`, title: i === 2 ? `${a.title} (в ДОУ)` : a.title }));
  const linked = org('own', { name: 'ДОУ со своим планом', method: 'linked' });

  it('counts the exact matches, proposes the rest, and counts a proposal once it is confirmed', () => {
    const base = {
      today: '2021-10-01',
      municipal,
      activityIds: plan.map((a) => a.id),
      organisations: [{ org: linked, read: values(own) }],
    };
    const before = rollUp(base).organisations[0];
    expect(before.total).toBe(plan.length - 1);
    expect(before.proposals.map((p) => [p.row.id, p.activityId])).toEqual([['own2', plan[2].id]]);
    const after = rollUp({
      ...base,
      confirmations: new Map([
        [linked.spreadsheetId!, [{ rowKey: before.proposals[0].rowKey, activityId: plan[2].id }]],
      ]),
    }).organisations[0];
    expect(after.total).toBe(plan.length);
    expect(after.proposals).toEqual([]);
  });
});
