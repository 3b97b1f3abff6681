import { toActivities } from '../../../src/core/plan/activities';
import { readHeading } from '../../../src/core/plan/headings';
import type { ActivityRow, HeadingRow, PlanRow } from '../../../src/core/plan/rows';

const heading = (text: string, inStageColumn = false): HeadingRow => ({
  kind: 'heading',
  text,
  heading: readHeading(text),
  inStageColumn,
});
const act = (title: string, over: Partial<ActivityRow> = {}): ActivityRow => ({
  kind: 'activity',
  items: [{ number: null, title }],
  numberCell: '',
  stageCell: null,
  titleIsStage: false,
  group: null,
  deadline: { text: '', merged: false },
  responsible: { text: '', merged: false },
  result: null,
  tools: null,
  extra: {},
  ...over,
});

describe('toActivities', () => {
  it('puts activities in their stage and section and continues empty cells within a section only', () => {
    const rows: PlanRow[] = [
      heading('Этап I. Подготовка'),
      heading('1. Нормативная база'),
      act('Приказ', {
        deadline: { text: 'январь 2021', merged: false },
        responsible: { text: 'Директор', merged: false },
      }),
      act('Положение'),
      heading('2. Кадры'),
      act('Курсы'),
    ];
    const { drafts, unused } = toActivities(rows);
    expect(drafts.map((d) => [d.stage, d.section, d.title])).toEqual([
      ['Этап I. Подготовка', '1. Нормативная база', 'Приказ'],
      ['Этап I. Подготовка', '1. Нормативная база', 'Положение'],
      ['Этап I. Подготовка', '2. Кадры', 'Курсы'],
    ]);
    expect(drafts[1].deadline).toEqual({ kind: 'inherited', from: 0 });
    expect(drafts[1].responsibleFrom).toBe('inherited');
    expect(drafts[2].deadline).toEqual({ kind: 'none' });
    expect(unused).toEqual([]);
  });

  it('takes the responsible of a heading where the row names none', () => {
    const { drafts } = toActivities([
      heading('2.1. Подготовка. Ответственный – Координатор ДОО.'),
      act('Изучение сайта'),
    ]);
    expect(drafts[0]).toMatchObject({ responsible: 'Координатор ДОО', responsibleFrom: 'heading' });
  });

  it('reads day-only deadlines in the month of a month heading', () => {
    const { drafts } = toActivities([
      heading('ЯНВАРЬ'),
      act('Декада спорта', { deadline: { text: '1-10', merged: false } }),
    ]);
    expect(drafts[0].deadline).toMatchObject({ kind: 'own', text: '1-10', month: 1 });
  });

  it('keeps every heading no activity came under, a second one with the same text too', () => {
    const { unused } = toActivities([heading('1. Раздел'), act('А'), heading('1. Раздел'), heading('2. Пустой')]);
    expect(unused).toEqual(['1. Раздел', '2. Пустой']);
  });

  it('gives an empty activity cell under an activity of the same section that activity’s title', () => {
    const { drafts, warnings } = toActivities([
      act('Родительские собрания', { deadline: { text: 'сентябрь', merged: false } }),
      act('', { deadline: { text: 'май', merged: false } }),
    ]);
    expect(drafts.map((d) => d.title)).toEqual(['Родительские собрания', 'Родительские собрания']);
    expect(warnings).toEqual([]);
  });

  it('says so when a row has no activity text at all', () => {
    const { warnings } = toActivities([act('', { extra: { Примечание: 'x' }, line: 7 })]);
    expect(warnings[0].message).toMatch(/Строка 7: нет названия мероприятия.*«Примечание»/);
  });

  it('opens a stage from the stage column and from a title that names a stage', () => {
    const { drafts } = toActivities([
      act('Приказ', { stageCell: 'Нормативно-установочный' }),
      act('1 этап (подготовительный)', { titleIsStage: true }),
      act('Формирование команды'),
    ]);
    expect(drafts.map((d) => d.stage)).toEqual([
      'Нормативно-установочный',
      '1 этап (подготовительный)',
      '1 этап (подготовительный)',
    ]);
  });
});
