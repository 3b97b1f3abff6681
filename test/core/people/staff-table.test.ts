/**
 * The Сотрудники tab has one reader. Reminders, the sidebar and the reports read the tab through
 * `staffFromValues` (src/gas/workbook.ts), the staff check through `staffFromTable`, a pasted CSV
 * through `parseStaffCsv`: every form of «Активен» must mean the same in all three (issue 15: «неактивна»
 * was active for reminders and inactive for the staff check).
 */
import { parseStaffCsv } from '../../../src/core/people/staff-csv';
import { activeWord, locateStaffColumns, staffFromTable, staffFromValues } from '../../../src/core/people/staff-table';

const HEADER = ['ФИО', 'Должность', 'E-mail', 'Группы', 'Псевдонимы', 'Активен'];
const row = (active: unknown) => ['Орлова Вера Ильинична', 'Воспитатель', 'v.orlova@example.org', '', '', active];

const INACTIVE = [
  'нет',
  'Нет',
  'н',
  'no',
  'false',
  '0',
  '-',
  'неактивна',
  'Неактивна',
  'неактивен',
  'неактивный',
  'неактивная',
  'не активна',
  'уволена',
  'уволен',
  'Уволилась',
  'не работает',
  'выбыла',
  false,
  0,
];
const ACTIVE = ['', 'да', 'Да', 'д', 'yes', 'true', '1', '+', 'активна', 'активен', 'Активный', true, 1, null];

describe('«Активен» reads the same for reminders, the sidebar and the staff check', () => {
  it.each(INACTIVE.map((v) => [v]))('%p is inactive everywhere, and no problem', (v) => {
    const values = [HEADER, row(v)];
    expect(staffFromValues(values)[0].active).toBe(false);
    const t = staffFromTable(values);
    expect(t.staff[0].active).toBe(false);
    expect(t.problems).toEqual([]);
    if (typeof v === 'string' && !v.includes(',')) {
      const csv = parseStaffCsv(`${HEADER.join(',')}\n${row(v).join(',')}\n`);
      expect(csv.staff[0].active).toBe(false);
      expect(csv.problems.filter((p) => p.kind === 'bad-active')).toEqual([]);
    }
  });

  it.each(ACTIVE.map((v) => [v]))('%p is active everywhere, and no problem', (v) => {
    const values = [HEADER, row(v)];
    expect(staffFromValues(values)[0].active).toBe(true);
    expect(staffFromTable(values).problems).toEqual([]);
  });

  it('an unclear word counts as active and is reported with its row, in every reading', () => {
    const values = [HEADER, row('в отпуске')];
    expect(staffFromValues(values)[0].active).toBe(true);
    const t = staffFromTable(values);
    expect(t.staff[0].active).toBe(true);
    expect(t.problems).toEqual([expect.objectContaining({ row: 2, field: 'active', kind: 'bad-active' })]);
    expect(activeWord('в отпуске')).toBeNull();
  });
});

describe('headers', () => {
  it('one list of headers: the tab and the CSV find the same columns', () => {
    const header = ['Ф.И.О.', 'Роль', 'e-mail', 'Группа', 'Псевдоним', 'Активна'];
    expect(locateStaffColumns(header)).toEqual({ name: 0, positions: 1, email: 2, groups: 3, aliases: 4, active: 5 });
    const values = [header, row('неактивна')];
    expect(staffFromValues(values)).toEqual(staffFromTable(values).staff);
    expect(staffFromValues(values)[0]).toMatchObject({ email: 'v.orlova@example.org', active: false, row: 2 });
  });

  it('a missing ФИО or E-mail column is reported, the rows are still read', () => {
    const t = staffFromTable([['Должность'], ['Воспитатель']]);
    expect(t.problems.map((p) => [p.field, p.kind])).toEqual([
      ['name', 'missing-column'],
      ['email', 'missing-column'],
    ]);
    expect(t.staff).toHaveLength(1);
  });
});
