import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, parseStaffCsv } from '../../../src/core/people/staff-csv';

const FIX = join(__dirname, '../../fixtures/staff');

describe('parseStaffCsv', () => {
  it('reads the fixture columns, ";" lists and Активен', () => {
    const { staff, problems } = parseStaffCsv(readFileSync(join(FIX, 'staff-plan-dou-vsoko-2021.csv'), 'utf8'));
    expect(staff).toHaveLength(7);
    expect(staff[1]).toEqual({
      name: 'Ковалёва Ирина Сергеевна',
      positions: ['Старший воспитатель', 'Руководитель экспертной группы ВСОКО'],
      email: 'i.kovaleva@dou1.example.org',
      groups: ['Экспертная группа ВСОКО', 'Администрация'],
      aliases: [],
      active: true,
      row: 3,
    });
    expect(staff[6].active).toBe(false);
    expect(problems.map((p) => [p.row, p.kind])).toEqual([[8, 'inactive']]);
  });

  it.each(['plan-school-vsoko-2020', 'plan-orsk-mkdo-2020', 'roadmap-okhansk-2021-2024'])(
    'reads staff-%s.csv without problems',
    (seed) => {
      const { staff, problems } = parseStaffCsv(readFileSync(join(FIX, `staff-${seed}.csv`), 'utf8'));
      expect(staff.length).toBeGreaterThan(4);
      expect(problems).toEqual([]);
      expect(staff.every((m) => m.name && m.email && m.positions.length)).toBe(true);
    },
  );

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const csv =
      'ФИО,Должность,Email,Группы,Псевдонимы,Активен\r\n' +
      '"Пономарёва Ольга Юрьевна","Заведующий МБДОУ «Детский сад № 1», председатель ""Совета""",zav@x.org,"Группа А;\nГруппа Б",,да\r\n';
    const { staff, problems } = parseStaffCsv(csv);
    expect(problems).toEqual([]);
    expect(staff[0].positions).toEqual(['Заведующий МБДОУ «Детский сад № 1», председатель "Совета"']);
    expect(staff[0].groups).toEqual(['Группа А', 'Группа Б']);
  });

  it('reads a semicolon-separated file (Excel in a Russian locale) and a BOM', () => {
    const { staff } = parseStaffCsv('\uFEFFФИО;Должность;Email\nИванов Иван Иванович;Директор;i@x.org\n');
    expect(staff).toEqual([
      {
        name: 'Иванов Иван Иванович',
        positions: ['Директор'],
        email: 'i@x.org',
        groups: [],
        aliases: [],
        active: true,
        row: 2,
      },
    ]);
  });

  it('keeps every row and reports what is wrong, in Russian, with the row', () => {
    const csv = [
      'ФИО,Должность,Email,Группы,Псевдонимы,Активен',
      'Иванов Иван Иванович,Директор,,,,да',
      'Петров Пётр Петрович,Завуч,petrov(at)x.org,,,да',
      'Иванов Иван Иванович,Учитель,ivanov@x.org,,,да',
      'Сидорова Анна Ивановна,Учитель,ivanov@x.org,,,может быть',
      'Кузнецова Вера Павловна,Учитель,k@x.org,,,нет',
      'Орлов Олег Олегович,Учитель,o@x.org,,,да,лишнее',
    ].join('\n');
    const { staff, problems } = parseStaffCsv(csv);
    expect(staff).toHaveLength(6);
    expect(problems.map((p) => [p.row, p.field, p.kind])).toEqual([
      [2, 'email', 'email-empty'],
      [3, 'email', 'email-invalid'],
      [4, 'name', 'duplicate-name'],
      [5, 'active', 'bad-active'],
      [5, 'email', 'duplicate-email'],
      [6, 'active', 'inactive'],
      [7, null, 'extra-cells'],
    ]);
    expect(problems[0].message).toBe('Строка 2: не указан e-mail (Иванов Иван Иванович) — напоминания не придут.');
    expect(problems[1].message).toContain('«petrov(at)x.org» — неправильный адрес e-mail');
    expect(problems[2].message).toContain('уже есть в строке 2');
    expect(staff[3].active).toBe(true);
  });

  it('reports a missing e-mail column and an unclosed quote', () => {
    const { staff, problems } = parseStaffCsv('ФИО,Должность\n"Иванов Иван, Директор\n');
    expect(staff).toHaveLength(1);
    expect(staff[0].name).toContain('Иванов Иван, Директор');
    expect(problems.map((p) => p.kind)).toEqual(['missing-column', 'unclosed-quote', 'email-empty']);
    expect(problems[0].message).toContain('нет столбца «Email»');
  });

  it('splits records by the header separator only', () => {
    expect(csvRecords('a,b\n"x;y",z').records).toEqual([
      ['a', 'b'],
      ['x;y', 'z'],
    ]);
  });
});
