import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemDetail, responsibleProblems } from '../../../src/core/people/problem-words';
import { createResolver } from '../../../src/core/people/resolve';
import { parseStaffCsv } from '../../../src/core/people/staff-csv';
import type { Resolution, StaffMember } from '../../../src/core/people/types';
import { importText } from '../../../src/core/plan/import-text';

const FIX = join(__dirname, '../../fixtures');
const staffOf = (seed: string) => parseStaffCsv(readFileSync(join(FIX, 'staff', `staff-${seed}.csv`), 'utf8')).staff;

/** The outcome in a compact, readable form: surnames to notify, and what is reported. */
interface Want {
  people: string[];
  unresolved?: string[];
  ambiguous?: Record<string, string[]>;
  inactive?: string[];
}
const surname = (n: string) => n.split(' ')[0];
/** What an unresolved part says (problem-words.ts): nobody matches, or the person found has no e-mail. */
const NOT_IN_STAFF = 'нет в списке сотрудников';
const reasons = (r: Resolution, lang: 'ru' | 'en' = 'ru') =>
  responsibleProblems({ ...r, ambiguous: [], inactive: [] }).map((p) => `${p.text}: ${problemDetail(p, lang)}`);
function view(r: Resolution): Want {
  const v: Want = { people: r.people.map((p) => surname(p.name)) };
  if (r.unresolved.length) v.unresolved = reasons(r);
  if (r.ambiguous.length) v.ambiguous = Object.fromEntries(r.ambiguous.map((a) => [a.text, a.candidates.map(surname)]));
  if (r.inactive.length) v.inactive = r.inactive.map((i) => `${i.text}: ${surname(i.name)}`);
  return v;
}

/** Every responsible text of the four seeds (cells and the headings of plan-orsk), with the exact outcome. */
const SEEDS: Record<string, Record<string, Want>> = {
  'plan-dou-vsoko-2021': {
    'Заведующий МБДОУ №1 Остапенко Н.М.': { people: ['Остапенко'] },
    'Заведующий МБДОУ №1': { people: ['Остапенко'] },
    'Остапенко Н.М.': { people: ['Остапенко'] },
    'Руководитель экспертной группы': { people: ['Ковалёва'] },
    'Члены экспертной группы ВСОКО': {
      people: ['Ковалёва', 'Смирнова', 'Галиева', 'Морозов'],
      inactive: ['Члены экспертной группы ВСОКО: Белова'],
    },
    'Ответственный за работу в сети «Интернет»': { people: ['Петрова'] },
  },
  'plan-school-vsoko-2020': {
    Директор: { people: ['Кузнецов'] },
    // Two deputies: the plan does not say which one.
    'Заместитель директора': { people: [], ambiguous: { 'Заместитель директора': ['Лебедева', 'Федоров'] } },
    'Рабочая группа по ВСОКО, Директор': { people: ['Лебедева', 'Николаева', 'Орлова', 'Ахмедов', 'Кузнецов'] },
    'Рабочая группа по ВСОКО': { people: ['Лебедева', 'Николаева', 'Орлова', 'Ахмедов'] },
  },
  'plan-orsk-mkdo-2020': {
    'Региональный координатор МКДО': { people: ['Гусева'] },
    'Руководитель ДОО': { people: ['Зайцева'] },
    'Координатор ДОО': { people: ['Соколова'] },
    'Педагог ДОО, Координатор ДОО': { people: ['Киселёва', 'Волкова', 'Соколова'] },
    'Муниципальный координатор МКДО, региональный координатор МКДО': { people: ['Тимофеев', 'Гусева'] },
    'Эксперт РМКДО': { people: ['Яковлева'] },
    // By Должность and by the group "Эксперты ДОО".
    'Эксперт ДОО': { people: ['Романова', 'Киселёва'] },
    '/С.В.Маслова': { people: ['Маслова'] },
  },
  'roadmap-okhansk-2021-2024': {
    'Отдел образования, дошкольные образовательные организации': {
      people: ['Дурновцева', 'Зачерновских', 'Пономарёва', 'Третьякова'],
    },
    'МО ПК, ИРО ПК Отдел образования, дошкольные образовательные организации': {
      people: ['Дурновцева', 'Зачерновских', 'Пономарёва', 'Третьякова'],
      unresolved: [`МО ПК: ${NOT_IN_STAFF}`, `ИРО ПК: ${NOT_IN_STAFF}`],
    },
    'МО ПК, ИРО ПК Отдел образования УМУ': {
      people: ['Дурновцева', 'Зачерновских'],
      unresolved: [`МО ПК: ${NOT_IN_STAFF}`, `ИРО ПК: ${NOT_IN_STAFF}`],
    },
    'МО ПК, ИРО ПК Специалисты ДОО': {
      people: ['Пономарёва', 'Шилова', 'Третьякова'],
      unresolved: [`МО ПК: ${NOT_IN_STAFF}`, `ИРО ПК: ${NOT_IN_STAFF}`],
    },
    'Отдел образования УМУ': { people: ['Дурновцева', 'Зачерновских'] },
  },
};

