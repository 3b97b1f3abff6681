import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORG_POSITION, proposeStaff } from '../../../src/core/people/propose';
import { createResolver } from '../../../src/core/people/resolve';
import { parseStaffCsv } from '../../../src/core/people/staff-csv';
import type { StaffMember } from '../../../src/core/people/types';

const staffOf = (seed: string) =>
  parseStaffCsv(readFileSync(join(__dirname, '../../fixtures/staff', `staff-${seed}.csv`), 'utf8')).staff;

const OKHANSK = [
  'Отдел образования, дошкольные образовательные организации',
  'МО ПК, ИРО ПК Отдел образования, дошкольные образовательные организации',
  'МО ПК, ИРО ПК Отдел образования УМУ',
  'МО ПК, ИРО ПК Специалисты ДОО',
  'Отдел образования УМУ',
];

describe('proposeStaff', () => {
  it('proposes one row per distinct entity of an empty list', () => {
    const rows = proposeStaff(
      [
        'Заведующий МБДОУ №1 Остапенко Н.М.',
        'Руководитель экспертной группы',
        'Члены экспертной группы ВСОКО',
        'Остапенко Н.М.',
      ],
      [],
    );
    expect(rows.map((r) => [r.kind, r.name, r.positions, r.groups, r.aliases, r.email])).toEqual([
      ['person', 'Остапенко Н.М.', ['Заведующий МБДОУ №1'], [], [], ''],
      ['role', '', ['Руководитель экспертной группы'], [], [], ''],
      ['group', '', [], ['Экспертная группа ВСОКО'], [], ''],
    ]);
    expect(rows[0].sources).toEqual(['Заведующий МБДОУ №1 Остапенко Н.М.', 'Остапенко Н.М.']);
  });

  it('proposes nothing when the staff list already covers the plan', () => {
    expect(
      proposeStaff(
        ['Директор', 'Заместитель директора', 'Рабочая группа по ВСОКО, Директор'],
        staffOf('plan-school-vsoko-2020'),
      ),
    ).toEqual([]);
  });

  it('proposes only the bodies outside for the okhansk roadmap, marked as organisations', () => {
    const rows = proposeStaff(OKHANSK, staffOf('roadmap-okhansk-2021-2024'));
    expect(rows.map((r) => [r.kind, r.positions, r.aliases])).toEqual([
      ['org', [ORG_POSITION], ['МО ПК']],
      ['org', [ORG_POSITION], ['ИРО ПК']],
    ]);
  });

  it('once the coordinator types the e-mails, every text resolves with nothing left over', () => {
    const rows = proposeStaff(OKHANSK, []);
    // «Специалисты ДОО» is a position many hold: a role row.
    expect(rows.map((r) => r.kind)).toEqual(['org', 'org', 'org', 'org', 'org', 'role']);
    const staff: StaffMember[] = rows.map((r, i) => ({
      name: r.name || `Контакт ${i + 1}`,
      positions: r.positions,
      email: `c${i}@x.org`,
      groups: r.groups,
      aliases: r.aliases,
      active: true,
      row: i + 2,
    }));
    const resolve = createResolver(staff);
    for (const t of OKHANSK) {
      const res = resolve(t);
      expect({ t, unresolved: res.unresolved, ambiguous: res.ambiguous }).toEqual({ t, unresolved: [], ambiguous: [] });
      expect(res.people.length).toBeGreaterThan(0);
    }
  });
});
