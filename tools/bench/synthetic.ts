/** Synthetic plans and staff lists of any size, deterministic, for the benchmark. */
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
const ROLES = ['Воспитатель', 'Учитель', 'Педагог-психолог', 'Методист', 'Социальный педагог'];

export function syntheticStaff(n: number): StaffMember[] {
  return Array.from({ length: n }, (_, i) => {
    const surname = SURNAMES[i % SURNAMES.length];
    const first = FIRST[Math.floor(i / SURNAMES.length) % FIRST.length];
    const middle = MIDDLE[Math.floor(i / (SURNAMES.length * FIRST.length)) % MIDDLE.length];
    const female =
      surname.endsWith('ов') || surname.endsWith('ев') || surname.endsWith('ёв') || surname.endsWith('ин')
        ? `${surname}а`
        : surname;
    return {
      name: `${female} ${first} ${middle}`,
      positions: [i === 0 ? 'Директор' : ROLES[i % ROLES.length]],
      email: `user${i}@school.example.org`,
      groups: [`Рабочая группа ${1 + (i % 5)}`],
      aliases: [],
      active: true,
    };
  });
}

/** "Фамилия И.О." as plans write it. */
export function initials(m: StaffMember): string {
  const [s, f, o] = m.name.split(' ');
  return `${s} ${f[0]}.${o[0]}.`;
}

export function syntheticPlan(n: number, staff: StaffMember[], start = '2021-01-11'): PlanImport {
  const activities: Activity[] = Array.from({ length: n }, (_, i) => {
    const end = addDays(start, (i * 7) % 360);
    const who = staff[(i * 7) % staff.length];
    const second = staff[(i * 13 + 1) % staff.length];
    return {
      id: `b${i}`,
      number: `${1 + Math.floor(i / 50)}.${1 + (i % 50)}`,
      stage: `Этап ${1 + Math.floor(i / Math.max(1, Math.ceil(n / 5)))}`,
      section: null,
      group: null,
      title: `Мероприятие ${i + 1}: подготовка и проведение`,
      result: 'Отчёт',
      tools: null,
      responsible: i % 5 === 0 ? `${initials(who)}, ${initials(second)}` : initials(who),
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