describe.each(Object.keys(SEEDS))('resolution against staff-%s.csv', (seed) => {
  const resolve = createResolver(staffOf(seed));
  it.each(Object.entries(SEEDS[seed]))('%j', (text, want) => {
    expect(view(resolve(text))).toEqual(want);
  });

  it('covers every responsible text the importer reads from the seed', () => {
    const plan = importText(readFileSync(join(FIX, 'seeds', `${seed}.txt`), 'utf8'));
    for (const a of plan.activities) if (a.responsible) expect(Object.keys(SEEDS[seed])).toContain(a.responsible);
  });

  it('notifies only active people with a valid e-mail, each once', () => {
    for (const text of Object.keys(SEEDS[seed])) {
      const r = resolve(text);
      for (const p of r.people) expect(p.active && /@/.test(p.email)).toBe(true);
      expect(new Set(r.people.map((p) => p.email)).size).toBe(r.people.length);
    }
  });
});

const m = (name: string, positions: string[], email: string, extra: Partial<StaffMember> = {}): StaffMember => ({
  name,
  positions,
  email,
  groups: [],
  aliases: [],
  active: true,
  ...extra,
});

describe('resolution: ask, do not guess', () => {
  const okhansk = createResolver(staffOf('roadmap-okhansk-2021-2024'));

  it('a head role that two kindergartens fill is ambiguous', () => {
    expect(view(okhansk('Заведующий'))).toEqual({
      people: [],
      ambiguous: { Заведующий: ['Пономарёва', 'Третьякова'] },
    });
  });

  it('the kindergarten named with the role settles it', () => {
    expect(view(okhansk('Заведующий МБДОУ «Детский сад № 2»'))).toEqual({ people: ['Третьякова'] });
    expect(view(okhansk('Заведующий МБДОУ «Детский сад № 1» Пономарёва О.Ю.'))).toEqual({ people: ['Пономарёва'] });
  });

  it('a group named in Группы means all its members', () => {
    expect(view(okhansk('Дошкольные образовательные организации'))).toEqual({ people: ['Пономарёва', 'Третьякова'] });
  });

  it('two people with the same surname and initials are ambiguous', () => {
    const r = createResolver([
      m('Иванов Иван Иванович', ['Учитель'], 'a@x.org'),
      m('Иванов Илья Игоревич', ['Учитель'], 'b@x.org'),
    ]);
    expect(view(r('Иванов И.И.'))).toEqual({ people: [], ambiguous: { 'Иванов И.И.': ['Иванов', 'Иванов'] } });
    expect(r('Иванов И.И.').ambiguous[0].candidates).toEqual(['Иванов Иван Иванович', 'Иванов Илья Игоревич']);
  });

  it('a one-holder role keeps to its active holder and a many-holder role means all', () => {
    const r = createResolver([
      m('Старова Анна Петровна', ['Заведующий'], 'old@x.org', { active: false }),
      m('Новикова Вера Ильинична', ['Заведующий'], 'new@x.org'),
      m('Орлов Пётр Ильич', ['Воспитатель'], 'o@x.org'),
      m('Орлова Ольга Ивановна', ['Воспитатель'], 'oo@x.org'),
    ]);
    expect(view(r('Заведующий'))).toEqual({ people: ['Новикова'] });
    expect(view(r('Воспитатель'))).toEqual({ people: ['Орлов', 'Орлова'] });
    expect(view(r('Воспитатели групп'))).toEqual({ people: ['Орлов', 'Орлова'] });
  });
});

