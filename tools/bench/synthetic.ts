/**
 * Synthetic plans and staff lists of any size, deterministic, for the benchmark. The responsible
 * cells are written the ways real plans write them (docs/people.md, the 333-cell corpus): one
 * person, two in a cell, initials before the surname, a role before a name, a one-holder role, a
 * working group, a plural role, a body outside the organisation — and the staff list has
 * namesakes (two people with the same surname and initials) and someone who has left. Who is
 * responsible for a cell is what our people core says (`createResolver`): the reference of the
 * correctness columns (tools/bench/correctness.ts).
 */
import { addDays, formatRu } from '../../src/core/dates/calendar';
import type { StaffMember } from '../../src/core/people/types';
import type { Activity, PlanImport } from '../../src/core/plan/types';

const SURNAMES = [
  'Иванов',
  'Петров',
  'Сидоров',
  'Кузнецов',
  'Смирнов',
  'Попов',
  'Васильев',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
];
const FIRST = ['Анна', 'Ирина', 'Ольга', 'Елена', 'Мария', 'Наталья', 'Татьяна', 'Светлана', 'Юлия', 'Дарья'];
/** Other first names with the same initials, for namesakes ("Анна" / "Алла": both "А."). */
const FIRST_TWIN = ['Алла', 'Инна', 'Оксана', 'Евгения', 'Марина', 'Надежда', 'Тамара', 'Софья', 'Юлиана', 'Диана'];
const MIDDLE = [
  'Андреевна',
  'Борисовна',
  'Викторовна',
  'Геннадьевна',
  'Дмитриевна',
  'Евгеньевна',
  'Игоревна',
  'Олеговна',
  'Петровна',
  'Сергеевна',
];
const MIDDLE_TWIN = [
  'Алексеевна',
  'Богдановна',
  'Владимировна',
  'Григорьевна',
  'Денисовна',
  'Егоровна',
  'Ивановна',
  'Осиповна',
  'Павловна',
  'Семёновна',
];
const ROLES = ['Воспитатель', 'Учитель', 'Педагог-психолог', 'Методист', 'Социальный педагог'];
/** The one holder of a coordinating role (a coordinator by defaultAudience). */
export const DEPUTY = 'Заместитель директора по УВР';
/** A body outside the organisation: nobody in the staff list, «нет адресата» for the coordinators. */
export const OUTSIDE_BODY = 'Управление образования администрации города (по согласованию)';

const female = (surname: string) =>
  surname.endsWith('ов') || surname.endsWith('ев') || surname.endsWith('ёв') || surname.endsWith('ин')
    ? `${surname}а`
    : surname;

/** Members per working group: «Рабочая группа N» of five or so people, as schools have them. */
const GROUP_SIZE = 5;
export const groupOf = (i: number, n: number) => `Рабочая группа ${1 + (i % Math.max(1, Math.floor(n / GROUP_SIZE)))}`;

/** Every 25th person from the 10th is a namesake of the one before (same surname and initials). */
export const isNamesake = (i: number) => i % 25 === 9;
/** Every 50th person from the 20th has left: «Активен: нет». */
export const hasLeft = (i: number) => i % 50 === 19;

export function syntheticStaff(n: number): StaffMember[] {
  return Array.from({ length: n }, (_, i) => {
    const k = isNamesake(i) ? i - 1 : i;
    const surname = female(SURNAMES[k % SURNAMES.length]);
    // Initials vary from one person to the next, and no two people share them unless meant to.
    const f = (k * 3 + Math.floor(k / SURNAMES.length)) % FIRST.length;
    const m = (k * 7 + Math.floor(k / (SURNAMES.length * FIRST.length))) % MIDDLE.length;
    const name = isNamesake(i)
      ? `${surname} ${FIRST_TWIN[f]} ${MIDDLE_TWIN[m]}`
      : `${surname} ${FIRST[f]} ${MIDDLE[m]}`;
    return {
      name,
      positions: [i === 0 ? 'Директор' : i === 2 ? DEPUTY : ROLES[i % ROLES.length]],
      email: `user${i}@school.example.org`,
      groups: [groupOf(i, n)],
      aliases: [],
      active: !hasLeft(i),
    };
  });
}

/** "Фамилия И.О." as plans write it. */
export function initials(m: StaffMember): string {
  const [s, f, o] = m.name.split(' ');
  return `${s} ${f[0]}.${o[0]}.`;
}

/** The title of activity `i`: unique, and findable in any e-mail by `TITLE_PATTERN`. */
export const titleOf = (i: number) => `Мероприятие ${i + 1}: подготовка и проведение`;
export const TITLE_PATTERN = /Мероприятие (\d+): подготовка и проведение/g;
/** The activity ID of a title found by TITLE_PATTERN (its first group). */
export const idOfTitleNumber = (n: string) => `b${Number(n) - 1}`;

/**
 * The responsible cell of activity `i`, in one of the families real plans use, by `i % 20`:
 * 40 % one person, 10 % two, 5 % initials first, 5 % initials with a space, 10 % a role before a
 * name, 5 % the deputy's role, 10 % a working group (the nominative, or «Члены рабочей группы»),
 * 5 % a plural role, 5 % an outside body, 5 % a person and an outside body.
 */
export function responsibleCell(i: number, staff: readonly StaffMember[]): string {
  // The person does not follow the family (`i % 20`), whatever the size of the staff list.
  const k = (i * 7 + Math.floor(i / 20)) % staff.length;
  const who = staff[k];
  const second = staff[(i * 13 + 1) % staff.length];
  const [s, f, o] = who.name.split(' ');
  switch (i % 20) {
    case 8:
    case 9:
      return `${initials(who)}, ${initials(second)}`;
    case 10:
      return `${f[0]}.${o[0]}. ${s}`;
    case 11:
      return `${s} ${f[0]}. ${o[0]}.`;
    case 12:
    case 13:
      return `${who.positions[0]} ${initials(who)}`;
    case 14:
      return DEPUTY;
    case 15:
      return groupOf(k, staff.length);
    case 16:
      return `Члены рабочей группы ${groupOf(k, staff.length).split(' ').pop()}`;
    case 17:
      return 'Социальные педагоги';
    case 18:
      return OUTSIDE_BODY;
    case 19:
      return `${initials(who)}, ${OUTSIDE_BODY}`;
    default:
      return initials(who);
  }
}

export function syntheticPlan(n: number, staff: StaffMember[], start = '2021-01-11'): PlanImport {
  const activities: Activity[] = Array.from({ length: n }, (_, i) => {
    // Every day of the year and every day of the week (11 is prime to 7 and to 360).
    const end = addDays(start, (i * 11) % 360);
    return {
      id: `b${i}`,
      number: `${1 + Math.floor(i / 50)}.${1 + (i % 50)}`,
      stage: `Этап ${1 + Math.floor(i / Math.max(1, Math.ceil(n / 5)))}`,
      section: null,
      group: null,
      title: titleOf(i),
      result: 'Отчёт',
      tools: null,
      responsible: responsibleCell(i, staff),
      deadline: {
        text: formatRu(end),
        start: addDays(end, -14),
        end,
        recurrence: 'none',
        inherited: false,
        problem: null,
      },
    };
  });
  return {
    title: `Синтетический план на ${n} мероприятий`,
    horizonYear: null,
    activities,
    unrecognized: [],
    warnings: [],
  };
}
