import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deadline } from '../../../src/core/deadline/types';
import { deadlineShown, previewOf } from '../../../src/core/import/preview';
import { importText } from '../../../src/core/plan/import-text';
import type { Activity, PlanImport } from '../../../src/core/plan/types';

const dl = (over: Partial<Deadline> = {}): Deadline => ({
  text: '',
  start: null,
  end: null,
  recurrence: 'none',
  inherited: false,
  problem: null,
  ...over,
});

let n = 0;
const act = (over: Partial<Activity> = {}): Activity => ({
  id: `id${++n}`,
  number: null,
  stage: null,
  section: null,
  group: null,
  title: 'Мероприятие',
  result: null,
  tools: null,
  responsible: 'Заведующий',
  deadline: dl(),
  ...over,
});

const plan = (activities: Activity[], over: Partial<PlanImport> = {}): PlanImport => ({
  title: 'План',
  horizonYear: null,
  activities,
  unrecognized: [],
  warnings: [],
  ...over,
});

describe('deadlineShown', () => {
  test('a range, a single day, "до", "с"', () => {
    expect(deadlineShown(dl({ start: '2021-01-18', end: '2021-01-31' }))).toBe('18.01.2021 – 31.01.2021');
    expect(deadlineShown(dl({ start: '2022-05-25', end: '2022-05-25' }))).toBe('25.05.2022');
    expect(deadlineShown(dl({ end: '2021-04-15' }))).toBe('до 15.04.2021');
    expect(deadlineShown(dl({ start: '2021-09-01' }))).toBe('с 01.09.2021');
    expect(deadlineShown(dl({ end: '2021-04-15' }), 'en')).toBe('until 15.04.2021');
  });

  test('recurrences in Russian, with the horizon', () => {
    expect(deadlineShown(dl({ recurrence: 'yearly', until: '2024-12-31' }))).toBe('ежегодно до 31.12.2024');
    expect(deadlineShown(dl({ recurrence: 'as-needed' }))).toBe('по мере необходимости');
    expect(deadlineShown(dl({ recurrence: 'ongoing' }))).toBe('постоянно');
    expect(deadlineShown(dl({ start: '2021-05-01', end: '2021-05-31', recurrence: 'yearly' }))).toBe(
      '01.05.2021 – 31.05.2021, ежегодно',
    );
    expect(deadlineShown(dl({ recurrence: 'quarterly' }), 'en')).toBe('quarterly');
  });

  test('separate dates are said to be separate; nothing understood is empty', () => {
    expect(deadlineShown(dl({ start: '2021-03-01', end: '2021-05-31', discrete: true }))).toBe(
      '01.03.2021 – 31.05.2021 (отдельные даты)',
    );
    expect(deadlineShown(dl({ text: 'за 2 недели до экзамена', problem: 'относительный срок' }))).toBe('');
  });
});