describe('resolution of the forms plans write (issue 19)', () => {
  const r = createResolver([
    m('Кузнецов Владимир Викторович', ['Учитель информатики'], 'k@x.org'),
    m('Смирнова Ольга Васильевна', ['Старший воспитатель'], 's@x.org'),
    m('Петров Пётр Петрович', ['Заместитель директора по ВР'], 'p@x.org'),
    m('Орлов Иван Ильич', ['Инспектор'], 'o@x.org'),
    m('Лебедев Лев Львович', ['Классный руководитель'], 'l1@x.org'),
    m('Лебедева Лидия Львовна', ['Классный руководитель'], 'l2@x.org'),
    m('Калита Вера Сергеевна', ['Методист'], 'kv@x.org'),
    m('Маннын-оол Мерген Михайлович', ['Учитель'], 'mm@x.org'),
    m('Бут Виктор Фёдорович', ['Начальник'], 'b@x.org'),
  ]);

  it('a name in the dative is the staff member in the nominative', () => {
    expect(view(r('учителю информатики Кузнецову В.В.'))).toEqual({ people: ['Кузнецов'] });
    expect(view(r('старшему воспитателю Смирновой О.В.'))).toEqual({ people: ['Смирнова'] });
  });

  it('a person with a role in any order, in capitals, with glued initials, in brackets after a body', () => {
    expect(view(r('Петров П.П., зам. директора по ВР'))).toEqual({ people: ['Петров'] });
    expect(view(r('ПЕТРОВ ПЁТР ПЕТРОВИЧ'))).toEqual({ people: ['Петров'] });
    expect(view(r('ПетровП.П.'))).toEqual({ people: ['Петров'] });
    expect(view(r('ОГИБДД (Орлов И.И.)'))).toEqual({ people: ['Орлов'] });
    expect(view(r('МУ "Управление образования" (начальник Бут В.Ф.)'))).toEqual({ people: ['Бут'] });
  });

  it('a name typed with Latin look-alike letters, a Tuvan surname with a lower-case part', () => {
    expect(view(r('Калита B.C.'))).toEqual({ people: ['Калита'] });
    expect(view(r('Монгуш А.Д.,\nМаннын-оол М.М.'))).toEqual({
      people: ['Маннын-оол'],
      unresolved: [`Монгуш А.Д.: ${NOT_IN_STAFF}`],
    });
  });

  it('a plural position means all its holders', () => {
    expect(view(r('Классные руководители'))).toEqual({ people: ['Лебедев', 'Лебедева'] });
    expect(view(r('Кл. рук.'))).toEqual({ people: ['Лебедев', 'Лебедева'] });
  });

  it('a woman is not matched to a man of the same surname: reported, not guessed', () => {
    expect(view(r('Петрова П.П.'))).toEqual({ people: [], unresolved: [`Петрова П.П.: ${NOT_IN_STAFF}`] });
  });

  it('a body outside with «(по согласованию)» is reported under the text the plan wrote', () => {
    expect(view(r('ОМВД России (по согласованию)'))).toEqual({
      people: [],
      unresolved: [`ОМВД России (по согласованию): ${NOT_IN_STAFF}`],
    });
  });
});

describe('resolution: what cannot be notified is reported', () => {
  it('an inactive person is reported, not notified', () => {
    const r = createResolver([m('Белова Марина Юрьевна', ['Воспитатель'], 'm@x.org', { active: false, row: 8 })]);
    expect(view(r('Белова М.Ю.'))).toEqual({ people: [], inactive: ['Белова М.Ю.: Белова'] });
  });

  it('a person without a valid e-mail is unresolved with the reason and the row', () => {
    const r = createResolver([
      m('Петров Пётр Петрович', ['Директор'], '', { row: 3 }),
      m('Сидоров Сидор Сидорович', ['Завхоз'], 'sidorov@', { row: 4 }),
    ]);
    expect(r('Директор').unresolved).toEqual([{ text: 'Директор', member: expect.objectContaining({ row: 3 }) }]);
    expect(reasons(r('Директор'))).toEqual([
      'Директор: у сотрудника «Петров Пётр Петрович» не указан e-mail (строка 3)',
    ]);
    expect(reasons(r('Завхоз'))).toEqual([
      'Завхоз: у сотрудника «Сидоров Сидор Сидорович» неправильный e-mail «sidorov@» (строка 4)',
    ]);
    // In an English document, the same in English (the reports and e-mails show it).
    expect(reasons(r('Директор'), 'en')).toEqual(['Директор: «Петров Пётр Петрович» has no e-mail (row 3)']);
    expect(reasons(r('Завхоз'), 'en')).toEqual([
      'Завхоз: «Сидоров Сидор Сидорович» has a wrong e-mail «sidorov@» (row 4)',
    ]);
  });

  it('matches roles through aliases and short forms', () => {
    const r = createResolver(staffOf('plan-school-vsoko-2020'));
    expect(view(r('Зам. директора по УВР'))).toEqual({ people: ['Лебедева'] });
    expect(view(r('Заместитель директора по ВР'))).toEqual({ people: ['Федоров'] });
  });

  it('a person not in the list is reported, not replaced by the role holder', () => {
    const r = createResolver(staffOf('plan-dou-vsoko-2021'));
    expect(view(r('Заведующий МБДОУ №1 Сергеева А.А.'))).toEqual({
      people: [],
      unresolved: [`Заведующий МБДОУ №1 Сергеева А.А.: ${NOT_IN_STAFF}`],
    });
  });

  it('an empty responsible resolves to nothing', () => {
    const r = createResolver(staffOf('plan-dou-vsoko-2021'));
    expect(r(null)).toEqual({ people: [], unresolved: [], ambiguous: [], inactive: [] });
    expect(r('')).toEqual({ people: [], unresolved: [], ambiguous: [], inactive: [] });
  });
});
