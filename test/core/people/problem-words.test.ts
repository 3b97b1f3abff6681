/**
 * Issue 16: a responsible that reaches nobody is worded the same way — and by its own kind — in
 * «Проверить список…», the report tabs and the e-mails. Before, an ambiguous «Заместитель
 * директора» read «подходят несколько» only in the staff check and «не найден» everywhere else.
 */
import { responsibleProblems } from '../../../src/core/people/problem-words';
import { createResolver } from '../../../src/core/people/resolve';
import type { StaffMember } from '../../../src/core/people/types';
import { planDay } from '../../../src/core/reminders/plan-day';
import { recipientsFromStaff } from '../../../src/core/reminders/recipients';
import { renderDigest } from '../../../src/core/reminders/render';
import { buildReports } from '../../../src/core/reports/build';
import { reportRecipientsFromStaff } from '../../../src/core/reports/recipients';
import { staffCheckReport } from '../../../src/core/sheet/staff-requests';
import { act, settings } from '../reminders/fixtures';

const person = (name: string, position: string, email: string, active = true, row = 2): StaffMember => ({
  name,
  positions: [position],
  email,
  groups: [],
  aliases: [],
  active,
  row,
});
const staff = [
  person('Лебедева Татьяна Ивановна', 'Заместитель директора', 't.lebedeva@school.ru', true, 2),
  person('Петров Пётр Петрович', 'Заместитель директора', 'p.petrov@school.ru', true, 3),
  person('Сидорова Анна Петровна', 'Педагог-психолог', 'a.sidorova@school.ru', false, 4),
  person('Орлова Ольга Олеговна', 'Директор', 'o.orlova@school.ru', true, 5),
];
const activities = [
  act('a1', { responsible: 'Заместитель директора', end: '2021-03-05', title: 'Анализ' }),
  act('a2', { responsible: 'ИРО ПК', end: '2021-03-05', title: 'Отчёт' }),
  act('a3', { responsible: 'Педагог-психолог', end: '2021-03-05', title: 'Диагностика' }),
];
const AMBIGUOUS =
  '«Заместитель директора»: подходят несколько сотрудников (Лебедева Татьяна Ивановна, Петров Пётр Петрович)';
const UNKNOWN = '«ИРО ПК»: нет в списке сотрудников';
const INACTIVE = '«Педагог-психолог»: Сидорова Анна Петровна — неактивный сотрудник';

describe('one wording for responsibles that reach nobody', () => {
  const resolve = createResolver(staff);

  it('tells the three kinds apart', () => {
    expect(activities.map((a) => responsibleProblems(resolve(a.responsible)).map((p) => p.kind))).toEqual([
      ['ambiguous'],
      ['unknown'],
      ['inactive'],
    ]);
  });

  it('«Проверить список…» says it', () => {
    const text = staffCheckReport({
      staffRows: staff.length,
      problems: [],
      plan: activities.map((a, i) => ({ row: i + 2, resolution: resolve(a.responsible) })),
    });
    expect(text).toContain(`${AMBIGUOUS} — строка 2`);
    expect(text).toContain('«ИРО ПК» — строка 3');
    expect(text).toContain(`${INACTIVE} — строка 4`);
  });

  it('Качество данных and Сводка say it, with three different problem names', () => {
    const tabs = buildReports({ activities, recipientsOf: reportRecipientsFromStaff(staff), today: '2021-03-01' });
    const text = (name: string) =>
      tabs
        .find((t) => t.name.includes(name))!
        .values.flat()
        .map(String)
        .join('\n');
    const quality = text('Качество');
    expect(quality).toContain(AMBIGUOUS);
    expect(quality).toContain(UNKNOWN);
    expect(quality).toContain(INACTIVE);
    expect(quality).toContain('Ответственный: подходят несколько сотрудников');
    expect(quality).toContain('Ответственный: нет в списке сотрудников');
    expect(quality).toContain('Ответственный: неактивный сотрудник');
    expect(quality).not.toMatch(/не найден/);
    const summary = text('Сводка');
    expect(summary).toContain('подходят несколько сотрудников (Лебедева Татьяна Ивановна, Петров Пётр Петрович)');
    expect(summary).toContain('нет в списке сотрудников');
    expect(summary).toContain('Сидорова Анна Петровна — неактивный сотрудник');
  });

  it('the coordinator’s e-mail says it', () => {
    const digests = planDay({
      activities,
      recipientsOf: recipientsFromStaff(staff),
      settings: settings({ coordinators: ['o.orlova@school.ru'] }),
      today: '2021-03-05',
      ledger: new Set(),
    });
    const body = digests.map((d) => renderDigest(d, { sheetUrl: 'u', rowUrl: () => null, lang: 'ru' }).body).join('\n');
    expect(body).toContain(AMBIGUOUS);
    expect(body).toContain(UNKNOWN);
    expect(body).toContain(INACTIVE);
    expect(body).not.toMatch(/не найден/);
  });
});
