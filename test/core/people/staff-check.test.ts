import { checkStaff } from '../../../src/core/people/staff-check';
import type { StaffMember } from '../../../src/core/people/types';

const m = (name: string, email: string, extra: Partial<StaffMember> = {}): StaffMember => ({
  name,
  positions: ['Учитель'],
  email,
  groups: [],
  aliases: [],
  active: true,
  ...extra,
});

describe('checkStaff', () => {
  it('finds nothing in a clean list', () => {
    expect(
      checkStaff([m('Иванов Иван Иванович', 'i@x.org', { row: 2 }), m('Петров Пётр', 'p@x.org', { row: 3 })]),
    ).toEqual([]);
  });

  it('sees "Ковалёва Ирина Сергеевна" and "Ковалева И.С." as the same person', () => {
    const p = checkStaff([
      m('Ковалёва Ирина Сергеевна', 'a@x.org', { row: 2 }),
      m('Ковалева И.С.', 'b@x.org', { row: 5 }),
    ]);
    expect(p).toEqual([
      {
        row: 5,
        field: 'name',
        kind: 'duplicate-name',
        message:
          'Строка 5: «Ковалева И.С.» уже есть в строке 2 («Ковалёва Ирина Сергеевна»). Если это разные люди, уточните ФИО; если один — удалите лишнюю строку.',
      },
    ]);
  });

  it('reports duplicate e-mails regardless of case, inactive people, and rows naming nobody', () => {
    const p = checkStaff([
      m('Иванов Иван Иванович', 'Zav@X.org', { row: 2 }),
      m('Петров Пётр Петрович', 'zav@x.org', { row: 3, active: false }),
      m('', 'who@x.org', { row: 4, positions: [] }),
    ]);
    expect(p.map((x) => [x.row, x.kind])).toEqual([
      [3, 'duplicate-email'],
      [3, 'inactive'],
      [4, 'no-name'],
    ]);
    expect(p[1].message).toBe(
      'Строка 3: Петров Пётр Петрович — неактивен(на): напоминания не отправляются, в отчётах отмечается.',
    );
  });

  it('does not ask an inactive person for an e-mail, but a role row to fill does get asked', () => {
    expect(checkStaff([m('Старый Сотрудник', '', { row: 2, active: false })]).map((x) => x.kind)).toEqual(['inactive']);
    const p = checkStaff([m('', '', { row: 2, positions: ['Заведующий'] })]);
    expect(p.map((x) => x.message)).toEqual(['Строка 2: не указан e-mail (Заведующий) — напоминания не придут.']);
  });

  it('words every message in the document’s language: English in an English document', () => {
    const staff = [
      m('Иванов Иван Иванович', 'Zav@X.org', { row: 2 }),
      m('Петров Пётр Петрович', 'zav@x.org', { row: 3, active: false }),
      m('', 'who@x.org', { row: 4, positions: [] }),
      m('', '', { row: 5, positions: ['Заведующий'] }),
      m('Сидоров Сидор', 'sidorov@', { row: 6 }),
      m('Сидоров Сидор', 's@x.org', { row: 7 }),
    ];
    expect(checkStaff(staff, 'en').map((x) => x.message)).toEqual([
      'Row 3: the address zav@x.org is already in row 2 (Иванов Иван Иванович) — both get one e-mail at it.',
      'Row 3: Петров Пётр Петрович — inactive: no reminders are sent, the reports say so.',
      'Row 4: no ФИО, post or group — unclear who this is (who@x.org).',
      'Row 5: no e-mail (Заведующий) — no reminders will reach them.',
      'Row 6: «sidorov@» — not a valid e-mail address (Сидоров Сидор).',
      'Row 7: «Сидоров Сидор» is already in row 6 («Сидоров Сидор»). Different people: give the full ФИО; one person: delete the extra row.',
    ]);
    // The same kinds and rows as in Russian: only the words differ.
    expect(checkStaff(staff, 'en').map((x) => [x.row, x.kind])).toEqual(checkStaff(staff).map((x) => [x.row, x.kind]));
  });
});
