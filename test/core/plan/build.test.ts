import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlan } from '../../../src/core/plan/build';
import { importText } from '../../../src/core/plan/import-text';
import type { PlanImport } from '../../../src/core/plan/types';
import type { SourceDocument } from '../../../src/core/table/source';
import { readText } from '../../../src/core/table/text-reader';

const SEEDS = ['plan-dou-vsoko-2021', 'plan-school-vsoko-2020', 'plan-orsk-mkdo-2020', 'roadmap-okhansk-2021-2024'];
const fixtures = join(__dirname, '../../fixtures');
const seedText = (name: string) => readFileSync(join(fixtures, 'seeds', `${name}.txt`), 'utf8');
const expected = (name: string) => JSON.parse(readFileSync(join(fixtures, 'expected', `${name}.json`), 'utf8'));

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
function strings(v: unknown, acc: string[] = []): string[] {
  if (typeof v === 'string') acc.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, acc);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, acc);
  return acc;
}

/** Every word of every source cell and paragraph that is missing from the import's output. */
function lostWords(doc: SourceDocument, plan: PlanImport): string[] {
  const have = new Set(words(strings(plan).join(' ')));
  const source = [
    ...doc.before,
    ...doc.after,
    ...doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text))),
  ];
  return [...new Set(source.flatMap(words))].filter((w) => !have.has(w));
}

function projection(plan: PlanImport) {
  return {
    title: plan.title,
    horizonYear: plan.horizonYear,
    unrecognized: plan.unrecognized,
    activities: plan.activities.map((a) => ({
      number: a.number,
      stage: a.stage,
      section: a.section,
      group: a.group,
      title: a.title,
      result: a.result,
      tools: a.tools,
      responsible: a.responsible,
      responsibleFrom: a.responsibleFrom,
      deadline: a.deadline,
    })),
  };
}

describe.each(SEEDS)('seed %s', (name) => {
  const text = seedText(name);
  const plan = importText(text);

  it('matches the hand-checked expected plan', () => {
    expect(projection(plan)).toMatchObject(expected(name));
  });

  it('loses no word of the document', () => {
    expect(lostWords(readText(text), plan)).toEqual([]);
  });

  it('gives every activity an ID that is unique and the same on a second import', () => {
    const ids = plan.activities.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(importText(text).activities.map((a) => a.id)).toEqual(ids);
  });
});

