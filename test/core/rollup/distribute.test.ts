import { chooseActivities, organisationPlan } from '../../../src/core/rollup/distribute';
import { seedPlan } from './fixture';

describe('chooseActivities on the municipal seeds', () => {
  it("Оханск: the activities the organisations share go to them; the department's own stay", () => {
    const { activities } = seedPlan('roadmap-okhansk-2021-2024.txt');
    const choices = chooseActivities(activities, 'organisations');
    const sent = choices.filter((c) => c.distributed);
    // 3 × «Отдел образования, дошкольные образовательные организации», 1 with МО ПК and ИРО ПК in front, 2 × «Специалисты ДОО».
    expect(sent).toHaveLength(6);
    for (const c of sent)
      expect(c.reason).toMatch(
        /^ответственные — организации: «(дошкольные образовательные организации|Специалисты ДОО)»$/,
      );
    const kept = choices.filter((c) => !c.distributed);
    expect(kept.map((c) => c.activity.responsible)).toEqual(
      expect.arrayContaining(['Отдел образования УМУ', 'МО ПК, ИРО ПК Отдел образования УМУ']),
    );
    expect(kept.every((c) => /отдел образования/.test(c.reason))).toBe(true);
  });

  it("Орск: each kindergarten's coordinator, head, teachers and experts — not the region's", () => {
    const { activities } = seedPlan('plan-orsk-mkdo-2020.txt');
    const choices = chooseActivities(activities, 'organisations');
    const byResponsible = new Map<string | null, boolean>();
    for (const c of choices) byResponsible.set(c.activity.responsible, c.distributed);
    expect(Object.fromEntries(byResponsible)).toEqual({
      'Региональный координатор МКДО': false,
      'Руководитель ДОО': true,
      'Координатор ДОО': true,
      'Педагог ДОО, Координатор ДОО': true,
      'Муниципальный координатор МКДО, региональный координатор МКДО': false,
      'Эксперт РМКДО': false,
      'Эксперт ДОО': true,
      null: false,
    });
    expect(choices.find((c) => c.activity.responsible === null)?.reason).toBe('ответственный не указан');
    expect(choices.find((c) => c.activity.responsible === 'Эксперт РМКДО')?.reason).toBe(
      'ответственные — не организации: «Эксперт РМКДО»',
    );
  });

  it("«all» sends every activity; the department's choice per activity wins over both", () => {
    const { activities } = seedPlan('roadmap-okhansk-2021-2024.txt');
    expect(chooseActivities(activities, 'all').every((c) => c.distributed)).toBe(true);
    const own = activities.find((a) => a.responsible === 'Отдел образования УМУ')!;
    const shared = activities.find((a) => a.responsible === 'МО ПК, ИРО ПК Специалисты ДОО')!;
    const overrides = new Map([
      [own.id, true],
      [shared.id, false],
    ]);
    const choices = chooseActivities(activities, 'organisations', overrides);
    expect(choices.find((c) => c.activity.id === own.id)).toMatchObject({
      distributed: true,
      reason: 'включено вручную',
    });
    expect(choices.find((c) => c.activity.id === shared.id)).toMatchObject({
      distributed: false,
      reason: 'исключено вручную',
    });
  });
});

describe('organisationPlan', () => {
  it('keeps the municipal IDs and text, and starts the tracking from nothing', () => {
    const { activities } = seedPlan('plan-orsk-mkdo-2020.txt');
    const marked = activities.map((a, i) =>
      i % 2 ? { ...a, status: 'done' as const, doneDate: '2020-05-01', doneBy: 'x', row: i + 2 } : a,
    );
    const plan = organisationPlan(chooseActivities(marked, 'organisations'));
    expect(plan.length).toBeGreaterThan(40);
    const byId = new Map(activities.map((a) => [a.id, a]));
    for (const a of plan) {
      const m = byId.get(a.id)!;
      expect([a.number, a.title, a.responsible, a.deadline]).toEqual([m.number, m.title, m.responsible, m.deadline]);
      expect([a.status, a.doneDate, a.doneBy, a.donePeriods, 'row' in a]).toEqual([
        'not-started',
        null,
        null,
        [],
        false,
      ]);
    }
  });
});