describe('previewOf', () => {
  test('columns get their role in words, Russian or English', () => {
    const p = plan([act()], {
      columns: [
        { header: 'Срок выполнения', role: 'deadline' },
        { header: 'Место проведения', role: 'extra' },
      ],
    });
    expect(previewOf(p).columns).toMatchObject([
      { index: 0, header: 'Срок выполнения', role: 'deadline', roleLabel: 'срок', from: 'header' },
      { index: 1, header: 'Место проведения', role: 'extra', roleLabel: 'дополнительный столбец', from: 'header' },
    ]);
    expect(previewOf(p, 'en').columns[0].roleLabel).toBe('deadline');
  });

  test('stages with their sections, in document order, with counts', () => {
    const p = plan([
      act({ stage: 'Этап I', section: '1. Нормативно' }),
      act({ stage: 'Этап I', section: '1. Нормативно' }),
      act({ stage: 'Этап I', section: '2. Кадры' }),
      act({ stage: 'Этап II', section: null }),
      act({ stage: 'Этап I', section: '1. Нормативно' }),
    ]);
    expect(previewOf(p).groups).toEqual([
      { stage: 'Этап I', section: null, activities: 4 },
      { stage: 'Этап I', section: '1. Нормативно', activities: 3 },
      { stage: 'Этап I', section: '2. Кадры', activities: 1 },
      { stage: 'Этап II', section: null, activities: 1 },
    ]);
  });

  test('a plan without stages or sections shows no groups', () => {
    expect(previewOf(plan([act(), act()])).groups).toEqual([]);
  });

  test('rows: the text as written, what was understood, and each problem', () => {
    const p = plan([
      act({ number: '1', deadline: dl({ text: 'январь 2020', start: '2020-01-01', end: '2020-01-31' }) }),
      act({
        number: '2',
        responsible: 'Руководитель ДОО',
        responsibleFrom: 'heading',
        deadline: dl({ text: 'январь 2020', start: '2020-01-01', end: '2020-01-31', inherited: true }),
      }),
      act({ number: '3', responsible: null, deadline: dl({ text: 'после экзамена', problem: 'Срок относительный' }) }),
      act({ number: null, title: 'Без срока', deadline: dl() }),
      act({ deadline: dl({ text: 'когда-нибудь' }) }),
      act({ responsibleFrom: 'merged', deadline: dl({ text: 'ежегодно', recurrence: 'yearly', merged: true }) }),
    ]);
    const { rows } = previewOf(p);
    expect(rows[0]).toMatchObject({
      number: '1',
      deadlineText: 'январь 2020',
      deadlineShown: '01.01.2020 – 31.01.2020',
      problem: null,
      deadlineNote: '',
      responsibleNote: '',
    });
    expect(rows[1]).toMatchObject({ deadlineNote: 'как в строке выше', responsibleNote: 'из заголовка раздела' });
    expect(rows[2]).toMatchObject({ responsible: '', problem: 'Срок относительный', deadlineShown: '' });
    expect(rows[3]).toMatchObject({ number: '', problem: 'срок не указан' });
    // Text that was neither read nor flagged by the parser is still not shown as understood.
    expect(rows[4].problem).toBe('не распознано');
    expect(rows[5]).toMatchObject({
      deadlineNote: 'из объединённой ячейки',
      responsibleNote: 'из объединённой ячейки',
    });
  });

  test('totals count what the rows show', () => {
    const p = plan(
      [
        act({ deadline: dl({ text: '18.01-31.01.2021', start: '2021-01-18', end: '2021-01-31' }) }),
        act({ deadline: dl({ text: 'ежегодно', recurrence: 'yearly' }) }),
        act({ responsible: null, deadline: dl({ text: 'потом', problem: 'Не удалось прочитать срок' }) }),
        act({ responsible: '  ', deadline: dl() }),
      ],
      { unrecognized: ['Согласовано'], warnings: [{ activity: null, kind: 'structure', message: 'м' }] },
    );
    expect(previewOf(p).totals).toEqual({
      activities: 4,
      deadlinesParsed: 2,
      deadlineProblems: 1,
      withoutDeadline: 1,
      withoutResponsible: 2,
      warnings: 1,
      unrecognized: 1,
    });
  });

  test('warnings point at the activity by its number; every unrecognized text is kept', () => {
    const a = act({ number: '4.2' });
    const b = act({ number: null, title: 'Проведение педагогического совета по итогам года и многое другое' });
    const p = plan([a, b], {
      unrecognized: ['УТВЕРЖДЕНО', '<img src=x onerror=alert(1)>'],
      warnings: [
        { activity: a.id, kind: 'no-responsible', message: 'Нет ответственного' },
        { activity: b.id, kind: 'no-deadline', message: 'Нет срока' },
        { activity: null, kind: 'structure', message: 'Раздел 7.1 в этапе V' },
        { activity: 'gone', kind: 'structure', message: 'x' },
      ],
    });
    const pv = previewOf(p);
    expect(pv.warnings.map((w) => w.where)).toEqual(['4.2', 'Проведение педагогического совета…', null, null]);
    expect(pv.warnings[0]).toEqual({ where: '4.2', kind: 'no-responsible', message: 'Нет ответственного' });
    expect(pv.unrecognized).toEqual(['УТВЕРЖДЕНО', '<img src=x onerror=alert(1)>']);
    expect(pv.unrecognized).not.toBe(p.unrecognized);
  });

  test('title, horizon and format pass through', () => {
    const pv = previewOf(plan([], { title: 'Дорожная карта до 2024 года', horizonYear: 2024, format: 'docx' }));
    expect(pv).toMatchObject({ title: 'Дорожная карта до 2024 года', horizonYear: 2024, format: 'docx' });
    expect(previewOf(plan([])).format).toBeNull();
  });

  test('a seed: every activity has a row and the totals add up', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/seeds/plan-dou-vsoko-2021.txt'), 'utf8');
    const p = importText(text);
    const pv = previewOf(p);
    expect(pv.rows.map((r) => r.id)).toEqual(p.activities.map((a) => a.id));
    expect(pv.totals.activities).toBe(10);
    const { deadlinesParsed, deadlineProblems, withoutDeadline } = pv.totals;
    expect(deadlinesParsed + deadlineProblems + withoutDeadline).toBeLessThanOrEqual(pv.totals.activities);
    expect(pv.groups.filter((g) => g.section === null).reduce((s, g) => s + g.activities, 0)).toBe(10);
    expect(pv.columns.map((c) => c.role)).toEqual(expect.arrayContaining(['title', 'deadline', 'responsible']));
    // The seed's stage order problem ("01-05.03.2021" after "01-31.03.2021") is shown.
    expect(pv.warnings.some((w) => w.kind === 'stage-order')).toBe(true);
  });
});

describe('previewOf: the columns and the first rows', () => {
  it('gives each column its role, where it came from and the drop-down’s roles, over the rows as read', () => {
    const plan = importText(
      '№\tМероприятие\tМесто\tСрок\n1\tСобрание\tАктовый зал\tмай 2021\n2\tОтчёт\tКабинет\tиюнь 2021\n',
      {
        columns: { 2: 'responsible' },
      },
    );
    const p = previewOf(plan);
    expect(p.columns.map((c) => [c.index, c.header, c.role, c.from])).toEqual([
      [0, '№', 'number', 'header'],
      [1, 'Мероприятие', 'title', 'header'],
      [2, 'Место', 'responsible', 'user'],
      [3, 'Срок', 'deadline', 'header'],
    ]);
    expect(p.columns[0].options.map((o) => o.label)).toEqual([
      'Мероприятие',
      'Этап',
      'Срок',
      'Ответственные',
      '№',
      'Результат',
      'другое',
    ]);
    expect(p.sample).toEqual([
      ['1', 'Собрание', 'Актовый зал', 'май 2021'],
      ['2', 'Отчёт', 'Кабинет', 'июнь 2021'],
    ]);
    expect(previewOf(plan, 'en').columns[2].options.find((o) => o.role === 'responsible')?.label).toBe('Responsible');
  });
});