describe('buildPlan on the seeds', () => {
  it('plan-dou: stage from its first row, "same as above" cells inherited within the stage, the broken row joined', () => {
    const plan = importText(seedText('plan-dou-vsoko-2021'));
    expect(plan.activities).toHaveLength(10);
    const [first, second] = plan.activities;
    expect(second.stage).toBe('Нормативно - установочный');
    expect(second.deadline).toMatchObject({ text: '18.01-31.01.2021', inherited: true, start: first.deadline.start });
    expect(second.responsibleFrom).toBe('inherited');
    const final = plan.activities.find((a) => a.stage === 'Итоговый' && a.number === '1')!;
    expect(final.title).toMatch(/решений, направленных на повышения уровня качества/);
    expect(final.responsible).toBe('Заведующий МБДОУ №1 Остапенко Н.М.');
    const stageWarnings = plan.warnings.filter((w) => w.kind === 'stage-order');
    expect(stageWarnings).toHaveLength(1);
    expect(stageWarnings[0].activity).toBe(final.id);
    expect(stageWarnings[0].message).toMatch(/Итоговый.*05\.03\.2021.*Аналитический.*31\.03\.2021/);
  });

  it('plan-school: the unnumbered row is a section, the <p> continuation completes item 6', () => {
    const plan = importText(seedText('plan-school-vsoko-2020'));
    expect(plan.activities.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(plan.activities.every((a) => a.section?.startsWith('Формирование нормативно-правового'))).toBe(true);
    expect(plan.activities[5].title).toMatch(
      /системы повышения квалификации педагогов[\s\S]*профориентационной работы$/,
    );
  });

  it('plan-orsk: sub-items split with the row label as group, heading responsibles, shifted rows, the 7.1 typo', () => {
    const plan = importText(seedText('plan-orsk-mkdo-2020'));
    expect(plan.activities).toHaveLength(105);
    const items = plan.activities.filter((a) => a.group === 'Сбор информации Мониторинга');
    expect(items.map((a) => a.number)).toEqual(['2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.2.5', '2.2.6']);
    expect(items[0].title).toBe(
      'Изучение информации об ООП ДО, размещенной на официальном сайте ДОО в информационно-телекоммуникационной сети «Интернет»',
    );
    expect(items.every((a) => a.responsible === 'Координатор ДОО' && a.responsibleFrom === 'heading')).toBe(true);
    expect(items[0].stage).toMatch(/^Этап II\./);
    // stage III rows come shifted by a leading empty cell: the deadline still lands in its column
    const nokdo = plan.activities.find((a) => a.number === '3.1.1')!;
    expect(nokdo.group).toBe('Подготовка НОКДО');
    expect(nokdo.deadline).toMatchObject({ text: '15.10.2020-5.11.2020', start: '2020-10-15', end: '2020-11-05' });
    // stage V, section 5.2: an empty cell inside the row; the tools text stays a tool, not a deadline
    const a521 = plan.activities.find((a) => a.number === '5.2.1')!;
    expect(a521.tools).toBe('Календарь Результаты.');
    expect(a521.deadline.text).toBe('');
    expect(plan.activities.find((a) => a.number === '5.1.1')!.section).toMatch(/^7\.1\./);
    expect(plan.warnings.some((w) => w.kind === 'structure' && /7\.1/.test(w.message))).toBe(true);
  });

  it('roadmap-okhansk: the order before the table is kept, the title gives the horizon, five yearly items', () => {
    const plan = importText(seedText('roadmap-okhansk-2021-2024'));
    expect(plan.horizonYear).toBe(2024);
    expect(plan.title).toMatch(/^План мероприятий \(«дорожная карта»\).*до 2024 года$/);
    expect(plan.unrecognized).toContain('ПРИКАЗЫВАЮ:');
    expect(plan.activities.filter((a) => a.deadline.recurrence === 'yearly')).toHaveLength(5);
    expect(plan.activities[0].section).toBe('1. Нормативно-правовое обеспечение');
  });
});

describe('buildPlan on small tables', () => {
  const doc = (rows: string[][], before: string[] = []): SourceDocument => ({
    before,
    tables: [{ rows: rows.map((cells, i) => ({ cells: cells.map((text) => ({ text })), line: i + 1 })) }],
    after: [],
    format: 'docx',
  });

  it('marks values from vertically merged Word cells as merged, not inherited', () => {
    const d = doc([
      ['Мероприятие', 'Срок', 'Ответственный'],
      ['Собрание', '25.05.2022', 'Директор'],
      ['Отчёт', '25.05.2022', 'Директор'],
    ]);
    d.tables[0].rows[2].cells[1].merged = true;
    d.tables[0].rows[2].cells[2].merged = true;
    const plan = buildPlan(d);
    expect(plan.activities[1].deadline).toMatchObject({ merged: true, inherited: false, end: '2022-05-25' });
    expect(plan.activities[1].responsibleFrom).toBe('merged');
  });

  it('does not carry a deadline across a section heading', () => {
    const plan = buildPlan(
      doc([
        ['№', 'Мероприятие', 'Срок'],
        ['1. Первый раздел', '', ''],
        ['1.1', 'А', '25.05.2022'],
        ['2. Второй раздел', '', ''],
        ['2.1', 'Б', ''],
      ]),
    );
    expect(plan.activities.map((a) => a.section)).toEqual(['1. Первый раздел', '2. Второй раздел']);
    expect(plan.activities[1].deadline).toMatchObject({ text: '', inherited: false });
    expect(plan.warnings.some((w) => w.kind === 'no-deadline' && w.activity === plan.activities[1].id)).toBe(true);
  });

  it('reads day-only dates under a month heading in the title year', () => {
    const plan = buildPlan(
      doc(
        [
          ['№ п/п', 'Наименование мероприятий', 'Дата (сроки проведения)', 'Место проведения', 'Ответственный'],
          ['ЯНВАРЬ', '', '', '', ''],
          ['', 'Декада спорта', '1-10', 'территория сельских поселений', 'инструкторы по спорту'],
        ],
        ['ПЛАН ФИЗКУЛЬТУРНЫХ МЕРОПРИЯТИЙ на 2020 год'],
      ),
    );
    const [a] = plan.activities;
    expect(a.section).toBe('ЯНВАРЬ');
    expect(a.deadline).toMatchObject({ text: '1-10', start: '2020-01-01', end: '2020-01-10' });
    expect(a.extra).toEqual({ 'Место проведения': 'территория сельских поселений' });
  });

  it('takes a missing year from the neighbouring rows when the plan has no title', () => {
    const plan = buildPlan(
      doc([
        ['Перечень мероприятий', 'Срок выполнения'],
        ['1 этап (подготовительный)', 'август 2016 г.'],
        ['Формирование команды', 'до 30 августа'],
      ]),
    );
    expect(plan.activities.map((a) => a.title)).toEqual(['1 этап (подготовительный)', 'Формирование команды']);
    expect(plan.activities[1].stage).toBe('1 этап (подготовительный)');
    expect(plan.activities[1].deadline).toMatchObject({ text: 'до 30 августа', end: '2016-08-30' });
  });

  it('refuses a document without a plan table, in Russian', () => {
    expect(() => buildPlan({ before: ['Просто письмо'], tables: [], after: [], format: 'text' })).toThrow(/таблица/);
  });
});

describe('buildPlan: column roles from content (issue 19 §1)', () => {
  const read = (text: string) => {
    const plan = importText(text);
    return {
      plan,
      titled: plan.activities.every((a) => a.title !== ''),
      dated: plan.activities.every((a) => a.deadline.text !== ''),
    };
  };

  it.each(['Этап', 'Направления деятельности'])(
    'a table whose activity column is headed «%s» imports with every activity titled and dated',
    (head) => {
      const { plan, titled, dated } = read(
        [
          `№\t${head}\tСроки\tОтветственные`,
          '1.\tСоздание рабочей группы по переходу на новые стандарты\tавгуст 2022\tДиректор',
          '2.\tПроведение родительского собрания о переходе\tсентябрь 2022\tЗаместитель директора',
          '3.\tАнализ кадрового обеспечения перехода\tоктябрь 2022\tРабочая группа',
        ].join('\n'),
      );
      expect(plan.activities).toHaveLength(3);
      expect(titled && dated).toBe(true);
      expect(plan.columns?.[1]).toMatchObject({ role: 'title', from: 'content' });
    },
  );

  it('a table whose header names only the activity column («Мероприятие / Участники / Дата и время») imports titled and dated', () => {
    const { plan, titled, dated } = read(
      [
        'Мероприятие\tУчастники\tДата и время',
        'Линейка «Первый звонок»\tУчащиеся 1-11 классов\t01.09.2023 9.00',
        'Классный час «Разговоры о важном»\tКлассные руководители\t04.09.2023',
      ].join('\n'),
    );
    expect(plan.activities).toHaveLength(2);
    expect(titled && dated).toBe(true);
  });

  it('a table with no header row imports with roles from content, and says so', () => {
    const plan = importText(
      [
        '1.\tПраздник «День знаний» для воспитанников старших групп\t01.09.2021\tМузыкальный руководитель',
        '2.\tВыставка поделок из природного материала\tоктябрь 2021\tВоспитатели групп',
        '3.\tДосуг ко Дню матери в средней группе\tноябрь 2021\tИванова А.А.',
      ].join('\n'),
    );
    expect(plan.activities.map((a) => [a.number, a.deadline.text, a.responsible])).toEqual([
      ['1.', '01.09.2021', 'Музыкальный руководитель'],
      ['2.', 'октябрь 2021', 'Воспитатели групп'],
      ['3.', 'ноябрь 2021', 'Иванова А.А.'],
    ]);
    expect(plan.warnings.some((w) => /не найдена строка заголовков.*по их содержимому/.test(w.message))).toBe(true);
    expect(plan.columns?.every((c) => c.from === 'content')).toBe(true);
  });
});
