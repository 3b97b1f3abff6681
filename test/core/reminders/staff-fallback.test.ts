import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fallbackResolver, readStaffCsv } from '../../../src/core/reminders/staff-fallback';

const staff = (name: string) =>
  readStaffCsv(readFileSync(join(__dirname, '../../fixtures/staff', `${name}.csv`), 'utf8'));

describe('stopgap staff reader and resolver', () => {
  it('reads the fixture columns, lists split on ";"', () => {
    const s = staff('staff-plan-dou-vsoko-2021');
    expect(s).toHaveLength(7);
    expect(s[1]).toMatchObject({
      name: 'Ковалёва Ирина Сергеевна',
      positions: ['Старший воспитатель', 'Руководитель экспертной группы ВСОКО'],
      email: 'i.kovaleva@dou1.example.org',
      active: true,
    });
    expect(s[6].active).toBe(false);
    expect(readStaffCsv('ФИО,Email\n"Иванов, Иван",i@x.org\n')).toEqual([
      expect.objectContaining({ name: 'Иванов, Иван', email: 'i@x.org' }),
    ]);
  });

  it('resolves by surname, then by the most specific role or group; bodies outside stay unresolved', () => {
    const dou = fallbackResolver(staff('staff-plan-dou-vsoko-2021'));
    expect(dou('Заведующий МБДОУ №1 Остапенко Н.М.').people.map((p) => p.email)).toEqual([
      'n.ostapenko@dou1.example.org',
    ]);
    expect(dou('Члены экспертной группы ВСОКО').people.map((p) => p.email)).not.toContain('m.belova@dou1.example.org');
    const school = fallbackResolver(staff('staff-plan-school-vsoko-2020'));
    expect(school('Зам. директора по УВР').people.map((p) => p.email)).toEqual(['t.lebedeva@internat3.example.org']);
    expect(school('Директор').people.map((p) => p.email)).toEqual(['director@internat3.example.org']);
    const ok = fallbackResolver(staff('staff-roadmap-okhansk-2021-2024'));
    expect(ok('МО ПК')).toEqual({ people: [], unresolved: ['МО ПК'] });
    expect(ok(null)).toEqual({ people: [], unresolved: [] });
  });
});
